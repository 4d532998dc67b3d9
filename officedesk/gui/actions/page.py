"""A page of its own for corrective actions: choose a campaign, see and update its actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from officedesk.errors import UserError
from officedesk.gui.actions.panel import ActionsPanel
from officedesk.gui.forms.ui_actions_page import Ui_ActionsPage
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import PageContext, style_heading
from officedesk.services import queries


class ActionsPage(QWidget):
    open_inspection_requested = Signal(str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ActionsPage()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self.ui.pageLayout.setContentsMargins(24, 20, 24, 20)
        self.panel = ActionsPanel(ctx, parent=self)
        self.ui.panelLayout.addWidget(self.panel)
        self.panel.open_inspection_requested.connect(self.open_inspection_requested)
        self.ui.campaignCombo.currentIndexChanged.connect(self._campaign_chosen)

    def page_shown(self) -> None:
        try:
            core = self.ctx.core()
        except UserError as exc:
            show_failure(self, exc)
            return
        Op(self, lambda: queries.list_campaigns(core)).on_success(self._campaigns_arrived).run()

    def _campaigns_arrived(self, rows: list[dict[str, Any]]) -> None:
        combo = self.ui.campaignCombo
        chosen = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        # Every campaign first: a unit's actions from all its inspections, with the panel's unit filter.
        combo.addItem(self.tr("All campaigns"), "")
        for c in rows:
            combo.addItem(f"{c['code']} – {c['name']}", c["id"])
        if chosen is None:  # the first time: the campaign last looked at, else the newest
            chosen = self.ctx.remembered_campaign()
            if (chosen is None or combo.findData(chosen) < 0) and rows:
                chosen = rows[0]["id"]
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(blocked)
        self._campaign_chosen()

    @Slot()
    def _campaign_chosen(self) -> None:
        campaign_id = self.ui.campaignCombo.currentData()
        self.panel.set_scope(campaign_id=campaign_id or None)
