"""ActionsPanel: corrective actions with filters, overdue ones marked, and their status updated as units report.

One panel serves three places: a campaign (the campaigns screen's tab), a unit (its open actions, on the entry
screen) and one inspection (every version of it):

    ActionsPanel(page_ctx, campaign_id=...)
    ActionsPanel(page_ctx, unit_id=..., show=Show.OPEN)
    ActionsPanel(page_ctx, inspection_id=...)        # or lineage_id=...
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from officedesk.domain.enums import ActionStatus
from officedesk.errors import UserError
from officedesk.gui.actions.model import ID_ROLE, ActionsFilter, ActionsModel, Show, show_text
from officedesk.gui.actions.update_dialog import ActionUpdateDialog
from officedesk.gui.forms.ui_actions_panel import Ui_ActionsPanel
from officedesk.gui.ops import Op, show_failure
from officedesk.services import actions_queries
from officedesk.services.context import Ctx


class ActionsPanel(QWidget):
    open_inspection_requested = Signal(str)  # the newest version of the action's inspection
    actions_changed = Signal()  # a status was saved
    loaded = Signal()  # the rows were read (again)

    def __init__(self, ctx: Any, *, campaign_id: str | None = None, unit_id: str | None = None,
                 lineage_id: str | None = None, inspection_id: str | None = None, show: Show | str = Show.ALL,
                 can_open: bool = True, parent: QWidget | None = None) -> None:
        """ctx: the shell's PageContext (its core() and status()) or a services Ctx."""
        super().__init__(parent)
        self.ui = Ui_ActionsPanel()
        self.ui.setupUi(self)
        self._source = ctx
        self.scope: dict[str, str | None] = {}
        self.model = ActionsModel(self)
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._dialog: ActionUpdateDialog | None = None
        self._request = 0

        view = self.ui.actionsView
        view.setModel(self.proxy)
        view.sortByColumn(ActionsModel.Col.DEADLINE, Qt.SortOrder.AscendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ActionsModel.Col.ACTION, QHeaderView.ResizeMode.Stretch)
        for col in (ActionsModel.Col.DEADLINE, ActionsModel.Col.STATUS, ActionsModel.Col.INSPECTION):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(ActionsModel.Col.UNIT, 170)
        header.resizeSection(ActionsModel.Col.OWNER, 130)
        header.resizeSection(ActionsModel.Col.NOTE, 150)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.doubleClicked.connect(lambda _index: self.update_current())
        view.installEventFilter(self)
        view.selectionModel().currentRowChanged.connect(self._enable_buttons)

        for mode in Show:
            self.ui.filterCombo.addItem(show_text(mode), mode.value)
        self.ui.filterCombo.setCurrentIndex(self.ui.filterCombo.findData(Show(show).value))
        self.proxy.set_filter(show=Show(show))
        self.ui.filterCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.unitCombo.currentIndexChanged.connect(self._filter_changed)
        self.ui.updateButton.clicked.connect(self.update_current)
        self.ui.openButton.clicked.connect(self.open_current)
        self.ui.openButton.setVisible(can_open)
        self.proxy.rowsInserted.connect(self._summarise)
        self.proxy.rowsRemoved.connect(self._summarise)
        self.proxy.modelReset.connect(self._summarise)
        self.proxy.layoutChanged.connect(self._summarise)
        self._enable_buttons()
        if campaign_id or unit_id or lineage_id or inspection_id:
            self.set_scope(campaign_id=campaign_id, unit_id=unit_id, lineage_id=lineage_id,
                           inspection_id=inspection_id)

    # -- where the data come from ----------------------------------------------------------------------
    def core(self) -> Ctx | None:
        try:
            return self._source.core() if hasattr(self._source, "core") else self._source  # type: ignore[no-any-return]
        except UserError as exc:
            show_failure(self, exc)
            return None

    def _status(self, message: str) -> None:
        status = getattr(self._source, "status", None)
        if callable(status):
            status(message)

    def set_scope(self, *, campaign_id: str | None = None, unit_id: str | None = None,
                  lineage_id: str | None = None, inspection_id: str | None = None) -> None:
        """Show the actions of a campaign, a unit or an inspection (any version of it), and read them; with none
        of them, every action (the Corrective actions section's "all campaigns")."""
        self.scope = {"campaign_id": campaign_id, "unit_id": unit_id, "lineage_id": lineage_id,
                      "inspection_id": inspection_id}
        one_unit = bool(unit_id or lineage_id or inspection_id)
        self.ui.unitLabel.setVisible(not one_unit)
        self.ui.unitCombo.setVisible(not one_unit)
        self.ui.actionsView.setColumnHidden(ActionsModel.Col.UNIT, one_unit)
        self.reload()

    @Slot()
    def reload(self) -> None:
        ctx = self.core()
        if ctx is None or not self.scope:  # no scope set yet
            return
        scope = dict(self.scope)
        self._request += 1
        request = self._request

        def read() -> list[dict[str, Any]]:
            lineage = scope["lineage_id"]
            if scope["inspection_id"] and not lineage:
                lineage = actions_queries.lineage_of(ctx, scope["inspection_id"]) or scope["inspection_id"]
            return actions_queries.list_actions(ctx, campaign_id=scope["campaign_id"], unit_id=scope["unit_id"],
                                                lineage_id=lineage)

        Op(self, read).on_success(lambda rows: self._arrived(request, rows)).run()

    def _arrived(self, request: int, rows: list[dict[str, Any]]) -> None:
        if request != self._request:
            return  # a newer scope was asked for meanwhile
        current = self.current_action()
        self.model.set_rows(rows)
        self._fill_units(rows)
        if current is not None:
            self.select_action(current["id"])
        self._summarise()
        self._enable_buttons()
        self.loaded.emit()

    def _fill_units(self, rows: list[dict[str, Any]]) -> None:
        combo = self.ui.unitCombo
        chosen = combo.currentData()
        units = sorted({(r["unit_name"], r["unit_id"]) for r in rows})
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All units"), "")
        for name, unit_id in units:
            combo.addItem(name, unit_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen or "")))
        combo.blockSignals(blocked)
        self.proxy.set_filter(unit_id=combo.currentData() or None)

    # -- filters ---------------------------------------------------------------------------------------
    @Slot()
    def _filter_changed(self) -> None:
        self.proxy.set_filter(show=self.ui.filterCombo.currentData(), unit_id=self.ui.unitCombo.currentData() or None)
        self._summarise()
        self._enable_buttons()

    def set_show(self, show: Show | str) -> None:
        self.ui.filterCombo.setCurrentIndex(self.ui.filterCombo.findData(Show(show).value))

    def set_unit_filter(self, unit_id: str | None) -> None:
        self.ui.unitCombo.setCurrentIndex(max(0, self.ui.unitCombo.findData(unit_id or "")))

    @Slot()
    def _summarise(self) -> None:
        rows = self.model.rows()
        overdue = sum(1 for r in rows if r["overdue"])
        open_ = sum(1 for r in rows if r["status"] == ActionStatus.OPEN)
        text = self.tr("Showing {shown} of {total}: {open} open, {overdue} overdue").format(
            shown=self.proxy.rowCount(), total=len(rows), open=open_, overdue=overdue)
        self.ui.summaryLabel.setText(text)
        self.ui.actionsView.setAccessibleDescription(text)

    # -- the chosen action -------------------------------------------------------------------------------
    def current_action(self) -> dict[str, Any] | None:
        index = self.ui.actionsView.currentIndex()
        if not index.isValid():
            return None
        return self.model.action(self.proxy.mapToSource(index).row())

    def select_action(self, action_id: str) -> bool:
        row = self.model.row_of(action_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, ActionsModel.Col.ACTION))
        if not index.isValid():
            return False
        self.ui.actionsView.setCurrentIndex(index)
        return True

    def visible_action_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    @Slot()
    def _enable_buttons(self, *_args: object) -> None:
        action = self.current_action()
        self.ui.updateButton.setEnabled(action is not None)
        self.ui.openButton.setEnabled(action is not None and bool(action.get("current_inspection_id")))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.actionsView and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.update_current()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def open_current(self) -> None:
        action = self.current_action()
        if action is not None and action.get("current_inspection_id"):
            self.open_inspection_requested.emit(action["current_inspection_id"])

    @Slot()
    def update_current(self) -> ActionUpdateDialog | None:
        """Open the update dialog for the chosen action (not modal to the event loop: tests drive it)."""
        action = self.current_action()
        ctx = self.core()
        if action is None or ctx is None:
            return None
        dialog = ActionUpdateDialog(action, ctx.clock.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(action["id"], dialog.status(), dialog.note(), dialog.done_on()))
        self._dialog = dialog
        dialog.open()
        return dialog

    def _save(self, action_id: str, status: ActionStatus, note: str, done_on: date | None) -> None:
        ctx = self.core()
        if ctx is None:
            return

        def update() -> None:
            # Imported when used: the services that write load SQLModel's tables, which the dashboard never needs.
            from officedesk.services import findings

            findings.update_action(ctx, action_id, status=status, note=note, done_on=done_on)

        Op(self, update) \
            .on_success(lambda _r: self._saved(action_id)).run()

    def _saved(self, action_id: str) -> None:
        self._status(self.tr("The corrective action was updated."))
        self.actions_changed.emit()
        self.reload()

