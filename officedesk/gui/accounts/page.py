"""Accounts: who may sign in on this computer, with which role. Administrators create accounts, change them, reset a
forgotten password, lift a lockout and deactivate the account of someone who has left; everyone changes their own
password here. The services decide who may do what: for anyone but an administrator the list is refused, and the
page says so in the service's words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from officedesk.errors import UserError
from officedesk.gui.accounts import labels
from officedesk.gui.accounts.model import ID_ROLE, AccountsFilter, AccountsModel
from officedesk.gui.forms.ui_accounts_page import Ui_AccountsPage
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import PageContext, style_heading
from officedesk.gui.units.dialog_base import ServiceDialog
from officedesk.services import accounts, queries
from officedesk.services.context import Ctx

MESSAGE_STYLE = "QLabel { color: #b3261e; font-weight: 600; }"


def _load(core: Ctx) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The accounts (refused to anyone but an administrator), and the units a unit head's account may name."""
    return accounts.list_accounts(core), queries.list_units(core)


class AccountsPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.core()
        self.ui = ui = Ui_AccountsPage()
        ui.setupUi(self)
        style_heading(ui.titleLabel)
        ui.pageLayout.setContentsMargins(24, 20, 24, 12)
        ui.messageLabel.setStyleSheet(MESSAGE_STYLE)
        ui.messageLabel.hide()
        self.units: list[dict[str, Any]] = []
        self.refused: str | None = None  # the service's refusal, shown instead of the list
        self.ops: list[Op[Any]] = []  # the latest operations, for tests and for quitting cleanly
        self.confirm_box: QMessageBox | None = None
        self._shown_once = False
        self._select_after_load: str | None = None

        self.model = AccountsModel(self)
        self.filter = AccountsFilter(self)
        self.filter.setSourceModel(self.model)
        table = ui.accountsTable
        table.setModel(self.filter)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AccountsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(AccountsModel.FULL_NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.filterEdit.textChanged.connect(self._filter)

        ui.newButton.clicked.connect(self.new_account)
        ui.editButton.clicked.connect(self.edit_account)
        ui.resetButton.clicked.connect(self.reset_password)
        ui.unlockButton.clicked.connect(self.unlock)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.changeOwnButton.clicked.connect(self.change_own_password)
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_account), (QKeySequence("F2"), self.edit_account)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        actor = self.core.actor
        ui.ownLabel.setText(self.tr("You are signed in as {name} ({username}), {role}.").format(
            name=actor.full_name or actor.username, username=actor.username, role=labels.role_text(actor.role)))
        self._update_buttons()
        self.refresh()

    # -- the shell's hooks ---------------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._shown_once:
            self.refresh()
        self._shown_once = True

    def _run(self, op: Op[Any]) -> Op[Any]:
        self.ops = [o for o in self.ops if o.is_running] + [op]
        op.run()
        return op

    def busy(self) -> bool:
        return any(o.is_running for o in self.ops)

    # -- the list --------------------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        core = self.core
        self._run(Op(self, lambda: _load(core)).on_success(self._loaded).on_failure(self._load_failed))

    def _loaded(self, result: tuple[list[dict[str, Any]], list[dict[str, Any]]]) -> None:
        rows, self.units = result
        keep = self._select_after_load or self.selected_id()
        self._select_after_load = None
        self._show_refusal(None)
        self.model.set_rows(rows)
        if keep is not None:
            self.select(keep)
        elif self.filter.rowCount():
            self.ui.accountsTable.selectRow(0)
        self._update_count()
        self._update_buttons()

    def _load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            show_failure(self, exc)  # logged and reported; the page stays as it was
            return
        self.model.set_rows([])
        self._show_refusal(str(exc))

    def _show_refusal(self, text: str | None) -> None:
        """Anyone but an administrator: the service's refusal where the list would be, and their own password."""
        self.refused = text
        ui = self.ui
        if text:
            message = text + " " + self.tr("Only an administrator manages the accounts; you can change your own "
                                           "password below.")
            ui.messageLabel.setText(message)
            ui.messageLabel.setAccessibleName(message)
        ui.messageLabel.setVisible(bool(text))
        for widget in (ui.filterLabel, ui.filterEdit, ui.countLabel, ui.accountsTable, ui.newButton, ui.editButton,
                       ui.resetButton, ui.unlockButton, ui.activeButton):
            widget.setVisible(not text)
        if text:
            ui.changeOwnButton.setFocus()

    @Slot(str)
    def _filter(self, text: str) -> None:
        self.filter.set_text(text)
        self._update_count()
        if self.selected_id() is None and self.filter.rowCount():
            self.ui.accountsTable.selectRow(0)
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.filter.rowCount(), self.model.rowCount()
        rows = self.model.rows()
        inactive = sum(1 for r in rows if not r["active"])
        text = self.tr("Accounts: {count}").format(count=total) if shown == total else \
            self.tr("Accounts shown: {shown} of {count}").format(shown=shown, count=total)
        if inactive:
            text += " · " + self.tr("{count} deactivated").format(count=inactive)
        self.ui.countLabel.setText(text)

    def select(self, account_id: str) -> bool:
        row = self.model.row_of(account_id)
        if row < 0:
            return False
        index = self.filter.mapFromSource(self.model.index(row, AccountsModel.FULL_NAME))
        if not index.isValid():
            return False
        self.ui.accountsTable.setCurrentIndex(index)
        self.ui.accountsTable.scrollTo(index)
        return True

    def selected_id(self) -> str | None:
        table = self.ui.accountsTable
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        value = index.data(ID_ROLE)
        return value if isinstance(value, str) else None

    def selected(self) -> dict[str, Any] | None:
        account_id = self.selected_id()
        row = self.model.row_of(account_id) if account_id else -1
        return self.model.record(row) if row >= 0 else None

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        account = self.selected()
        for button in (ui.editButton, ui.resetButton, ui.activeButton):
            button.setEnabled(account is not None)
        ui.unlockButton.setEnabled(account is not None and account["locked_until"] is not None)
        active = account is None or bool(account["active"])
        ui.activeButton.setText(self.tr("&Deactivate…") if active else self.tr("Re&activate"))
        ui.activeButton.setToolTip(
            self.tr("The person can no longer sign in; their name stays in the records") if active
            else self.tr("Let the person sign in again with their password"))

    def _activated(self, _index: QModelIndex) -> None:
        self.edit_account()

    # -- the administrator's actions -------------------------------------------------------------------------
    def _open(self, dialog: ServiceDialog) -> ServiceDialog:
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def new_account(self) -> ServiceDialog | None:
        from officedesk.gui.accounts.dialogs import AccountDialog

        if self.refused:
            return None
        return self._open(AccountDialog(self.core, self.units, parent=self))

    @Slot()
    def edit_account(self) -> ServiceDialog | None:
        from officedesk.gui.accounts.dialogs import AccountDialog

        account = self.selected()
        if account is None:
            return None
        return self._open(AccountDialog(self.core, self.units, account, parent=self))

    @Slot()
    def reset_password(self) -> ServiceDialog | None:
        from officedesk.gui.accounts.dialogs import PasswordDialog

        account = self.selected()
        if account is None:
            return None
        return self._open(PasswordDialog(self.core, account, parent=self))

    @Slot(str)
    def _saved(self, account_id: str) -> None:
        self._select_after_load = account_id
        self.ctx.status(self.tr("Saved."))
        self.refresh()

    @Slot()
    def unlock(self) -> None:
        account = self.selected()
        if account is None:
            return
        core, account_id = self.core, str(account["id"])
        done = self.tr("{name} can sign in again.").format(name=account["full_name"])
        self._change(lambda: accounts.unlock(core, account_id), done)

    @Slot()
    def toggle_active(self) -> QMessageBox | None:
        account = self.selected()
        if account is None:
            return None
        core, account_id, name = self.core, str(account["id"]), account["full_name"]
        if not account["active"]:
            self._change(lambda: accounts.set_active(core, account_id, True),
                         self.tr("{name} can sign in again.").format(name=name))
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Deactivate the account"), self.tr(
            "Deactivate the account of {name}? They can no longer sign in. Their name stays in the minutes and "
            "records, and the account can be activated again.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Deactivate"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.confirm_box = None
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self._change(lambda: accounts.set_active(core, account_id, False),
                             self.tr("The account of {name} is deactivated.").format(name=name))

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def _change(self, call: Any, done: str) -> None:
        def changed(_result: object) -> None:
            self.ctx.status(done)
            self.refresh()

        # A refusal (the last administrator, one's own account) is told in a message box, in the service's words.
        self._run(Op(self, call).on_success(changed))

    # -- everyone: their own password -------------------------------------------------------------------------
    @Slot()
    def change_own_password(self) -> ServiceDialog:
        from officedesk.gui.accounts.dialogs import PasswordDialog

        dialog = PasswordDialog(self.core, None, parent=self)
        dialog.saved.connect(lambda _id: self.ctx.status(self.tr("Your password is changed.")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
