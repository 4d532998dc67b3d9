"""An administrator's two changes to working time: a new version of the hours from a date, and a day changed by
notice (a make-up working Saturday, an extra day off)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QLineEdit, QTimeEdit, QWidget

from officedesk.domain.enums import CalendarDayKind
from officedesk.gui.forms.ui_units_calendar_dialog import Ui_CalendarDayDialog
from officedesk.gui.forms.ui_units_schedule_dialog import Ui_ScheduleVersionDialog
from officedesk.gui.screen_fit import fit_on_show
from officedesk.gui.units import labels
from officedesk.gui.units.dialog_base import ServiceDialog, from_qdate, to_qdate
from officedesk.rules import schedule as sched
from officedesk.services import org
from officedesk.services.context import Ctx

# Season windows are days of the year: a leap year, so that 29/02 can be chosen.
_YEAR = 2000


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class ScheduleVersionDialog(ServiceDialog):
    """New hours in force from a date; the version in force before it ends the day before."""

    def __init__(self, ctx: Ctx, schedule_code: str, schedule_name: str, current: sched.ScheduleVersion | None,
                 latest_start: date | None, *, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ScheduleVersionDialog()
        self.ui.setupUi(self)
        self._setup_common(self.ui.problemLabel, self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.schedule_code = schedule_code
        self.latest_start = latest_start
        self.ui.introLabel.setText(self.tr(
            "New working hours for “{name}”. They apply from the day you choose; the hours before it stay as "
            "they were, and inspections already made keep the hours they were judged by.").format(name=schedule_name))
        today = today or date.today()
        start = max(today, latest_start + timedelta(days=1)) if latest_start else today
        self.ui.validFromEdit.setDate(to_qdate(start))
        template = current or sched.lao_cai_default()
        self.ui.lateGraceSpin.setValue(template.late_grace_min)
        self.ui.earlyGraceSpin.setValue(template.early_grace_min)
        self.ui.graceFromStartCheck.setChecked(template.grace_counts_from_start)
        self.ui.lateGraceSpin.setSuffix(self.tr(" min"))
        self.ui.earlyGraceSpin.setSuffix(self.tr(" min"))
        for n in (1, 2):
            for edit in (self._field(n, "start"), self._field(n, "end")):
                assert isinstance(edit, QDateEdit)
                edit.setMinimumDate(QDate(_YEAR, 1, 1))
                edit.setMaximumDate(QDate(_YEAR, 12, 31))
        seasons = list(template.seasons[:2])
        for n, season in enumerate(seasons, start=1):
            self._fill(n, season)
        if len(seasons) < 2:
            self._fill(2, sched.lao_cai_default().seasons[1])
            self.ui.season2Check.setChecked(False)
        self.ui.season2Check.toggled.connect(self._second_season)
        self._second_season(self.ui.season2Check.isChecked())
        self.ui.validFromEdit.setFocus()
        fit_on_show(self)

    def _field(self, n: int, key: str) -> QWidget:
        widget = getattr(self.ui, f"season{n}{key[0].upper()}{key[1:]}")
        assert isinstance(widget, QWidget)
        return widget

    def _edits(self, n: int) -> dict[str, Any]:
        return {k: self._field(n, k) for k in ("name", "start", "end", "morningStart", "morningEnd",
                                               "afternoonStart", "afternoonEnd")}

    def _fill(self, n: int, s: sched.Season) -> None:
        e = self._edits(n)
        e["name"].setText(s.name)
        e["start"].setDate(QDate(_YEAR, *s.start))
        e["end"].setDate(QDate(_YEAR, *s.end))
        e["morningStart"].setTime(_qtime(s.morning.start))
        e["morningEnd"].setTime(_qtime(s.morning.end))
        e["afternoonStart"].setTime(_qtime(s.afternoon.start))
        e["afternoonEnd"].setTime(_qtime(s.afternoon.end))

    def _second_season(self, on: bool) -> None:
        for widget in self._edits(2).values():
            widget.setEnabled(on)

    def _season_count(self) -> int:
        return 2 if self.ui.season2Check.isChecked() else 1

    def _read(self, n: int) -> tuple[str, tuple[int, int], tuple[int, int], list[time]]:
        e = self._edits(n)
        name_edit = e["name"]
        assert isinstance(name_edit, QLineEdit)
        start, end = e["start"].date(), e["end"].date()
        times = [_time(w.time()) for w in (e["morningStart"], e["morningEnd"], e["afternoonStart"],
                                           e["afternoonEnd"]) if isinstance(w, QTimeEdit)]
        return name_edit.text().strip(), (start.month(), start.day()), (end.month(), end.day()), times

    def version(self) -> sched.ScheduleVersion | str:
        """The version the form describes, or the sentence saying what to fix."""
        seasons = []
        for n in range(1, self._season_count() + 1):
            name, start, end, (ms, me, as_, ae) = self._read(n)
            label = name or (self.tr("the first season") if n == 1 else self.tr("the second season"))
            if not name:
                return self.tr("Give {season} a name, such as “Mùa hè” or “Mùa đông”.").format(season=label)
            if not ms < me:
                return self.tr("In {season}, the morning must end after it starts.").format(season=label)
            if not as_ < ae:
                return self.tr("In {season}, the afternoon must end after it starts.").format(season=label)
            if me > as_:
                return self.tr("In {season}, the morning must end before the afternoon starts.").format(season=label)
            seasons.append(sched.Season(name, start, end, sched.Session("morning", ms, me),
                                        sched.Session("afternoon", as_, ae)))
        if len(seasons) == 2 and seasons[0].name == seasons[1].name:
            return self.tr("The two seasons need different names.")
        valid_from = from_qdate(self.ui.validFromEdit.date())
        if self.latest_start is not None and valid_from <= self.latest_start:
            return self.tr("The new hours must start after {day}, the day the latest version began.").format(
                day=labels.date_text(self.latest_start))
        try:
            version = sched.ScheduleVersion(
                valid_from=valid_from, valid_to=None, seasons=tuple(seasons),
                late_grace_min=self.ui.lateGraceSpin.value(), early_grace_min=self.ui.earlyGraceSpin.value(),
                grace_counts_from_start=self.ui.graceFromStartCheck.isChecked())
        except ValueError:
            return self.tr("The two seasons overlap: make one end the day before the other starts.")
        gaps = sched.coverage_gaps(version)
        if gaps:
            return self.tr("No season covers {first} ({count} days of the year in all): every day needs hours.").format(
                first=labels.month_day_text(gaps[0]), count=len(gaps))
        return version

    def validate(self) -> str | None:
        result = self.version()
        return result if isinstance(result, str) else None

    def save_call(self) -> Callable[[], str]:
        version = self.version()
        assert isinstance(version, sched.ScheduleVersion)
        core, code = self.core, self.schedule_code

        def save() -> str:
            org.add_schedule_version(core, code, version)
            return version.valid_from.isoformat()

        return save


class CalendarDayDialog(ServiceDialog):
    """A day worked or taken off by notice, for the whole province; a later notice for the same day replaces it."""

    def __init__(self, ctx: Ctx, existing: Iterable[dict[str, Any]] = (), *, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_CalendarDayDialog()
        self.ui.setupUi(self)
        self._setup_common(self.ui.problemLabel, self.ui.buttonBox)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self._existing = {r["day"]: r for r in existing}
        self.ui.dayEdit.dateChanged.connect(self._day_changed)
        self.ui.dayEdit.setDate(to_qdate(today or date.today()))
        self._day_changed(self.ui.dayEdit.date())
        self.ui.dayEdit.setFocus()

    def _day_changed(self, q: QDate) -> None:
        day = from_qdate(q)
        self.ui.weekdayLabel.setText(labels.weekday_text(day))
        # The usual change: a weekend becomes a working day, a weekday a day off.
        (self.ui.workingRadio if day.weekday() >= 5 else self.ui.offRadio).setChecked(True)
        before = self._existing.get(day)
        if before is not None:
            self.problem(self.tr("{day} is already recorded as: {kind}. Saving replaces it.").format(
                day=labels.date_text(day), kind=labels.day_kind_text(before["kind"])))
        else:
            self.problem("")

    def kind(self) -> CalendarDayKind:
        return CalendarDayKind.WORKING if self.ui.workingRadio.isChecked() else CalendarDayKind.OFF

    def validate(self) -> str | None:
        if not self.ui.noteEdit.text().strip():
            self.ui.noteEdit.setFocus()
            return self.tr("Say which notice changed the day, so that others can check it.")
        return None

    def save_call(self) -> Callable[[], str]:
        core, day, kind, note = self.core, from_qdate(self.ui.dayEdit.date()), self.kind(), self.ui.noteEdit.text()

        def save() -> str:
            org.add_calendar_override(core, day, kind, note)
            return day.isoformat()

        return save
