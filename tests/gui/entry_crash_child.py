"""Child process of test_entry_crash.py: marks people from the keyboard until it is killed.

    python entry_crash_child.py DB_PATH

Opens the draft of XA09 (demo 2024) as Chị Hoa, then marks one person after another with key events.
After each mark it prints "ACK <observation id> <status> <arrival or ->" — only once the key press has returned,
that is once the service has committed: what is acknowledged must survive a SIGKILL.
"""

from __future__ import annotations

import sys
import time as systime
from datetime import datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main(db_path: str) -> int:
    app = QApplication([sys.argv[0], "-platform", "offscreen"])
    from officedesk.gui.entry.page import InspectionEntryPage
    from officedesk.services import accounts, queries
    from officedesk.services.clock import LOCAL, FixedClock
    from officedesk.services.context import Ctx
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    ctx = Ctx(db=open_database(to_url(db_path)), clock=FixedClock(datetime(2024, 2, 15, 8, 30, tzinfo=LOCAL)))
    ctx.actor = accounts.authenticate(ctx, "hoa", "demo-2024")
    campaign = queries.resolve(ctx, "campaign", "SAUTET-2024")
    draft = next(r["id"] for r in queries.list_inspections(ctx, campaign)
                 if r["unit_code"] == "XA09" and r["state"] == "draft")
    page = InspectionEntryPage(ctx)
    page.resize(1180, 700)
    page.show()
    page.open_inspection(draft)
    view = page.ui.rosterView
    cycle = [("K", "unexcused"), ("R", "left_post"), ("C", "on_time"), ("M", "late"), ("S", "left_early")]
    print("READY", flush=True)
    for n, row in enumerate(range(page.roster.rowCount())):
        view.move_to_row(row)
        letter, status = cycle[n % len(cycle)]
        obs_id = page.roster.row(row).id
        QTest.keyClick(view, getattr(Qt.Key, f"Key_{letter}"))
        arrival = "-"
        if letter == "M":
            editor = page.arrival_delegate.current_editor
            assert editor is not None
            for d in "0752":
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(editor.time_edit, QKeyEvent(kind, getattr(Qt.Key, f"Key_{d}"),
                                                                       Qt.KeyboardModifier.NoModifier, d))
            QTest.keyClick(editor.time_edit, Qt.Key.Key_Return)
            app.processEvents()
            arrival = "07:52"
        print(f"ACK {obs_id} {status} {arrival}", flush=True)
        app.processEvents()
        # Slower after the first few marks, so the kill lands between (or during) edits.
        systime.sleep(0.01 if n < 6 else 0.2)
    print("DONE", flush=True)
    systime.sleep(60)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
