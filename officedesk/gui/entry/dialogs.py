"""The small dialogs of the entry screen: an excuse, a person added on the spot, a post's state, an amendment.

Their layouts are Qt Designer forms: ui/entry_excuse_dialog.ui, ui/entry_add_person_dialog.ui,
ui/entry_post_state_dialog.ui, ui/entry_amend_dialog.ui.
Each is opened with open() (window-modal, not a nested event loop) and reports through `accepted`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from officedesk.domain.enums import ExcuseReason, PostState
from officedesk.gui.entry import labels
from officedesk.gui.forms.ui_entry_add_person_dialog import Ui_AddPersonDialog
from officedesk.gui.forms.ui_entry_amend_dialog import Ui_AmendDialog
from officedesk.gui.forms.ui_entry_excuse_dialog import Ui_ExcuseDialog
from officedesk.gui.forms.ui_entry_post_state_dialog import Ui_PostStateDialog
from officedesk.rules.text import nfc


def name_unnamed(root: QWidget) -> None:
    """Accessible names where a screen reader would otherwise find none: buttons (their words), the hidden line
    edit inside each time or date field (the field's name), tab widgets."""
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and button.text():
            button.setAccessibleName(button.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
    for spin in root.findChildren(QAbstractSpinBox):
        for edit in spin.findChildren(QLineEdit):
            if not edit.accessibleName():
                edit.setAccessibleName(spin.accessibleName())
    for tabs in root.findChildren(QTabWidget):
        if not tabs.accessibleName():
            tabs.setAccessibleName(QCoreApplication.translate("EntryMessages", "Parts of the minutes"))
        bar = tabs.tabBar()
        if bar is not None and not bar.accessibleName():
            bar.setAccessibleName(tabs.accessibleName())


def warn(parent: QWidget, text: str) -> QMessageBox:
    """A refusal or bad input, told plainly (never a traceback); window-modal, so the caller goes on."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("EntryMessages", "OfficeDesk"), text,
                      QMessageBox.StandardButton.Ok, parent.window())
    box.setAccessibleName(QCoreApplication.translate("EntryMessages", "Message"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class _FormDialog(QDialog):
    """A form (ui/entry_*.ui) with its rows, a problem line and OK/Cancel; `problem_text` stops OK when not ''.

    A subclass builds its form with setupUi, then calls `_setup_form` with the form's parts.
    """

    form: QFormLayout
    problem: QLabel
    buttons: QDialogButtonBox

    def _setup_form(self, form: QFormLayout, problem: QLabel, buttons: QDialogButtonBox) -> None:
        self.setAccessibleName(self.windowTitle())
        self.form, self.problem, self.buttons = form, problem, buttons
        problem.hide()
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)

    def showEvent(self, event: QShowEvent) -> None:
        name_unnamed(self)
        fit_height(self)
        super().showEvent(event)

    def problem_text(self) -> str:
        """What stops the dialog from being accepted, or ''."""
        return ""

    @Slot()
    def _try_accept(self) -> None:
        problem = self.problem_text()
        if problem:
            self.problem.setText(problem)
            self.problem.show()
            fit_height(self)
            return
        self.accept()


def fit_height(dialog: QDialog) -> None:
    """Tall enough at its width for every line of its word-wrapped labels: Qt gives a window whose layout holds
    such labels no minimum height, so a long note, or a problem shown later, would otherwise be cut off."""
    layout = dialog.layout()
    if layout is None:
        return
    for _ in range(3):
        layout.invalidate()
        layout.activate()
        short = max((label.heightForWidth(label.width()) - label.height() for label in dialog.findChildren(QLabel)
                     if label.wordWrap() and label.isVisibleTo(dialog)), default=0)
        if short <= 0:
            return
        dialog.resize(dialog.width(), dialog.height() + short)


class ExcuseDialog(_FormDialog):
    """Why an absent person is excused, and the document that shows it (an assignment order, a leave slip)."""

    def __init__(self, person: str, reason: str = "", document_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ExcuseDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.windowTitle().format(name=person))
        self._setup_form(ui.form, ui.problemLabel, ui.buttonBox)
        self.reason_combo = ui.reasonCombo
        for r in ExcuseReason:
            self.reason_combo.addItem(labels.reason_text(r), r.value)
        if reason:
            self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(reason)))
        self.document_edit = ui.documentEdit
        self.document_edit.setText(document_no)
        self.reason_combo.setFocus()

    def reason(self) -> ExcuseReason:
        return ExcuseReason(self.reason_combo.currentData())

    def document_no(self) -> str:
        return nfc(self.document_edit.text())


class AddPersonDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AddPersonDialog()
        ui.setupUi(self)
        self._setup_form(ui.form, ui.problemLabel, ui.buttonBox)
        self.name_edit = ui.nameEdit
        self.position_edit = ui.positionEdit

    def problem_text(self) -> str:
        return "" if nfc(self.name_edit.text()) else self.tr("Enter the person's full name.")

    def full_name(self) -> str:
        return nfc(self.name_edit.text())

    def position(self) -> str:
        return nfc(self.position_edit.text())


class PostStateDialog(_FormDialog):
    """The team's word on a post; a state other than the observed one needs a reason."""

    def __init__(self, post: str, state: str, proposed: str, reason: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PostStateDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.windowTitle().format(post=post))
        self._setup_form(ui.form, ui.problemLabel, ui.buttonBox)
        self._proposed = PostState(proposed)
        ui.observedLabel.setText(ui.observedLabel.text().format(state=labels.post_state_text(proposed)))
        self.state_combo = ui.stateCombo
        for s in PostState:
            self.state_combo.addItem(labels.post_state_text(s), s.value)
        # Opening the dialog proposes the other state: that is almost always why it was opened.
        other = PostState.STAFFED if PostState(state) == PostState.EMPTY else PostState.EMPTY
        self.state_combo.setCurrentIndex(self.state_combo.findData(other.value))
        self.reason_edit = ui.reasonEdit
        self.reason_edit.setText(reason)

    def state(self) -> PostState:
        return PostState(self.state_combo.currentData())

    def reason(self) -> str:
        return nfc(self.reason_edit.text()) if self.state() != self._proposed else ""

    def problem_text(self) -> str:
        if self.state() != self._proposed and not nfc(self.reason_edit.text()):
            return self.tr("Give a reason for changing the post's state from what was observed.")
        return ""


class AmendDialog(_FormDialog):
    """Why a signed inspection is amended; the signed version stays as it was."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_AmendDialog()
        ui.setupUi(self)
        self._setup_form(ui.form, ui.problemLabel, ui.buttonBox)
        self.reason_edit = ui.reasonEdit
        # Enter makes a new line in the reason: Ctrl+Enter is OK, as in other multi-line forms. A filter, not a
        # QShortcut: the text field takes Ctrl+Enter before any shortcut sees it.
        self.reason_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.reason_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
            return True
        return super().eventFilter(watched, event)

    def reason(self) -> str:
        return nfc(self.reason_edit.toPlainText())

    def problem_text(self) -> str:
        return "" if self.reason() else self.tr("An amendment needs a reason.")
