"""Screenshots of the entry screen in the main window, in Vietnamese, at 1366×768 (journey 1 under way).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/gui/entry_screenshots.py [OUT_DIR]

Writes inspection_entry.png (the arrival editor open: "muộn 22 phút"), inspection_entry_posts.png, signoff.png
and inspection_locked.png into OUT_DIR (docs/screenshots by default).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()
        QTest.qWait(30)


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    from officedesk.demo.build import build_demo
    from officedesk.gui import i18n
    from officedesk.gui.entry.page import InspectionEntryPage
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.pages import PageContext, PageSpec, default_pages
    from officedesk.services import accounts, queries
    from officedesk.services.clock import LOCAL, FixedClock
    from officedesk.services.context import Ctx
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database
    from tests.gui.conftest_entry import draw_signature
    from tests.gui.entry_vi import compile_entry_catalogue

    work = Path(tempfile.mkdtemp(prefix="entry-shots-"))
    db_path = build_demo(work / "demo.db")
    i18n.install_translators("vi", app)
    qm, _problems = compile_entry_catalogue(work)
    entry_vi = QTranslator(app)
    entry_vi.load(str(qm))
    app.installTranslator(entry_vi)

    ctx = Ctx(db=open_database(to_url(db_path)), clock=FixedClock(datetime(2024, 2, 15, 8, 5, tzinfo=LOCAL)))
    ctx.actor = accounts.authenticate(ctx, "hoa", "demo-2024")
    holder: dict[str, InspectionEntryPage] = {}

    def entry(_pc: PageContext) -> QWidget:
        holder["page"] = InspectionEntryPage(ctx)
        return holder["page"]

    pages = [PageSpec(s.key, s.title, s.icon, entry if s.key == "inspection" else s.factory, s.description)
             for s in default_pages()]
    window = MainWindow(to_url(db_path), pages=pages)
    window.resize(1366, 768 - 40)  # the taskbar
    window.move(0, 0)
    window.show()
    window.show_page("inspection")
    page = holder["page"]
    campaign = queries.resolve(ctx, "campaign", "SAUTET-2024")
    page.start_new(campaign, queries.resolve(ctx, "unit", "XA11"), date(2024, 2, 15), time(7, 40))
    settle(app)

    view = page.ui.rosterView
    names = [r.full_name for r in page.roster.rows()]
    post = page.posts.row(0)
    absent = {n.strip() for n in post.present_names.split(",") if n.strip()}

    def key(widget: QWidget, k: Qt.Key, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier, text))

    for row, name in enumerate(names[:6]):
        view.move_to_row(row)
        if name in absent:
            continue
        letter = "CCKCRC"[row]
        QTest.keyClick(view, getattr(Qt.Key, f"Key_{letter}"))
    # The empty counter: its officer is late, not yet there.
    for name in absent:
        view.move_to_row(names.index(name))
        QTest.keyClick(view, Qt.Key.Key_K)
    view.move_to_row(6)
    QTest.keyClick(view, Qt.Key.Key_P)
    excuse = page.dialog
    QTest.keyClick(excuse.reason_combo, Qt.Key.Key_Down)  # type: ignore[union-attr]
    for ch in "12/GĐ-UBND":
        key(excuse.document_edit, Qt.Key.Key_unknown, ch)  # type: ignore[union-attr]
    excuse.buttons.accepted.emit()  # type: ignore[union-attr]
    view.move_to_row(7)
    QTest.keyClick(view, Qt.Key.Key_M)
    editor = page.arrival_delegate.current_editor
    assert editor is not None
    for d in "0752":
        key(editor.time_edit, getattr(Qt.Key, f"Key_{d}"), d)
    settle(app)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "inspection_entry.png"))
    key(editor.time_edit, Qt.Key.Key_Return)
    settle(app)
    window.grab().save(str(out / "inspection_entry_posts.png"))

    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ui = page.ui
    ui.tabs.setCurrentWidget(ui.findingsTab)
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("COFFEE"))
    ui.violationStaffCombo.setCurrentIndex(5)
    ui.violationDescEdit.setText("Đi uống cà phê trong giờ làm việc, về lúc 08 giờ 02")
    ui.addViolationButton.click()
    ui.actionDescEdit.setText("Bố trí người thay thế tại quầy khi cán bộ phụ trách vắng mặt")
    ui.actionOwnerEdit.setText("Văn phòng UBND phường")
    ui.addActionButton.click()
    settle(app)
    window.grab().save(str(out / "inspection_findings.png"))
    ui.tabs.setCurrentWidget(ui.rosterTab)
    settle(app)
    dialog = page.open_sign_off()
    assert dialog is not None
    dialog.resize(1300, 600)
    settle(app)
    for n, pad in enumerate((dialog.ui.unitPad, dialog.ui.teamPad, dialog.ui.minutesPad)):
        draw_signature(pad, 7 * n)
    settle(app)
    dialog.grab().save(str(out / "signoff.png"))
    dialog.sign()
    settle(app)
    window.grab().save(str(out / "inspection_locked.png"))
    window.close()
    ctx.db.dispose()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
