"""The small dialogs of the entry screen: an excuse, a person added on the spot, a post's state, an amendment.

Each is opened with open() (window-modal, not a nested event loop) and reports through `accepted`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from officedesk.domain.enums import ExcuseReason, PostState
from officedesk.gui.entry import labels
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
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #9a0f0f;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        name_unnamed(self)
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
            return
        self.accept()


class ExcuseDialog(_FormDialog):
    """Why an absent person is excused, and the document that shows it (an assignment order, a leave slip)."""

    def __init__(self, person: str, reason: str = "", document_no: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Excused absence: {name}").format(name=person), parent)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        for r in ExcuseReason:
            self.reason_combo.addItem(labels.reason_text(r), r.value)
        if reason:
            self.reason_combo.setCurrentIndex(max(0, self.reason_combo.findData(reason)))
        self.document_edit = QLineEdit(document_no, self)
        self.document_edit.setAccessibleName(self.tr("Document number"))
        self.document_edit.setPlaceholderText(self.tr("e.g. 12/GĐ-UBND"))
        self.form.addRow(self.tr("&Reason:"), self.reason_combo)
        self.form.addRow(self.tr("&Document no.:"), self.document_edit)
        self.reason_combo.setFocus()

    def reason(self) -> ExcuseReason:
        return ExcuseReason(self.reason_combo.currentData())

    def document_no(self) -> str:
        return nfc(self.document_edit.text())


class AddPersonDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a person to the roster"), parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Full name"))
        self.position_edit = QLineEdit(self)
        self.position_edit.setAccessibleName(self.tr("Position"))
        self.form.addRow(self.tr("Full &name:"), self.name_edit)
        self.form.addRow(self.tr("&Position:"), self.position_edit)
        note = QLabel(self.tr("For someone working here who is not on the staff list (a new hire, a transfer)."),
                      self)
        note.setWordWrap(True)
        self.form.addRow(note)

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
        super().__init__(self.tr("State of the post: {post}").format(post=post), parent)
        self._proposed = PostState(proposed)
        self.state_combo = QComboBox(self)
        self.state_combo.setAccessibleName(self.tr("State of the post"))
        for s in PostState:
            self.state_combo.addItem(labels.post_state_text(s), s.value)
        # Opening the dialog proposes the other state: that is almost always why it was opened.
        other = PostState.STAFFED if PostState(state) == PostState.EMPTY else PostState.EMPTY
        self.state_combo.setCurrentIndex(self.state_combo.findData(other.value))
        self.reason_edit = QLineEdit(reason, self)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.form.addRow(QLabel(self.tr("Observed: {state}").format(state=labels.post_state_text(proposed)), self))
        self.form.addRow(self.tr("&State:"), self.state_combo)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)

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
        super().__init__(self.tr("Amend the signed minutes"), parent)
        intro = QLabel(self.tr("A new draft version is made from the signed one, which stays as it was and can "
                               "still be read. The amended minutes print the reason and are signed again."), self)
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("e.g. The unit produced invitation no. 15/GM-UBND: the officer "
                                                    "attended a meeting with permission."))
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Reason:"), self.reason_edit)
        self.resize(520, 260)

    def reason(self) -> str:
        return nfc(self.reason_edit.toPlainText())

    def problem_text(self) -> str:
        return "" if self.reason() else self.tr("An amendment needs a reason.")
