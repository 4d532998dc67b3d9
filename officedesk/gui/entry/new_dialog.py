"""Starting an inspection: the campaign, the unit (searched as typed, accents optional), the day and check time."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.gui.entry import reads
from officedesk.gui.entry.dialogs import name_unnamed
from officedesk.gui.unit_combo import UnitCombo
from officedesk.services import queries
from officedesk.services.context import Ctx


class NewInspectionDialog(QDialog):
    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New inspection"))
        self.setAccessibleName(self.tr("New inspection"))
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setAccessibleName(self.tr("Campaign"))
        self.unit_combo = UnitCombo(self)
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Day of the inspection"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Check time"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #9a0f0f;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Campaign:"), self.campaign_combo)
        form.addRow(self.tr("&Unit:"), self.unit_combo)
        form.addRow(self.tr("&Day:"), self.date_edit)
        form.addRow(self.tr("Check &time:"), self.time_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        self._campaigns = queries.list_campaigns(ctx)
        for c in self._campaigns:
            self.campaign_combo.addItem(c["name"], c["id"])
        self._units = queries.list_units(ctx)
        self.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
        now = ctx.clock.now_local()
        self.date_edit.setDate(QDate(now.year, now.month, now.day))
        self.time_edit.setTime(QTime(now.hour, now.minute))
        self._campaign_changed()
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setFocus()
        name_unnamed(self)

    @Slot()
    def _campaign_changed(self) -> None:
        campaign_id = self.campaign_combo.currentData()
        planned = set(reads.campaign_unit_ids(self.ctx, campaign_id)) if campaign_id else set()
        self.unit_combo.set_units(self._units, planned)
        self.unit_combo.setCurrentIndex(-1)

    def choice(self) -> tuple[str, str, date, time] | None:
        campaign_id = self.campaign_combo.currentData()
        unit_id = self.unit_combo.unit_id()
        if not campaign_id or not unit_id:
            return None
        d, t = self.date_edit.date(), self.time_edit.time()
        return str(campaign_id), unit_id, date(d.year(), d.month(), d.day()), time(t.hour(), t.minute())

    @Slot()
    def _try_accept(self) -> None:
        if self.choice() is None:
            self.problem.setText(self.tr("Choose a campaign and a unit from the list."))
            self.problem.show()
            return
        self.accept()
