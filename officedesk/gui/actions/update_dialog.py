"""Record what a unit reported on a corrective action: done (on which day), still open, or cancelled."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QDialog, QWidget

from officedesk.domain.enums import ActionStatus
from officedesk.gui.actions.model import status_word
from officedesk.gui.forms.ui_actions_update_dialog import Ui_ActionUpdateDialog
from officedesk.rules.vnformat import date_short


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ActionUpdateDialog(QDialog):
    def __init__(self, action: dict[str, Any], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionUpdateDialog()
        self.ui.setupUi(self)
        self.action = action
        ui = self.ui
        ui.actionText.setText(action["description"])
        ui.unitText.setText(action["unit_name"])
        deadline = date_short(action["deadline"]) if action.get("deadline") else self.tr("none")
        if action.get("overdue"):
            deadline = self.tr("{deadline} (overdue)").format(deadline=deadline)
        ui.deadlineText.setText(deadline)
        for status in ActionStatus:
            ui.statusCombo.addItem(status_word(status), status.value)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(action["status"])))
        ui.doneEdit.setMaximumDate(_qdate(today))
        visited = action.get("visit_date")
        if isinstance(visited, date):
            ui.doneEdit.setMinimumDate(_qdate(visited))
        ui.doneEdit.setDate(_qdate(action.get("done_on") or today))
        ui.noteEdit.setPlainText(action.get("progress_note") or "")
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._status_changed()
        ui.statusCombo.setFocus()

    @Slot()
    def _status_changed(self) -> None:
        done = self.status() == ActionStatus.DONE
        self.ui.doneEdit.setEnabled(done)
        self.ui.doneLabel.setEnabled(done)

    def status(self) -> ActionStatus:
        return ActionStatus(self.ui.statusCombo.currentData())

    def set_status(self, status: ActionStatus) -> None:
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(ActionStatus(status).value))

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()

    def done_on(self) -> date | None:
        if self.status() != ActionStatus.DONE:
            return None
        q = self.ui.doneEdit.date()
        return date(q.year(), q.month(), q.day())
