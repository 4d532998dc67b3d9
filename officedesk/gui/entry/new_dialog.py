"""Starting an inspection: the campaign, the unit (searched as typed, accents optional), the day and check time."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, QTime, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from officedesk.gui.entry import reads
from officedesk.gui.entry.dialogs import name_unnamed
from officedesk.rules.text import fold, nfc
from officedesk.services import queries
from officedesk.services.context import Ctx

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
        source = self.matches.mapToSource(index)
        self.setCurrentIndex(source.row())

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


class NewInspectionDialog(QDialog):
    def __init__(self, ctx: Ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New inspection"))
        self.setAccessibleName(self.tr("New inspection"))
        self.campaign_combo = QComboBox(self)
        self.campaign_combo.setAccessibleName(self.tr("Campaign"))
        self.unit_combo = UnitCombo(self)
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Day of the inspection"))
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Check time"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #9a0f0f;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Campaign:"), self.campaign_combo)
        form.addRow(self.tr("&Unit:"), self.unit_combo)
        form.addRow(self.tr("&Day:"), self.date_edit)
        form.addRow(self.tr("Check &time:"), self.time_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

        self._campaigns = queries.list_campaigns(ctx)
        for c in self._campaigns:
            self.campaign_combo.addItem(c["name"], c["id"])
        self._units = queries.list_units(ctx)
        self.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
        now = ctx.clock.now_local()
        self.date_edit.setDate(QDate(now.year, now.month, now.day))
        self.time_edit.setTime(QTime(now.hour, now.minute))
        self._campaign_changed()
        self.unit_combo.setCurrentIndex(-1)
        self.unit_combo.setFocus()
        name_unnamed(self)

    @Slot()
    def _campaign_changed(self) -> None:
        campaign_id = self.campaign_combo.currentData()
        planned = set(reads.campaign_unit_ids(self.ctx, campaign_id)) if campaign_id else set()
        self.unit_combo.set_units(self._units, planned)
        self.unit_combo.setCurrentIndex(-1)

    def choice(self) -> tuple[str, str, date, time] | None:
        campaign_id = self.campaign_combo.currentData()
        unit_id = self.unit_combo.unit_id()
        if not campaign_id or not unit_id:
            return None
        d, t = self.date_edit.date(), self.time_edit.time()
        return str(campaign_id), unit_id, date(d.year(), d.month(), d.day()), time(t.hour(), t.minute())

    @Slot()
    def _try_accept(self) -> None:
        if self.choice() is None:
            self.problem.setText(self.tr("Choose a campaign and a unit from the list."))
            self.problem.show()
            return
        self.accept()
