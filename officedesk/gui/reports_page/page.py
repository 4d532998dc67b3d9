"""Reports: choose a campaign and a document, read it in the preview, then print it or save a copy.

Every document is made off the GUI thread into a private temporary folder; the preview shows it from there, and
"Save as…" copies it where the person wants. The folder (personal data) is removed when the screen closes.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from officedesk.gui import settings
from officedesk.gui.forms.ui_reports_page import Ui_ReportsPage
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.pages import PageContext, style_heading
from officedesk.gui.reports_page import jobs
from officedesk.gui.reports_page.models import InspectionFilter, InspectionsModel
from officedesk.gui.reports_page.preview import PreviewPane, safe_file_name
from officedesk.gui.units import labels
from officedesk.gui.units.models import ID_ROLE, StaffModel, UnitFilter, UnitTreeModel
from officedesk.gui.units.page import SEARCH_DELAY_MS, RoomyRows, setup_table
from officedesk.services import queries

STAFF_SEARCH_LIMIT = 200


class ReportsPage(QWidget):
    document_ready = Signal(str)  # "pdf" or "xlsx"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.core()
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self.ui.pageLayout.setContentsMargins(24, 20, 24, 12)
        self.preview = PreviewPane(self.ui.previewHost)
        self.ui.previewHostLayout.addWidget(self.preview)
        self.preview.printed.connect(lambda n: self.ctx.status(self.tr("Sent to the printer: {n} pages.").format(n=n)))
        self.preview.saved.connect(lambda path: self.ctx.status(self.tr("Saved as {path}.").format(path=path)))

        # Made documents hold personal data: they live in a private folder, removed when this object goes or at
        # exit (TemporaryDirectory's own finaliser; no Python slot runs while Qt tears the widgets down).
        self._folder = tempfile.TemporaryDirectory(prefix="officedesk-reports-", ignore_cleanup_errors=True)
        self._made_count = 0
        self.progress_delay_ms = 600
        self.job: Op[Any] | None = None
        self.ops: list[Op[Any]] = []
        self.last_target: Path | None = None
        self._campaigns: dict[str, dict[str, Any]] = {}
        self._staff_generation = 0
        self._shown_once = False

        self.ui.campaignCombo.currentIndexChanged.connect(self._campaign_changed)

        self.inspections = InspectionsModel(self)
        self.inspection_filter = InspectionFilter(self)
        self.inspection_filter.setSourceModel(self.inspections)
        table = self.ui.inspectionsTable
        table.setModel(self.inspection_filter)
        setup_table(table, InspectionsModel.UNIT)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.activated.connect(lambda _index: self.preview_minutes())
        self.ui.inspectionFilterEdit.textChanged.connect(self.inspection_filter.set_text)
        self.ui.inspectionFilterEdit.textChanged.connect(self._update_counts)
        self.ui.minutesButton.clicked.connect(lambda: self.preview_minutes())
        self.ui.archiveButton.clicked.connect(lambda: self.preview_archive())
        self.ui.summaryButton.clicked.connect(lambda: self.preview_summary())
        self.ui.excelButton.clicked.connect(lambda: self.export_excel())

        self.staff = StaffModel(self)
        staff_table = self.ui.staffTable
        staff_table.setModel(self.staff)
        setup_table(staff_table, StaffModel.NAME)
        for column in (StaffModel.POSITION, StaffModel.JOINED, StaffModel.LEFT):
            staff_table.setColumnHidden(column, True)
        staff_table.horizontalHeader().setSectionResizeMode(StaffModel.UNIT, QHeaderView.ResizeMode.Stretch)
        staff_table.horizontalHeader().setSectionResizeMode(StaffModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        staff_table.selectionModel().selectionChanged.connect(self._update_buttons)
        staff_table.activated.connect(lambda _index: self.preview_history())
        self._staff_timer = QTimer(self)
        self._staff_timer.setSingleShot(True)
        self._staff_timer.setInterval(SEARCH_DELAY_MS)
        self._staff_timer.timeout.connect(self.search_staff)
        self.ui.staffSearchEdit.textChanged.connect(self._staff_timer.start)
        self.ui.staffSearchEdit.returnPressed.connect(self.search_staff)
        self.ui.historyButton.clicked.connect(lambda: self.preview_history())

        self.units = UnitTreeModel(self)
        self.unit_filter = UnitFilter(self)
        self.unit_filter.setSourceModel(self.units)
        tree = self.ui.unitTree
        tree.setModel(self.unit_filter)
        tree.setIndentation(self.fontMetrics().averageCharWidth() * 2)
        tree.setItemDelegate(RoomyRows(tree))
        tree.header().setStretchLastSection(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.selectionModel().selectionChanged.connect(self._update_buttons)
        tree.activated.connect(lambda _index: self.preview_scorecard())
        self.ui.unitFilterEdit.textChanged.connect(self._filter_units)
        self.ui.scorecardButton.clicked.connect(lambda: self.preview_scorecard())

        char = self.fontMetrics().averageCharWidth()
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([char * 82, char * 96])
        # Counts wrap rather than widen the panel: on a small screen at 150 % every pixel of width counts.
        self.ui.inspectionCountLabel.setWordWrap(True)
        self.ui.staffCountLabel.setWordWrap(True)
        self.ui.minutesRow.setStretch(0, 1)
        self.ui.historyRow.setStretch(0, 1)
        self._update_counts()
        self.search_staff()
        self.refresh()

    # -- the shell's hooks ---------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if self._shown_once:
            self.refresh()
        self._shown_once = True

    def refresh(self) -> None:
        core = self.core
        self._run(Op(self, lambda: queries.list_campaigns(core)).on_success(self._campaigns_loaded))
        self._run(Op(self, lambda: queries.list_units(core)).on_success(self._units_loaded))

    def _run(self, op: Op[Any]) -> Op[Any]:
        self.ops = [o for o in self.ops if o.is_running] + [op]
        op.run()
        return op

    def busy(self) -> bool:
        return any(o.is_running for o in self.ops) or (self.job is not None and self.job.is_running)

    # -- choosing -------------------------------------------------------------------------------------------------
    def _campaigns_loaded(self, rows: list[dict[str, Any]]) -> None:
        combo = self.ui.campaignCombo
        # The one chosen here a moment ago, else the campaign last looked at on the dashboard.
        keep = self.campaign_id() or self.ctx.remembered_campaign()
        self._campaigns = {r["id"]: r for r in rows}
        combo.blockSignals(True)
        combo.clear()
        for r in rows:
            combo.addItem(self.tr("{name} ({start} – {end})").format(
                name=r["name"], start=labels.date_text(r["start_date"]), end=labels.date_text(r["end_date"])), r["id"])
        index = combo.findData(keep) if keep else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if not rows:
            combo.setPlaceholderText(self.tr("No campaign yet"))
        self._campaign_changed()

    def campaign_id(self) -> str | None:
        value = self.ui.campaignCombo.currentData()
        return value if isinstance(value, str) else None

    def campaign(self) -> dict[str, Any] | None:
        cid = self.campaign_id()
        return self._campaigns.get(cid) if cid else None

    def select_campaign(self, code: str) -> bool:
        for i in range(self.ui.campaignCombo.count()):
            cid = self.ui.campaignCombo.itemData(i)
            if self._campaigns.get(cid, {}).get("code") == code:
                self.ui.campaignCombo.setCurrentIndex(i)
                return True
        return False

    @Slot()
    def _campaign_changed(self) -> None:
        cid, core = self.campaign_id(), self.core
        if cid is None:
            self.inspections.set_rows([])
            self._update_counts()
            return

        def loaded(rows: list[dict[str, Any]]) -> None:
            if cid == self.campaign_id():
                self.inspections.set_rows(rows)
                self._update_counts()

        self._run(Op(self, lambda: queries.list_inspections(core, cid)).on_success(loaded))

    def select_inspection(self, unit_code: str) -> bool:
        """Select the (first) inspection of a unit in the list."""
        for row, r in enumerate(self.inspections.rows()):
            if r["unit_code"] == unit_code:
                index = self.inspection_filter.mapFromSource(self.inspections.index(row, InspectionsModel.NUMBER))
                if index.isValid():
                    self.ui.inspectionsTable.setCurrentIndex(index)
                    return True
        return False

    def selected_inspection(self) -> dict[str, Any] | None:
        index = self.ui.inspectionsTable.currentIndex()
        if not index.isValid():
            return None
        row = self.inspection_filter.mapToSource(index).row()
        return self.inspections.record(row)

    def _update_counts(self) -> None:
        shown, total = self.inspection_filter.rowCount(), self.inspections.rowCount()
        if total == 0:
            text = self.tr("No inspection in this campaign yet.")
        elif shown == total:
            text = self.tr("Inspections: {count}").format(count=total)
        else:
            text = self.tr("Inspections: {shown} of {count}").format(shown=shown, count=total)
        self.ui.inspectionCountLabel.setText(text)
        self._update_buttons()

    @Slot()
    def search_staff(self) -> None:
        self._staff_timer.stop()
        text = self.ui.staffSearchEdit.text().strip()
        self._staff_generation += 1
        generation, core = self._staff_generation, self.core
        if not text:
            self.staff.set_rows([])
            self.ui.staffCountLabel.setText(self.tr("Type a name or a staff code."))
            self._update_buttons()
            return

        def loaded(rows: list[dict[str, Any]]) -> None:
            if generation != self._staff_generation:
                return
            self.staff.set_rows(rows)
            if rows:
                self.ui.staffTable.selectRow(0)
            more = len(rows) >= STAFF_SEARCH_LIMIT
            self.ui.staffCountLabel.setText(
                self.tr("Found: {count}").format(count=len(rows)) if rows and not more else
                self.tr("Many people match: type more of the name.") if more else self.tr("Nobody found."))
            self._update_buttons()

        self._run(Op(self, lambda: queries.list_staff(core, search=text, limit=STAFF_SEARCH_LIMIT))
                  .on_success(loaded))

    def selected_staff(self) -> dict[str, Any] | None:
        index = self.ui.staffTable.currentIndex()
        return self.staff.record(index.row()) if index.isValid() else None

    def _units_loaded(self, rows: list[dict[str, Any]]) -> None:
        keep = self.selected_unit_id()
        self.units.set_units(rows)
        self.ui.unitTree.expandAll()
        if keep:
            self.select_unit(keep)
        self._update_buttons()

    @Slot(str)
    def _filter_units(self, text: str) -> None:
        self.unit_filter.set_text(text)
        self.ui.unitTree.expandAll()

    def select_unit(self, unit_id: str) -> bool:
        index = self.unit_filter.mapFromSource(self.units.index_of(unit_id))
        if index.isValid():
            self.ui.unitTree.setCurrentIndex(index)
        return index.isValid()

    def selected_unit_id(self) -> str | None:
        value = self.ui.unitTree.currentIndex().data(ID_ROLE)
        return value if isinstance(value, str) else None

    def _update_buttons(self) -> None:
        idle = self.job is None or not self.job.is_running
        has_campaign = self.campaign_id() is not None
        has_inspections = self.inspections.rowCount() > 0
        self.ui.minutesButton.setEnabled(idle and self.ui.inspectionsTable.currentIndex().isValid())
        for button in (self.ui.archiveButton, self.ui.excelButton):
            button.setEnabled(idle and has_campaign and has_inspections)
        self.ui.summaryButton.setEnabled(idle and has_campaign)
        self.ui.historyButton.setEnabled(idle and self.ui.staffTable.currentIndex().isValid())
        self.ui.scorecardButton.setEnabled(idle and self.ui.unitTree.currentIndex().isValid())

    # -- making documents -----------------------------------------------------------------------------------------
    def preview_minutes(self, inspection_id: str | None = None) -> Op[Any] | None:
        row = self.selected_inspection() if inspection_id is None else next(
            (r for r in self.inspections.rows() if r["id"] == inspection_id), None)
        if row is None:
            return None
        title = self.tr("Minutes {number} – {unit}").format(number=row["number_text"] or labels.date_text(
            row["visit_date"]), unit=row["unit_name"])
        core, iid = self.core, row["id"]
        return self._start(title, ".pdf", self.tr("Making the minutes…"), lambda out: jobs.minutes(core, iid, out))

    def show_minutes(self, inspection_id: str, title: str) -> Op[Any] | None:
        """An inspection's minutes, asked for from elsewhere (the entry screen): made and previewed here."""
        core = self.core
        return self._start(title, ".pdf", self.tr("Making the minutes…"),
                           lambda out: jobs.minutes(core, inspection_id, out))

    def preview_archive(self) -> Op[Any] | None:
        campaign = self.campaign()
        if campaign is None:
            return None
        title = self.tr("All minutes – {campaign}").format(campaign=campaign["code"])
        core, cid = self.core, campaign["id"]

        def make(out: Path, *, progress: Any, cancelled: Any) -> jobs.Made:
            return jobs.campaign_archive(core, cid, out, progress=progress, cancelled=cancelled)

        return self._start(title, ".pdf", self.tr("Putting every minutes of the campaign in one file…"), make,
                           reporting=True)

    def preview_summary(self) -> Op[Any] | None:
        campaign = self.campaign()
        if campaign is None:
            return None
        title = self.tr("Summary report – {campaign}").format(campaign=campaign["code"])
        core, cid = self.core, campaign["id"]
        return self._start(title, ".pdf", self.tr("Making the summary report…"),
                           lambda out: jobs.summary(core, cid, out))

    def export_excel(self) -> Op[Any] | None:
        campaign = self.campaign()
        if campaign is None:
            return None
        title = self.tr("Campaign {campaign}").format(campaign=campaign["code"])
        core, cid = self.core, campaign["id"]
        return self._start(title, ".xlsx", self.tr("Making the Excel workbook…"),
                           lambda out: jobs.campaign_workbook(core, cid, out))

    def preview_history(self, staff_id: str | None = None) -> Op[Any] | None:
        person = self.selected_staff()
        if staff_id is not None:
            person = next((r for r in self.staff.rows() if r["id"] == staff_id), {"id": staff_id, "full_name": ""})
        if person is None:
            return None
        title = self.tr("History of {name}").format(name=person["full_name"]).strip()
        core, sid = self.core, person["id"]
        return self._start(title, ".pdf", self.tr("Making the history…"),
                           lambda out: jobs.staff_history(core, sid, out))

    def preview_scorecard(self, unit_id: str | None = None) -> Op[Any] | None:
        uid = unit_id or self.selected_unit_id()
        unit = self.units.unit(uid) if uid else None
        if uid is None:
            return None
        title = self.tr("Scorecard – {unit}").format(unit=unit["name"] if unit else "")
        core = self.core
        return self._start(title, ".pdf", self.tr("Making the scorecard…"),
                           lambda out: jobs.unit_scorecard(core, uid, out))

    def _target(self, title: str, suffix: str) -> Path:
        self._made_count += 1
        return Path(self._folder.name) / f"{self._made_count:03d} {safe_file_name(title)}{suffix}"

    def _start(self, title: str, suffix: str, label: str, make: Callable[..., jobs.Made], *,
               reporting: bool = False) -> Op[Any] | None:
        if self.job is not None and self.job.is_running:
            self.ctx.status(self.tr("Please wait: a document is being made."))
            return None
        out = self._target(title, suffix)
        self.last_target = out
        # The font of the settings page, read here on the GUI thread and applied in the worker before rendering.
        font_folder = settings.document_font_folder()

        def render(*args: Any, **kwargs: Any) -> jobs.Made:
            if suffix == ".pdf":
                jobs.use_document_font(font_folder)
            return make(*args, **kwargs)

        if reporting:
            op: Op[Any] = Op.reporting(self, lambda *, progress, cancelled: render(out, progress=progress,
                                                                                  cancelled=cancelled))
        else:
            op = Op(self, lambda: render(out))
        op.with_progress(label, cancellable=reporting, delay_ms=self.progress_delay_ms)
        op.on_success(lambda made: self._made(made, title)).on_failure(self._failed).on_cancelled(self._cancelled)
        self.job = op
        op.run()
        self._update_buttons()
        return op

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _made(self, made: jobs.Made, title: str) -> None:
        self._update_buttons()
        if made.path.suffix == ".xlsx":
            self.preview.show_workbook(made.path, title)
            kind = "xlsx"
            self.ctx.status(self.tr("Ready: {title}.").format(title=title))
        else:
            if not self.preview.show_pdf(made.path, title):
                self._warn(self.tr("The document was made but cannot be shown. Try again."))
                return
            kind = "pdf"
            self.ctx.status(self.tr("Ready: {title} ({pages} pages).").format(title=title, pages=made.pages))
        self._forget_others(made.path)
        self.document_ready.emit(kind)

    def _forget_others(self, keep: Path) -> None:
        """Only the document shown stays in the private folder."""
        for path in Path(self._folder.name).iterdir():
            if path != keep:
                try:
                    path.unlink(missing_ok=True)
                except OSError:  # still open elsewhere (Windows); the folder goes at exit anyway
                    pass

    def _failed(self, exc: BaseException) -> None:
        self._update_buttons()
        if isinstance(exc, jobs.NothingToPrint):
            self._warn(self.tr("This campaign has no inspection yet: there is nothing to print."))
        elif isinstance(exc, ModuleNotFoundError) and (exc.name or "").startswith("officedesk.reports"):
            self._warn(self.tr("This document cannot be made by this version of OfficeDesk yet."))
        else:
            show_failure(self, exc)

    def _cancelled(self) -> None:
        self._update_buttons()
        self.ctx.status(self.tr("Stopped: no document was made."))

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Reports"), text, QMessageBox.StandardButton.Ok,
                          self.window())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
