"""The roster of one inspection: one row per person, in the order services.queries.roster gives (Vietnamese)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QFont

from officedesk.domain.enums import Status
from officedesk.gui.entry import labels
from officedesk.rules.vnformat import time_short

Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    NO = 0
    NAME = 1
    POSITION = 2
    STATUS = 3
    ARRIVAL = 4
    MINUTES = 5
    REASON = 6
    NOTE = 7


@dataclass
class RosterRow:
    """One person's observation as the screen shows it; the fields are those of services.queries.roster."""

    id: str
    staff_id: str
    code: str
    full_name: str
    position: str = ""
    status: str = Status.ON_TIME
    unmarked: bool = True
    arrival_time: time | None = None
    departure_time: time | None = None
    minutes_late: int = 0
    minutes_early: int = 0
    excuse_reason: str = ""
    document_no: str = ""
    note: str = ""
    added_on_spot: bool = False

    @classmethod
    def from_query(cls, row: dict[str, Any]) -> RosterRow:
        values = {k: v for k, v in row.items() if k in _ROW_FIELDS}
        values["unmarked"] = bool(values.get("unmarked"))
        values["added_on_spot"] = bool(values.get("added_on_spot"))
        return cls(**values)


# RosterRow's field names, found once: a roster of 2,000 asked dataclasses.fields() 2,000 times (8 ms).
_ROW_FIELDS = frozenset(f.name for f in fields(RosterRow))


# Which columns show each field, so an update repaints only the cells it changed.
_FIELD_COLUMNS: dict[str, tuple[Col, ...]] = {
    "full_name": (Col.NAME,),
    "position": (Col.POSITION,),
    "status": (Col.STATUS, Col.MINUTES, Col.REASON),
    "unmarked": tuple(Col),
    "arrival_time": (Col.ARRIVAL,),
    "departure_time": (Col.ARRIVAL, Col.REASON),
    "minutes_late": (Col.MINUTES,),
    "minutes_early": (Col.MINUTES, Col.REASON),
    "excuse_reason": (Col.REASON,),
    "document_no": (Col.REASON,),
    "note": (Col.NOTE,),
}

EditHandler = Callable[[int, Col, Any], bool]
DepartureHandler = Callable[[int, time], bool]

# The time cell read or written as the departure of someone who left early (EditRole is the arrival).
DEPARTURE_ROLE = Qt.ItemDataRole.UserRole + 1
# True on the time cell of a person marked "left early": editing it changes when they left.
LEFT_EARLY_ROLE = Qt.ItemDataRole.UserRole + 2


class RosterModel(QAbstractTableModel):
    """Edits go to `edit_handler(row, column, value)`, a departure typed in the time cell to
    `departure_handler(row, time)` (the page records them); the model itself never writes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self._by_id: dict[str, int] = {}
        self._read_only = True
        self._italic = QFont()
        self._italic.setItalic(True)
        self.edit_handler: EditHandler | None = None
        self.departure_handler: DepartureHandler | None = None

    # -- loading -------------------------------------------------------------------------------------
    def load(self, rows: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [RosterRow.from_query(r) for r in rows]
        self._reindex()
        self.endResetModel()

    def clear(self) -> None:
        self.load([])

    def _reindex(self) -> None:
        self._by_id = {r.id: i for i, r in enumerate(self._rows)}

    def insert(self, position: int, row: dict[str, Any]) -> None:
        position = max(0, min(position, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, RosterRow.from_query(row))
        self._reindex()
        self.endInsertRows()
        if position < len(self._rows) - 1:
            # The numbers of the rows below shift by one.
            self.dataChanged.emit(self.index(position + 1, Col.NO), self.index(len(self._rows) - 1, Col.NO),
                                  [Qt.ItemDataRole.DisplayRole])

    def remove(self, observation_id: str) -> None:
        position = self.row_of(observation_id)
        if position < 0:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._reindex()
        self.endRemoveRows()
        if position < len(self._rows):
            self.dataChanged.emit(self.index(position, Col.NO), self.index(len(self._rows) - 1, Col.NO),
                                  [Qt.ItemDataRole.DisplayRole])

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    @property
    def read_only(self) -> bool:
        return self._read_only

    # -- access --------------------------------------------------------------------------------------
    def rows(self) -> list[RosterRow]:
        return list(self._rows)

    def row(self, i: int) -> RosterRow:
        return self._rows[i]

    def row_of(self, observation_id: str) -> int:
        return self._by_id.get(observation_id, -1)

    def unmarked_ids(self) -> list[str]:
        return [r.id for r in self._rows if r.unmarked]

    def update(self, observation_id: str, **values: Any) -> None:
        """Change one row's fields and repaint just the cells that show them."""
        i = self.row_of(observation_id)
        if i < 0:
            return
        row = self._rows[i]
        changed: set[Col] = set()
        for name, value in values.items():
            if name not in _FIELD_COLUMNS:
                continue
            if name == "status":
                value = Status(value)
            elif name == "unmarked":
                value = bool(value)
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed.update(_FIELD_COLUMNS[name])
        if changed:
            self.dataChanged.emit(self.index(i, min(changed)), self.index(i, max(changed)))

    # -- QAbstractTableModel -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(section + 1)
            return None
        if not 0 <= section < len(Col):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("No."), self.tr("Full name"), self.tr("Position"), self.tr("Status"),
                    self.tr("Arrived / left"), self.tr("Minutes late"), self.tr("Reason / document no."),
                    self.tr("Note")][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == Col.ARRIVAL:
            return self.tr("When a late person arrived; for someone who left early, when they left")
        if role == Qt.ItemDataRole.ToolTipRole and section == Col.STATUS:
            return self.tr("C or Space: present · M: late · P: excused absence · K: unexcused absence · "
                           "R: left post · S: left early")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._read_only and index.column() in (Col.ARRIVAL, Col.NOTE):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(index.row(), row, col)
        if col == Col.ARRIVAL and role in (DEPARTURE_ROLE, LEFT_EARLY_ROLE):
            left_early = row.status == Status.LEFT_EARLY and not row.unmarked
            if role == LEFT_EARLY_ROLE:
                return left_early
            t = row.departure_time if left_early else None
            return QTime(t.hour, t.minute, t.second) if t is not None else None
        if role == Qt.ItemDataRole.EditRole:
            if col == Col.ARRIVAL:
                t = row.arrival_time
                return QTime(t.hour, t.minute, t.second) if t is not None else None
            if col == Col.NOTE:
                return row.note
            return self._display(index.row(), row, col)
        if role == Qt.ItemDataRole.DecorationRole and col == Col.STATUS:
            return labels.status_icon(row.status, row.unmarked)
        if role == Qt.ItemDataRole.BackgroundRole and col == Col.STATUS:
            return labels.background(row.status, row.unmarked)
        if role == Qt.ItemDataRole.ForegroundRole and (col == Col.STATUS or row.unmarked):
            return labels.foreground(row.status, row.unmarked)
        if role == Qt.ItemDataRole.FontRole and row.unmarked:
            return self._italic
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Col.NO, Col.ARRIVAL, Col.MINUTES):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.STATUS:
            return labels.status_text(row.status, row.unmarked)
        return None

    def _display(self, i: int, row: RosterRow, col: int) -> str:
        if col == Col.NO:
            return str(i + 1)
        if col == Col.NAME:
            return row.full_name + (self.tr(" (added on the spot)") if row.added_on_spot else "")
        if col == Col.POSITION:
            return row.position
        if col == Col.STATUS:
            return labels.status_text(row.status, row.unmarked)
        if col == Col.ARRIVAL:
            if row.status == Status.LEFT_EARLY and not row.unmarked:
                return time_short(row.departure_time)
            return time_short(row.arrival_time)
        if col == Col.MINUTES:
            return str(row.minutes_late) if row.minutes_late and not row.unmarked else ""
        if col == Col.REASON:
            return self._reason(row)
        if col == Col.NOTE:
            return row.note
        return ""

    def _reason(self, row: RosterRow) -> str:
        if row.unmarked:
            return ""
        if row.status == Status.EXCUSED:
            parts = [labels.reason_text(row.excuse_reason), row.document_no]
            return " · ".join(p for p in parts if p)
        if row.status == Status.LEFT_EARLY and row.departure_time is not None:
            return self.tr("left at {time}, {minutes} min early").format(
                time=time_short(row.departure_time), minutes=row.minutes_early)
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == DEPARTURE_ROLE:
            if (not index.isValid() or self._read_only or self.departure_handler is None
                    or index.column() != Col.ARRIVAL or not isinstance(value, QTime) or not value.isValid()):
                return False
            return self.departure_handler(index.row(), time(value.hour(), value.minute()))
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or self._read_only
                or self.edit_handler is None or index.column() not in (Col.ARRIVAL, Col.NOTE)):
            return False
        if index.column() == Col.ARRIVAL:
            if not isinstance(value, QTime) or not value.isValid():
                return False
            value = time(value.hour(), value.minute())
        else:
            value = str(value or "")
        return self.edit_handler(index.row(), Col(index.column()), value)
