"""The first start on a computer without data: its short code, its name and the province, then the data are
created (in a worker) and the first administrator's account is asked for (signin.dialogs.FirstAdminDialog)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from officedesk.errors import UserError
from officedesk.gui.forms.ui_accounts_first_run_dialog import Ui_FirstRunDialog
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import style_heading
from officedesk.gui.signin.dialogs import ERROR_STYLE, show_message

# Plain letters and digits: the code ends minutes numbers ("07/BB-ĐKT-A1") and must read the same everywhere.
CODE = re.compile(r"[A-Z0-9]{2,8}")


class FirstRunDialog(QDialog):
    """`create(code, name, province)` runs in a worker and returns what the session needs to go on
    (signin.calls.Opened); `created` carries it once the dialog has closed."""

    created = Signal(object)

    def __init__(self, create: Callable[[str, str, str], Any], parent: QWidget | None = None, *,
                 path: str = "") -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FirstRunDialog()
        ui.setupUi(self)
        style_heading(ui.titleLabel)
        self._create = create
        self._op: Op[Any] | None = None
        self.result_value: Any = None
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the &data"))
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.messageLabel.setStyleSheet(ERROR_STYLE)
        show_message(ui.messageLabel, "")
        text = self.tr("The data will be kept in {path}").format(path=path)
        ui.pathLabel.setText(text)
        ui.pathLabel.setAccessibleName(text)
        ui.pathLabel.setVisible(bool(path))
        ui.codeEdit.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,8}"), ui.codeEdit))
        ui.codeEdit.textEdited.connect(self._upper)
        ui.codeEdit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)  # eight characters, not a sentence
        ui.codeEdit.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase
                                        | Qt.InputMethodHint.ImhNoPredictiveText)
        ui.provinceEdit.setPlaceholderText(self.tr("for example: Lào Cai"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        ui.codeEdit.setFocus()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 92)
        self.adjustSize()

    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.is_running

    @Slot(str)
    def _upper(self, text: str) -> None:
        if text != text.upper():
            cursor = self.ui.codeEdit.cursorPosition()
            self.ui.codeEdit.setText(text.upper())
            self.ui.codeEdit.setCursorPosition(cursor)

    def values(self) -> tuple[str, str, str]:
        ui = self.ui
        return (ui.codeEdit.text().strip().upper(), " ".join(ui.nameEdit.text().split()),
                " ".join(ui.provinceEdit.text().split()))

    def _check(self) -> str | None:
        code, name, province = self.values()
        if not CODE.fullmatch(code):
            self.ui.codeEdit.setFocus()
            return self.tr("The short code has 2 to 8 letters without accents or digits, such as A1 or HOA.")
        if not name:
            self.ui.nameEdit.setFocus()
            return self.tr("Give this computer a name, for example: Laptop of inspection team 1.")
        if not province:
            self.ui.provinceEdit.setFocus()
            return self.tr("Type the name of the province.")
        return None

    def accept(self) -> None:
        if self.busy:
            return
        problem = self._check()
        show_message(self.ui.messageLabel, problem or "")
        if problem:
            return
        code, name, province = self.values()
        self._set_busy(True)
        self._op = Op(self, lambda: self._create(code, name, province)).on_success(self._done).on_failure(
            self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.codeEdit, ui.nameEdit, ui.provinceEdit, ui.buttonBox):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        super().accept()  # closed first: the next dialog (the administrator's account) opens in its place
        self.created.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UserError):
            show_message(self.ui.messageLabel, str(exc))
        else:
            show_failure(self, exc)  # logged; a polite message, never a traceback

    def reject(self) -> None:
        if not self.busy:  # the data are being made; closing now would leave them half-told
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
