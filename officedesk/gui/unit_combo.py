"""A combo of units that finds a unit as its name or code is typed, with or without accents.

Shared by the new-inspection dialog and the account dialog (a Qt Designer custom widget there).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from officedesk.rules.text import fold, nfc

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ACCENTED_ROLE = Qt.ItemDataRole.UserRole + 3


class UnitCombo(QComboBox):
    """A combo of units that finds "UBND xã Vạn Hòa" from "van hoa" or "XA09"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.units = QStandardItemModel(self)
        self.setModel(self.units)
        self.matches = QSortFilterProxyModel(self)
        self.matches.setSourceModel(self.units)
        self.matches.setFilterRole(FOLDED_ROLE)
        self.matches.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.finder = QCompleter(self)
        self.finder.setModel(self.matches)
        self.finder.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        edit = self.lineEdit()
        assert edit is not None  # editable
        self.finder.setWidget(edit)
        # The QModelIndex overload: the row picked, whatever its text.
        self.finder.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        edit.textEdited.connect(self._search)
        edit.setPlaceholderText(self.tr("Type part of the name or the code"))

    def set_units(self, units: list[dict[str, Any]], first: set[str]) -> None:
        self.units.clear()
        # The campaign's planned units first, then the others.
        for u in sorted(units, key=lambda u: (u["id"] not in first, u["code"])):
            item = QStandardItem(f"{u['code']} — {u['name']}")
            item.setData(fold(f"{u['code']} {u['name']}"), FOLDED_ROLE)
            item.setData(nfc(f"{u['code']} {u['name']}").lower(), ACCENTED_ROLE)
            item.setData(u["id"], ID_ROLE)
            self.units.appendRow(item)

    @Slot(str)
    def _search(self, text: str) -> None:
        # "van hoa" finds Vạn Hòa and Văn hóa; "vạn hòa" only Vạn Hòa: accents typed are accents meant.
        wanted = nfc(text).lower()
        accented = fold(text) != wanted
        self.matches.setFilterRole(ACCENTED_ROLE if accented else FOLDED_ROLE)
        self.matches.setFilterFixedString(wanted if accented else fold(text))
        if self.matches.rowCount():
            self.finder.complete()
        elif (popup := self.finder.popup()) is not None:
            popup.hide()

    @Slot(QModelIndex)
    def _picked(self, index: QModelIndex) -> None:
        # The index is the completer's own (its completion model over `matches`): its data names the unit.
        unit_id = index.data(ID_ROLE)
        if unit_id:
            self.select_unit(str(unit_id))

    def select_unit(self, unit_id: str) -> None:
        row = self.findData(unit_id, ID_ROLE)
        if row >= 0:
            self.setCurrentIndex(row)

    def unit_id(self) -> str | None:
        # What is typed must name a unit: the text of the current item, not a half-typed search.
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        value = self.currentData(ID_ROLE)
        return str(value) if value else None
