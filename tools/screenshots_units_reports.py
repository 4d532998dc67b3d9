"""Screenshots of the units and reports screens on the demo province: docs/screenshots/units.png, reports.png.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/units_reports.py [--lang en] [--scale 1.5]

The real main window with the two screens plugged in as pages.py will plug them, the demo built into a temporary
folder, settings there too. Look at the pictures afterwards.
"""

from __future__ import annotations

import sys

import shotkit
from shotkit import OUT, WINDOW, settle


def main() -> int:
    shot = shotkit.start()
    args, tmp, suffix = shot.args, shot.tmp, shot.suffix

    from datetime import datetime

    from PySide6.QtCore import QCoreApplication, QPoint

    from officedesk.demo.build import build_demo
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.pages import PageSpec
    from officedesk.gui.reports_page import create_reports_page
    from officedesk.gui.units import create_units_page
    from officedesk.services.clock import LOCAL, FixedClock
    from officedesk.services.context import Ctx
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    db = build_demo(tmp / "demo.db")

    def t(text: str) -> str:
        return QCoreApplication.translate("Pages", text)

    pages = [PageSpec("units", t("&Units and staff"), "units.svg", create_units_page),
             PageSpec("reports", t("&Reports"), "reports.svg", create_reports_page)]
    window = MainWindow(to_url(db), pages=pages, language=args.lang)
    # The demo's day after Tết 2024, so the screens read as on the inspection day.
    window.ctx.core_ctx = Ctx(db=open_database(to_url(db)), clock=FixedClock(datetime(2024, 2, 20, 8, 0, tzinfo=LOCAL)))
    window.resize(int(WINDOW[0] / args.scale), int(WINDOW[1] / args.scale))
    window.move(QPoint(0, 0))
    window.show()

    window.show_page("units")
    units = window.page_widget("units")
    settle()
    units.select_unit_code("XA01")  # type: ignore[union-attr]
    settle(800)
    units.select_staff(units.listed_staff()[2]["id"])  # type: ignore[union-attr]
    settle()
    window.grab().save(str(OUT / f"units{suffix}.png"))
    units.ui.tabs.setCurrentWidget(units.ui.scheduleTab)  # type: ignore[union-attr]
    settle()
    window.grab().save(str(tmp / f"units_schedule{suffix}.png"))

    window.show_page("reports")
    reports = window.page_widget("reports")
    settle(800)
    reports.select_inspection("XA01")  # type: ignore[union-attr]
    reports.preview_minutes()  # type: ignore[union-attr]
    for _ in range(100):  # until the minutes are made and shown (a loaded machine takes longer)
        settle(100)
        if reports.preview.kind == "pdf":  # type: ignore[union-attr]
            break
    settle(500)
    window.grab().save(str(OUT / f"reports{suffix}.png"))
    sys.stdout.write(f"{OUT / f'units{suffix}.png'}\n{OUT / f'reports{suffix}.png'}\nalso {tmp}\n")
    window.close()
    window.deleteLater()
    settle(100)
    return 0


if __name__ == "__main__":
    sys.exit(main())
