"""Table and tree models of the units screen (and, for people and units, of the reports screen).

Rows are plain data from the core; each model is read-only and shows them in columns. Sorting in the views goes
through SORT_ROLE so that names sort in Vietnamese order and dates by date, not by their text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from officedesk.gui.units import labels
from officedesk.gui.word_filter import WordFilterProxy
from officedesk.rules import schedule as sched
from officedesk.rules.text import fold, vn_sort_key

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

ID_ROLE = Qt.ItemDataRole.UserRole  # the row's id (staff, unit, post…)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], str] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of records, one column per `Column`."""

    def __init__(self, parent: QObject | None = None, row_id: Callable[[T], str] | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column[T]] = []
        self._rows: list[T] = []
        self._row_id = row_id

    def set_columns(self, columns: Sequence[Column[T]]) -> None:
        """Called once from the subclass's __init__ (self.tr needs the object made first)."""
        self.beginResetModel()
        self._columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def record(self, row: int) -> T:
        return self._rows[row]

    def row_of(self, row_id: str) -> int:
        """The row of the record with this id, or -1."""
        if self._row_id is None:
            return -1
        for i, r in enumerate(self._rows):
            if self._row_id(r) == row_id:
                return i
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == SORT_ROLE:
            return column.sort(record) if column.sort is not None else column.text(record)
        if role == ID_ROLE:
            return self._row_id(record) if self._row_id is not None else None
        if role == ROW_ROLE:
            return record
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _iso(d: date | None) -> str:
    return "" if d is None else d.isoformat()


def title_key(title: str) -> str:
    """Vietnamese order for a title read left to right ("Sở Công Thương" before "Sở Y tế"); vn_sort_key is for
    people's names, which sort by the given name, the last word. Word keys are joined by a character below all
    those they use, so a title sorts before a longer one it begins."""
    return "\x01".join(vn_sort_key(word) for word in title.split())


class _SortKeys:
    """Vietnamese order keys, computed once per name."""

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}

    def __call__(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = vn_sort_key(name)
        return key


# --- people --------------------------------------------------------------------------------------------------
class StaffModel(RecordTableModel[dict[str, Any]]):
    """Rows of services.queries.list_staff, in the order it gives them (Vietnamese order)."""

    CODE, NAME, POSITION, UNIT, JOINED, LEFT = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        key = _SortKeys()
        super().__init__(parent, row_id=lambda r: r["id"])
        self.set_columns([
            Column(self.tr("Code"), lambda r: r["code"]),
            Column(self.tr("Full name"), lambda r: r["full_name"], sort=lambda r: key(r["full_name"])),
            Column(self.tr("Position"), lambda r: r["position"] or ""),
            Column(self.tr("Unit"), lambda r: r["unit_name"], sort=lambda r: title_key(r["unit_name"]),
                   tooltip=lambda r: r["unit_code"]),
            Column(self.tr("Joined"), lambda r: labels.date_text(r["joined_on"]), sort=lambda r: _iso(r["joined_on"])),
            Column(self.tr("Left"), lambda r: labels.date_text(r["left_on"]), sort=lambda r: _iso(r["left_on"])),
        ])


class StaffFilter(QSortFilterProxyModel):
    """Hides the people who have left (on or before `today`) unless asked to include them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._include_left = False
        self._today = date.today()
        self.setSortRole(SORT_ROLE)

    def set_include_left(self, include: bool, today: date | None = None) -> None:
        self.beginFilterChange()
        self._include_left = include
        if today is not None:
            self._today = today
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def has_left(self, record: dict[str, Any]) -> bool:
        left = record.get("left_on")
        return left is not None and left <= self._today

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._include_left:
            return True
        model = self.sourceModel()
        if not isinstance(model, StaffModel) or source_row >= model.rowCount():
            return True
        return not self.has_left(model.record(source_row))


# --- posts and schedules ---------------------------------------------------------------------------------------
class PostsModel(RecordTableModel[dict[str, Any]]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, row_id=lambda r: r["id"])
        self.set_columns([
            Column(self.tr("Code"), lambda r: r["code"]),
            Column(self.tr("Post"), lambda r: r["name"]),
            Column(self.tr("Must be staffed"), lambda r: self.tr("Yes") if r["required"] else self.tr("No")),
            Column(self.tr("Assigned officers"), lambda r: ", ".join(r["officers"]) or self.tr("nobody assigned"),
                   tooltip=lambda r: "\n".join(r["officers"])),
        ])


def _session_text(s: sched.Session) -> str:
    return f"{labels.time_text(s.start)} – {labels.time_text(s.end)}"


class SeasonsModel(RecordTableModel[sched.Season]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, row_id=lambda s: s.name)
        self.set_columns([
            Column(self.tr("Season"), lambda s: s.name),
            Column(self.tr("From"), lambda s: labels.month_day_text(s.start), sort=lambda s: s.start),
            Column(self.tr("To"), lambda s: labels.month_day_text(s.end), sort=lambda s: s.end),
            Column(self.tr("Morning"), lambda s: _session_text(s.morning)),
            Column(self.tr("Afternoon"), lambda s: _session_text(s.afternoon)),
        ])


class VersionsModel(RecordTableModel[Any]):
    """Rows of units.reads.VersionRow: every version of the schedule, the latest last."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, row_id=lambda v: v.valid_from.isoformat())
        self.set_columns([
            Column(self.tr("In force from"), lambda v: labels.date_text(v.valid_from), sort=lambda v: _iso(v.valid_from)),
            Column(self.tr("Until"), lambda v: labels.date_text(v.valid_to) if v.valid_to else self.tr("still in force"),
                   sort=lambda v: _iso(v.valid_to) or "9999"),
            Column(self.tr("Grace"),
                   lambda v: self.tr("{late} / {early} min").format(late=v.version.late_grace_min,
                                                                   early=v.version.early_grace_min),
                   tooltip=lambda v: self.tr("Late after {late} minutes; leaving up to {early} minutes early "
                                             "allowed").format(late=v.version.late_grace_min,
                                                               early=v.version.early_grace_min)),
        ])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() != 2:
            # The hours of the version, season by season, where the table has no room for them.
            v = self.record(index.row())
            return "\n".join(f"{s.name} ({labels.month_day_text(s.start)} – {labels.month_day_text(s.end)}): "
                             f"{_session_text(s.morning)}, {_session_text(s.afternoon)}" for s in v.version.seasons)
        return super().data(index, role)


class OverridesModel(RecordTableModel[dict[str, Any]]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, row_id=lambda r: r["id"])
        self.set_columns([
            Column(self.tr("Day"), lambda r: f"{labels.weekday_text(r['day'])} {labels.date_text(r['day'])}",
                   sort=lambda r: _iso(r["day"])),
            Column(self.tr("Change"), lambda r: labels.day_kind_text(r["kind"])),
            Column(self.tr("Notice"), lambda r: r["note"] or "", tooltip=lambda r: r["note"] or ""),
        ])


# --- the unit tree ----------------------------------------------------------------------------------------------
class UnitNode:
    __slots__ = ("children", "parent", "record", "row")

    def __init__(self, record: dict[str, Any], parent: UnitNode | None) -> None:
        self.record = record
        self.parent = parent
        self.children: list[UnitNode] = []
        self.row = 0


class UnitTreeModel(QAbstractItemModel):
    """The province's units from services.queries.list_units: province → departments, centre, city → sub-units
    and communes; siblings by kind, then in Vietnamese order of their names."""

    NAME, STAFF = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[UnitNode] = []
        self._by_id: dict[str, UnitNode] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_units(self, units: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        rows = list(units)
        self._by_id = {}
        nodes = {r["id"]: UnitNode(r, None) for r in rows}
        roots: list[UnitNode] = []
        for r in rows:
            node = nodes[r["id"]]
            parent = nodes.get(r["parent_id"]) if r["parent_id"] else None
            node.parent = parent
            (parent.children if parent is not None else roots).append(node)

        def order(siblings: list[UnitNode]) -> None:
            siblings.sort(key=lambda n: (labels.KIND_ORDER.get(n.record["kind"], 9), title_key(n.record["name"]),
                                         n.record["code"]))
            for i, n in enumerate(siblings):
                n.row = i
                self._by_id[n.record["id"]] = n
                order(n.children)

        order(roots)
        self._roots = roots
        self.endResetModel()

    def unit_count(self) -> int:
        return len(self._by_id)

    def index_of(self, unit_id: str, column: int = 0) -> QModelIndex:
        node = self._by_id.get(unit_id)
        return QModelIndex() if node is None else self.createIndex(node.row, column, node)

    def index_of_code(self, code: str) -> QModelIndex:
        for unit_id, node in self._by_id.items():
            if node.record["code"] == code:
                return self.index_of(unit_id)
        return QModelIndex()

    def unit(self, unit_id: str) -> dict[str, Any] | None:
        node = self._by_id.get(unit_id)
        return None if node is None else node.record

    def units(self) -> list[dict[str, Any]]:
        return [n.record for n in self._by_id.values()]

    def _node(self, index: Index) -> UnitNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, UnitNode) else None

    def _children(self, parent: Index) -> list[UnitNode]:
        node = self._node(parent)
        if node is None:
            return [] if parent.isValid() else self._roots
        return node.children

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= 2 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        children = self._children(parent)
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        r = node.record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == self.NAME:
                return r["name"]
            return str(r["staff_count"]) if r["staff_count"] else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{r['name']}\n{labels.unit_kind_text(r['kind'])} · {r['code']}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.STAFF:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.NAME and node.parent is None:
            return self._bold
        if role == ID_ROLE:
            return r["id"]
        if role == ROW_ROLE:
            return r
        if role == SORT_ROLE:
            return (fold(r["name"]) + " " + fold(r["code"])) if index.column() == self.NAME else r["staff_count"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Unit"), self.tr("Staff"))[section] if section in (0, 1) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class UnitFilter(WordFilterProxy):
    """Keeps the units whose name or code contains the words typed, accents or not, with their parents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def row_text(self, source_row: int, source_parent: Index) -> str | None:
        model = self.sourceModel()
        key = model.data(model.index(source_row, 0, source_parent), SORT_ROLE)
        return key if isinstance(key, str) else ""
