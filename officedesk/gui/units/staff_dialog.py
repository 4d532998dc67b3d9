"""Add a person to a unit, or change a person's name, position, departure and time-clock number."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QWidget

from officedesk.gui.forms.ui_units_staff_dialog import Ui_StaffDialog
from officedesk.gui.units.dialog_base import ServiceDialog, optional_date, set_optional_date
from officedesk.services import org
from officedesk.services.context import Ctx


class StaffDialog(ServiceDialog):
    """`person` None adds a person to `unit`; otherwise edits that person (a row of queries.list_staff)."""

    def __init__(self, ctx: Ctx, unit: dict[str, Any], person: dict[str, Any] | None = None, *,
                 positions: Sequence[str] = (), suggested_code: str = "", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self.unit = unit
        self.person = person
        self._setup_common(self.ui.problemLabel, self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.unitValue.setText(unit["name"])
        today = today or date.today()

        completer = QCompleter(QStringListModel(sorted(set(p for p in positions if p)), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.positionEdit.setCompleter(completer)

        not_known = self.tr("not known")
        still_here = self.tr("still working here")
        if person is None:
            self.setWindowTitle(self.tr("New staff member of {unit}").format(unit=unit["name"]))
            self.ui.codeEdit.setText(suggested_code)
            set_optional_date(self.ui.joinedEdit, not_known, today)
            set_optional_date(self.ui.leftEdit, still_here, None)
            self.ui.nameEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Staff member: {name}").format(name=person["full_name"]))
            self.ui.codeEdit.setText(person["code"])
            self.ui.codeEdit.setReadOnly(True)
            self.ui.codeEdit.setToolTip(self.tr("A staff code does not change: inspections refer to it."))
            self.ui.nameEdit.setText(person["full_name"])
            self.ui.positionEdit.setText(person["position"] or "")
            set_optional_date(self.ui.joinedEdit, not_known, person["joined_on"])
            self.ui.joinedEdit.setReadOnly(True)
            self.ui.joinedEdit.setToolTip(self.tr("The date a person joined is set when they are added."))
            set_optional_date(self.ui.leftEdit, still_here, person["left_on"])
            self.ui.clockEdit.setText(person.get("clock_user_id") or "")
            self.ui.nameEdit.setFocus()
            self.ui.nameEdit.selectAll()

    def values(self) -> dict[str, Any]:
        return {
            "code": self.ui.codeEdit.text().strip(),
            "full_name": self.ui.nameEdit.text().strip(),
            "position": self.ui.positionEdit.text().strip(),
            "joined_on": optional_date(self.ui.joinedEdit),
            "left_on": optional_date(self.ui.leftEdit),
            "clock_user_id": self.ui.clockEdit.text().strip(),
        }

    def validate(self) -> str | None:
        v = self.values()
        if not v["code"]:
            self.ui.codeEdit.setFocus()
            return self.tr("Give the person a staff code.")
        if not v["full_name"]:
            self.ui.nameEdit.setFocus()
            return self.tr("Write the person's full name.")
        if v["left_on"] and v["joined_on"] and v["left_on"] < v["joined_on"]:
            self.ui.leftEdit.setFocus()
            return self.tr("The day the person left is before the day they joined.")
        if self.person is not None and self.person["left_on"] and v["left_on"] is None:
            self.ui.leftEdit.setFocus()
            return self.tr("The day a person left cannot be removed once saved; correct it to another day instead.")
        return None

    def save_call(self) -> Callable[[], str]:
        v = self.values()
        core = self.core
        if self.person is None:
            person = org.StaffInput(code=v["code"], full_name=v["full_name"], position=v["position"],
                                    unit_code=self.unit["code"], joined_on=v["joined_on"], left_on=v["left_on"],
                                    clock_user_id=v["clock_user_id"] or None)
            return lambda: org.add_staff(core, person)
        staff_id = self.person["id"]
        before = self.person
        left_on = v["left_on"] if v["left_on"] != before["left_on"] else None
        clock = v["clock_user_id"] if v["clock_user_id"] != (before.get("clock_user_id") or "") else None

        def update() -> str:
            org.update_staff(core, staff_id, full_name=v["full_name"], position=v["position"], left_on=left_on,
                             clock_user_id=clock)
            return str(staff_id)

        return update
