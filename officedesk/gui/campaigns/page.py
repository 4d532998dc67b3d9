"""The campaigns screen: the campaigns, and the dashboard of the chosen one (progress, counters compared with the
previous campaign, a chart and a table by unit, corrective actions). A unit's bar or row opens its inspection
through open_inspection_requested, which the main window connects to the entry screen."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QScrollArea, QWidget

from officedesk.errors import UserError
from officedesk.gui import numbers, settings
from officedesk.gui.actions.panel import ActionsPanel
from officedesk.gui.campaigns import labels, reads
from officedesk.gui.campaigns.models import SORT_ROLE, CampaignListModel, UnitResultsModel
from officedesk.gui.forms.ui_campaign_page import Ui_CampaignPage
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import PageContext, style_heading
from officedesk.rules.vnformat import date_short
from officedesk.services import queries
from officedesk.services.permissions import Action, allowed

if TYPE_CHECKING:
    from officedesk.gui.campaigns.chart import UnitChart
    from officedesk.gui.campaigns.editor import CampaignEditorDialog
    from officedesk.gui.campaigns.reads import UnitResult
    from officedesk.services.context import Ctx

# A double click also makes a click: the same inspection asked for twice within this time is asked once.
_REPEAT_S = 0.8
MIN_UNIT_WIDTH = 260


class CampaignsPage(QWidget):
    open_inspection_requested = Signal(str)  # an inspection id, for the entry screen
    campaigns_loaded = Signal()
    dashboard_loaded = Signal(str)  # the campaign id whose dashboard is now shown
    campaign_saved = Signal(str)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CampaignPage()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self.ui.pageLayout.setContentsMargins(24, 20, 24, 12)
        self.dashboard: reads.Dashboard | None = None
        self.chart: UnitChart | None = None
        self.editor: CampaignEditorDialog | None = None
        self._chart_stale = True
        self._selected_id: str | None = None
        self._last_open: tuple[str, float] = ("", 0.0)

        self.campaigns = CampaignListModel(self)
        view = self.ui.campaignView
        view.setModel(self.campaigns)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignListModel.Col.NAME, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().currentRowChanged.connect(self._campaign_chosen)
        view.activated.connect(lambda _index: self.edit_campaign())
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([90, 560])

        self.units = UnitResultsModel(self)
        self.unit_proxy = QSortFilterProxyModel(self)
        self.unit_proxy.setSourceModel(self.units)
        self.unit_proxy.setSortRole(SORT_ROLE)
        units_view = self.ui.unitsView
        units_view.setModel(self.unit_proxy)
        units_header = units_view.horizontalHeader()
        # Sized from the texts by _fit_unit_columns, not ResizeToContents: that asks the model for every cell of
        # every column each time (25 ms for the demo's 40 units). Not Stretch either: wide (Vietnamese) headers
        # would squeeze the names.
        units_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        units_header.setStretchLastSection(False)
        units_view.sortByColumn(UnitResultsModel.Col.UNIT, Qt.SortOrder.AscendingOrder)
        units_view.clicked.connect(self._unit_row_clicked)
        units_view.installEventFilter(self)  # Enter opens the unit
        # The viewport's own resize, not the view's: a filter on the view runs before the viewport (and its scroll
        # bar) take their new size, and the name column would be fitted to the old one.
        units_view.viewport().installEventFilter(self)

        self.actions_panel = ActionsPanel(ctx, parent=self.ui.actionsTab)
        self.ui.actionsLayout.addWidget(self.actions_panel)
        self.actions_panel.open_inspection_requested.connect(self.open_inspection_requested)
        self.actions_panel.actions_changed.connect(self._actions_changed)

        self._style_counters()
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.ui.newButton.clicked.connect(self.new_campaign)
        self.ui.editButton.clicked.connect(self.edit_campaign)
        self.ui.refreshButton.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_dashboard(None)

    # -- the shell's hooks ------------------------------------------------------------------------------
    def page_shown(self) -> None:
        self.refresh()

    def can_leave(self) -> bool:
        return True

    def _core(self) -> Ctx | None:
        try:
            return self.ctx.core()
        except UserError as exc:
            show_failure(self, exc)
            return None

    # -- the campaigns ---------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        core = self._core()
        if core is None:
            return
        may_plan = allowed(core.actor.role, Action.MANAGE_CAMPAIGNS)
        self.ui.newButton.setEnabled(may_plan)
        self.ui.editButton.setEnabled(may_plan and self._selected_id is not None)
        Op(self, lambda: queries.list_campaigns(core)).on_success(self._campaigns_arrived).run()

    def _campaigns_arrived(self, rows: list[dict[str, Any]]) -> None:
        # The one shown a moment ago, else the one this person last looked at, else the newest.
        wanted = self._selected_id or self.ctx.remembered_campaign()
        self.campaigns.set_rows(rows)
        self._fit_list(len(rows))
        if not rows:
            self._selected_id = None
            self._show_dashboard(None)
        else:
            row = self.campaigns.row_of(wanted) if wanted else -1
            self.select_campaign_row(max(row, 0))
        self.campaigns_loaded.emit()

    def _fit_list(self, count: int) -> None:
        """The list as tall as its rows (up to five), the rest for the dashboard."""
        view = self.ui.campaignView
        rows = max(1, min(count, 5))
        height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
        height += 2 * view.frameWidth() + 2
        sizes = self.ui.splitter.sizes()
        self.ui.splitter.setSizes([height, max(200, sum(sizes) - height)])

    def select_campaign_row(self, row: int) -> None:
        index = self.campaigns.index(row, 0)
        self.ui.campaignView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def select_campaign(self, campaign_id: str) -> bool:
        row = self.campaigns.row_of(campaign_id)
        if row >= 0:
            self.select_campaign_row(row)
        return row >= 0

    @Slot(QModelIndex, QModelIndex)
    def _campaign_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        campaign = self.campaigns.campaign(current.row()) if current.isValid() else None
        self._selected_id = campaign["id"] if campaign else None
        core = self._core()
        self.ui.editButton.setEnabled(bool(campaign) and core is not None
                                      and allowed(core.actor.role, Action.MANAGE_CAMPAIGNS))
        if campaign is None or core is None:
            return
        campaign_id = campaign["id"]
        settings.set_last_campaign(core.actor.username, campaign_id)
        self.actions_panel.set_scope(campaign_id=campaign_id)
        Op(self, lambda: reads.dashboard(core, campaign_id)) \
            .on_success(lambda d: self._dashboard_arrived(campaign_id, d)).run()

    def _dashboard_arrived(self, campaign_id: str, dashboard: reads.Dashboard | None) -> None:
        if campaign_id != self._selected_id:
            return  # another campaign was chosen meanwhile
        self._show_dashboard(dashboard)
        self.dashboard_loaded.emit(campaign_id)

    # -- the dashboard ---------------------------------------------------------------------------------
    def _style_counters(self) -> None:
        for value in (self.ui.lateValue, self.ui.unexcusedValue, self.ui.leftPostValue, self.ui.emptyPostsValue,
                      self.ui.rateValue):
            font = QFont(value.font())
            font.setPointSizeF(font.pointSizeF() * 2.0)
            font.setBold(True)
            value.setFont(font)
        for kind, value in (("late", self.ui.lateValue), ("unexcused", self.ui.unexcusedValue),
                            ("left_post", self.ui.leftPostValue), ("empty_posts", self.ui.emptyPostsValue)):
            # Big bold digits in the chart's colours (3:1 or more on white, enough for large text).
            value.setStyleSheet(f"color: {labels.finding_colour(kind).name()};")
        title = QFont(self.ui.campaignTitle.font())
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.15)
        self.ui.campaignTitle.setFont(title)

    def _show_dashboard(self, d: reads.Dashboard | None) -> None:
        ui = self.ui
        self.dashboard = d
        has = d is not None
        ui.emptyLabel.setVisible(not has)
        for w in (ui.campaignTitle, ui.progressLabel, ui.progressBar, ui.peopleLabel, ui.tabs, ui.lateBox,
                  ui.unexcusedBox, ui.leftPostBox, ui.emptyPostsBox, ui.rateBox):
            w.setVisible(has)
        if d is None:
            ui.emptyLabel.setText(self.tr("No campaign yet. Plan one with New campaign."))
            self.units.set_rows([])
            return
        c = d.campaign
        ui.campaignTitle.setText(self.tr("{name} ({start} – {end})").format(
            name=c["name"], start=date_short(c["start_date"]), end=date_short(c["end_date"])))
        ui.campaignTitle.setAccessibleName(ui.campaignTitle.text())
        ui.progressBar.setMaximum(max(1, d.planned_units))
        ui.progressBar.setValue(min(d.inspected_units, max(1, d.planned_units)))
        progress = labels.units_progress_text(d.inspected_units, d.planned_units)
        ui.progressBar.setFormat(progress)
        ui.progressBar.setAccessibleDescription(progress)
        t = d.totals
        ui.peopleLabel.setText(self.tr("{staff} staff checked: {present} present ({share}), {excused} absent "
                                       "with permission").format(
            staff=numbers.integer(t.headcount), present=numbers.integer(t.present), share=numbers.percent(t.present, t.headcount),
            excused=numbers.integer(t.excused)))
        self._counter(ui.lateValue, ui.lateCaption, t.late)
        self._counter(ui.unexcusedValue, ui.unexcusedCaption, t.unexcused)
        self._counter(ui.leftPostValue, ui.leftPostCaption, t.left_post)
        self._counter(ui.emptyPostsValue, ui.emptyPostsCaption, t.empty_posts)
        rate = numbers.rate(t.violation_rate)
        ui.rateValue.setText(rate)
        comparison = self.comparison_text(d)
        ui.comparisonLabel.setText(comparison)
        ui.comparisonLabel.setVisible(bool(comparison))
        ui.rateBox.setToolTip(self.tr("Late, absent without permission, away from their post or left early: "
                                      "{count} of {staff} staff").format(count=numbers.integer(t.violations),
                                                                         staff=numbers.integer(t.headcount)))
        ui.rateBox.setAccessibleName(f"{ui.rateCaption.text()}: {rate} {comparison}".strip())
        self.units.set_rows(d.units)
        self._fit_unit_columns()
        overdue = d.actions.get("overdue", 0)
        title = (self.tr("Corrective &actions ({overdue} overdue)").format(overdue=overdue) if overdue
                 else self.tr("Corrective &actions"))
        ui.tabs.setTabText(ui.tabs.indexOf(ui.actionsTab), title)
        self._chart_stale = True
        self._tab_changed(ui.tabs.currentIndex())

    @staticmethod
    def _counter(value: QLabel, caption: QLabel, count: int) -> None:
        value.setText(numbers.integer(count))
        box = value.parentWidget()
        if box is not None:
            box.setAccessibleName(f"{caption.text()}: {numbers.integer(count)}")

    def comparison_text(self, d: reads.Dashboard) -> str:
        """'compared with 3,61 % last year' when the campaign names a previous one."""
        if d.previous is None or d.previous_totals is None:
            return ""
        rate = numbers.rate(d.previous_totals.violation_rate)
        previous_start = d.previous.get("start_date")
        if previous_start is not None and previous_start.year == d.campaign["start_date"].year - 1:
            return self.tr("compared with {rate} last year").format(rate=rate)
        return self.tr("compared with {rate} in {campaign}").format(rate=rate, campaign=d.previous["code"])

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        # The chart (and QtCharts) is made only when its tab is shown with a campaign in it.
        if self.ui.tabs.widget(index) is self.ui.chartTab and self._chart_stale and self.dashboard is not None:
            self._chart_stale = False
            if self.chart is None:
                self.ensure_chart(self.dashboard.units)
            else:
                self.chart.set_results(self.dashboard.units)

    def ensure_chart(self, results: Sequence[UnitResult] = ()) -> UnitChart:
        if self.chart is None:
            from officedesk.gui.campaigns.chart import UnitChart

            # The chart grows with the number of units; it scrolls inside its tab, the page never does.
            scroller = QScrollArea(self.ui.chartTab)
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.chart = UnitChart(scroller, results)
            self.chart.unit_clicked.connect(self.open_unit)
            scroller.setWidget(self.chart)
            self.ui.chartLayout.addWidget(scroller, 1)
        return self.chart

    def _actions_changed(self) -> None:
        if self._selected_id:
            core = self._core()
            if core is None:
                return
            campaign_id = self._selected_id
            Op(self, lambda: reads.dashboard(core, campaign_id)) \
                .on_success(lambda d: self._dashboard_arrived(campaign_id, d)).run()

    # -- opening a unit's inspection -------------------------------------------------------------------
    @Slot(str)
    def open_unit(self, unit_id: str) -> None:
        result = next((r for r in (self.dashboard.units if self.dashboard else []) if r.unit_id == unit_id), None)
        if result is None:
            return
        if result.inspection_id is None:
            self.ctx.status(self.tr("{unit} has not been inspected in this campaign yet.").format(
                unit=result.unit_name))
            return
        now = time.monotonic()
        if self._last_open[0] == result.inspection_id and now - self._last_open[1] < _REPEAT_S:
            return
        self._last_open = (result.inspection_id, now)
        self.open_inspection_requested.emit(result.inspection_id)

    @Slot(QModelIndex)
    def _unit_row_clicked(self, index: QModelIndex) -> None:
        source = self.unit_proxy.mapToSource(index)
        result = self.units.result(source.row())
        if result is not None:
            self.open_unit(result.unit_id)

    def _fit_unit_columns(self) -> None:
        """Each number column as wide as its widest text or title; the unit's name gets the rest."""
        view = self.ui.unitsView
        header = view.horizontalHeader()
        cells = view.fontMetrics()
        italic = QFont(view.font())
        italic.setItalic(True)
        slanted = QFontMetrics(italic)  # "not inspected yet" rows are in italics
        titles = header.fontMetrics()
        for col in UnitResultsModel.Col:
            if col == UnitResultsModel.Col.UNIT:
                continue
            title = str(self.units.headerData(col, Qt.Orientation.Horizontal))
            widest = max((max(cells.horizontalAdvance(t), slanted.horizontalAdvance(t)) for t in self.units.texts(col)),
                         default=0)
            # The title's room includes the sort arrow.
            header.resizeSection(col, max(widest + 16, titles.horizontalAdvance(title) + 28))
        self._fit_unit_column()

    def _fit_unit_column(self) -> None:
        """The unit's name gets the room the numbers leave, and never less than a readable width."""
        view = self.ui.unitsView
        header = view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != UnitResultsModel.Col.UNIT)
        header.resizeSection(UnitResultsModel.Col.UNIT, max(MIN_UNIT_WIDTH, view.viewport().width() - others))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.unitsView.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_unit_column()
        if (watched is self.ui.unitsView and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            index = self.ui.unitsView.currentIndex()
            if index.isValid():
                self._unit_row_clicked(index)
                return True
        return super().eventFilter(watched, event)

    def unit_inspection_ids(self) -> dict[str, str | None]:
        """unit code -> the inspection a click on its row or bar opens (None: not inspected yet)."""
        return {r.unit_code: r.inspection_id for r in (self.dashboard.units if self.dashboard else [])}

    # -- planning --------------------------------------------------------------------------------------
    @Slot()
    def new_campaign(self) -> None:
        self._open_editor(None)

    @Slot()
    def edit_campaign(self) -> None:
        if self._selected_id:
            self._open_editor(self._selected_id)

    def _open_editor(self, campaign_id: str | None) -> None:
        core = self._core()
        if core is None or not allowed(core.actor.role, Action.MANAGE_CAMPAIGNS):
            return

        def read() -> tuple[reads.EditorData, Any]:
            from officedesk.services.org import work_calendar

            return reads.editor_data(core, campaign_id), work_calendar(core)

        Op(self, read).on_success(lambda result: self._editor_ready(core, *result)).run()

    def _editor_ready(self, core: Ctx, data: reads.EditorData, calendar: Any) -> None:
        from officedesk.gui.campaigns.editor import CampaignEditorDialog

        dialog = CampaignEditorDialog(core, data, self, calendar=calendar)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._campaign_saved)
        dialog.destroyed.connect(lambda: setattr(self, "editor", None))
        self.editor = dialog
        dialog.open()

    def _campaign_saved(self, campaign_id: str) -> None:
        self._selected_id = campaign_id
        self.ctx.status(self.tr("The campaign was saved."))
        self.campaign_saved.emit(campaign_id)
        self.refresh()
