from __future__ import annotations

import time as clock
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from officedesk.rules.calendar import LOCAL_DAY_OFF, CalendarOverrides, WorkCalendar

CAL = WorkCalendar()
ONE = timedelta(days=1)

# The whole public-sector Tết break of each year, as announced (weekends included) and the first day back.
TET_BREAKS = {
    2019: (date(2019, 2, 2), date(2019, 2, 10), date(2019, 2, 11)),
    2020: (date(2020, 1, 23), date(2020, 1, 29), date(2020, 1, 30)),
    2021: (date(2021, 2, 10), date(2021, 2, 16), date(2021, 2, 17)),
    2022: (date(2022, 1, 29), date(2022, 2, 6), date(2022, 2, 7)),
    2023: (date(2023, 1, 20), date(2023, 1, 26), date(2023, 1, 27)),
    2024: (date(2024, 2, 8), date(2024, 2, 14), date(2024, 2, 15)),
    2025: (date(2025, 1, 25), date(2025, 2, 2), date(2025, 2, 3)),
    2026: (date(2026, 2, 14), date(2026, 2, 22), date(2026, 2, 23)),
}


def test_first_working_days_after_tet_giap_thin() -> None:
    assert CAL.first_working_days_after(date(2024, 2, 10), 2) == [date(2024, 2, 15), date(2024, 2, 16)]
    assert date(2024, 2, 15).weekday() == 3  # Thursday
    assert CAL.is_working_day(date(2024, 2, 15))


def test_tet_giap_thin_break_and_names() -> None:
    assert CAL.tet_break(2024) == (date(2024, 2, 8), date(2024, 2, 14))
    assert CAL.lunar_new_year(2024) == date(2024, 2, 10)
    assert CAL.holiday_name(date(2024, 2, 10)) == "Tết Nguyên Đán"
    assert CAL.holiday_name(date(2024, 2, 11)) == "Mùng hai Tết Nguyên Đán"
    assert CAL.holiday_name(date(2024, 2, 8)) == "29 Tết"
    assert CAL.holiday_name(date(2024, 2, 15)) is None
    assert CAL.holiday_name(date(2024, 2, 17)) is None  # a plain Saturday


@pytest.mark.parametrize("year", sorted(TET_BREAKS))
def test_known_tet_breaks(year: int) -> None:
    first, last, back = TET_BREAKS[year]
    assert CAL.tet_break(year) == (first, last)
    assert CAL.first_working_days_after(first, 1) == [back]
    assert CAL.first_working_days_after(last, 1) == [back]
    assert CAL.is_working_day(first - ONE) and CAL.is_working_day(back)


def test_tet_at_ty_2025_saturday_moved_to_monday() -> None:
    # Thông báo 6150/TB-BLĐTBXH: mùng 4 fell on Saturday 01/02, so Monday 27/01 was given instead.
    assert not CAL.is_working_day(date(2025, 1, 27))
    assert CAL.holiday_name(date(2025, 1, 27)) == "29 Tết"


@pytest.mark.parametrize(
    ("worked", "off"),
    [
        (date(2025, 4, 26), date(2025, 5, 2)),
        (date(2024, 5, 4), date(2024, 4, 29)),
        (date(2019, 5, 4), date(2019, 4, 29)),
        (date(2019, 1, 5), date(2018, 12, 31)),  # the swap crosses the year end
        (date(2014, 12, 27), date(2015, 1, 2)),
    ],
)
def test_swaps_the_package_knows(worked: date, off: date) -> None:
    assert worked.weekday() == 5
    assert CAL.is_working_day(worked)
    assert not CAL.is_working_day(off)
    assert worked in CAL.make_up_days_in(worked.year)


def test_new_year_2026_swap_is_missing_from_the_package_and_fixed_by_override() -> None:
    assert CAL.is_working_day(date(2026, 1, 2))
    assert not CAL.is_working_day(date(2026, 1, 10))
    cal = WorkCalendar(CalendarOverrides().swap(worked=date(2026, 1, 10), off=date(2026, 1, 2)))
    assert not cal.is_working_day(date(2026, 1, 2))
    assert cal.is_working_day(date(2026, 1, 10))
    assert cal.first_working_days_after(date(2026, 1, 1), 1) == [date(2026, 1, 5)]
    assert cal.holiday_name(date(2026, 1, 2)) == LOCAL_DAY_OFF
    assert cal.make_up_days_in(2026) == [date(2026, 1, 10), date(2026, 8, 22)]


def test_other_statutory_days() -> None:
    for d in (date(2024, 1, 1), date(2024, 4, 18), date(2024, 4, 30), date(2024, 5, 1), date(2024, 9, 2)):
        assert not CAL.is_working_day(d), d
    assert CAL.holiday_name(date(2024, 4, 18)) == "Ngày Giỗ Tổ Hùng Vương"
    assert CAL.holiday_name(date(2024, 9, 2)) == "Quốc khánh"


def test_overrides() -> None:
    extra = CalendarOverrides.of(
        working_days=[date(2024, 2, 17)], days_off=[date(2024, 3, 8), date(2024, 4, 30)]
    )
    cal = WorkCalendar(extra)
    assert cal.is_working_day(date(2024, 2, 17))
    assert cal.holiday_name(date(2024, 2, 17)) is None
    assert not cal.is_working_day(date(2024, 3, 8))
    assert cal.holiday_name(date(2024, 3, 8)) == LOCAL_DAY_OFF
    assert cal.holiday_name(date(2024, 4, 30)) == "Ngày Chiến thắng"  # the statutory name wins
    # A make-up working day by notice beats a public holiday.
    assert WorkCalendar(CalendarOverrides.of(working_days=[date(2024, 2, 14)])).tet_break(2024) == (
        date(2024, 2, 8),
        date(2024, 2, 13),
    )
    merged = extra.merged(CalendarOverrides.of(days_off=[date(2024, 3, 9)]))
    assert merged.days_off == {date(2024, 3, 8), date(2024, 3, 9), date(2024, 4, 30)}


def test_a_day_cannot_be_worked_and_off() -> None:
    with pytest.raises(ValueError, match="08/03/2024"):
        CalendarOverrides.of(working_days=[date(2024, 3, 8)], days_off=[date(2024, 3, 8)])


def test_holidays_in() -> None:
    days = CAL.holidays_in(2024)
    assert days[0] == (date(2024, 1, 1), "Tết Dương lịch")
    assert (date(2024, 2, 10), "Tết Nguyên Đán") in days
    assert [d for d, _ in days] == sorted(d for d, _ in days)
    assert all(d.year == 2024 for d, _ in days)
    cal = WorkCalendar(CalendarOverrides.of(working_days=[date(2024, 1, 1)], days_off=[date(2024, 3, 8)]))
    local = cal.holidays_in(2024)
    assert date(2024, 1, 1) not in dict(local)
    assert dict(local)[date(2024, 3, 8)] == LOCAL_DAY_OFF


def test_next_working_day_is_strictly_after() -> None:
    assert CAL.next_working_day(date(2024, 2, 15)) == date(2024, 2, 16)
    assert CAL.next_working_day(date(2024, 2, 16)) == date(2024, 2, 19)
    assert CAL.next_working_day(date(2024, 2, 7)) == date(2024, 2, 15)


def test_first_working_days_after_edge_cases() -> None:
    assert CAL.first_working_days_after(date(2024, 2, 10), 0) == []
    with pytest.raises(ValueError):
        CAL.first_working_days_after(date(2024, 2, 10), -1)
    # A working day picked by the user has no break to skip: it is the first day.
    assert CAL.first_working_days_after(date(2024, 2, 15), 3) == [
        date(2024, 2, 15),
        date(2024, 2, 16),
        date(2024, 2, 19),
    ]


def test_working_days_between_and_runs() -> None:
    assert CAL.working_days_between(date(2024, 2, 5), date(2024, 2, 18)) == [
        date(2024, 2, 5),
        date(2024, 2, 6),
        date(2024, 2, 7),
        date(2024, 2, 15),
        date(2024, 2, 16),
    ]
    assert CAL.working_days_between(date(2024, 2, 16), date(2024, 2, 15)) == []
    assert CAL.non_working_run(date(2024, 2, 15)) is None
    assert CAL.non_working_run(date(2024, 2, 17)) == (date(2024, 2, 17), date(2024, 2, 18))


def test_a_calendar_without_working_days_fails_instead_of_hanging() -> None:
    start = date(2030, 1, 1)
    cal = WorkCalendar(CalendarOverrides.of(days_off=[start + timedelta(days=i) for i in range(450)]))
    with pytest.raises(ValueError, match="no working day"):
        cal.next_working_day(start)


def test_is_working_day_is_cheap() -> None:
    days = [date(2024, 1, 1) + timedelta(days=i % 730) for i in range(100_000)]
    CAL.is_working_day(days[0])
    started = clock.perf_counter()
    for d in days:
        CAL.is_working_day(d)
    assert clock.perf_counter() - started < 1.0


def _package_weekend_workday(d: date) -> bool:
    return d in CAL.make_up_days_in(d.year)


dates = st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))


@st.composite
def calendars(draw: st.DrawFn) -> tuple[WorkCalendar, CalendarOverrides]:
    around = draw(dates)
    window = st.sets(st.integers(-40, 40).map(lambda i: around + timedelta(days=i)), max_size=12)
    worked = draw(window)
    off = draw(window) - worked
    overrides = CalendarOverrides(frozenset(worked), frozenset(off))
    return WorkCalendar(overrides), overrides


@settings(max_examples=150, deadline=None)
@given(calendars(), dates, st.integers(0, 8))
def test_first_working_days_after_properties(
    cal_and_overrides: tuple[WorkCalendar, CalendarOverrides], d: date, n: int
) -> None:
    cal, overrides = cal_and_overrides
    days = cal.first_working_days_after(d, n)
    assert len(days) == n
    assert all(cal.is_working_day(x) for x in days)
    assert days == sorted(set(days))
    for x in days:
        assert x.weekday() < 5 or x in overrides.working_days or _package_weekend_workday(x)
        assert x not in overrides.days_off
    if days:
        assert days[0] >= d
        # Nothing working was skipped: from d to the last day, the working days are exactly the result.
        assert cal.working_days_between(d, days[-1]) == days


@settings(max_examples=150, deadline=None)
@given(calendars(), dates)
def test_next_working_day_and_runs(
    cal_and_overrides: tuple[WorkCalendar, CalendarOverrides], d: date
) -> None:
    cal, _ = cal_and_overrides
    nxt = cal.next_working_day(d)
    assert nxt > d and cal.is_working_day(nxt)
    assert cal.working_days_between(d + ONE, nxt) == [nxt]
    run = cal.non_working_run(d)
    if run is None:
        assert cal.is_working_day(d)
    else:
        first, last = run
        assert first <= d <= last
        assert cal.working_days_between(first, last) == []
        assert cal.is_working_day(first - ONE) and cal.is_working_day(last + ONE)
        assert cal.first_working_days_after(d, 1) == [last + ONE]


@settings(max_examples=100, deadline=None)
@given(dates)
def test_the_statutory_calendar(d: date) -> None:
    working = CAL.is_working_day(d)
    if d.weekday() < 5:
        assert working == (CAL.holiday_name(d) is None)
    elif working:
        assert _package_weekend_workday(d)


@pytest.mark.parametrize("year", range(2015, 2031))
def test_every_tet_break_contains_lunar_new_year(year: int) -> None:
    first, last = CAL.tet_break(year)
    assert first <= CAL.lunar_new_year(year) <= last
    assert 5 <= (last - first).days + 1 <= 10
