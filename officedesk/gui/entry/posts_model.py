"""The posts of the inspected unit: staffed or empty at the check time, as observed or as the team decided."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from officedesk.domain.enums import PostState
from officedesk.gui.entry import labels

Index = QModelIndex | QPersistentModelIndex


class PostCol(IntEnum):
    POST = 0
    STATE = 1
    PRESENT = 2
    DECISION = 3


@dataclass(frozen=True)
class PostRow:
    id: str
    code: str
    name: str
    required: bool
    state: str
    proposed_state: str
    override_reason: str
    present_names: str
    unmarked_people: int = 0

    @classmethod
    def from_query(cls, row: dict[str, Any]) -> PostRow:
        return cls(id=row["id"], code=row["code"], name=row["name"], required=bool(row["required"]),
                   state=row["state"], proposed_state=row["proposed_state"],
                   override_reason=row["override_reason"] or "", present_names=row["present_names"] or "",
                   unmarked_people=int(row.get("unmarked_people") or 0))

    @property
    def waiting(self) -> bool:
        """Nobody of the post seen yet and some of its people not marked: neither staffed nor empty so far."""
        return not self.present_names and self.unmarked_people > 0 and not self.overridden

    @property
    def empty(self) -> bool:
        return self.state == PostState.EMPTY

    @property
    def overridden(self) -> bool:
        return self.state != self.proposed_state


class PostsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PostRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def refresh(self, rows: Iterable[dict[str, Any]]) -> None:
        """New data from services.queries.post_checks; only the rows that changed are repainted."""
        fresh = [PostRow.from_query(r) for r in rows]
        if [r.id for r in fresh] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
            return
        for i, (old, new) in enumerate(zip(self._rows, fresh, strict=True)):
            if old != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(PostCol) - 1))

    def row(self, i: int) -> PostRow:
        return self._rows[i]

    def rows(self) -> list[PostRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PostCol)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(PostCol):
            return None
        return [self.tr("Post"), self.tr("State"), self.tr("Who is there"), self.tr("Observed / decided")][section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == PostCol.POST:
                return row.name if row.required else self.tr("{name} (not required)").format(name=row.name)
            if col == PostCol.STATE:
                return self.tr("Not seen yet") if row.waiting else labels.post_state_text(row.state)
            if col == PostCol.PRESENT:
                return row.present_names or "—"
            if col == PostCol.DECISION:
                if row.waiting:
                    return self.tr("its people are not marked yet")
                if not row.overridden:
                    return self.tr("as observed")
                return self.tr("observed {observed}, set to {state}: {reason}").format(
                    observed=labels.post_state_text(row.proposed_state).lower(),
                    state=labels.post_state_text(row.state).lower(), reason=row.override_reason)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == PostCol.DECISION and row.overridden:
                return row.override_reason
            if col == PostCol.POST:
                return row.code
        if row.empty and role == Qt.ItemDataRole.BackgroundRole:
            return labels.EMPTY_POST_BG
        if row.empty and role == Qt.ItemDataRole.ForegroundRole:
            return labels.EMPTY_POST_FG
        if role == Qt.ItemDataRole.FontRole and col == PostCol.STATE and row.empty:
            return self._bold
        if role == Qt.ItemDataRole.FontRole and row.waiting:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and row.waiting:
            return labels.foreground(None, unmarked=True)
        return None
