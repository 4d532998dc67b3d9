"""Working days in Vietnam: statutory holidays, swaps by notice, and the Tết break.

The statutory days come from the `holidays` package (Vietnam, names in Vietnamese). Government swaps that the package
does not know yet, and a province's own days off, are local overrides: offices type them in from the notice.

What the package (0.109) gets right, checked against the announcements for the public sector:
- Tết 2019–2026: the runs 02–10/02/2019, 23–29/01/2020, 10–16/02/2021, 29/01–06/02/2022, 20–26/01/2023,
  08–14/02/2024, 25/01–02/02/2025 (Thông báo 6150/TB-BLĐTBXH: a Saturday Tết day moved to Monday 27/01) and
  14–22/02/2026 all come out of its rules, weekends included.
- The swaps it lists with their make-up Saturdays (`weekend_workdays`): 05/01/2019, 04/05/2019, 04/05/2024,
  26/04/2025, 22/08/2026, and the older ones back to 2014.
What it misses: the swap for New Year 2026 (Văn bản 12729/VPCP-KGVX, 25/12/2025: Friday 02/01/2026 off, Saturday
10/01/2026 worked). Enter it as an override: `CalendarOverrides.swap(worked=date(2026, 1, 10), off=date(2026, 1, 2))`.
Years after the last announcement are the package's projection from the Labour Code, not a promise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import holidays

LOCAL_DAY_OFF = "Ngày nghỉ theo thông báo"
LUNAR_NEW_YEAR = "Tết Nguyên Đán"

_ONE_DAY = timedelta(days=1)
# No real calendar has a year without a working day; the bound turns a misconfigured override set into an error
# instead of an endless loop.
_MAX_SEARCH_DAYS = 400


@dataclass(frozen=True)
class CalendarOverrides:
    """Days changed by notice: make-up working days, and extra days off."""

    working_days: frozenset[date] = frozenset()
    days_off: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        clash = self.working_days & self.days_off
        if clash:
            listed = ", ".join(d.strftime("%d/%m/%Y") for d in sorted(clash))
            raise ValueError(f"a day cannot be both worked and off by notice: {listed}")

    @classmethod
    def of(cls, working_days: Iterable[date] = (), days_off: Iterable[date] = ()) -> CalendarOverrides:
        return cls(frozenset(working_days), frozenset(days_off))

    def swap(self, *, worked: date, off: date) -> CalendarOverrides:
        """The usual notice: work a weekend day so that a weekday next to a holiday becomes a day off."""
        return CalendarOverrides(self.working_days | {worked}, self.days_off | {off})

    def merged(self, other: CalendarOverrides) -> CalendarOverrides:
        return CalendarOverrides(self.working_days | other.working_days, self.days_off | other.days_off)


@dataclass(frozen=True)
class _Year:
    names: dict[date, str]
    weekend_workdays: frozenset[date]


class WorkCalendar:
    """Answers "is this a working day?" for public-sector offices (Monday to Friday, 40 hours a week)."""

    def __init__(self, overrides: CalendarOverrides | None = None) -> None:
        self.overrides = overrides or CalendarOverrides()
        self._work = self.overrides.working_days
        self._off = self.overrides.days_off
        self._years: dict[int, _Year] = {}

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is not None:
            return cached
        # The package files a swap under the year of the day off, and a New Year swap puts the worked Saturday in
        # the neighbouring year (31/12/2018 off for 05/01/2019): load the neighbours to see every make-up day.
        vn = holidays.country_holidays("VN", years=range(year - 1, year + 2), language="vi")
        loaded = _Year(
            names={d: str(name) for d, name in vn.items() if d.year == year},
            weekend_workdays=frozenset(d for d in vn.weekend_workdays if d.year == year),
        )
        self._years[year] = loaded
        return loaded

    def is_working_day(self, d: date) -> bool:
        if d in self._work:
            return True
        if d in self._off:
            return False
        year = self._years.get(d.year) or self._year(d.year)
        if d.weekday() >= 5:
            return d in year.weekend_workdays
        return d not in year.names

    def holiday_name(self, d: date) -> str | None:
        """The holiday's Vietnamese name, a note for a day off by notice, or None (weekends and working days)."""
        if d in self._work:
            return None
        name = self._year(d.year).names.get(d)
        if name is None and d in self._off:
            return LOCAL_DAY_OFF
        return name

    def holidays_in(self, year: int) -> list[tuple[date, str]]:
        """Public holidays and days off by notice in a year, in date order, for display."""
        days = {d: name for d, name in self._year(year).names.items() if d not in self._work}
        for d in self._off:
            if d.year == year:
                days.setdefault(d, LOCAL_DAY_OFF)
        return sorted(days.items())

    def make_up_days_in(self, year: int) -> list[date]:
        """Weekend days worked by notice in a year (the package's and the local ones)."""
        days = set(self._year(year).weekend_workdays) | {d for d in self._work if d.year == year}
        return sorted(d for d in days if d.weekday() >= 5 and self.is_working_day(d))

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after d."""
        return self._scan(d + _ONE_DAY)

    def _scan(self, d: date) -> date:
        """The first working day on or after d."""
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_working_day(d):
                return d
            d += _ONE_DAY
        raise ValueError(f"no working day within {_MAX_SEARCH_DAYS} days after {d:%d/%m/%Y}")

    def first_working_days_after(self, d: date, n: int) -> list[date]:
        """The first n working days once the run of non-working days containing d is over.

        d is usually a day of the break (any day of Tết gives the days the inspections happen). When d is itself a
        working day there is no break to skip, and the list starts with d: the user picked the first day.
        """
        if n < 0:
            raise ValueError("n must not be negative")
        days: list[date] = []
        if n == 0:
            return days
        day = self._scan(d)
        days.append(day)
        while len(days) < n:
            day = self.next_working_day(day)
            days.append(day)
        return days

    def working_days_between(self, start: date, end: date) -> list[date]:
        """The working days from start to end, both included; empty when end is before start."""
        days = []
        d = start
        while d <= end:
            if self.is_working_day(d):
                days.append(d)
            d += _ONE_DAY
        return days

    def non_working_run(self, d: date) -> tuple[date, date] | None:
        """The first and last day of the run of non-working days containing d, or None on a working day."""
        if self.is_working_day(d):
            return None
        first = last = d
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_working_day(first - _ONE_DAY):
                break
            first -= _ONE_DAY
        for _ in range(_MAX_SEARCH_DAYS):
            if self.is_working_day(last + _ONE_DAY):
                break
            last += _ONE_DAY
        return first, last

    def lunar_new_year(self, year: int) -> date:
        """The first day of the lunar year that begins in this Gregorian year."""
        found = [d for d, name in self._year(year).names.items() if LUNAR_NEW_YEAR in name.split("; ")]
        if not found:
            raise ValueError(f"the holidays package has no lunar new year for {year}")
        return found[0]

    def tet_break(self, year: int) -> tuple[date, date]:
        """The whole Tết break of that year: the run of days off (weekends included) around Lunar New Year's day."""
        run = self.non_working_run(self.lunar_new_year(year))
        if run is None:
            raise ValueError(f"Lunar New Year's day {year} is set as a working day")
        return run
