"""A new post of a unit (a one-stop counter, a reception desk) and the officers who hold it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from officedesk.gui.forms.ui_units_post_dialog import Ui_PostDialog
from officedesk.gui.ops import Op
from officedesk.gui.units.dialog_base import ServiceDialog, from_qdate, to_qdate
from officedesk.rules.text import fold
from officedesk.services import org, queries
from officedesk.services.context import Ctx

Index = QModelIndex | QPersistentModelIndex


class OfficerChoiceModel(QAbstractListModel):
    """The unit's staff, each with a tick box: "Name — position"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._ticked: set[str] = set()

    def set_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked &= {r["code"] for r in self._rows}
        self.endResetModel()

    def ticked_codes(self) -> list[str]:
        return [r["code"] for r in self._rows if r["code"] in self._ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{r['full_name']} — {r['position']}" if r["position"] else r["full_name"]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r["code"] in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return fold(f"{r['full_name']} {r['code']} {r['position']}")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.row() >= len(self._rows):
            return False
        code = self._rows[index.row()]["code"]
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if checked:
            self._ticked.add(code)
        else:
            self._ticked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemNeverHasChildren)


class _FoldFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        key = self.sourceModel().data(self.sourceModel().index(source_row, 0, source_parent), Qt.ItemDataRole.UserRole)
        return not self._words or (isinstance(key, str) and all(w in key for w in self._words))


class PostDialog(ServiceDialog):
    def __init__(self, ctx: Ctx, unit: dict[str, Any], *, existing_codes: Iterable[str] = (),
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._existing = {c.casefold() for c in existing_codes}
        self.ui = Ui_PostDialog()
        self.ui.setupUi(self)
        self.unit = unit
        self._setup_common(self.ui.problemLabel, self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.setWindowTitle(self.tr("New post of {unit}").format(unit=unit["name"]))
        self.ui.unitValue.setText(unit["name"])
        self.ui.codeEdit.setPlaceholderText(self.tr("e.g. {code}-DC").format(code=unit["code"]))
        self.ui.fromEdit.setDate(to_qdate(today or date.today()))

        self.officers = OfficerChoiceModel(self)
        self._filter = _FoldFilter(self)
        self._filter.setSourceModel(self.officers)
        self.ui.officersList.setModel(self._filter)
        self.ui.officersFilterEdit.textChanged.connect(self._filter.set_text)
        self.ui.officersList.activated.connect(self._toggle)
        self.ui.codeEdit.setFocus()

        unit_id, day = unit["id"], today or date.today()
        self.loading: Op[Any] = Op(self, lambda: [r for r in queries.list_staff(ctx, unit_id=unit_id)
                                                  if r["left_on"] is None or r["left_on"] > day]
                                   ).on_success(self.officers.set_rows).run()

    def _toggle(self, index: QModelIndex) -> None:
        # Enter ticks or unticks the officer under the cursor; Space does the same through the view.
        state = self._filter.data(index, Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self._filter.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def validate(self) -> str | None:
        if not self.ui.codeEdit.text().strip():
            self.ui.codeEdit.setFocus()
            return self.tr("Give the post a code.")
        if self.ui.codeEdit.text().strip().casefold() in self._existing:
            self.ui.codeEdit.setFocus()
            return self.tr("The unit already has a post with this code.")
        if not self.ui.nameEdit.text().strip():
            self.ui.nameEdit.setFocus()
            return self.tr("Give the post a name.")
        return None

    def save_call(self) -> Callable[[], str]:
        core, unit_code = self.core, self.unit["code"]
        code, name = self.ui.codeEdit.text().strip(), self.ui.nameEdit.text().strip()
        required = self.ui.requiredCheck.isChecked()
        officers = self.officers.ticked_codes()
        valid_from = from_qdate(self.ui.fromEdit.date())
        return lambda: org.add_post(core, unit_code=unit_code, code=code, name=name, required=required,
                                    staff_codes=officers, valid_from=valid_from)
