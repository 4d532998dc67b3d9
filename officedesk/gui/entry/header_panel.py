"""The head of the entry screen: which unit, when, the state of the minutes, their versions and the lock banner.

Two lines when wide: the unit with the state and number, the version and "New inspection" on the right; the
campaign, the day and the check time under them. When that first line does not fit (a small screen, an amendment
in English) the version and the button go to a third line, so the page never has to scroll sideways for them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTime, QTimer
from PySide6.QtWidgets import QWidget

from officedesk.domain.enums import InspectionState
from officedesk.gui.entry import reads
from officedesk.gui.forms.ui_inspection_entry import Ui_InspectionEntry
from officedesk.rules.vnformat import date_short
from officedesk.services.context import Ctx
from officedesk.services.permissions import ALLOWED, Action

_BANNER_LOCKED = "QFrame#lockBanner { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }"
_BANNER_FLASH = "QFrame#lockBanner { background: #f8c9c4; border: 2px solid #9a0f0f; border-radius: 4px; }"
_BANNER_INFO = "QFrame#lockBanner { background: #e1ecfa; border: 1px solid #1565c0; border-radius: 4px; }"
_BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 2px 8px; font-weight: bold; }}"
_RED, _AMBER = ("#fde0df", "#7a1010"), ("#fff1cc", "#5c3700")


class HeaderPanel(QObject):
    def __init__(self, ui: Ui_InspectionEntry, ctx: Ctx, parent: QWidget) -> None:
        super().__init__(parent)
        self.ui = ui
        self.ctx = ctx
        self.header: dict[str, Any] | None = None
        self.read_only = True
        title = ui.unitLabel.font()
        title.setPointSizeF(title.pointSizeF() * 1.3)
        title.setBold(True)
        ui.unitLabel.setFont(title)
        self.narrow = False
        ui.headerFrame.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.ui.headerFrame and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.arrange()
        return super().eventFilter(obj, event)

    def arrange(self) -> None:
        ui = self.ui
        grid = ui.headerLayout
        margins = grid.contentsMargins()
        spacing = grid.horizontalSpacing()
        outside = margins.left() + margins.right() + 2 * ui.headerFrame.frameWidth()

        def row_width(*widgets: QWidget, gap: int = 6) -> int:
            shown = [w.sizeHint().width() for w in widgets if not w.isHidden()]
            return sum(shown) + gap * max(0, len(shown) - 1)

        title = row_width(ui.unitLabel, ui.stateBadge, ui.numberLabel, gap=ui.titleRow.spacing())
        actions = row_width(ui.versionCaption, ui.versionCombo, ui.newButton, gap=ui.actionsRow.spacing())
        when = row_width(ui.dateLabel, ui.checkTimeCaption, ui.checkTimeEdit, gap=ui.timeRow.spacing())
        narrow = ui.headerFrame.width() - outside < title + ui.titleRow.spacing() + actions
        # Never wider than the narrow form needs: the header adapts instead of widening the page.
        ui.headerFrame.setMinimumWidth(max(title, actions, ui.campaignLabel.minimumSizeHint().width() + spacing + when)
                                       + outside)
        if narrow == self.narrow:
            return
        self.narrow = narrow
        # The version and "New inspection" (actionsRow) end the title line, or make a line of their own at the end.
        if narrow:
            ui.titleRow.removeItem(ui.actionsRow)
            ui.actionsRow.setParent(None)
            grid.addLayout(ui.actionsRow, 2, 0, 1, 2)
        else:
            grid.removeItem(ui.actionsRow)
            ui.actionsRow.setParent(None)
            ui.titleRow.addLayout(ui.actionsRow)

    def show(self, header: dict[str, Any], read_only: bool) -> None:
        self.header, self.read_only = header, read_only
        h, ui = header, self.ui
        ui.unitLabel.setText(f"{h['unit_name']} ({h['unit_code']})")
        ui.campaignLabel.setText(h["campaign_name"])
        ui.dateLabel.setText(self.tr("Day: {date}").format(date=date_short(h["visit_date"])))
        t = h["check_time"]
        ui.checkTimeEdit.blockSignals(True)
        ui.checkTimeEdit.setTime(QTime(t.hour, t.minute))
        ui.checkTimeEdit.blockSignals(False)
        signed = h["state"] == InspectionState.SIGNED
        amendment = h["version"] - 1
        if amendment and signed:
            badge, colours = self.tr("Amendment {n} — signed, locked").format(n=amendment), _RED
        elif amendment:
            badge, colours = self.tr("Amendment {n} (draft)").format(n=amendment), _AMBER
        elif signed:
            badge, colours = self.tr("Signed — locked"), _RED
        else:
            badge, colours = self.tr("Draft"), _AMBER
        ui.stateBadge.setText(badge)
        ui.stateBadge.setStyleSheet(_BADGE.format(bg=colours[0], fg=colours[1]))
        ui.numberLabel.setText(self.tr("No. {number}").format(number=h["number_text"]) if h["number_text"]
                               else self.tr("(numbered at sign-off)"))
        self._versions()
        self.banner()

    def _versions(self) -> None:
        h = self.header
        assert h is not None
        combo = self.ui.versionCombo
        combo.blockSignals(True)
        combo.clear()
        for v in reads.versions(self.ctx, h["lineage_id"]):
            state = self.tr("signed") if v["state"] == InspectionState.SIGNED else self.tr("draft")
            combo.addItem(self.tr("Version {n} — {state}").format(n=v["version"], state=state), v["id"])
            if v["amendment_reason"]:
                combo.setItemData(combo.count() - 1, v["amendment_reason"], Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(combo.findData(h["id"]))
        combo.blockSignals(False)
        combo.setVisible(combo.count() > 1)
        self.ui.versionCaption.setVisible(combo.count() > 1)

    def banner(self) -> None:
        h = self.header
        if h is None:
            return
        ui = self.ui
        latest = h["version"] == h["latest_version"]
        ui.amendButton.setVisible(False)
        ui.minutesButton.setVisible(h["state"] == InspectionState.SIGNED)
        if h["state"] == InspectionState.SIGNED and latest:
            # Only those who may amend (the team leader) are offered it; the service checks again.
            may_amend = Action.AMEND in ALLOWED.get(self.ctx.actor.role, frozenset())
            ui.lockLabel.setText(self.tr("The minutes are signed — every change needs an amendment.") if may_amend
                                 else self.tr("The minutes are signed — every change needs an amendment, which the "
                                              "head of the team makes."))
            ui.amendButton.setVisible(may_amend)
            ui.lockBanner.setStyleSheet(_BANNER_LOCKED)
        elif not latest:
            ui.lockLabel.setText(self.tr("This is version {n}; version {latest} is the current one. Earlier "
                                         "versions can be read but not changed.").format(
                n=h["version"], latest=h["latest_version"]))
            ui.lockBanner.setStyleSheet(_BANNER_LOCKED)
        elif h["version"] > 1:
            ui.lockLabel.setText(self.tr("Amendment {n}, to be signed again. Reason: {reason}").format(
                n=h["version"] - 1, reason=h["amendment_reason"]))
            ui.lockBanner.setStyleSheet(_BANNER_INFO)
        elif self.read_only:
            ui.lockLabel.setText(self.tr("Your account can read this inspection but not change it."))
            ui.lockBanner.setStyleSheet(_BANNER_INFO)
        else:
            ui.lockBanner.hide()
            return
        ui.lockBanner.show()

    def flash(self) -> str:
        """Highlight the banner a moment (a key was refused); returns what it says."""
        self.ui.lockBanner.setStyleSheet(_BANNER_FLASH)
        QTimer.singleShot(700, self, self.banner)
        return self.ui.lockLabel.text()
