"""The accounts screen on the demo province: the list, a new inspector who then signs in, a unit head's unit,
edits, reset, unlock, deactivate; the refusals of the services, shown in their own words; one's own password."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from officedesk.errors import PermissionDenied
from officedesk.gui import errors
from officedesk.gui.accounts import create_accounts_page
from officedesk.gui.accounts.dialogs import AccountDialog, PasswordDialog
from officedesk.gui.accounts.model import AccountsFilter, AccountsModel
from officedesk.gui.accounts.page import AccountsPage
from officedesk.gui.pages import PageContext
from officedesk.services import accounts
from officedesk.services.accounts import MAX_FAILURES
from officedesk.services.context import Ctx
from officedesk.storage.location import to_url
from officedesk.storage.schema import open_database

from .mnemonics import widget_mnemonics

PASSWORD = "demo-2024"  # officedesk.demo.build.DEMO_PASSWORD
NEW_PASSWORD = "xuân về trên bản"
# Typing in the unit finder opens its completer's popup, which asks the offscreen platform for the keyboard.
completer_popup = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def type_text(widget: QWidget, text: str) -> None:
    """Type as a Vietnamese keyboard does: each character a key event carrying its text (keyClicks aborts on
    non-ASCII text)."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


PageMaker = Callable[[str], AccountsPage]


@pytest.fixture
def open_page(qtbot: QtBot, demo_copy: Path) -> Iterator[PageMaker]:
    """open_page(username) -> the page, signed in as that demo account."""
    made: list[tuple[AccountsPage, Ctx]] = []

    def make(username: str) -> AccountsPage:
        db = open_database(to_url(demo_copy))
        actor = accounts.authenticate(Ctx(db=db), username, PASSWORD)
        core = Ctx(db=db, actor=actor)
        window = QMainWindow()
        qtbot.addWidget(window)
        page = create_accounts_page(PageContext(db_url=to_url(demo_copy), window=window, core_ctx=core))
        assert isinstance(page, AccountsPage)
        window.setCentralWidget(page)
        window.resize(1200, 700)
        window.show()
        qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)
        made.append((page, core))
        return page

    yield make
    for page, core in made:
        qtbot.waitUntil(lambda p=page: not p.busy(), timeout=10_000)  # type: ignore[misc]
        page.window().close()
        core.db.dispose()


def settle(qtbot: QtBot, page: AccountsPage) -> None:
    qtbot.waitUntil(lambda: not page.busy(), timeout=10_000)


def row_of(page: AccountsPage, username: str) -> dict[str, object]:
    return next(r for r in page.model.rows() if r["username"] == username)


def shown(page: AccountsPage, username: str, column: int) -> str:
    row = page.model.row_of(str(row_of(page, username)["id"]))
    return str(page.model.index(row, column).data())


def choose(qtbot: QtBot, page: AccountsPage, username: str) -> None:
    assert page.select(str(row_of(page, username)["id"]))
    assert page.selected() is not None and page.selected()["username"] == username  # type: ignore[index]


def save(qtbot: QtBot, page: AccountsPage, dialog: AccountDialog | PasswordDialog) -> None:
    """Press Enter in the dialog and wait until it has saved and the list has been read again."""
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, page)


def visible_box() -> QMessageBox:
    return next(b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible())


# -- the model -------------------------------------------------------------------------------------------------
def test_the_model_and_its_filter_pass_the_model_tester(qtmodeltester: object, demo_db: Path) -> None:
    db = open_database(to_url(demo_db))
    try:
        rows = accounts.list_accounts(Ctx(db=db))
    finally:
        db.dispose()
    model = AccountsModel()
    model.set_rows(rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = AccountsFilter()
    proxy.setSourceModel(model)
    proxy.set_text("nghia")
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == 1
    # The same accounts again, one changed: only that row is told, not the whole table.
    changed = [dict(r) for r in rows]
    changed[2]["title"] = "Chuyên viên chính"
    with_changes: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: with_changes.append((a.row(), b.row())))
    model.modelReset.connect(lambda: with_changes.append((-1, -1)))
    model.set_rows(changed)
    assert with_changes == [(2, 2)]


# -- the administrator -------------------------------------------------------------------------------------------
def test_the_list_names_roles_and_units_in_vietnamese(open_page: PageMaker, vietnamese: None) -> None:
    page = open_page("admin")
    assert page.refused is None and page.ui.accountsTable.isVisible()
    assert page.model.rowCount() == 6
    assert shown(page, "admin", AccountsModel.ROLE) == "Quản trị"
    assert shown(page, "truongdoan", AccountsModel.ROLE) == "Trưởng đoàn"
    assert shown(page, "hoa", AccountsModel.ROLE) == "Cán bộ kiểm tra"
    assert shown(page, "taphin", AccountsModel.ROLE) == "Thủ trưởng đơn vị"
    assert shown(page, "nam", AccountsModel.ROLE) == "Chỉ xem"
    assert "xã" in shown(page, "taphin", AccountsModel.UNIT).lower()
    assert shown(page, "hoa", AccountsModel.STATE) == "Đang sử dụng"
    assert page.ui.countLabel.text() == "Số tài khoản: 6"
    type_text(page.ui.filterEdit, "hùng")
    assert page.filter.rowCount() == 1 and page.selected()["username"] == "thuky"  # type: ignore[index]


def test_a_new_inspector_can_then_sign_in(qtbot: QtBot, open_page: PageMaker, vietnamese: None) -> None:
    page = open_page("admin")
    qtbot.keyClick(page.ui.accountsTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in page.findChildren(AccountDialog) if w.isVisible())
    ui = dialog.ui
    assert dialog.windowTitle() == "Tài khoản mới"
    assert ui.roleCombo.currentText() == "Cán bộ kiểm tra"  # the account made most often
    assert not ui.unitCombo.isVisible()  # only a unit head names a unit
    qtbot.keyClicks(ui.usernameEdit, "lan")
    type_text(ui.fullNameEdit, "Trần Thị Lan")
    type_text(ui.jobTitleEdit, "Chuyên viên")
    type_text(ui.passwordEdit, NEW_PASSWORD)
    type_text(ui.repeatEdit, NEW_PASSWORD + "!")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert ui.problemLabel.text() == "Hai lần nhập mật khẩu không giống nhau. Vui lòng nhập lại."
    type_text(ui.passwordEdit, NEW_PASSWORD)
    type_text(ui.repeatEdit, NEW_PASSWORD)
    save(qtbot, page, dialog)

    assert page.selected()["username"] == "lan"  # type: ignore[index]
    assert shown(page, "lan", AccountsModel.FULL_NAME) == "Trần Thị Lan"
    assert shown(page, "lan", AccountsModel.ROLE) == "Cán bộ kiểm tra"
    actor = accounts.authenticate(page.core, "lan", NEW_PASSWORD)
    assert (actor.full_name, str(actor.role)) == ("Trần Thị Lan", "inspector")


def test_a_taken_user_name_is_refused_in_the_dialog(qtbot: QtBot, open_page: PageMaker, vietnamese: None) -> None:
    page = open_page("admin")
    dialog = page.new_account()
    assert isinstance(dialog, AccountDialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.usernameEdit, "hoa")
    type_text(ui.fullNameEdit, "Nguyễn Thị Hoa")
    type_text(ui.passwordEdit, NEW_PASSWORD)
    type_text(ui.repeatEdit, NEW_PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.problemLabel.isVisible() and ui.buttonBox.isEnabled(), timeout=10_000)
    assert ui.problemLabel.text() == "Tên đăng nhập hoa đã có người dùng."
    assert dialog.isVisible()
    dialog.reject()


@completer_popup
def test_a_unit_heads_account_names_the_unit(qtbot: QtBot, open_page: PageMaker, vietnamese: None) -> None:
    page = open_page("admin")
    dialog = page.new_account()
    assert isinstance(dialog, AccountDialog)
    ui = dialog.ui
    qtbot.keyClicks(ui.usernameEdit, "chutich02")
    type_text(ui.fullNameEdit, "Hoàng Văn Sơn")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("Thủ trưởng đơn vị"))
    assert ui.unitCombo.isVisible()
    assert "Ký biên bản" in ui.roleHintLabel.text()
    type_text(ui.passwordEdit, NEW_PASSWORD)
    type_text(ui.repeatEdit, NEW_PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert "chọn đơn vị" in ui.problemLabel.text().lower()
    # Found as typed, without accents, and picked from the list.
    type_text(ui.unitCombo.lineEdit(), "xa02")
    assert ui.unitCombo.matches.rowCount() == 1
    popup = ui.unitCombo.finder.popup()
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert ui.unitCombo.currentText().startswith("XA02 — ")
    assert ui.unitCombo.unit_id() is not None
    save(qtbot, page, dialog)
    row = row_of(page, "chutich02")
    assert row["unit_code"] == "XA02" and row["role"] == "unit_head"
    actor = accounts.authenticate(page.core, "chutich02", NEW_PASSWORD)
    assert actor.unit_id == row["unit_id"]


def test_editing_keeps_the_selection_and_changes_the_row(qtbot: QtBot, open_page: PageMaker,
                                                         vietnamese: None) -> None:
    page = open_page("admin")
    choose(qtbot, page, "nam")
    qtbot.keyClick(page.ui.accountsTable, Qt.Key.Key_F2)
    dialog = next(w for w in page.findChildren(AccountDialog) if w.isVisible())
    ui = dialog.ui
    assert ui.usernameEdit.isReadOnly() and not ui.passwordEdit.isVisible()
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findText("Trưởng đoàn"))
    ui.jobTitleEdit.clear()
    type_text(ui.jobTitleEdit, "Phó Chánh Văn phòng")
    reset: list[bool] = []
    page.model.modelReset.connect(lambda: reset.append(True))
    save(qtbot, page, dialog)
    assert not reset  # the same accounts: only the row changed
    assert page.selected()["username"] == "nam"  # type: ignore[index]
    assert shown(page, "nam", AccountsModel.ROLE) == "Trưởng đoàn"
    assert shown(page, "nam", AccountsModel.TITLE) == "Phó Chánh Văn phòng"


def test_unlock_reset_and_deactivate_from_the_page(qtbot: QtBot, open_page: PageMaker, vietnamese: None) -> None:
    page = open_page("admin")
    for _ in range(MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            accounts.authenticate(page.core, "hoa", "sai mật khẩu")
    page.refresh()
    settle(qtbot, page)
    choose(qtbot, page, "hoa")
    assert shown(page, "hoa", AccountsModel.LOCKED) != ""
    assert page.ui.unlockButton.isEnabled()

    # Unlock: the old password works at once.
    qtbot.mouseClick(page.ui.unlockButton, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert shown(page, "hoa", AccountsModel.LOCKED) == ""
    assert not page.ui.unlockButton.isEnabled()
    assert accounts.authenticate(page.core, "hoa", PASSWORD).username == "hoa"

    # Reset: a new password, the old one no more.
    qtbot.mouseClick(page.ui.resetButton, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(PasswordDialog) if w.isVisible())
    assert not dialog.ui.currentEdit.isVisible()
    assert "Nguyễn Thị Hoa (hoa)" in dialog.ui.introLabel.text()
    type_text(dialog.ui.passwordEdit, NEW_PASSWORD)
    type_text(dialog.ui.repeatEdit, NEW_PASSWORD)
    save(qtbot, page, dialog)
    assert accounts.authenticate(page.core, "hoa", NEW_PASSWORD).username == "hoa"
    with pytest.raises(PermissionDenied):
        accounts.authenticate(page.core, "hoa", PASSWORD)

    # Deactivate, after a question whose default is No.
    assert page.ui.activeButton.text() == "Ngừng sử &dụng…"
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and "Nguyễn Thị Hoa" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(page, "hoa", AccountsModel.STATE) == "Ngừng sử dụng", timeout=10_000)
    settle(qtbot, page)
    with pytest.raises(PermissionDenied):
        accounts.authenticate(page.core, "hoa", NEW_PASSWORD)
    assert page.ui.countLabel.text() == "Số tài khoản: 6 · 1 tài khoản ngừng sử dụng"

    # Reactivate: no question.
    assert page.ui.activeButton.text() == "Cho &dùng lại"
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(page, "hoa", AccountsModel.STATE) == "Đang sử dụng", timeout=10_000)
    settle(qtbot, page)
    assert accounts.authenticate(page.core, "hoa", NEW_PASSWORD).username == "hoa"


def test_the_service_refuses_deactivating_oneself_in_its_own_words(qtbot: QtBot, open_page: PageMaker,
                                                                   vietnamese: None) -> None:
    page = open_page("admin")
    choose(qtbot, page, "admin")
    box = page.toggle_active()
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(b, QMessageBox) and b.isVisible() and b is not box
                                for b in QApplication.topLevelWidgets()), timeout=10_000)
    refusal = visible_box()
    assert refusal.text() == "Bạn không thể ngừng sử dụng tài khoản của chính mình."
    assert errors.reporter().box is None  # a refusal, not an error: no report, no traceback
    refusal.accept()
    settle(qtbot, page)
    assert row_of(page, "admin")["active"] is True


# -- everyone else ----------------------------------------------------------------------------------------------
def test_a_non_administrator_gets_the_services_refusal(qtbot: QtBot, open_page: PageMaker,
                                                       vietnamese: None) -> None:
    page = open_page("hoa")
    message = page.ui.messageLabel.text()
    assert message.startswith("Tài khoản của anh/chị không được phép làm việc này (quản lý tài khoản).")
    assert "đổi mật khẩu của mình" in message
    assert page.ui.messageLabel.isVisible() and not page.ui.accountsTable.isVisible()
    assert not page.ui.newButton.isVisible() and page.model.rowCount() == 0
    assert page.new_account() is None
    assert page.ui.changeOwnButton.isVisible() and page.focusWidget() is page.ui.changeOwnButton
    assert "Nguyễn Thị Hoa (hoa), Cán bộ kiểm tra" in page.ui.ownLabel.text()
    assert "Traceback" not in message and errors.reporter().box is None


def test_anyone_changes_their_own_password(qtbot: QtBot, open_page: PageMaker, vietnamese: None) -> None:
    page = open_page("nam")
    dialog = page.change_own_password()
    assert isinstance(dialog, PasswordDialog)
    ui = dialog.ui
    assert dialog.focusWidget() is ui.currentEdit
    ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Lưu mật khẩu mới"
    type_text(ui.currentEdit, "không phải")
    type_text(ui.passwordEdit, NEW_PASSWORD)
    type_text(ui.repeatEdit, NEW_PASSWORD)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.problemLabel.isVisible() and ui.buttonBox.isEnabled(), timeout=10_000)
    assert ui.problemLabel.text() == "Mật khẩu hiện tại không đúng."
    assert ui.currentEdit.text() == "" and dialog.isVisible()
    type_text(ui.currentEdit, PASSWORD)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert page.window().statusBar().currentMessage() == "Đã đổi mật khẩu của anh/chị."
    assert accounts.authenticate(page.core, "nam", NEW_PASSWORD).username == "nam"


# -- keyboard and screen readers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "vi"])
def test_alt_keys_are_unique_and_fields_are_named(qtbot: QtBot, open_page: PageMaker, request: pytest.FixtureRequest,
                                                  language: str) -> None:
    if language == "vi":
        request.getfixturevalue("vietnamese")
    page = open_page("admin")
    menu_bar = {"en": {"f", "g", "h"}, "vi": {"t", "c", "g"}}[language]
    dialogs: list[QWidget] = [page]
    choose(qtbot, page, "hoa")
    for make in (page.new_account, page.edit_account, page.reset_password, page.change_own_password):
        dialog = make()
        assert dialog is not None
        dialogs.append(dialog)
    for widget in dialogs:
        keys = widget_mnemonics(widget, QPushButton, own_window=True)
        assert all(len(v) == 1 for v in keys.values()), keys
        if widget is page:
            assert not set(keys) & menu_bar, keys
        for child in widget.findChildren(QWidget):
            focusable = child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(widget)
            if focusable and child.metaObject().className() in ("QLineEdit", "QComboBox", "UnitCombo",
                                                                 "QTableView", "QPushButton"):
                assert child.accessibleName() or any(
                    isinstance(label, QLabel) and label.buddy() is child for label in widget.findChildren(QLabel)
                ) or child.metaObject().className() == "QPushButton", child.objectName()
    for dialog in dialogs[1:]:
        dialog.close()
