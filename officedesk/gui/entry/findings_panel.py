"""Other violations and corrective actions, with the unit's actions still open from earlier inspections."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from officedesk.domain.enums import ActionStatus
from officedesk.errors import UserError
from officedesk.gui.entry import labels, reads
from officedesk.gui.entry.findings_models import actions_model, earlier_actions_model, violations_model
from officedesk.gui.entry.recorder import Recorder
from officedesk.gui.forms.ui_inspection_entry import Ui_InspectionEntry
from officedesk.rules.text import nfc
from officedesk.services import queries


def _stretch(view: QTableView, *stretch: int) -> None:
    view.verticalHeader().hide()
    view.setWordWrap(True)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for col in stretch:
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)


class FindingsPanel(QObject):
    """The "violations and actions" tab. Corrective actions are not locked by sign-off (units report back)."""

    def __init__(self, ui: Ui_InspectionEntry, recorder: Recorder, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.recorder = recorder
        self.ctx = recorder.ctx
        self.violations = violations_model(self)
        self.actions = actions_model(self)
        self.earlier = earlier_actions_model(self)
        ui.violationsView.setModel(self.violations)
        ui.actionsView.setModel(self.actions)
        ui.earlierView.setModel(self.earlier)
        _stretch(ui.violationsView, 1)
        _stretch(ui.actionsView, 0)
        _stretch(ui.earlierView, 0)
        self.header: dict[str, Any] | None = None
        self.read_only = True
        ui.addViolationButton.clicked.connect(self.add_violation)
        ui.violationDescEdit.returnPressed.connect(self.add_violation)
        ui.removeViolationButton.clicked.connect(self.remove_violation)
        ui.addActionButton.clicked.connect(self.add_action)
        ui.actionDescEdit.returnPressed.connect(self.add_action)
        ui.cancelActionButton.clicked.connect(self.cancel_action)
        ui.earlierDoneButton.clicked.connect(self.earlier_done)
        recorder.findings_changed.connect(self.reload)

    # -- loading -------------------------------------------------------------------------------------
    def bind(self, header: dict[str, Any], staff: list[tuple[str, str]]) -> None:
        self.header = header
        ui = self.ui
        ui.categoryCombo.clear()
        # No kind chosen until someone chooses one: Enter in the description must not file it under the first.
        ui.categoryCombo.setPlaceholderText(self.tr("Choose the kind of violation"))
        for c in reads.violation_categories(self.ctx):
            ui.categoryCombo.addItem(c["name"], c["code"])
            ui.categoryCombo.setItemData(ui.categoryCombo.count() - 1, c["directive"] or c["name"],
                                         Qt.ItemDataRole.ToolTipRole)
        ui.categoryCombo.setCurrentIndex(-1)
        self.set_staff(staff)
        visit: date = header["visit_date"]
        ui.actionDeadlineEdit.setMinimumDate(QDate(visit.year, visit.month, visit.day))
        default = visit + timedelta(days=14)
        ui.actionDeadlineEdit.setDate(QDate(default.year, default.month, default.day))
        self.reload()

    def set_staff(self, staff: list[tuple[str, str]]) -> None:
        combo = self.ui.violationStaffCombo
        combo.clear()
        combo.addItem(self.tr("(nobody in particular)"), None)
        for staff_id, name in staff:
            combo.addItem(name, staff_id)

    @Slot()
    def reload(self) -> None:
        if self.header is None:
            return
        insp_id = self.header["id"]
        self.violations.load(reads.violations(self.ctx, insp_id))
        self.actions.load(reads.actions(self.ctx, insp_id))
        self.earlier.load(reads.open_earlier_actions(self.ctx, self.header["unit_id"], self.header["lineage_id"]))
        self.ui.earlierBox.setVisible(self.earlier.rowCount() > 0)
        self._load_findings(insp_id)
        self._enable()

    def _load_findings(self, inspection_id: str) -> None:
        """What an action can answer: who was flagged, the empty posts, the other violations (kept as chosen)."""
        combo = self.ui.actionFindingCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(none in particular)"), "")
        for f in queries.inspection_findings(self.ctx, inspection_id):
            combo.addItem(self.finding_text(f), f["ref"])
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.blockSignals(False)

    def finding_text(self, f: dict[str, Any]) -> str:
        kind, who, minutes = f["kind"], f["who"], f["minutes"]
        if kind == "empty_post":
            return self.tr("Empty post: {post}").format(post=who)
        if kind == "violation":
            return f"{f['what']} ({who})" if who else str(f["what"])
        status = labels.status_text(kind)
        if minutes:
            status = self.tr("{status} {minutes} min").format(status=status, minutes=minutes)
        return f"{status}: {who}"

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._enable()

    def _enable(self) -> None:
        ui = self.ui
        for w in (ui.categoryCombo, ui.violationDescEdit, ui.violationStaffCombo, ui.addViolationButton,
                  ui.removeViolationButton, ui.actionFindingCombo, ui.actionDescEdit, ui.actionOwnerEdit,
                  ui.actionDeadlineEdit, ui.addActionButton):
            w.setEnabled(not self.read_only)
        ui.removeViolationButton.setEnabled(not self.read_only and self.violations.rowCount() > 0)
        ui.cancelActionButton.setEnabled(self.actions.rowCount() > 0)
        ui.earlierDoneButton.setEnabled(self.earlier.rowCount() > 0)

    # -- violations ----------------------------------------------------------------------------------
    @Slot()
    def add_violation(self) -> None:
        ui = self.ui
        code = ui.categoryCombo.currentData()
        if self.read_only:
            return
        if not code:
            self.recorder.failed.emit(UserError(self.tr("Choose the kind of violation first.")))
            ui.categoryCombo.setFocus()
            return
        if self.recorder.add_violation(code, nfc(ui.violationDescEdit.text()), ui.violationStaffCombo.currentData()):
            ui.violationDescEdit.clear()
            self.reload()

    @Slot()
    def remove_violation(self) -> None:
        row = self.ui.violationsView.currentIndex().row()
        if self.read_only or row < 0:
            return
        if self.recorder.remove_violation(self.violations.record(row)):
            self.reload()

    # -- corrective actions --------------------------------------------------------------------------
    @Slot()
    def add_action(self) -> None:
        ui = self.ui
        if self.read_only or self.header is None:
            return
        d = ui.actionDeadlineEdit.date()
        if not self.recorder.add_action(ui.actionDescEdit.text(), ui.actionOwnerEdit.text(),
                                        date(d.year(), d.month(), d.day()), ui.actionFindingCombo.currentData() or ""):
            return
        ui.actionDescEdit.clear()
        ui.actionOwnerEdit.clear()
        ui.actionFindingCombo.setCurrentIndex(0)
        self.reload()

    def _set_action(self, view: QTableView, model: Any, status: ActionStatus, note: str) -> None:
        row = view.currentIndex().row()
        if row < 0:
            return
        if self.recorder.set_action_status(model.record(row), status, note):
            self.reload()

    @Slot()
    def cancel_action(self) -> None:
        self._set_action(self.ui.actionsView, self.actions, ActionStatus.CANCELLED,
                         self.tr("Cancelled during the inspection"))

    @Slot()
    def earlier_done(self) -> None:
        self._set_action(self.ui.earlierView, self.earlier, ActionStatus.DONE,
                         self.tr("Checked done during the inspection"))
