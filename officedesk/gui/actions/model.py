"""Corrective actions as a table (rows of services.actions_queries.list_actions) and the filters over them."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from officedesk.domain.enums import ActionStatus
from officedesk.gui.table_model import Index, RowsTableModel
from officedesk.rules.vnformat import date_short

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4
UNIT_ROLE = Qt.ItemDataRole.UserRole + 5

# Pale red behind dark red text (7:1 contrast), as the entry screen marks an unexcused absence; the status
# column also says "Overdue" and carries a warning icon, so colour is never the only cue.
OVERDUE_BACKGROUND = QColor("#fde0df")
OVERDUE_FOREGROUND = QColor("#7a1010")


class Show(StrEnum):
    ALL = "all"
    OPEN = "open"
    OVERDUE = "overdue"
    DONE = "done"


def show_text(show: Show) -> str:
    return {
        Show.ALL: QCoreApplication.translate("ActionLabels", "All actions"),
        Show.OPEN: QCoreApplication.translate("ActionLabels", "Open"),
        Show.OVERDUE: QCoreApplication.translate("ActionLabels", "Overdue"),
        Show.DONE: QCoreApplication.translate("ActionLabels", "Done"),
    }[show]


def status_word(status: ActionStatus | str) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("ActionLabels", "Open"),
        ActionStatus.DONE: QCoreApplication.translate("ActionLabels", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("ActionLabels", "Cancelled"),
    }[ActionStatus(status)]


def status_text(row: dict[str, Any]) -> str:
    """'Overdue by 3 days', 'Open', 'Done on 20/03/2024', 'Cancelled'."""
    if row["overdue"]:
        days = int(row.get("days_overdue") or 0)
        if days == 1:
            return QCoreApplication.translate("ActionLabels", "Overdue by 1 day")
        return QCoreApplication.translate("ActionLabels", "Overdue by {days} days").format(days=days)
    if row["status"] == ActionStatus.DONE and row.get("done_on"):
        return QCoreApplication.translate("ActionLabels", "Done on {date}").format(date=date_short(row["done_on"]))
    return status_word(row["status"])


class ActionsModel(RowsTableModel[dict[str, Any]]):
    class Col(IntEnum):
        UNIT = 0
        ACTION = 1
        OWNER = 2
        DEADLINE = 3
        STATUS = 4
        NOTE = 5
        INSPECTION = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._warning: QIcon | None = None

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """New rows; when they are the same actions in the same order only the changed rows are signalled."""
        rows = list(rows)
        if [r["id"] for r in rows] != [r["id"] for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        old, self._rows = self._rows, rows
        last = len(self.Col) - 1
        for i, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def action(self, row: int) -> dict[str, Any] | None:
        return self.row_at(row)

    def row_of(self, action_id: str) -> int:
        return self.row_where(lambda r: r["id"] == action_id)

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Unit"), self.tr("Corrective action"), self.tr("Responsible"), self.tr("Deadline"),
                self.tr("Status"), self.tr("Progress reported"), self.tr("Minutes"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_of_index(index)
        if r is None:
            return None
        col = self.Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.Col.ACTION:
                finding = r.get("finding")
                return (self.tr("{action}\nFor: {finding}").format(action=r["description"], finding=finding)
                        if finding else r["description"])
            if col == self.Col.UNIT:
                return f"{r['unit_name']} ({r['unit_code']})"
            if col == self.Col.NOTE and r["progress_note"]:
                return r["progress_note"]
            if col == self.Col.INSPECTION and r.get("visit_date"):
                return self.tr("Minutes {number} of {date}").format(
                    number=r["number_text"] or "—", date=date_short(r["visit_date"]))
            return None
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == ID_ROLE:
            return r["id"]
        if role == STATUS_ROLE:
            return r["status"]
        if role == OVERDUE_ROLE:
            return bool(r["overdue"])
        if role == UNIT_ROLE:
            return r["unit_id"]
        if r["overdue"]:
            if role == Qt.ItemDataRole.BackgroundRole:
                return OVERDUE_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_FOREGROUND
            if role == Qt.ItemDataRole.DecorationRole and col == self.Col.STATUS:
                return self._warning_icon()
        return None

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning

    def _display(self, r: dict[str, Any], col: Col) -> str:
        if col == self.Col.UNIT:
            return str(r["unit_name"])
        if col == self.Col.ACTION:
            return str(r["description"])
        if col == self.Col.OWNER:
            return str(r["owner"] or "")
        if col == self.Col.DEADLINE:
            return date_short(r["deadline"]) if r["deadline"] else "—"
        if col == self.Col.STATUS:
            return status_text(r)
        if col == self.Col.NOTE:
            return str(r["progress_note"] or "")
        return str(r["number_text"] or self.tr("not numbered yet"))

    def _sort_value(self, r: dict[str, Any], col: Col) -> Any:
        if col == self.Col.DEADLINE:
            return r["deadline"].isoformat() if r["deadline"] else "9999"
        if col == self.Col.STATUS:
            # Overdue first (longest first), then open, done, cancelled.
            order = {ActionStatus.OPEN: 1, ActionStatus.DONE: 2, ActionStatus.CANCELLED: 3}
            return -int(r["days_overdue"]) if r["overdue"] else order.get(ActionStatus(r["status"]), 4)
        if col == self.Col.INSPECTION:
            return r["visit_date"].isoformat() if r.get("visit_date") else ""
        return self._display(r, col)


class ActionsFilter(QSortFilterProxyModel):
    """What the panel shows: all, open, overdue or done actions, of every unit or of one."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.mode = Show.ALL
        self.unit_id: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, show: Show | str | None = None, unit_id: str | None = "") -> None:
        """unit_id None shows every unit; "" (the default) leaves the unit filter as it is."""
        self.beginFilterChange()
        if show is not None:
            self.mode = Show(show)
        if unit_id != "":
            self.unit_id = unit_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self.unit_id and index.data(UNIT_ROLE) != self.unit_id:
            return False
        if self.mode == Show.OPEN:
            return bool(index.data(STATUS_ROLE) == ActionStatus.OPEN)
        if self.mode == Show.OVERDUE:
            return bool(index.data(OVERDUE_ROLE))
        if self.mode == Show.DONE:
            return bool(index.data(STATUS_ROLE) == ActionStatus.DONE)
        return True
