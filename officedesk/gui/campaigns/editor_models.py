"""Models of the campaign editor: the team (an editable table) and the units to inspect (a checkable list)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from officedesk.domain.enums import TeamRole
from officedesk.gui.campaigns import labels
from officedesk.gui.table_model import Index, RowsTableModel
from officedesk.gui.word_filter import WordFilterProxy
from officedesk.rules.text import fold

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Member:
    full_name: str = ""
    title: str = ""
    team_role: str = TeamRole.MEMBER.value
    username: str = ""


class MembersModel(RowsTableModel[Member]):
    """The inspection team. Choosing an account for a row without a name fills in the account's name and title."""

    class Col(IntEnum):
        NAME = 0
        TITLE = 1
        ROLE = 2
        ACCOUNT = 3

    def __init__(self, accounts: Sequence[dict[str, Any]] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.accounts = {str(a["username"]): a for a in accounts}

    # -- reading and writing the whole team -------------------------------------------------------------
    def set_members(self, members: Iterable[Member]) -> None:
        self.set_rows(list(members))

    def members(self) -> list[Member]:
        return list(self._rows)

    def add_member(self) -> int:
        """A new empty row; the first gets the leader's role. Returns its row."""
        role = TeamRole.MEMBER if any(m.team_role == TeamRole.LEADER for m in self._rows) else TeamRole.LEADER
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(Member(team_role=role.value))
        self.endInsertRows()
        return row

    def remove_member(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def account_text(self, username: str) -> str:
        account = self.accounts.get(username)
        if account is None:
            return username
        return f"{username} ({account['full_name']})" if account.get("full_name") else username

    # -- the model ---------------------------------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Full name"), self.tr("Title"), self.tr("Role in the team"), self.tr("Account"))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        m = self.row_of_index(index)
        if m is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.EditRole:
            return (m.full_name, m.title, m.team_role, m.username)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.Col.ROLE:
                return labels.team_role_text(m.team_role)
            if col == self.Col.ACCOUNT:
                return self.account_text(m.username) if m.username else self.tr("(no account)")
            return (m.full_name, m.title)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.Col.ACCOUNT:
            return self.tr("The account that records the inspections, if this member has one on this computer")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, col = index.row(), index.column()
        m = self._rows[row]
        text = "" if value is None else str(value).strip()
        if col == self.Col.NAME:
            new = replace(m, full_name=text)
        elif col == self.Col.TITLE:
            new = replace(m, title=text)
        elif col == self.Col.ROLE:
            try:
                new = replace(m, team_role=TeamRole(text).value)
            except ValueError:
                return False
        else:
            if text and text not in self.accounts:
                return False
            new = replace(m, username=text)
            account = self.accounts.get(text)
            if account is not None and not m.full_name:
                new = replace(new, full_name=str(account.get("full_name") or ""),
                              title=m.title or str(account.get("title") or ""))
        if new == m:
            return True
        self._rows[row] = new
        first = col if new.full_name == m.full_name and new.title == m.title else 0
        self.dataChanged.emit(self.index(row, first), self.index(row, col))
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over fixed (value, text) choices for one column."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, text in self.choices:
            combo.addItem(text, value)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class UnitChoiceModel(QAbstractListModel):
    """Every unit, with a check box: chosen for the campaign or not. Units already inspected stay chosen."""

    def __init__(self, units: Sequence[dict[str, Any]], *, locked: Iterable[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._units = list(units)
        self._search = [fold(f"{u['code']} {u['name']}") for u in self._units]
        self._checked: set[str] = set()
        self.locked = frozenset(locked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._units)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._units[index.row()]["code"] not in self.locked:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._units):
            return None
        u = self._units[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{u['name']} ({u['code']})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if u["code"] in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if u["code"] in self.locked:
                return self.tr("Already inspected in this campaign: it stays in the list.")
            return self.tr("{count} staff").format(count=u.get("staff_count", 0))
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == CODE_ROLE:
            return u["code"]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        code = self._units[index.row()]["code"]
        if code in self.locked:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == (code in self._checked):
            return True
        (self._checked.add if checked else self._checked.discard)(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_checked(self, codes: Iterable[str], checked: bool = True) -> None:
        """Choose (or leave out) several units at once; locked units stay chosen."""
        wanted = set(codes)
        if checked:
            self._checked |= wanted
        else:
            self._checked -= wanted - self.locked
        self._checked |= self.locked
        if self._units:
            self.dataChanged.emit(self.index(0), self.index(len(self._units) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def checked_codes(self) -> list[str]:
        return [u["code"] for u in self._units if u["code"] in self._checked]


class UnitSearchProxy(WordFilterProxy):
    """Every word typed must appear in the unit's code or name, accents and case aside ("ta phin" finds Tả Phìn)."""

    def set_search(self, text: str) -> None:
        self.set_text(text)

    def row_text(self, source_row: int, source_parent: Index) -> str | None:
        model = self.sourceModel()
        return str(model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or "")
