"""A dialog that saves through a service off the GUI thread and stays open when the save is refused.

The person sees what needs fixing beside the form (`problem`), or a message box for a refusal from the core
(a duplicate code, a permission the account lacks); nothing they typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QWidget

from officedesk.gui.ops import Op, show_failure
from officedesk.services.context import Ctx


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def optional_date(edit: QDateEdit) -> date | None:
    """None when the edit shows its special value (its minimum): "not known", "still working here"."""
    return None if edit.date() == edit.minimumDate() else from_qdate(edit.date())


def set_optional_date(edit: QDateEdit, special: str, value: date | None) -> None:
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setSpecialValueText(special)
    edit.setDate(edit.minimumDate() if value is None else to_qdate(value))


class ServiceDialog(QDialog):
    saved = Signal(str)  # the id (or key) of what was saved

    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.core = ctx
        self._op: Op[Any] | None = None
        self._problem: QLabel | None = None
        self._buttons: QDialogButtonBox | None = None

    def _setup_common(self, problem: QLabel, buttons: QDialogButtonBox) -> None:
        self._problem, self._buttons = problem, buttons
        palette = problem.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(170, 20, 20))  # legible on the light themes in use
        problem.setPalette(palette)
        problem.setVisible(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def problem(self, text: str) -> None:
        """Say what needs fixing, beside the form; an empty text hides the note."""
        assert self._problem is not None
        self._problem.setText(text)
        self._problem.setVisible(bool(text))

    # Subclasses: check the form (None when fine, else the sentence to show) and build the core call.
    def validate(self) -> str | None:
        return None

    def save_call(self) -> Callable[[], str]:
        raise NotImplementedError

    def accept(self) -> None:
        if self._op is not None and self._op.is_running:
            return
        trouble = self.validate()
        self.problem(trouble or "")
        if trouble:
            return
        call = self.save_call()
        self._busy(True)
        self._op = Op(self, call).on_success(self._saved).on_failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        if self._buttons is not None:
            self._buttons.setEnabled(not busy)

    def _saved(self, key: str) -> None:
        self._busy(False)
        self.saved.emit(key)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        show_failure(self, exc)
