"""A post of a unit (a one-stop counter, a reception desk): adding or editing it and its officers, retiring it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from officedesk.gui.forms.ui_units_post_dialog import Ui_PostDialog
from officedesk.gui.forms.ui_units_retire_post_dialog import Ui_RetirePostDialog
from officedesk.gui.ops import Op
from officedesk.gui.screen_fit import fit_on_show
from officedesk.gui.units import reads
from officedesk.gui.units.dialog_base import ServiceDialog, from_qdate, to_qdate
from officedesk.gui.units.page import RoomyRows
from officedesk.gui.word_filter import WordFilterProxy
from officedesk.rules.text import fold
from officedesk.services import org
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

    def set_ticked(self, codes: Iterable[str]) -> None:
        """Tick these people (the officers holding the post now) and no one else."""
        self._ticked = set(codes) & {r["code"] for r in self._rows}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def ticked_codes(self) -> list[str]:
        return [r["code"] for r in self._rows if r["code"] in self._ticked]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{r['full_name']} — {r['position']}" if r["position"] else r["full_name"]
            return f"{text} · {r['where']}" if r.get("where") else text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r["code"] in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.UserRole:
            return fold(f"{r['full_name']} {r['code']} {r['position']} {r.get('where', '')}")
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


class _FoldFilter(WordFilterProxy):
    """The officers whose name, code, position or unit hold every word typed, accents aside."""

    def row_text(self, source_row: int, source_parent: Index) -> str | None:
        source = self.sourceModel()
        key = source.data(source.index(source_row, 0, source_parent), Qt.ItemDataRole.UserRole)
        return key if isinstance(key, str) else ""


class PostDialog(ServiceDialog):
    """`post` None adds a post to `unit`; otherwise edits that post (a row of units.reads.posts)."""

    def __init__(self, ctx: Ctx, unit: dict[str, Any], post: dict[str, Any] | None = None, *,
                 existing_codes: Iterable[str] = (), today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.post = post
        own = post["code"].casefold() if post else None
        self._existing = {c.casefold() for c in existing_codes} - {own}
        self._officers_before = sorted(post["officer_codes"]) if post else []
        self.ui = Ui_PostDialog()
        self.ui.setupUi(self)
        # The form's size on a large screen, cut down to a small one (the officers' list scrolls).
        fit_on_show(self, self.size())
        self.unit = unit
        self._setup_common(self.ui.problemLabel, self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.unitValue.setText(unit["name"])
        self.ui.codeEdit.setPlaceholderText(self.tr("e.g. {code}-DC").format(code=unit["code"]))
        day = today or date.today()
        self.ui.fromEdit.setDate(to_qdate(day))
        if post is None:
            self.setWindowTitle(self.tr("New post of {unit}").format(unit=unit["name"]))
            self.ui.officersNote.setVisible(False)
            self.ui.codeEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Post: {name}").format(name=post["name"]))
            self.ui.codeEdit.setText(post["code"])
            self.ui.nameEdit.setText(post["name"])
            self.ui.requiredCheck.setChecked(post["required"])
            self.ui.fromLabel.setText(self.tr("Officers change &from:"))
            self.ui.fromEdit.setAccessibleName(self.tr("Officers change from"))
            self.ui.nameEdit.setFocus()
            self.ui.nameEdit.selectAll()

        self.officers = OfficerChoiceModel(self)
        self._filter = _FoldFilter(self)
        self._filter.setSourceModel(self.officers)
        self.ui.officersList.setModel(self._filter)
        self.ui.officersList.setItemDelegate(RoomyRows(self.ui.officersList))  # room for stacked marks (Ễ, Ộ)
        self.ui.officersFilterEdit.textChanged.connect(self._filter.set_text)
        self.ui.officersList.activated.connect(self._toggle)
        self.ui.officersList.installEventFilter(self)

        unit_id, current = unit["id"], self._officers_before
        self.loading: Op[Any] = Op(self, lambda: reads.officer_choices(ctx, unit_id, day, current)
                                   ).on_success(self._officers_loaded).run()

    def _officers_loaded(self, rows: list[dict[str, Any]]) -> None:
        self.officers.set_rows(rows)
        self.officers.set_ticked(self._officers_before)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the list ticks or unticks the officer under the cursor (Space does the same through the view),
        # and only that: the view would pass the key on to the dialog, whose default button saves.
        if watched is self.ui.officersList and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.ui.officersList.currentIndex()
            if index.isValid():
                self._toggle(index)
            return True
        return super().eventFilter(watched, event)

    def _toggle(self, index: QModelIndex) -> None:
        state = self._filter.data(index, Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self._filter.setData(index, new, Qt.ItemDataRole.CheckStateRole)

    def officers_changed(self) -> bool:
        return sorted(self.officers.ticked_codes()) != self._officers_before

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
        if self.post is not None and self.loading.is_running:
            # Saving now would read "nobody ticked" as "take every officer off the post".
            return self.tr("The list of officers is still loading; try again in a moment.")
        return None

    def save_call(self) -> Callable[[], str]:
        core, unit_code = self.core, self.unit["code"]
        code, name = self.ui.codeEdit.text().strip(), self.ui.nameEdit.text().strip()
        required = self.ui.requiredCheck.isChecked()
        officers = self.officers.ticked_codes()
        valid_from = from_qdate(self.ui.fromEdit.date())
        if self.post is None:
            return lambda: org.add_post(core, unit_code=unit_code, code=code, name=name, required=required,
                                        staff_codes=officers, valid_from=valid_from)
        post_id = str(self.post["id"])
        staff_codes = officers if self.officers_changed() else None

        def update() -> str:
            org.update_post(core, post_id, code=code, name=name, required=required, staff_codes=staff_codes,
                            officers_from=valid_from)
            return post_id

        return update


class RetirePostDialog(ServiceDialog):
    """Retire a post (a row of units.reads.posts) from a day: the form is its own confirmation, Cancel the default."""

    def __init__(self, ctx: Ctx, post: dict[str, Any], *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.post = post
        self.ui = Ui_RetirePostDialog()
        self.ui.setupUi(self)
        self._setup_common(self.ui.problemLabel, self.ui.buttonBox)
        self.setWindowTitle(self.tr("Retire the post {code}").format(code=post["code"]))
        self.ui.explanationLabel.setText(self.tr(
            "From the day you choose, inspections no longer check this post and its officers stop holding it. "
            "Inspections already made keep their check of it. A retired post cannot be brought back: if it opens "
            "again, add it anew."))
        self.ui.postValue.setText(f"{post['code']} · {post['name']}")
        self.ui.officersValue.setText(", ".join(post["officers"]) or self.tr("nobody assigned"))
        day = today or date.today()
        self.ui.fromEdit.setMaximumDate(to_qdate(day))  # the retirement takes effect when saved
        self.ui.fromEdit.setDate(to_qdate(day))
        self.ui.fromEdit.setToolTip(self.tr("A post is retired from today or an earlier day."))
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Retire the post"))
        # Enter alone never retires a post: the person presses the button (or its Alt key) on purpose.
        ok.setAutoDefault(False)
        cancel = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.ui.fromEdit.setFocus()

    def retire_day(self) -> date:
        return from_qdate(self.ui.fromEdit.date())

    def save_call(self) -> Callable[[], str]:
        core, post_id, day = self.core, str(self.post["id"]), self.retire_day()

        def retire() -> str:
            org.retire_post(core, post_id, day)
            return day.isoformat()  # the key `saved` carries: the day the post is retired from

        return retire
