"""The first start on a computer without data: its code, name and province, the data created in a worker, the
first administrator, signed in. Nothing is created when the set-up is cancelled, for a server, or over a file
that is there but cannot be read."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from officedesk.errors import UserError
from officedesk.gui.accounts.first_run import FirstRunDialog
from officedesk.gui.accounts.page import AccountsPage
from officedesk.gui.main_window import MainWindow
from officedesk.gui.pages import default_pages
from officedesk.gui.signin import Session, calls
from officedesk.gui.signin.dialogs import FirstAdminDialog
from officedesk.storage.location import to_url

ADMIN_PASSWORD = "mai-bac-ninh-2024"


def type_text(widget: QWidget, text: str) -> None:
    """Type as a Vietnamese keyboard does (keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def start(qtbot: QtBot) -> Iterator[object]:
    """start(db url) -> Session: the real sections, the window shown, the session started."""
    sessions: list[Session] = []

    def run(url: str) -> Session:
        pages = [p for p in default_pages() if p.key in ("accounts", "settings")]
        window = MainWindow(url, pages=pages)
        qtbot.addWidget(window)
        session = Session(window)
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
            if session.db is not None:
                qtbot.waitUntil(lambda s=session: not _busy(s), timeout=10_000)  # type: ignore[misc]
            session.shutdown()
            if session.db is not None:
                session.db.dispose()


def _busy(session: Session) -> bool:
    page = session.window.page_widget("accounts")
    return isinstance(page, AccountsPage) and page.busy()


def _set_up_dialog(qtbot: QtBot, session: Session) -> FirstRunDialog:
    qtbot.waitUntil(lambda: isinstance(session.dialog, FirstRunDialog) and session.dialog.isVisible(), timeout=5000)
    assert isinstance(session.dialog, FirstRunDialog)
    return session.dialog


def _meta(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT key, value FROM app_meta").fetchall())
    finally:
        conn.close()


def test_from_a_missing_file_to_a_signed_in_administrator(qtbot: QtBot, start: object, tmp_path: Path,
                                                          vietnamese: None) -> None:
    path = tmp_path / "OfficeDesk" / "officedesk.db"  # the folder does not exist either: a new profile
    session = start(to_url(path))  # type: ignore[operator]
    dialog = _set_up_dialog(qtbot, session)
    ui = dialog.ui
    assert session.window.gated and not path.exists()
    assert str(path) in ui.pathLabel.text()
    assert "07/BB-ĐKT-A1" in ui.codeHintLabel.text()  # why the code matters, with an example
    assert dialog.focusWidget() is ui.codeEdit

    qtbot.keyClicks(ui.codeEdit, "h")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert ui.messageLabel.text() == "Mã ngắn gồm 2 đến 8 chữ cái không dấu hoặc chữ số, ví dụ A1 hoặc HOA."
    qtbot.keyClicks(ui.codeEdit, "oa-1 ")  # neither a dash nor a space gets in
    assert ui.codeEdit.text() == "HOA1"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert "đặt tên cho máy" in ui.messageLabel.text()
    type_text(ui.nameEdit, "Máy của đoàn kiểm tra số 1")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert ui.messageLabel.text() == "Hãy nhập tên tỉnh."
    assert not path.exists()
    type_text(ui.provinceEdit, "Hoàng Liên")
    qtbot.keyClick(ui.provinceEdit, Qt.Key.Key_Return)

    # Then the administrator's account, as on any first start.
    qtbot.waitUntil(lambda: isinstance(session.dialog, FirstAdminDialog) and session.dialog.isVisible(),
                    timeout=10_000)
    assert _meta(path) | {"installation_id": ""} == {
        "installation_id": "", "installation_code": "HOA1", "province": "Hoàng Liên"}
    admin = session.dialog
    assert isinstance(admin, FirstAdminDialog)
    type_text(admin.ui.fullNameEdit, "Lê Thị Mai")
    qtbot.keyClicks(admin.ui.usernameEdit, "mai")
    qtbot.keyClicks(admin.ui.passwordEdit, ADMIN_PASSWORD)
    qtbot.keyClicks(admin.ui.repeatEdit, ADMIN_PASSWORD)
    with qtbot.waitSignal(session.signed_in, timeout=10_000) as signed:
        qtbot.keyClick(admin.ui.repeatEdit, Qt.Key.Key_Return)
    assert (signed.args[0].username, str(signed.args[0].role)) == ("mai", "admin")
    window = session.window
    assert not window.gated and session.problem is None

    # The accounts section lists her, and she can make the team's accounts from there.
    window.show_page("accounts")
    page = window.page_widget("accounts")
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: not page.busy() and page.model.rowCount() == 1, timeout=10_000)
    assert page.model.record(0)["username"] == "mai" and page.refused is None


def test_cancelling_the_set_up_creates_nothing_and_can_start_again(qtbot: QtBot, start: object, tmp_path: Path,
                                                                   vietnamese: None) -> None:
    path = tmp_path / "none.db"
    session = start(to_url(path))  # type: ignore[operator]
    dialog = _set_up_dialog(qtbot, session)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: session.dialog is None, timeout=5000)
    assert not path.exists() and not path.with_name("none.db-wal").exists()
    gate = session.gate
    assert str(path) in gate.message.text() and "chưa có gì được tạo" in gate.message.text()
    assert gate.button.isVisible() and gate.button.text() == "Thiết lập &máy tính này…"
    assert gate.button.accessibleName() == "Thiết lập máy tính này"
    qtbot.mouseClick(gate.button, Qt.MouseButton.LeftButton)
    _set_up_dialog(qtbot, session)


def test_an_unreadable_file_is_never_replaced(qtbot: QtBot, start: object, tmp_path: Path, vietnamese: None) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are not OfficeDesk data.\n" * 4)
    before = path.read_bytes()
    session = start(to_url(path))  # type: ignore[operator]
    with qtbot.waitSignal(session.awaiting_person, timeout=10_000):
        pass
    assert session.dialog is None and session.window.gated
    assert session.gate.message.text() == f"{path} không phải cơ sở dữ liệu OfficeDesk (tệp bị hỏng hoặc thuộc loại khác)."
    assert path.read_bytes() == before


def test_a_server_is_never_set_up_from_the_client(qtbot: QtBot, start: object) -> None:
    # Nothing listens on port 9 of this machine: the connection is refused at once.
    session = start("postgresql+psycopg://team:secret@127.0.0.1:9/officedesk")  # type: ignore[operator]
    with qtbot.waitSignal(session.awaiting_person, timeout=20_000):
        pass
    assert session.dialog is None and session.problem is not None
    assert "secret" not in session.gate.message.text()
    with pytest.raises(UserError, match="server"):
        calls.create_database("postgresql+psycopg://team:secret@127.0.0.1:9/officedesk", "A1", "Máy", "Tỉnh")


def test_a_failed_creation_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from officedesk.services import setup

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(setup, "initialise", broken)
    path = tmp_path / "half.db"
    with pytest.raises(RuntimeError):
        calls.create_database(to_url(path), "A1", "Máy", "Tỉnh")
    assert sorted(p.name for p in tmp_path.iterdir()) == []

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with pytest.raises(UserError, match="cannot be created"):
        calls.create_database(to_url(blocked / "officedesk.db"), "A1", "Máy", "Tỉnh")


@pytest.mark.slow
def test_the_start_up_smoke_test_stops_at_the_set_up_and_creates_nothing(cli: object, tmp_path: Path) -> None:
    """`officedesk --exit-when-ready` on a computer without data: ready once the set-up asks; with --user, the
    reason nobody could sign in. No file either way."""
    missing = tmp_path / "new" / "officedesk.db"
    home = tmp_path / "home"
    home.mkdir()
    done = cli("--db", missing, "--exit-when-ready", lang=None, timeout=120, HOME=str(home))  # type: ignore[operator]
    assert done.returncode == 0, done.stderr[-3000:]
    with_user = cli("--db", missing, "--exit-when-ready", "--user", "mai", lang=None, timeout=120,  # type: ignore[operator]
                    HOME=str(home), OFFICEDESK_PASSWORD="x")
    assert with_user.returncode == 2 and str(missing) in with_user.stderr
    assert "Traceback" not in done.stderr + with_user.stderr
    assert not missing.exists()
