"""Units and staff: the province's units in a tree; the chosen unit's staff, posts and working hours."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from officedesk.domain.enums import UnitKind
from officedesk.gui import settings
from officedesk.gui.forms.ui_units_page import Ui_UnitsPage
from officedesk.gui.ops import Op
from officedesk.gui.pages import PageContext, style_heading
from officedesk.gui.units import labels, reads
from officedesk.gui.units.dialog_base import from_qdate, to_qdate
from officedesk.gui.units.models import (
    ID_ROLE,
    OverridesModel,
    PostsModel,
    SeasonsModel,
    StaffFilter,
    StaffModel,
    UnitFilter,
    UnitTreeModel,
    VersionsModel,
)
from officedesk.rules import schedule as sched
from officedesk.services import queries
from officedesk.services.permissions import Action, allowed

KEY_UNIT = "units/unit"
KEY_SPLITTER = "units/splitter"
SEARCH_DELAY_MS = 250


def setup_table(view: QTableView, stretch: int) -> None:
    """Rows one line high, the `stretch` column taking the room left, the others as wide as their text."""
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it


class RoomyRows(QStyledItemDelegate):
    """Tree rows as tall as the tables' rows: stacked Vietnamese marks (Ấ, Ổ) need the room, fingers too."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


def fit_rows(view: QTableView, rows: int) -> None:
    """A table just tall enough for `rows` rows: short lists do not waste the screen."""
    height = view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2 * view.frameWidth() + 2)


class UnitsPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.core()
        self.can_manage = allowed(self.core.actor.role, Action.MANAGE_ORG)
        self.ui = Ui_UnitsPage()
        self.ui.setupUi(self)
        style_heading(self.ui.titleLabel)
        self.ui.pageLayout.setContentsMargins(24, 20, 24, 12)
        font = self.ui.unitNameLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.ui.unitNameLabel.setFont(font)

        self.unit_id: str | None = None
        self._generation = {"staff": 0, "posts": 0, "schedule": 0}
        self._select_staff_after_load: str | None = None
        self._schedule: reads.ScheduleInfo | None = None
        self._overrides: list[dict[str, Any]] = []
        self._shown_once = False
        self.ops: list[Op[Any]] = []  # the latest operations, for tests and for quitting cleanly

        # Units
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
        tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        self.ui.unitFilterEdit.textChanged.connect(self._filter_units)

        # Staff
        self.staff = StaffModel(self)
        self.staff_filter = StaffFilter(self)
        self.staff_filter.setSourceModel(self.staff)
        self.staff_filter.set_include_left(False, self.core.clock.today())
        table = self.ui.staffTable
        table.setModel(self.staff_filter)
        setup_table(table, StaffModel.NAME)
        table.horizontalHeader().setSectionResizeMode(StaffModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(StaffModel.POSITION, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.activated.connect(self._staff_activated)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.load_staff)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.load_staff)
        self.ui.wholeProvinceCheck.toggled.connect(self.load_staff)
        self.ui.includeLeftCheck.toggled.connect(self._include_left)
        self.ui.addStaffButton.clicked.connect(self.add_staff)
        self.ui.editStaffButton.clicked.connect(self.edit_staff)

        # Posts
        self.posts = PostsModel(self)
        self.ui.postsTable.setModel(self.posts)
        setup_table(self.ui.postsTable, 3)
        self.ui.postsTable.activated.connect(self._post_activated)
        self.ui.postsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.addPostButton.clicked.connect(self.add_post)
        self.ui.editPostButton.clicked.connect(self.edit_post)
        self.ui.retirePostButton.clicked.connect(self.retire_post)
        self._select_post_after_load: str | None = None

        # Working hours
        self.seasons = SeasonsModel(self)
        self.versions = VersionsModel(self)
        self.overrides = OverridesModel(self)
        for view, model, stretch in ((self.ui.seasonsTable, self.seasons, 0),
                                     (self.ui.versionsTable, self.versions, 2),
                                     (self.ui.overridesTable, self.overrides, 2)):
            view.setModel(model)
            setup_table(view, stretch)
        self.ui.seasonsTable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.seasonsTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit_rows(self.ui.seasonsTable, 2)
        self.ui.scheduleDayEdit.setDate(to_qdate(self.core.clock.today()))
        self.ui.scheduleDayEdit.dateChanged.connect(self.load_schedule)
        self.ui.addVersionButton.clicked.connect(self.add_schedule_version)
        self.ui.addOverrideButton.clicked.connect(self.add_calendar_day)

        self.ui.readOnlyNote.setVisible(not self.can_manage)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()
        self.ui.leftPanel.setMinimumWidth(char * 28)
        self.ui.searchEdit.setMinimumWidth(char * 22)  # a crowded screen (150 %) squeezes the tree first
        state = settings.app_settings().value(KEY_SPLITTER)
        if not (isinstance(state, QByteArray) and self.ui.splitter.restoreState(state)):
            self.ui.splitter.setSizes([char * 52, char * 110])
        self.ui.splitter.splitterMoved.connect(self._save_splitter)
        self._show_unit(None)
        self.refresh()

    # -- the shell's hooks ---------------------------------------------------------------------------------
    def page_shown(self) -> None:
        # Other screens (and other laptops' data merged in) may have changed the staff since the last visit.
        if self._shown_once:
            self.refresh()
            if self.unit_id is not None:
                self.load_staff()
                self.load_posts()
                self.load_schedule()
        self._shown_once = True

    def refresh(self) -> None:
        core = self.core
        self._run(Op(self, lambda: queries.list_units(core)).on_success(self._units_loaded))

    def _run(self, op: Op[Any]) -> Op[Any]:
        self.ops = [o for o in self.ops if o.is_running] + [op]
        op.run()
        return op

    def busy(self) -> bool:
        return any(o.is_running for o in self.ops)

    # -- units -----------------------------------------------------------------------------------------------
    def _units_loaded(self, rows: list[dict[str, Any]]) -> None:
        keep = self.unit_id
        self.units.set_units(rows)
        self.ui.unitTree.expandAll()
        if keep is None:
            saved = settings.app_settings().value(KEY_UNIT)
            index = self.units.index_of_code(saved) if isinstance(saved, str) else QModelIndex()
            if not index.isValid() and self.units.rowCount():
                index = self.units.index(0, 0)
            keep = index.data(ID_ROLE) if index.isValid() else None
        if keep is not None and not self.select_unit(keep):
            self._show_unit(None)
        elif keep is not None and keep == self.unit_id:
            self._show_unit(self.units.unit(keep))  # the names or counts may have changed

    def select_unit(self, unit_id: str) -> bool:
        """Select a unit in the tree (clearing a filter that hides it); False when there is no such unit."""
        source = self.units.index_of(unit_id)
        if not source.isValid():
            return False
        proxy = self.unit_filter.mapFromSource(source)
        if not proxy.isValid():
            self.ui.unitFilterEdit.clear()
            proxy = self.unit_filter.mapFromSource(source)
        tree = self.ui.unitTree
        tree.setCurrentIndex(proxy)
        tree.scrollTo(proxy, QAbstractItemView.ScrollHint.EnsureVisible)
        if self.unit_id != unit_id:
            self._unit_changed(unit_id)
        return True

    def select_unit_code(self, code: str) -> bool:
        index = self.units.index_of_code(code)
        return index.isValid() and self.select_unit(index.data(ID_ROLE))

    @Slot(str)
    def _filter_units(self, text: str) -> None:
        self.unit_filter.set_text(text)
        self.ui.unitTree.expandAll()

    @Slot(QItemSelection, QItemSelection)
    def _tree_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            unit_id = indexes[0].data(ID_ROLE)
            if isinstance(unit_id, str) and unit_id != self.unit_id:
                self._unit_changed(unit_id)

    def _unit_changed(self, unit_id: str) -> None:
        self.unit_id = unit_id
        unit = self.units.unit(unit_id)
        if unit is not None:
            settings.app_settings().setValue(KEY_UNIT, unit["code"])
        self._show_unit(unit)
        self.load_staff()
        self.load_posts()
        self.load_schedule()

    def current_unit(self) -> dict[str, Any] | None:
        return self.units.unit(self.unit_id) if self.unit_id else None

    def _show_unit(self, unit: dict[str, Any] | None) -> None:
        if unit is None:
            self.ui.unitNameLabel.setText(self.tr("No unit chosen"))
            self.ui.unitDetailsLabel.setText(self.tr("Choose a unit in the list on the left."))
        else:
            self.ui.unitNameLabel.setText(unit["name"])
            details = [labels.unit_kind_text(unit["kind"]), self.tr("code {code}").format(code=unit["code"])]
            if unit["head_name"]:
                details.append(self.tr("head: {name}, {title}").format(name=unit["head_name"],
                                                                       title=unit["head_title"]))
            self.ui.unitDetailsLabel.setText(" · ".join(details))
        self._update_buttons()

    # -- staff -------------------------------------------------------------------------------------------------
    @Slot()
    def load_staff(self) -> None:
        self._search_timer.stop()
        self._generation["staff"] += 1
        generation = self._generation["staff"]
        whole = self.ui.wholeProvinceCheck.isChecked()
        unit_id = None if whole else self.unit_id
        text = self.ui.searchEdit.text().strip()
        core = self.core
        self.ui.staffTable.setColumnHidden(StaffModel.UNIT, not whole)
        if unit_id is None and not whole:
            self.staff.set_rows([])
            self._update_count()
            return

        def loaded(rows: list[dict[str, Any]]) -> None:
            if generation == self._generation["staff"]:
                self._staff_loaded(rows)

        self._run(Op(self, lambda: queries.list_staff(core, unit_id=unit_id, search=text or None)).on_success(loaded))

    def _staff_loaded(self, rows: list[dict[str, Any]]) -> None:
        view = self.ui.staffTable
        keep = self._select_staff_after_load or self.selected_staff_id()
        self._select_staff_after_load = None
        self.staff.set_rows(rows)
        self._update_count()
        if keep:
            self.select_staff(keep)
        self._update_buttons()
        view.resizeColumnToContents(StaffModel.CODE)

    def select_staff(self, staff_id: str) -> bool:
        row = self.staff.row_of(staff_id)
        if row < 0:
            return False
        index = self.staff_filter.mapFromSource(self.staff.index(row, StaffModel.NAME))
        if not index.isValid():
            return False
        self.ui.staffTable.setCurrentIndex(index)
        self.ui.staffTable.scrollTo(index)
        return True

    def selected_staff_id(self) -> str | None:
        index = self.ui.staffTable.currentIndex()
        if not index.isValid() or not self.ui.staffTable.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        value = index.data(ID_ROLE)
        return value if isinstance(value, str) else None

    def selected_staff(self) -> dict[str, Any] | None:
        staff_id = self.selected_staff_id()
        row = self.staff.row_of(staff_id) if staff_id else -1
        return self.staff.record(row) if row >= 0 else None

    def listed_staff(self) -> list[dict[str, Any]]:
        """The people the table shows, in its order."""
        f = self.staff_filter
        return [self.staff.record(f.mapToSource(f.index(r, 0)).row()) for r in range(f.rowCount())]

    @Slot(bool)
    def _include_left(self, include: bool) -> None:
        self.staff_filter.set_include_left(include, self.core.clock.today())
        self._update_count()

    def _update_count(self) -> None:
        shown = self.staff_filter.rowCount()
        hidden = self.staff.rowCount() - shown
        unit = self.current_unit()
        if shown == 0 and not self.ui.searchEdit.text().strip() and not self.ui.wholeProvinceCheck.isChecked() \
                and unit is not None and unit["kind"] == UnitKind.PROVINCE:
            text = self.tr("Nobody works directly in this unit: choose one of its units, or tick “All units”.")
        elif shown == 0 and self.ui.searchEdit.text().strip():
            text = self.tr("Nobody found. Try fewer words, or tick “All units” to search the whole province.")
        else:
            text = self.tr("People listed: {count}").format(count=shown)
        if hidden:
            text += " · " + self.tr("{count} who have left are not shown").format(count=hidden)
        self.ui.staffCountLabel.setText(text)

    def _update_buttons(self) -> None:
        has_unit = self.current_unit() is not None
        for button in (self.ui.addStaffButton, self.ui.addPostButton):
            button.setEnabled(self.can_manage and has_unit)
        self.ui.editStaffButton.setEnabled(self.can_manage and self.selected_staff_id() is not None)
        has_post = self.selected_post() is not None
        for button in (self.ui.editPostButton, self.ui.retirePostButton):
            button.setEnabled(self.can_manage and has_post)
        has_schedule = self._schedule is not None
        self.ui.addVersionButton.setEnabled(self.can_manage and has_schedule)
        self.ui.addOverrideButton.setEnabled(self.can_manage)
        if not self.can_manage:
            tip = self.tr("Your account cannot change units, staff or working hours.")
            for button in (self.ui.addStaffButton, self.ui.editStaffButton, self.ui.addPostButton,
                           self.ui.editPostButton, self.ui.retirePostButton, self.ui.addVersionButton,
                           self.ui.addOverrideButton):
                button.setToolTip(tip)

    def _staff_activated(self, _index: QModelIndex) -> None:
        if self.can_manage:
            self.edit_staff()
        else:
            self.ctx.status(self.tr("Your account cannot change staff details."))

    def _suggested_code(self) -> str:
        unit = self.current_unit()
        if unit is None:
            return ""
        pattern = re.compile(re.escape(unit["code"]) + r"-(\d+)$")
        numbers = [int(m.group(1)) for r in self.staff.rows() if (m := pattern.match(r["code"]))]
        width = max((len(m.group(1)) for r in self.staff.rows() if (m := pattern.match(r["code"]))), default=3)
        return f"{unit['code']}-{max(numbers, default=0) + 1:0{width}d}"

    def _positions(self) -> list[str]:
        return [r["position"] for r in self.staff.rows() if r["position"]]

    def _open(self, dialog: Any, on_saved: Callable[..., object]) -> Any:
        """Open one of the page's dialogs (window-modal, deleted when closed); `on_saved` gets what it saved."""
        dialog.saved.connect(on_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def add_staff(self) -> Any:
        from officedesk.gui.units.staff_dialog import StaffDialog

        unit = self.current_unit()
        if unit is None:
            return None
        code = self._suggested_code() if not self.ui.wholeProvinceCheck.isChecked() else ""
        dialog = StaffDialog(self.core, unit, None, positions=self._positions(), suggested_code=code,
                             today=self.core.clock.today(), parent=self)
        return self._open(dialog, self._staff_saved)

    @Slot()
    def edit_staff(self) -> Any:
        from officedesk.gui.units.staff_dialog import StaffDialog

        person = self.selected_staff()
        if person is None:
            return None
        unit = self.units.unit(person["unit_id"]) or {"id": person["unit_id"], "code": person["unit_code"],
                                                       "name": person["unit_name"]}
        dialog = StaffDialog(self.core, unit, person, positions=self._positions(), today=self.core.clock.today(),
                             parent=self)
        return self._open(dialog, self._staff_saved)

    @Slot(str)
    def _staff_saved(self, staff_id: str) -> None:
        self._select_staff_after_load = staff_id
        self.load_staff()
        self.refresh()  # the head counts in the tree
        self.ctx.status(self.tr("Saved."))

    # -- posts -----------------------------------------------------------------------------------------------
    def load_posts(self) -> None:
        self._generation["posts"] += 1
        generation = self._generation["posts"]
        unit_id, core, today = self.unit_id, self.core, self.core.clock.today()
        if unit_id is None:
            self.posts.set_rows([])
            return

        def loaded(rows: list[dict[str, Any]]) -> None:
            if generation == self._generation["posts"]:
                self._posts_loaded(rows)

        self._run(Op(self, lambda: reads.posts(core, unit_id, today)).on_success(loaded))

    def _posts_loaded(self, rows: list[dict[str, Any]]) -> None:
        keep = self._select_post_after_load or self.selected_post_id()
        self._select_post_after_load = None
        self.posts.set_rows(rows)
        self.ui.tabs.setTabText(1, self.tr("&Posts ({count})").format(count=len(rows)) if rows
                                else self.tr("&Posts"))
        if keep:
            self.select_post(keep)
        self._update_buttons()

    def select_post(self, post_id: str) -> bool:
        row = self.posts.row_of(post_id)
        if row < 0:
            return False
        index = self.posts.index(row, 1)
        self.ui.postsTable.setCurrentIndex(index)
        self.ui.postsTable.scrollTo(index)
        return True

    def selected_post_id(self) -> str | None:
        post = self.selected_post()
        return str(post["id"]) if post is not None else None

    def selected_post(self) -> dict[str, Any] | None:
        index = self.ui.postsTable.currentIndex()
        if not index.isValid() or not self.ui.postsTable.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.posts.record(index.row()) if index.row() < self.posts.rowCount() else None

    def _post_activated(self, _index: QModelIndex) -> None:
        if self.can_manage:
            self.edit_post()
        else:
            self.ctx.status(self.tr("Your account cannot change posts."))

    @Slot()
    def add_post(self) -> Any:
        from officedesk.gui.units.post_dialog import PostDialog

        unit = self.current_unit()
        if unit is None:
            return None
        dialog = PostDialog(self.core, unit, existing_codes=[p["code"] for p in self.posts.rows()],
                            today=self.core.clock.today(), parent=self)
        return self._open(dialog, self._post_saved)

    @Slot()
    def edit_post(self) -> Any:
        from officedesk.gui.units.post_dialog import PostDialog

        unit, post = self.current_unit(), self.selected_post()
        if unit is None or post is None:
            return None
        dialog = PostDialog(self.core, unit, post, existing_codes=[p["code"] for p in self.posts.rows()],
                            today=self.core.clock.today(), parent=self)
        return self._open(dialog, self._post_saved)

    @Slot()
    def retire_post(self) -> Any:
        from officedesk.gui.units.post_dialog import RetirePostDialog

        post = self.selected_post()
        if post is None:
            return None
        dialog = RetirePostDialog(self.core, post, today=self.core.clock.today(), parent=self)
        name = post["name"]
        return self._open(dialog, lambda day: self._post_retired(name, date.fromisoformat(day)))

    @Slot(str)
    def _post_saved(self, post_id: str) -> None:
        self._select_post_after_load = post_id
        self.load_posts()
        self.ctx.status(self.tr("The post is saved."))

    def _post_retired(self, name: str, day: date) -> None:
        self.load_posts()
        self.ctx.status(self.tr("“{name}” is retired: it is no longer checked from {day}.").format(
            name=name, day=labels.date_text(day)))

    # -- working hours ------------------------------------------------------------------------------------------
    def schedule_day(self) -> date:
        return from_qdate(self.ui.scheduleDayEdit.date())

    @Slot()
    def load_schedule(self) -> None:
        self._generation["schedule"] += 1
        generation = self._generation["schedule"]
        unit_id, core, day = self.unit_id, self.core, self.schedule_day()
        if unit_id is None:
            return

        def load() -> tuple[reads.ScheduleInfo | None, list[dict[str, Any]]]:
            return reads.schedule(core, unit_id, day), reads.calendar_overrides(core)

        def loaded(result: tuple[reads.ScheduleInfo | None, list[dict[str, Any]]]) -> None:
            if generation == self._generation["schedule"]:
                self._schedule_loaded(*result)

        self._run(Op(self, load).on_success(loaded))

    def _schedule_loaded(self, info: reads.ScheduleInfo | None, overrides: list[dict[str, Any]]) -> None:
        self._schedule = info
        self._overrides = overrides
        self.overrides.set_rows(overrides)
        day = self.schedule_day()
        if info is None:
            self.ui.scheduleSourceLabel.setText(self.tr("No working hours are set for the province yet."))
            self.seasons.set_rows([])
            self.versions.set_rows([])
            self.ui.graceLabel.setText("")
            self._update_buttons()
            return
        if info.own:
            source = self.tr("This unit has its own hours: “{name}”.")
        elif info.set_on_unit:
            source = self.tr("Follows “{name}”, set for {unit}.")
        else:
            source = self.tr("Follows the province's hours: “{name}”.")
        self.ui.scheduleSourceLabel.setText(source.format(name=info.name, unit=info.set_on_unit))
        self.versions.set_rows(info.versions)
        version = info.in_force
        if version is None:
            self.seasons.set_rows([])
            self.ui.graceLabel.setText(info.problem)
        else:
            self.seasons.set_rows(version.seasons)
            until = next((v.valid_to for v in info.versions if v.valid_from == version.valid_from), None)
            self.ui.graceLabel.setText(self._describe(version, until, day))
        fit_rows(self.ui.seasonsTable, max(2, self.seasons.rowCount()))
        self._update_buttons()

    def _describe(self, version: sched.ScheduleVersion, until: date | None, day: date) -> str:
        since = self.tr("In force since {start}.").format(start=labels.date_text(version.valid_from))
        if until is not None:
            since = self.tr("In force from {start} until the day before {end}.").format(
                start=labels.date_text(version.valid_from), end=labels.date_text(until))
        if version.grace_counts_from_start:
            late = self.tr("Someone is late after {late} minutes of grace, counted from the start of the session.")
        else:
            late = self.tr("Someone is late after {late} minutes of grace, counted from the end of the grace.")
        early = self.tr("Leaving up to {early} minutes before the end of a session is allowed.")
        parts = [since, late.format(late=version.late_grace_min), early.format(early=version.early_grace_min)]
        try:
            season = sched.season_for(version, day)
            parts.append(self.tr("On {day} the hours of “{season}” apply.").format(
                day=labels.date_text(day), season=season.name))
        except sched.NoScheduleError:
            parts.append(self.tr("No season covers {day}.").format(day=labels.date_text(day)))
        return " ".join(parts)

    @Slot()
    def add_schedule_version(self) -> Any:
        from officedesk.gui.units.schedule_dialogs import ScheduleVersionDialog

        info = self._schedule
        if info is None:
            return None
        latest = max((v.valid_from for v in info.versions), default=None)
        current = info.in_force or (info.versions[-1].version if info.versions else None)
        dialog = ScheduleVersionDialog(self.core, info.code, info.name, current, latest,
                                       today=self.core.clock.today(), parent=self)
        return self._open(dialog, self._schedule_saved)

    @Slot()
    def add_calendar_day(self) -> Any:
        from officedesk.gui.units.schedule_dialogs import CalendarDayDialog

        dialog = CalendarDayDialog(self.core, self._overrides, today=self.core.clock.today(), parent=self)
        return self._open(dialog, self._calendar_saved)

    @Slot(str)
    def _schedule_saved(self, key: str) -> None:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", key):
            self.ui.scheduleDayEdit.setDate(QDate.fromString(key, Qt.DateFormat.ISODate))
        self.load_schedule()
        self.ctx.status(self.tr("Saved."))

    @Slot(str)
    def _calendar_saved(self, _day: str) -> None:
        self.load_schedule()
        self.ctx.status(self.tr("Saved."))

    def _save_splitter(self) -> None:
        settings.app_settings().setValue(KEY_SPLITTER, self.ui.splitter.saveState())
