"""The accounts table: rows of services.accounts.list_accounts, one column per fact, and its search filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from officedesk.gui.accounts import labels
from officedesk.gui.word_filter import WordFilterProxy
from officedesk.rules.text import fold, vn_sort_key

Index = QModelIndex | QPersistentModelIndex
Record = dict[str, Any]

ID_ROLE = Qt.ItemDataRole.UserRole  # the account's id
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_DEACTIVATED = QColor(110, 110, 110)  # grey that still reads on the light themes in use
_LOCKED = QColor(170, 20, 20)


class AccountsModel(QAbstractTableModel):
    USERNAME, FULL_NAME, TITLE, ROLE, UNIT, STATE, LOCKED = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Record] = []
        self._headers = (
            self.tr("User name"), self.tr("Full name"), self.tr("Title"), self.tr("Role"), self.tr("Unit"),
            self.tr("Status"), self.tr("Locked until"),
        )

    # -- contents --------------------------------------------------------------------------------------------
    def set_rows(self, rows: list[Record]) -> None:
        """Show these accounts. The same accounts in the same order (after an edit, a reset, an unlock) change
        only the rows that differ, so the selection and the scroll position stay where the person left them."""
        rows = [dict(r) for r in rows]
        if [r["id"] for r in rows] != [r["id"] for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def rows(self) -> list[Record]:
        return [dict(r) for r in self._rows]

    def record(self, row: int) -> Record:
        return dict(self._rows[row])

    def row_of(self, account_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r["id"] == account_id), -1)

    # -- Qt's model interface ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def text(self, row: Record, column: int) -> str:
        if column == self.USERNAME:
            return str(row["username"])
        if column == self.FULL_NAME:
            return str(row["full_name"])
        if column == self.TITLE:
            return str(row["title"] or "")
        if column == self.ROLE:
            return labels.role_text(row["role"])
        if column == self.UNIT:
            return str(row["unit_name"] or "")
        if column == self.STATE:
            return labels.state_text(bool(row["active"]))
        if column == self.LOCKED:
            return labels.moment_text(row["locked_until"])
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.UNIT and row["unit_code"]:
                return f"{row['unit_code']} — {row['unit_name']}"
            if column == self.ROLE:
                return labels.role_hint(row["role"])
            if column == self.LOCKED and row["locked_until"] is not None:
                return self.tr("Locked after repeated wrong passwords; Unlock lets the person sign in now.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LOCKED and row["locked_until"] is not None:
                return _LOCKED
            return None if row["active"] else _DEACTIVATED
        if role == Qt.ItemDataRole.FontRole and not row["active"]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == SORT_ROLE:
            if column == self.FULL_NAME:
                return vn_sort_key(str(row["full_name"]))
            if column == self.LOCKED:
                until = row["locked_until"]
                return "" if until is None else until.isoformat()
            return fold(self.text(row, column))
        if role == ID_ROLE:
            return row["id"]
        if role == ROW_ROLE:
            return dict(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class AccountsFilter(WordFilterProxy):
    """Rows whose names, user name, title or unit hold every word typed, accents optional ("hoa" finds Hòa)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def row_text(self, source_row: int, source_parent: Index) -> str | None:
        model = self.sourceModel()
        assert isinstance(model, AccountsModel)
        row = model.record(source_row)
        return fold(" ".join(str(row.get(k) or "") for k in ("username", "full_name", "title", "unit_code",
                                                            "unit_name")))
