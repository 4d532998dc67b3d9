"""Starting an inspection: the campaign, the unit (searched as typed, accents optional), the day and check time.

The layout is a Qt Designer form: ui/entry_new_inspection_dialog.ui.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from officedesk.gui.entry import reads
from officedesk.gui.entry.dialogs import fit_height, name_unnamed
from officedesk.gui.forms.ui_entry_new_inspection_dialog import Ui_NewInspectionDialog
from officedesk.rules.vnformat import date_short
from officedesk.services import queries
from officedesk.services.context import Ctx


class NewInspectionDialog(QDialog):
    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_NewInspectionDialog()
        ui.setupUi(self)
        self.campaign_combo = ui.campaignCombo
        self.unit_combo = ui.unitCombo
        self.date_edit = ui.dateEdit
        self.time_edit = ui.timeEdit
        self.problem = ui.problemLabel
        self.problem.hide()
        self.buttons = ui.buttonBox
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)

        self._campaigns = queries.list_campaigns(ctx)
        self._warned_for: tuple[str, str, date, time] | None = None
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

    def _outside_campaign(self, campaign_id: str, day: date) -> str | None:
        """The campaign's dates when `day` is not within them (a typo in the date, most likely), else None."""
        campaign = next((c for c in self._campaigns if c["id"] == campaign_id), None)
        if campaign is None or campaign["start_date"] is None or campaign["end_date"] is None:
            return None
        if campaign["start_date"] <= day <= campaign["end_date"]:
            return None
        return f"{date_short(campaign['start_date'])} – {date_short(campaign['end_date'])}"

    @Slot()
    def _try_accept(self) -> None:
        choice = self.choice()
        if choice is None:
            self.problem.setText(self.tr("Choose a campaign and a unit from the list."))
            self.problem.show()
            fit_height(self)
            return
        dates = self._outside_campaign(choice[0], choice[2])
        # Said once; Start again goes on (a unit visited again after the campaign's days is allowed).
        if dates is not None and self._warned_for != choice:
            self._warned_for = choice
            self.problem.setText(self.tr("{day} is outside the campaign's dates ({dates}). Check the day, or press "
                                         "Start again to go on.").format(day=date_short(choice[2]), dates=dates))
            self.problem.show()
            fit_height(self)
            return
        self.accept()
