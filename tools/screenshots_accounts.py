"""Screenshots of the accounts screen and of the first start: docs/screenshots/accounts.png, first_run.png.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_accounts.py [--lang en] [--scale 1.5]

The real main window and sign-in session. accounts.png: the demo province, the administrator signed in, one
account locked after wrong passwords and one deactivated. first_run.png: no data file yet, the set-up dialog over
the window. The dialogs (new account, first administrator) go to the temporary folder printed at the end. Settings
and data live in that folder too. Look at the pictures afterwards.
"""

from __future__ import annotations

import sys

import shotkit
from shotkit import OUT, WINDOW, settle


def main() -> int:
    shot = shotkit.start()
    args, tmp, suffix = shot.args, shot.tmp, shot.suffix

    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

    from officedesk.demo.build import DEMO_PASSWORD, build_demo
    from officedesk.errors import PermissionDenied
    from officedesk.gui.main_window import MainWindow
    from officedesk.gui.signin import Session
    from officedesk.services import accounts
    from officedesk.services.context import Ctx
    from officedesk.storage.location import to_url
    from officedesk.storage.schema import open_database

    def wait_for(done: object, limit_ms: int = 20_000) -> None:
        for _ in range(limit_ms // 100):
            if done():  # type: ignore[operator]
                break
            settle(100)
        settle(300)

    def screen_shot(window: QWidget) -> QPixmap:
        """The window with the dialogs over it, as a person sees it (window.grab() leaves the dialogs out)."""
        frame = window.frameGeometry()
        return window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())

    def open_window(url: str, **session_args: str) -> tuple[MainWindow, Session]:
        window = MainWindow(url, language=args.lang)
        session = Session(window, **session_args)
        session.prepare()
        window.resize(int(WINDOW[0] / args.scale), int(WINDOW[1] / args.scale))
        window.move(QPoint(0, 0))
        window.show()
        settle(100)
        session.start()
        return window, session

    # -- the accounts screen ---------------------------------------------------------------------------------------
    demo = build_demo(tmp / "demo.db")
    db = open_database(to_url(demo))
    ctx = Ctx(db=db)
    for _ in range(accounts.MAX_FAILURES):  # Anh Hùng typed his password wrong five times this morning
        try:
            accounts.authenticate(ctx, "thuky", "sai mật khẩu")
        except PermissionDenied:
            pass
    admin = accounts.authenticate(ctx, "admin", DEMO_PASSWORD)
    nam = next(u for u in accounts.list_users(ctx) if u["username"] == "nam")
    accounts.set_active(Ctx(db=db, actor=admin), str(nam["id"]), False)
    db.dispose()

    window, session = open_window(to_url(demo), user="admin", password=DEMO_PASSWORD)
    wait_for(lambda: session.actor is not None)
    window.show_page("accounts")
    page = window.page_widget("accounts")
    wait_for(lambda: not page.busy() and page.model.rowCount() > 0)  # type: ignore[union-attr]
    page.select(next(r["id"] for r in page.model.rows() if r["username"] == "thuky"))  # type: ignore[union-attr]
    settle()
    window.grab().save(str(OUT / f"accounts{suffix}.png"))
    dialog = page.new_account()  # type: ignore[union-attr]
    settle()
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("unit_head"))
    settle()
    screen_shot(window).save(str(tmp / f"accounts_new{suffix}.png"))
    dialog.reject()
    page.select(next(r["id"] for r in page.model.rows() if r["username"] == "hoa"))  # type: ignore[union-attr]
    dialog = page.reset_password()  # type: ignore[union-attr]
    settle()
    screen_shot(window).save(str(tmp / f"accounts_reset{suffix}.png"))
    dialog.reject()
    session.shutdown()
    window.close()
    window.deleteLater()
    settle(200)

    # -- the first start: no data yet ---------------------------------------------------------------------------------
    fresh = tmp / "fresh" / "officedesk.db"
    window, session = open_window(to_url(fresh))
    wait_for(lambda: session.dialog is not None and session.dialog.isVisible())
    setup = session.dialog
    setup.ui.codeEdit.setText("HOA")  # type: ignore[union-attr]
    setup.ui.nameEdit.setText("Máy tính xách tay của đoàn kiểm tra số 1")  # type: ignore[union-attr]
    setup.ui.provinceEdit.setText("Hoàng Liên")  # type: ignore[union-attr]
    settle()
    screen_shot(window).save(str(OUT / f"first_run{suffix}.png"))
    setup.accept()  # type: ignore[union-attr]
    wait_for(lambda: session.db is not None and session.dialog is not None and session.dialog.isVisible())
    screen_shot(window).save(str(tmp / f"first_admin{suffix}.png"))
    session.shutdown()
    window.close()
    window.deleteLater()
    settle(100)
    if session.db is not None:
        session.db.dispose()
    sys.stdout.write(f"{OUT / f'accounts{suffix}.png'}\n{OUT / f'first_run{suffix}.png'}\nalso {tmp}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
