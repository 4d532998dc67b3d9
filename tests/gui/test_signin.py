"""Accounts in the client: first start, sign-in and its refusals, sign-out, the idle lock, --user, the setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from officedesk.errors import PermissionDenied
from officedesk.gui import settings
from officedesk.gui.main_window import MainWindow
from officedesk.gui.pages import PageContext, PageSpec, default_pages
from officedesk.gui.signin import Session
from officedesk.gui.signin.dialogs import FirstAdminDialog, SignInDialog
from officedesk.gui.signin.lock import IdleWatch
from officedesk.storage.location import to_url

from .mnemonics import clashes, widget_mnemonics

PASSWORD = "demo-2024"  # officedesk.demo.build.DEMO_PASSWORD


class NotesPage(QWidget):
    """A page with something typed in it, to see that nothing of it survives a sign-out."""

    made: list[NotesPage] = []

    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.actor = ctx.core().actor
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName("Notes")
        QVBoxLayout(self).addWidget(self.edit)
        NotesPage.made.append(self)


def _pages() -> list[PageSpec]:
    settings_spec = next(s for s in default_pages() if s.key == "settings")
    return [PageSpec("notes", "&Notes", "units.svg", NotesPage), settings_spec]


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[object]:
    """start(db_path, user=None, password=None) -> Session: the window shown, the session started."""
    sessions: list[Session] = []

    def run(db: Path, *, user: str | None = None, password: str | None = None) -> Session:
        NotesPage.made.clear()
        window = MainWindow(to_url(db), pages=_pages())
        qtbot.addWidget(window)
        session = Session(window, user=user, password=password)
        sessions.append(session)
        session.prepare()
        window.restore_window_state()
        window.show()
        qtbot.waitExposed(window)
        session.start()
        return session

    yield run
    for session in sessions:
        if shiboken6.isValid(session):
            session.shutdown()


def _dialog(qtbot: QtBot, session: Session) -> SignInDialog | FirstAdminDialog:
    qtbot.waitUntil(lambda: session.dialog is not None and session.dialog.isVisible(), timeout=10_000)
    assert session.dialog is not None
    return session.dialog


def _sign_in(qtbot: QtBot, session: Session, username: str, password: str = PASSWORD) -> None:
    dialog = _dialog(qtbot, session)
    assert isinstance(dialog, SignInDialog)
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    with qtbot.waitSignal(session.signed_in, timeout=10_000):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)


def _wait_refusal(qtbot: QtBot, dialog: SignInDialog) -> str:
    qtbot.waitUntil(lambda: not dialog.busy and dialog.ui.messageLabel.isVisible(), timeout=10_000)
    return dialog.ui.messageLabel.text()


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    """A set-up database without any account: the first start."""
    from officedesk.services import setup
    from officedesk.services.context import Ctx
    from officedesk.storage.schema import open_database

    path = tmp_path / "new.db"
    db = open_database(to_url(path), create=True)
    setup.initialise(Ctx(db=db), installation_code="T1", installation_name="Thử nghiệm")
    db.engine.dispose()
    return path


# -- first start ---------------------------------------------------------------------------------------------
def test_first_start_creates_the_administrator_and_signs_in(
    qtbot: QtBot, start: object, empty_db: Path, vietnamese: None
) -> None:
    session = start(empty_db)  # type: ignore[operator]
    dialog = _dialog(qtbot, session)
    assert isinstance(dialog, FirstAdminDialog)
    assert session.window.gated and session.window.page_widget("notes") is None
    ui = dialog.ui
    assert ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    assert ui.repeatEdit.echoMode() == QLineEdit.EchoMode.Password
    assert "8" in ui.hintLabel.text()

    ui.fullNameEdit.setText("Lê Thị Mai")
    ui.usernameEdit.setText("mai")
    ui.passwordEdit.setText("short")
    ui.repeatEdit.setText("short")
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)
    assert ui.messageLabel.text() == "Mật khẩu cần có ít nhất 8 ký tự."
    ui.passwordEdit.setText("mai-bac-ninh-2024")
    ui.repeatEdit.setText("mai-bac-ninh-2025")
    qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)
    assert "không giống nhau" in ui.messageLabel.text()
    assert ui.passwordEdit.text() == "" and dialog.isVisible()

    ui.passwordEdit.setText("mai-bac-ninh-2024")
    ui.repeatEdit.setText("mai-bac-ninh-2024")
    with qtbot.waitSignal(session.signed_in, timeout=10_000) as signed:
        qtbot.keyClick(ui.repeatEdit, Qt.Key.Key_Return)
    actor = signed.args[0]
    assert (actor.username, actor.full_name, str(actor.role)) == ("mai", "Lê Thị Mai", "admin")
    window = session.window
    assert window.ctx.core_ctx.actor == actor
    assert window.user_label.text() == "Lê Thị Mai — Quản trị hệ thống"
    assert not window.gated and window.current_page_key() == "notes"
    assert "Lê Thị Mai" in window.windowTitle()

    from officedesk.services import accounts

    assert accounts.has_accounts(window.ctx.core())


def test_without_the_database_file_the_first_start_sets_up_this_computer(
    qtbot: QtBot, start: object, tmp_path: Path, vietnamese: None
) -> None:
    # The set-up itself is tested in test_accounts_first_run.py.
    from officedesk.gui.accounts.first_run import FirstRunDialog

    missing = tmp_path / "none.db"
    session = start(missing)  # type: ignore[operator]
    with qtbot.waitSignal(session.awaiting_person, timeout=5000):
        pass
    assert isinstance(session.dialog, FirstRunDialog) and session.window.gated
    assert str(missing) in session.dialog.ui.pathLabel.text()
    assert not session.gate.button.isVisible()
    assert not missing.exists()


# -- sign-in -------------------------------------------------------------------------------------------------
def test_sign_in_with_the_right_password(qtbot: QtBot, start: object, demo_copy: Path, vietnamese: None) -> None:
    session = start(demo_copy)  # type: ignore[operator]
    dialog = _dialog(qtbot, session)
    assert isinstance(dialog, SignInDialog)
    window = session.window
    assert window.gated and window.ctx.core_ctx is None
    assert session.gate.title.text() == "Đăng nhập để tiếp tục"
    assert not window.ui.navList.isEnabled()
    with pytest.raises(PermissionDenied):
        window.ctx.core()
    assert dialog.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.windowTitle() == "Đăng nhập – OfficeDesk"

    qtbot.keyClicks(dialog.ui.usernameEdit, "hoa")
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Tab)
    assert dialog.ui.passwordEdit.hasFocus()
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    with qtbot.waitSignal(session.signed_in, timeout=10_000):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert window.ctx.core_ctx.actor.username == "hoa"
    assert window.user_label.text() == "Nguyễn Thị Hoa — Cán bộ kiểm tra"
    assert window.user_label.isVisible()
    assert window.windowTitle() == "Notes – Nguyễn Thị Hoa – OfficeDesk"
    assert window.ui.navList.isEnabled()
    page = window.page_widget("notes")
    assert isinstance(page, NotesPage) and page.actor.username == "hoa"
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_wrong_password_is_told_and_the_dialog_stays(
    qtbot: QtBot, start: object, demo_copy: Path, vietnamese: None
) -> None:
    session = start(demo_copy)  # type: ignore[operator]
    dialog = _dialog(qtbot, session)
    assert isinstance(dialog, SignInDialog)
    dialog.ui.usernameEdit.setText("hoa")
    for attempt in range(5):
        dialog.ui.passwordEdit.setText(f"wrong-{attempt}")
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
        assert _wait_refusal(qtbot, dialog) == "Sai tên đăng nhập hoặc mật khẩu."
        assert dialog.isVisible() and session.window.gated and session.window.ctx.core_ctx is None
        assert dialog.ui.passwordEdit.text() == ""
        assert dialog.ui.usernameEdit.text() == "hoa"
        dialog.ui.messageLabel.clear()
    # Five wrong passwords lock the account: even the right one is refused for a while, and the reason told.
    dialog.ui.passwordEdit.setText(PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    message = _wait_refusal(qtbot, dialog)
    assert message.startswith("Tài khoản bị tạm khóa") and "15 phút" in message
    assert "Traceback" not in message
    assert dialog.isVisible() and session.actor is None


def test_empty_fields_are_asked_for_and_esc_cancels(
    qtbot: QtBot, start: object, demo_copy: Path, vietnamese: None
) -> None:
    session = start(demo_copy)  # type: ignore[operator]
    dialog = _dialog(qtbot, session)
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Return)
    assert dialog.ui.messageLabel.text() == "Hãy nhập tên đăng nhập."
    dialog.ui.usernameEdit.setText("hoa")
    qtbot.keyClick(dialog.ui.usernameEdit, Qt.Key.Key_Return)
    assert dialog.ui.messageLabel.text() == "Hãy nhập mật khẩu."
    assert dialog.ui.passwordEdit.hasFocus()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: session.dialog is None)
    gate = session.gate
    assert session.window.gated and gate.button.isVisible()
    assert gate.button.text() == "Đăng &nhập…"
    gate.button.click()  # the window's own way back to the dialog
    assert isinstance(_dialog(qtbot, session), SignInDialog)


def test_user_given_on_the_command_line_signs_in_without_the_dialog(
    qtbot: QtBot, start: object, demo_copy: Path
) -> None:
    session = start(demo_copy, user="hoa", password=PASSWORD)  # type: ignore[operator]
    with qtbot.waitSignal(session.signed_in, timeout=10_000):
        pass
    assert session.dialog is None
    assert session.window.ctx.core_ctx.actor.username == "hoa"


def test_a_wrong_preset_password_opens_the_dialog_with_the_name(
    qtbot: QtBot, start: object, demo_copy: Path, vietnamese: None
) -> None:
    session = start(demo_copy, user="hoa", password="nope")  # type: ignore[operator]
    dialog = _dialog(qtbot, session)
    assert isinstance(dialog, SignInDialog)
    assert dialog.ui.usernameEdit.text() == "hoa"
    assert dialog.ui.messageLabel.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.ui.passwordEdit.hasFocus()
    assert session.problem is not None and session.problem.exit_code == 4


# -- sign-out ------------------------------------------------------------------------------------------------
def test_sign_out_closes_every_page_and_dialog(
    qtbot: QtBot, start: object, demo_copy: Path, vietnamese: None
) -> None:
    session = start(demo_copy, user="hoa", password=PASSWORD)  # type: ignore[operator]
    with qtbot.waitSignal(session.signed_in, timeout=10_000):
        pass
    window = session.window
    page = window.page_widget("notes")
    assert isinstance(page, NotesPage)
    page.edit.setText("ghi chú của chị Hoa")
    side = QDialog(page)
    side.setWindowTitle("Chi tiết")
    side.show()
    box = QMessageBox(QMessageBox.Icon.Information, "OfficeDesk", "Đã lưu.", QMessageBox.StandardButton.Ok, window)
    box.show()
    qtbot.waitExposed(side)

    assert session.sign_out_action.isEnabled()
    assert session.sign_out_action.text() == "Đăng &xuất"
    with qtbot.waitSignal(session.signed_out):
        session.sign_out_action.trigger()
    assert not side.isVisible() and not box.isVisible()
    assert window.gated and window.ctx.core_ctx is None and session.actor is None
    assert window.page_widget("notes") is None
    assert not window.user_label.isVisible() and window.windowTitle() == "OfficeDesk"
    assert not session.sign_out_action.isEnabled()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))

    dialog = _dialog(qtbot, session)
    assert isinstance(dialog, SignInDialog) and dialog.ui.usernameEdit.text() == ""
    _sign_in(qtbot, session, "thuky")
    again = window.page_widget("notes")
    assert isinstance(again, NotesPage) and again is not page
    assert again.edit.text() == "" and again.actor.username == "thuky"
    assert window.user_label.text() == "Đỗ Văn Hùng — Cán bộ kiểm tra"


def test_a_page_with_unsaved_input_can_hold_a_sign_out(qtbot: QtBot, start: object, demo_copy: Path) -> None:
    session = start(demo_copy, user="hoa", password=PASSWORD)  # type: ignore[operator]
    with qtbot.waitSignal(session.signed_in, timeout=10_000):
        pass
    page = session.window.page_widget("notes")
    page.can_leave = lambda: False  # type: ignore[union-attr]
    assert session.sign_out() is False
    assert session.actor is not None and not session.window.gated
    assert session.sign_out(force=True) is True


# -- idle lock -----------------------------------------------------------------------------------------------
def _signed_in(qtbot: QtBot, start: object, db: Path) -> Session:
    session = start(db, user="hoa", password=PASSWORD)  # type: ignore[operator]
    with qtbot.waitSignal(session.signed_in, timeout=10_000):
        pass
    return session


def test_idle_lock_covers_the_window_and_the_password_lifts_it(
    qtbot: QtBot, start: object, demo_copy: Path, vietnamese: None
) -> None:
    session = _signed_in(qtbot, start, demo_copy)
    window = session.window
    side = QDialog(window)
    side.setWindowTitle("Biên bản")
    side.show()
    progress = QDialog(window)  # closes by itself while the screen is locked, as a finished progress box does
    progress.show()
    qtbot.waitExposed(side)
    with qtbot.waitSignal(session.locked, timeout=5000):
        session.idle.set_timeout_ms(200)
    progress.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(progress))
    lock = session.lock_screen
    assert lock is not None and lock.isVisible() and lock.isModal()
    assert lock.geometry() == window.geometry()
    assert "Nguyễn Thị Hoa — Cán bộ kiểm tra" in lock.ui.whoLabel.text()
    assert lock.ui.passwordEdit.echoMode() == QLineEdit.EchoMode.Password
    covers = side.findChildren(QWidget, "lockCover")
    assert len(covers) == 1 and covers[0].isVisible() and covers[0].geometry() == side.rect()
    assert not session.idle.active

    qtbot.keyClick(lock, Qt.Key.Key_Escape)  # Esc never unlocks
    assert lock.isVisible()
    lock.ui.passwordEdit.setText("wrong-password")
    qtbot.keyClick(lock.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.busy and lock.ui.messageLabel.isVisible(), timeout=10_000)
    assert lock.ui.messageLabel.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert lock.isVisible() and session.lock_screen is lock

    session.idle.set_timeout_ms(60_000)  # no second lock while the test looks
    lock.ui.passwordEdit.setText(PASSWORD)
    with qtbot.waitSignal(session.unlocked, timeout=10_000):
        qtbot.keyClick(lock.ui.passwordEdit, Qt.Key.Key_Return)
    assert session.lock_screen is None and not lock.isVisible()
    qtbot.waitUntil(lambda: not side.findChildren(QWidget, "lockCover"))
    assert side.isVisible()  # what was open stays open, as it was
    assert session.idle.active and session.actor is not None
    assert window.ctx.core_ctx.actor.username == "hoa"


def test_input_postpones_the_lock(qtbot: QtBot, start: object, demo_copy: Path) -> None:
    session = _signed_in(qtbot, start, demo_copy)
    window = session.window
    session.idle.set_timeout_ms(400)
    for _ in range(8):
        qtbot.wait(100)
        qtbot.keyClick(window.ui.navList, Qt.Key.Key_Shift)
    assert session.lock_screen is None
    with qtbot.waitSignal(session.locked, timeout=5000):
        pass


def test_someone_else_from_the_lock_signs_out(
    qtbot: QtBot, start: object, demo_copy: Path, vietnamese: None
) -> None:
    session = _signed_in(qtbot, start, demo_copy)
    session.lock_action.trigger()  # File › Lock the screen, as the inspector leaves the laptop
    lock = session.lock_screen
    assert lock is not None
    assert lock.ui.switchButton.text() == "Đăng nhập &bằng tài khoản khác"
    with qtbot.waitSignal(session.signed_out):
        lock.ui.switchButton.click()
    assert session.lock_screen is None and session.window.gated
    assert session.window.page_widget("notes") is None
    assert isinstance(_dialog(qtbot, session), SignInDialog)


def test_the_idle_watch_reads_the_setting() -> None:
    settings.set_idle_lock_minutes(3)
    assert IdleWatch().timeout_ms() == 180_000
    settings.app_settings().setValue(settings.KEY_IDLE_LOCK, "oops")
    assert settings.idle_lock_minutes() == settings.DEFAULT_IDLE_LOCK_MINUTES
    with pytest.raises(ValueError):
        settings.set_idle_lock_minutes(0)


def test_the_settings_page_sets_the_idle_lock(qtbot: QtBot, vietnamese: None) -> None:
    window = MainWindow("sqlite:////tmp/officedesk-test/officedesk.db")
    qtbot.addWidget(window)
    window.show_page("settings")
    page = window.page_widget("settings")
    spin = page.ui.idleLockSpin  # type: ignore[union-attr]
    assert spin.value() == 10 and spin.suffix() == " phút"
    assert spin.accessibleName()
    label = page.ui.idleLockLabel  # type: ignore[union-attr]
    assert label.buddy() is spin and label.text() == "&Khóa sau khi không dùng:"
    spin.setValue(25)
    assert settings.idle_lock_minutes() == 25


# -- keyboard and screen readers -----------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["vi", "en"])
def test_dialogs_have_unique_alt_keys_and_accessible_names(
    qtbot: QtBot, language: str, request: pytest.FixtureRequest
) -> None:
    if language == "vi":
        request.getfixturevalue("vietnamese")
    from officedesk.gui.signin.lock import LockScreen

    window = QWidget()
    qtbot.addWidget(window)

    def never(*_args: str) -> object:
        raise AssertionError("not called")

    widgets: list[QWidget] = [
        SignInDialog(never, window),  # type: ignore[arg-type]
        FirstAdminDialog(never, window),  # type: ignore[arg-type]
        LockScreen(window, "Nguyễn Thị Hoa — Cán bộ kiểm tra", never),  # type: ignore[arg-type]
    ]
    for widget in widgets:
        assert clashes(widget_mnemonics(widget)) == {}, widget.objectName()
        for edit in widget.findChildren(QLineEdit):
            assert edit.accessibleName(), edit.objectName()
        assert widget.accessibleName()
