"""The accounts screen's dialogs: a new account or changes to one, and a password (reset by the administrator, or
one's own, changed with the current one). Each saves through a service off the GUI thread and stays open, the
service's refusal under the fields, when the save is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from officedesk.domain.enums import Role
from officedesk.errors import PermissionDenied, UserError
from officedesk.gui.accounts import labels
from officedesk.gui.forms.ui_accounts_account_dialog import Ui_AccountDialog
from officedesk.gui.forms.ui_accounts_password_dialog import Ui_PasswordDialog
from officedesk.gui.ops import show_failure
from officedesk.gui.units.dialog_base import ServiceDialog
from officedesk.services import accounts
from officedesk.services.context import Ctx

_HIDDEN_TEXT = Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText


def _password_fields(*edits: QLineEdit) -> None:
    for edit in edits:
        edit.setInputMethodHints(_HIDDEN_TEXT)


class _InlineRefusals(ServiceDialog):
    """A refusal from the core (a taken user name, the last administrator) is said beside the fields."""

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, UserError):
            self.problem(str(exc))
        else:
            show_failure(self, exc)  # logged; a polite message, never a traceback


class AccountDialog(_InlineRefusals):
    """`account` None creates an account; otherwise changes that one (a row of accounts.list_accounts).
    `units` are rows of queries.list_units: a unit head's account names its unit."""

    def __init__(self, ctx: Ctx, units: list[dict[str, Any]], account: dict[str, Any] | None = None, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_AccountDialog()
        ui.setupUi(self)
        self.account = account
        self._unit_codes = {str(u["id"]): str(u["code"]) for u in units}
        self._setup_common(ui.problemLabel, ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        _password_fields(ui.passwordEdit, ui.repeatEdit)
        ui.usernameEdit.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase)
        for role in labels.ROLES:
            ui.roleCombo.addItem(labels.role_text(role), role.value)
        ui.unitCombo.set_units(units, set())
        ui.unitCombo.setCurrentIndex(-1)
        ui.roleCombo.currentIndexChanged.connect(self._role_changed)
        ui.hintLabel.setText(self.tr("At least {count} characters. Tell the password to its owner in person; "
                                     "they can change it after signing in.").format(count=accounts.MIN_PASSWORD))

        if account is None:
            self.setWindowTitle(self.tr("New account"))
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role.INSPECTOR.value))
            ui.usernameEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Account: {name}").format(name=account["full_name"]))
            ui.usernameEdit.setText(account["username"])
            ui.usernameEdit.setReadOnly(True)
            ui.usernameEdit.setToolTip(self.tr("A user name does not change: the records name people by it."))
            ui.fullNameEdit.setText(account["full_name"])
            ui.jobTitleEdit.setText(account["title"] or "")
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(str(account["role"])))
            if account["unit_id"]:
                ui.unitCombo.select_unit(account["unit_id"])
            for row in (ui.passwordEdit, ui.repeatEdit, ui.hintLabel):
                ui.form.setRowVisible(row, False)
            ui.fullNameEdit.setFocus()
            ui.fullNameEdit.selectAll()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 84)
        self._role_changed()

    def role(self) -> Role:
        return Role(self.ui.roleCombo.currentData())

    @Slot()
    def _role_changed(self) -> None:
        ui = self.ui
        ui.roleHintLabel.setText(labels.role_hint(self.role()))
        ui.form.setRowVisible(ui.unitCombo, self.role() == Role.UNIT_HEAD)
        # A row shown or hidden, a hint one line longer: wrapped labels need the dialog to grow with them.
        self.adjustSize()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        unit_id = ui.unitCombo.unit_id() if self.role() == Role.UNIT_HEAD else None
        return {
            "username": ui.usernameEdit.text().strip(),
            "full_name": " ".join(ui.fullNameEdit.text().split()),
            "title": " ".join(ui.jobTitleEdit.text().split()),
            "role": self.role(),
            "unit_code": self._unit_codes.get(unit_id) if unit_id else None,
            "password": ui.passwordEdit.text(),
        }

    def validate(self) -> str | None:
        ui, v = self.ui, self.values()
        if not v["username"] or any(c.isspace() for c in v["username"]):
            ui.usernameEdit.setFocus()
            return self.tr("Type a user name without spaces, for example hoa or nguyenthihoa.")
        if not v["full_name"]:
            ui.fullNameEdit.setFocus()
            return self.tr("Type the person's full name.")
        if v["role"] == Role.UNIT_HEAD and v["unit_code"] is None:
            ui.unitCombo.setFocus()
            return self.tr("Choose the unit this person heads: type part of its name and pick it in the list.")
        if self.account is None:
            if len(v["password"]) < accounts.MIN_PASSWORD:
                ui.passwordEdit.setFocus()
                return self.tr("The password needs at least {count} characters.").format(
                    count=accounts.MIN_PASSWORD)
            if ui.repeatEdit.text() != v["password"]:
                ui.repeatEdit.clear()
                ui.passwordEdit.clear()
                ui.passwordEdit.setFocus()
                return self.tr("The two passwords are not the same. Type them again.")
        return None

    def save_call(self) -> Callable[[], str]:
        v, core = self.values(), self.core
        if self.account is None:
            return lambda: accounts.create_user(core, username=v["username"], full_name=v["full_name"],
                                                role=v["role"], password=v["password"], title=v["title"],
                                                unit_code=v["unit_code"])
        account_id = str(self.account["id"])

        def update() -> str:
            accounts.update_user(core, account_id, full_name=v["full_name"], title=v["title"], role=v["role"],
                                 unit_code=v["unit_code"])
            return account_id

        return update


class PasswordDialog(_InlineRefusals):
    """`account` given: the administrator gives that account a new password. None: the signed-in person changes
    their own, typing the current one first."""

    def __init__(self, ctx: Ctx, account: dict[str, Any] | None = None, *, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_PasswordDialog()
        ui.setupUi(self)
        self.account = account
        self._setup_common(ui.problemLabel, ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        _password_fields(ui.currentEdit, ui.passwordEdit, ui.repeatEdit)
        ui.hintLabel.setText(self.tr("At least {count} characters; a short sentence you remember is safer than a "
                                     "word.").format(count=accounts.MIN_PASSWORD))
        if account is None:
            self.setWindowTitle(self.tr("Change my password"))
            ui.introLabel.setText(self.tr("Type your current password, then the new one twice. Everything else "
                                          "stays as it is."))
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save the new password"))
            ui.currentEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Reset the password of {name}").format(name=account["full_name"]))
            ui.introLabel.setText(self.tr(
                "A new password for {name} ({username}). It also lifts a lockout. Tell it to them in person; they "
                "can change it after signing in.").format(name=account["full_name"], username=account["username"]))
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Set the password"))
            ui.form.setRowVisible(ui.currentEdit, False)
            ui.passwordEdit.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)
        self.adjustSize()

    def validate(self) -> str | None:
        ui = self.ui
        password = ui.passwordEdit.text()
        if self.account is None and not ui.currentEdit.text():
            ui.currentEdit.setFocus()
            return self.tr("Type your current password.")
        if len(password) < accounts.MIN_PASSWORD:
            ui.passwordEdit.setFocus()
            return self.tr("The password needs at least {count} characters.").format(count=accounts.MIN_PASSWORD)
        if ui.repeatEdit.text() != password:
            ui.repeatEdit.clear()
            ui.passwordEdit.clear()
            ui.passwordEdit.setFocus()
            return self.tr("The two passwords are not the same. Type them again.")
        return None

    def save_call(self) -> Callable[[], str]:
        core, password = self.core, self.ui.passwordEdit.text()
        if self.account is None:
            current = self.ui.currentEdit.text()

            def change() -> str:
                accounts.change_own_password(core, current, password)
                return str(core.actor.user_id)

            return change
        account_id = str(self.account["id"])

        def reset() -> str:
            accounts.reset_password(core, account_id, password)
            return account_id

        return reset

    def _failed(self, exc: BaseException) -> None:
        if self.account is None and isinstance(exc, PermissionDenied):  # the current password was wrong
            self.ui.currentEdit.clear()
            self.ui.currentEdit.setFocus()
        super()._failed(exc)
