"""The campaign editor: plan a new campaign or change one (legal basis, dates, minutes heading, team, units).

The dialog gets everything it offers (units, accounts, campaigns) read beforehand (reads.editor_data, in a
worker) and writes through services.campaigns in a worker; it stays open when the core refuses, with the
reason in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QPushButton, QWidget

from officedesk.domain.enums import TeamRole
from officedesk.gui.campaigns import labels, reads
from officedesk.gui.campaigns.editor_models import (
    CODE_ROLE,
    ChoiceDelegate,
    Member,
    MembersModel,
    UnitChoiceModel,
    UnitSearchProxy,
)
from officedesk.gui.forms.ui_campaign_editor import Ui_CampaignEditor
from officedesk.gui.ops import Op, show_failure
from officedesk.gui.screen_fit import fit_on_show
from officedesk.rules.calendar import WorkCalendar
from officedesk.rules.vnformat import date_short
from officedesk.services import campaigns
from officedesk.services.campaigns import MemberInput
from officedesk.services.context import Ctx

DEFAULT_SYMBOL = "BB-ĐKT"
Proposer = Callable[[date, int], tuple[date, date]]
# Roomy on a large screen; fit_on_show cuts it down to a small one (910×470 at 150 %), the layout's minimum fits.
PREFERRED_SIZE = QSize(900, 600)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class _Invalid(Exception):
    def __init__(self, message: str, widget: QWidget) -> None:
        super().__init__(message)
        self.widget = widget


class CampaignEditorDialog(QDialog):
    """Emits saved(campaign id) once the campaign is created or changed, then closes."""

    saved = Signal(str)

    def __init__(self, ctx: Ctx, data: reads.EditorData, parent: QWidget | None = None, *,
                 calendar: WorkCalendar | None = None, propose: Proposer | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CampaignEditor()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.data = data
        self.campaign = data.campaign
        self.calendar = calendar or WorkCalendar()
        self._propose = propose or (lambda day, n: campaigns.propose_dates(ctx, day, n))
        self._busy = False
        self.setWindowTitle(self.tr("Change the campaign") if self.campaign else self.tr("New campaign"))
        self.ok_button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if self.campaign else self.tr("Create"))

        self.members = MembersModel(data.accounts, self)
        self._setup_team()
        self.units = UnitChoiceModel(data.units, locked=data.inspected_unit_codes, parent=self)
        self.unit_proxy = UnitSearchProxy(self)
        self.unit_proxy.setSourceModel(self.units)
        self.ui.unitsView.setModel(self.unit_proxy)
        self.ui.unitSearch.textChanged.connect(self.unit_proxy.set_search)
        self.ui.checkShownButton.clicked.connect(lambda: self._check_shown(True))
        self.ui.uncheckShownButton.clicked.connect(lambda: self._check_shown(False))
        self.units.dataChanged.connect(self._count_units)
        self.unit_proxy.layoutChanged.connect(self._count_units)
        self.unit_proxy.rowsInserted.connect(self._count_units)
        self.unit_proxy.rowsRemoved.connect(self._count_units)

        combo = self.ui.previousCombo
        combo.addItem(self.tr("(none)"), "")
        own_id = self.campaign["id"] if self.campaign else None
        for c in data.campaigns:
            if c["id"] != own_id:
                combo.addItem(f"{c['code']} – {c['name']}", c["code"])
        combo.currentIndexChanged.connect(self._previous_changed)

        self.ui.yearSpin.valueChanged.connect(self._fill_holidays)
        self.ui.holidayCombo.currentIndexChanged.connect(self.propose_dates)
        self.ui.daysSpin.valueChanged.connect(self.propose_dates)
        self.ui.startEdit.dateChanged.connect(self._start_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

        self._load()
        self._count_units()
        self._previous_changed()
        fit_on_show(self, PREFERRED_SIZE)

    # -- filling the form -------------------------------------------------------------------------------
    def _load(self) -> None:
        c = self.campaign
        ui = self.ui
        if c is None:
            today = self.ctx.clock.today()
            d = self.data.defaults
            ui.parentAgencyEdit.setText(d.get("parent_agency", ""))
            ui.agencyEdit.setText(d.get("agency", ""))
            ui.placeEdit.setText(d.get("place", ""))
            ui.symbolEdit.setText(d.get("number_symbol") or DEFAULT_SYMBOL)
            if self.data.campaigns:  # compare with the newest campaign, the usual choice
                ui.previousCombo.setCurrentIndex(max(0, ui.previousCombo.findData(self.data.campaigns[0]["code"])))
            ui.yearSpin.setValue(self._default_year(today))
            self._fill_holidays()  # proposes the dates
            return
        ui.codeEdit.setText(c["code"])
        ui.nameEdit.setText(c["name"])
        ui.legalEdit.setPlainText(c["legal_basis"] or "")
        ui.parentAgencyEdit.setText(c["parent_agency"] or "")
        ui.agencyEdit.setText(c["agency"] or "")
        ui.placeEdit.setText(c["place"] or "")
        ui.symbolEdit.setText(c["number_symbol"] or DEFAULT_SYMBOL)
        ui.previousCombo.setCurrentIndex(max(0, ui.previousCombo.findData(c.get("previous_code") or "")))
        # The stored dates stay until the person asks for a new proposal (changes the holiday or the days).
        blockers = [w.blockSignals(True) for w in (ui.yearSpin, ui.holidayCombo, ui.daysSpin)]
        ui.yearSpin.setValue(c["start_date"].year)
        self._fill_holidays(propose=False)
        ui.daysSpin.setValue(max(1, len(self.calendar.working_days_between(c["start_date"], c["end_date"]))))
        for w, b in zip((ui.yearSpin, ui.holidayCombo, ui.daysSpin), blockers, strict=True):
            w.blockSignals(b)
        ui.startEdit.setDate(to_qdate(c["start_date"]))
        ui.endEdit.setDate(to_qdate(c["end_date"]))
        self.members.set_members(Member(m["full_name"], m["title"] or "", m["team_role"], m["username"] or "")
                                 for m in c.get("members", []))
        self.units.set_checked(c.get("unit_codes", []))

    def _default_year(self, today: date) -> int:
        """This year's Tết, or next year's once this year's is well past (planning in the autumn)."""
        try:
            _first, last = self.calendar.tet_break(today.year)
        except ValueError:
            return today.year
        return today.year + 1 if today > last + timedelta(days=60) else today.year

    @Slot()
    def _fill_holidays(self, propose: bool = True) -> None:
        year = self.ui.yearSpin.value()
        combo = self.ui.holidayCombo
        blocked = combo.blockSignals(True)
        combo.clear()
        try:
            tet = self.calendar.lunar_new_year(year)
            combo.addItem(self.tr("Lunar New Year (Tết), {day}").format(day=date_short(tet)), to_qdate(tet))
        except ValueError:
            pass
        for day, name in self.calendar.holidays_in(year):
            combo.addItem(f"{date_short(day)} – {name}", to_qdate(day))
        combo.setCurrentIndex(0 if combo.count() else -1)
        combo.blockSignals(blocked)
        if propose:
            self.propose_dates()

    def select_holiday(self, day: date) -> bool:
        """Choose the holiday entry of that day (the year follows); False when the calendar has none."""
        if self.ui.yearSpin.value() != day.year:
            self.ui.yearSpin.setValue(day.year)
        combo = self.ui.holidayCombo
        # The Tết entry comes first and repeats a day of the list: prefer the day's own entry.
        matches = [i for i in range(combo.count()) if combo.itemData(i) == to_qdate(day)]
        if not matches:
            return False
        combo.setCurrentIndex(matches[-1])
        self.propose_dates()
        return True

    @Slot()
    def propose_dates(self) -> None:
        qday = self.ui.holidayCombo.currentData()
        if not isinstance(qday, QDate) or not qday.isValid():
            return
        try:
            start, end = self._propose(from_qdate(qday), self.ui.daysSpin.value())
        except (ValueError, IndexError):
            return
        self.ui.startEdit.setDate(to_qdate(start))
        self.ui.endEdit.setDate(to_qdate(end))

    @Slot(QDate)
    def _start_changed(self, start: QDate) -> None:
        if self.ui.endEdit.date() < start:
            self.ui.endEdit.setDate(start)

    # -- the team ---------------------------------------------------------------------------------------
    def _setup_team(self) -> None:
        view = self.ui.membersView
        view.setModel(self.members)
        roles = [(r.value, labels.team_role_text(r)) for r in TeamRole]
        accounts = [("", self.tr("(no account)"))] + [
            (str(a["username"]), self.members.account_text(str(a["username"]))) for a in self.data.accounts]
        self._role_delegate = ChoiceDelegate(roles, view)
        self._account_delegate = ChoiceDelegate(accounts, view)
        view.setItemDelegateForColumn(MembersModel.Col.ROLE, self._role_delegate)
        view.setItemDelegateForColumn(MembersModel.Col.ACCOUNT, self._account_delegate)
        header = view.horizontalHeader()
        header.setSectionResizeMode(MembersModel.Col.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MembersModel.Col.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MembersModel.Col.ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MembersModel.Col.ACCOUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addMemberButton.clicked.connect(self.add_member)
        self.ui.removeMemberButton.clicked.connect(self.remove_member)
        self.ui.copyTeamButton.clicked.connect(self.copy_previous_team)

    @Slot()
    def add_member(self) -> None:
        row = self.members.add_member()
        index = self.members.index(row, MembersModel.Col.NAME)
        self.ui.membersView.setCurrentIndex(index)
        self.ui.membersView.edit(index)

    @Slot()
    def remove_member(self) -> None:
        index = self.ui.membersView.currentIndex()
        if index.isValid():
            self.members.remove_member(index.row())

    @Slot()
    def _previous_changed(self) -> None:
        self.ui.copyTeamButton.setEnabled(bool(self.ui.previousCombo.currentData()))

    @Slot()
    def copy_previous_team(self) -> None:
        code = self.ui.previousCombo.currentData()
        previous = next((c for c in self.data.campaigns if c["code"] == code), None)
        if previous is None:
            return
        ctx = self.ctx
        Op(self, lambda: reads.team(ctx, previous["id"])).on_success(self._team_arrived).run()

    def _team_arrived(self, rows: list[dict[str, Any]]) -> None:
        self.members.set_members(Member(r["full_name"], r["title"] or "", r["team_role"], r["username"] or "")
                                 for r in rows)

    # -- the units --------------------------------------------------------------------------------------
    def _check_shown(self, checked: bool) -> None:
        codes = [self.unit_proxy.index(r, 0).data(CODE_ROLE) for r in range(self.unit_proxy.rowCount())]
        self.units.set_checked(codes, checked)

    @Slot()
    def _count_units(self, *_args: object) -> None:
        self.ui.unitsCountLabel.setText(self.tr("{chosen} of {total} units chosen").format(
            chosen=len(self.units.checked_codes()), total=self.units.rowCount()))

    # -- saving -----------------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The arguments for services.campaigns; raises _Invalid, naming the field, when one is missing."""
        ui = self.ui
        code, name = ui.codeEdit.text().strip(), ui.nameEdit.text().strip()
        if not code:
            raise _Invalid(self.tr("Enter the campaign's code, for example SAUTET-2025."), ui.codeEdit)
        if not name:
            raise _Invalid(self.tr("Enter the campaign's name."), ui.nameEdit)
        start, end = from_qdate(ui.startEdit.date()), from_qdate(ui.endEdit.date())
        if end < start:
            raise _Invalid(self.tr("The last day is before the first day."), ui.endEdit)
        members: list[MemberInput] = []
        for m in self.members.members():
            if not (m.full_name or m.title or m.username):
                continue  # an empty row left behind
            if not m.full_name:
                raise _Invalid(self.tr("Every team member needs a full name."), ui.membersView)
            members.append(MemberInput(m.full_name, m.title, TeamRole(m.team_role), m.username or None))
        names = [m.full_name for m in members]
        twice = next((n for n in names if names.count(n) > 1), None)
        if twice:
            raise _Invalid(self.tr("{name} is in the team twice.").format(name=twice), ui.membersView)
        return {"code": code, "name": name, "legal_basis": ui.legalEdit.toPlainText().strip(),
                "start_date": start, "end_date": end, "parent_agency": ui.parentAgencyEdit.text().strip(),
                "agency": ui.agencyEdit.text().strip(), "place": ui.placeEdit.text().strip(),
                "number_symbol": ui.symbolEdit.text().strip() or DEFAULT_SYMBOL, "members": members,
                "unit_codes": self.units.checked_codes(),
                "previous_campaign_code": ui.previousCombo.currentData() or None}

    def accept(self) -> None:
        if self._busy:
            return
        try:
            values = self.values()
        except _Invalid as problem:
            page = self._tab_of(problem.widget)
            if page >= 0:
                self.ui.tabs.setCurrentIndex(page)
            problem.widget.setFocus()
            self._warn(str(problem))
            return
        ctx = self.ctx
        campaign_id = self.campaign["id"] if self.campaign else None

        def save() -> str:
            if campaign_id is None:
                return campaigns.create_campaign(ctx, **values)
            campaigns.update_campaign(ctx, campaign_id, **values)
            return str(campaign_id)

        self._set_busy(True)
        Op(self, save).on_success(self._saved).on_failure(self._failed).run()

    def _tab_of(self, widget: QWidget | None) -> int:
        while widget is not None:
            page = self.ui.tabs.indexOf(widget)
            if page >= 0:
                return page
            widget = widget.parentWidget()
        return -1

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)

    def _saved(self, campaign_id: str) -> None:
        self._set_busy(False)
        self.saved.emit(campaign_id)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        show_failure(self, exc)

