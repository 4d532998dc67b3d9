"""The sign-in dialog and the first start's dialog (the administrator's account).

Both hand the typed credentials to a function given by the caller, run it in a worker, and either emit
`signed_in(actor)` and close, or show the core's refusal (a sentence already in the person's language: wrong
password, locked account) under the fields and stay open. Enter submits, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from officedesk.errors import UserError
from officedesk.gui.forms.ui_first_admin_dialog import Ui_FirstAdminDialog
from officedesk.gui.forms.ui_signin_dialog import Ui_SignInDialog
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import style_heading
from officedesk.gui.signin.labels import ERROR_STYLE, show_message

if TYPE_CHECKING:
    from officedesk.services.context import Actor

__all__ = ["ERROR_STYLE", "FirstAdminDialog", "SignInDialog", "show_message"]


class _CredentialsDialog(QDialog):
    """What both dialogs share: one attempt at a time in a worker, the refusal shown, nothing closes meanwhile."""

    signed_in = Signal(object)  # officedesk.services.context.Actor

    _message: QLabel
    _inputs: tuple[QLineEdit, ...]
    _submit: QDialogButtonBox

    def _setup_common(self, buttons: QDialogButtonBox, message: QLabel, inputs: tuple[QLineEdit, ...]) -> None:
        self._submit = buttons
        self._message = message
        self._inputs = inputs
        self._op: Op[Any] | None = None
        self.actor: Actor | None = None
        message.setStyleSheet(ERROR_STYLE)
        show_message(message, "")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.is_running

    def show_message(self, text: str) -> None:
        show_message(self._message, text)

    def _attempt(self, fn: Callable[[], Actor], after_refusal: QLineEdit) -> None:
        self._set_busy(True)
        self._after_refusal = after_refusal
        self._op = Op(self, fn).on_success(self._succeeded).on_failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(not busy)
        self._submit.setEnabled(not busy)
        if busy:
            self.show_message("")
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _succeeded(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.signed_in.emit(actor)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._after_refusal.clear()
        self._after_refusal.setFocus()
        if isinstance(exc, UserError):
            self.show_message(str(exc))
        else:
            show_failure(self, exc)  # logged; a polite message, never a traceback

    def reject(self) -> None:
        if not self.busy:  # the answer is a moment away; closing now would leave it nowhere to go
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)


class SignInDialog(_CredentialsDialog):
    """User name and password. `attempt(username, password)` runs in a worker and returns the actor."""

    def __init__(
        self,
        attempt: Callable[[str, str], Actor],
        parent: QWidget | None = None,
        *,
        username: str = "",
        message: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self._attempt_fn = attempt
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign in"))
        self._setup_common(self.ui.buttonBox, self.ui.messageLabel, (self.ui.usernameEdit, self.ui.passwordEdit))
        self.ui.passwordEdit.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.ui.usernameEdit.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase)
        self.ui.usernameEdit.setText(username)
        self.show_message(message)
        (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.adjustSize()

    def accept(self) -> None:
        if self.busy:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self.show_message(self.tr("Type your user name."))
            self.ui.usernameEdit.setFocus()
            return
        if not password:
            self.show_message(self.tr("Type your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._attempt(lambda: self._attempt_fn(username, password), self.ui.passwordEdit)


class FirstAdminDialog(_CredentialsDialog):
    """The first account of a new database: the administrator's. `create(full_name, username, password)` runs
    in a worker, makes the account and signs it in."""

    def __init__(
        self,
        create: Callable[[str, str, str], Actor],
        parent: QWidget | None = None,
        *,
        min_password: int = 8,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self._create = create
        self._min_password = min_password
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create and sign in"))
        ui = self.ui
        self._setup_common(ui.buttonBox, ui.messageLabel, (ui.fullNameEdit, ui.usernameEdit, ui.passwordEdit,
                                                           ui.repeatEdit))
        for edit in (ui.passwordEdit, ui.repeatEdit):
            edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
        ui.usernameEdit.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase)
        ui.hintLabel.setText(
            self.tr("At least {count} characters; a short sentence you remember is safer than a word.").format(
                count=min_password
            )
        )
        ui.fullNameEdit.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.adjustSize()

    def accept(self) -> None:
        if self.busy:
            return
        ui = self.ui
        full_name = " ".join(ui.fullNameEdit.text().split())
        username = ui.usernameEdit.text().strip()
        password = ui.passwordEdit.text()
        if not full_name:
            self.show_message(self.tr("Type the administrator's full name."))
            ui.fullNameEdit.setFocus()
            return
        if not username or any(c.isspace() for c in username):
            self.show_message(self.tr("Type a user name without spaces, for example mai or lethimai."))
            ui.usernameEdit.setFocus()
            return
        if len(password) < self._min_password:
            self.show_message(
                self.tr("The password needs at least {count} characters.").format(count=self._min_password)
            )
            ui.passwordEdit.setFocus()
            return
        if ui.repeatEdit.text() != password:
            self.show_message(self.tr("The two passwords are not the same. Type them again."))
            ui.repeatEdit.clear()
            ui.passwordEdit.clear()
            ui.passwordEdit.setFocus()
            return
        self._attempt(lambda: self._create(full_name, username, password), ui.passwordEdit)

    def _failed(self, exc: BaseException) -> None:
        self.ui.repeatEdit.clear()
        super()._failed(exc)
