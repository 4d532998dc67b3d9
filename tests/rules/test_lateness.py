from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from officedesk.domain.enums import Status
from officedesk.rules.lateness import (
    Classified,
    classify,
    minutes_early,
    minutes_late,
    present_at_check,
    whole_minutes_between,
)
from officedesk.rules.schedule import NoScheduleError, ScheduleVersion, Season, Session, hai_duong_2024

HD = hai_duong_2024()
WINTER_DAY = date(2024, 2, 15)  # winter: 7:30–12:00, 13:00–16:30
SUMMER_DAY = date(2024, 6, 3)  # summer: 7:00–11:30, 13:30–17:00
START = time(7, 30)


@pytest.mark.parametrize(
    ("arrival", "from_start", "expected"),
    [
        (time(7, 0), True, 0),
        (time(7, 30), True, 0),
        (time(7, 35), True, 0),
        (time(7, 35, 59), True, 0),
        (time(7, 35, 59, 999_999), True, 0),
        (time(7, 36, 0), True, 6),
        (time(7, 42, 10), True, 12),
        (time(7, 52), True, 22),
        (time(7, 35, 59), False, 0),
        (time(7, 36, 0), False, 1),
        (time(7, 42, 10), False, 7),
    ],
)
def test_minutes_late_spec_examples(arrival: time, from_start: bool, expected: int) -> None:
    assert minutes_late(START, arrival, 5, from_start) == expected


def test_minutes_late_without_grace() -> None:
    assert minutes_late(START, time(7, 30, 59), 0) == 0
    assert minutes_late(START, time(7, 31), 0) == 1
    assert minutes_late(START, time(7, 31), 0, grace_counts_from_start=False) == 1


@pytest.mark.parametrize(
    ("departure", "expected"),
    [
        (time(16, 30), 0),
        (time(17, 0), 0),
        (time(16, 25), 0),
        (time(16, 24, 1), 0),  # 5 min 59 s early counts as 5: within grace
        (time(16, 24), 6),
        (time(16, 0), 30),
        (time(14, 0, 30), 149),
    ],
)
def test_minutes_early(departure: time, expected: int) -> None:
    assert minutes_early(time(16, 30), departure, 5) == expected


def _classify(chosen: Status, check: time, day: date = WINTER_DAY, **times: time | None) -> Classified:
    return classify(chosen, version=HD, day=day, check_time=check, **times)


def test_scenario_tuan_arrives_at_0752() -> None:
    assert _classify(Status.LATE, time(7, 40), arrival=time(7, 52)) == Classified(
        Status.LATE, 22, 0, "morning"
    )


@pytest.mark.parametrize(
    ("chosen", "check", "arrival", "departure", "expected"),
    [
        (Status.LATE, time(7, 40), time(7, 35, 59), None, Classified(Status.ON_TIME, 0, 0, "morning")),
        (Status.LATE, time(7, 40), None, None, Classified(Status.LATE, 0, 0, "morning")),
        (Status.ON_TIME, time(7, 40), time(7, 36), None, Classified(Status.LATE, 6, 0, "morning")),
        (Status.ON_TIME, time(7, 40), None, None, Classified(Status.ON_TIME, 0, 0, "morning")),
        (Status.ON_TIME, time(7, 40), time(7, 20), None, Classified(Status.ON_TIME, 0, 0, "morning")),
        (Status.EXCUSED, time(7, 40), time(9, 0), None, Classified(Status.EXCUSED, 0, 0, "morning")),
        (Status.UNEXCUSED, time(14, 0), None, None, Classified(Status.UNEXCUSED, 0, 0, "afternoon")),
        (Status.LEFT_POST, time(9, 0), time(7, 50), None, Classified(Status.LEFT_POST, 0, 0, "morning")),
        # Left early: minutes to the end of the session the check falls in (12:00 in winter mornings).
        (Status.LEFT_EARLY, time(11, 0), None, time(10, 30), Classified(Status.LEFT_EARLY, 0, 90, "morning")),
        (
            Status.LEFT_EARLY,
            time(11, 0),
            time(7, 45),
            time(10, 30),
            Classified(Status.LEFT_EARLY, 15, 90, "morning"),
        ),
        (Status.LEFT_EARLY, time(16, 28), None, time(16, 26), Classified(Status.ON_TIME, 0, 0, "afternoon")),
        (
            Status.LEFT_EARLY,
            time(16, 28),
            time(13, 20),
            time(16, 26),
            Classified(Status.LATE, 20, 0, "afternoon"),
        ),
        (Status.LEFT_EARLY, time(15, 0), None, None, Classified(Status.LEFT_EARLY, 0, 0, "afternoon")),
        # An afternoon check measures arrivals against the afternoon's start.
        (Status.LATE, time(14, 0), time(13, 10), None, Classified(Status.LATE, 10, 0, "afternoon")),
        (Status.LATE, time(12, 30), time(13, 2), None, Classified(Status.ON_TIME, 0, 0, "afternoon")),
    ],
)
def test_classify(
    chosen: Status, check: time, arrival: time | None, departure: time | None, expected: Classified
) -> None:
    assert _classify(chosen, check, arrival=arrival, departure=departure) == expected


def test_classify_in_summer_and_with_the_other_grace_reading() -> None:
    assert _classify(Status.ON_TIME, time(7, 20), SUMMER_DAY, arrival=time(7, 12)) == Classified(
        Status.LATE, 12, 0, "morning"
    )
    other = replace(HD, grace_counts_from_start=False)
    got = classify(Status.ON_TIME, version=other, day=SUMMER_DAY, check_time=time(7, 20), arrival=time(7, 12))
    assert got == Classified(Status.LATE, 7, 0, "morning")
    strict = replace(HD, late_grace_min=0, early_grace_min=0)
    got = classify(
        Status.LEFT_EARLY, version=strict, day=WINTER_DAY, check_time=time(16, 29), departure=time(16, 29)
    )
    assert got == Classified(Status.LEFT_EARLY, 0, 1, "afternoon")


def test_classify_accepts_stored_strings() -> None:
    got = classify("late", version=HD, day=WINTER_DAY, check_time=time(7, 40), arrival=time(7, 52))  # type: ignore[arg-type]
    assert got.status is Status.LATE


def test_classify_outside_the_seasons_raises() -> None:
    spring_only = ScheduleVersion(
        date(2024, 1, 1),
        None,
        (
            Season(
                "Xuân",
                (1, 1),
                (3, 31),
                Session("morning", time(7, 30), time(11, 30)),
                Session("afternoon", time(13, 30), time(17)),
            ),
        ),
    )
    with pytest.raises(NoScheduleError):
        classify(Status.ON_TIME, version=spring_only, day=date(2024, 6, 3), check_time=time(8))


@pytest.mark.parametrize(
    ("status", "arrival", "departure", "expected"),
    [
        (Status.ON_TIME, None, None, True),
        (Status.ON_TIME, time(7, 20), None, True),
        (Status.LATE, None, None, False),
        (Status.LATE, time(7, 52), None, False),
        (Status.LATE, time(7, 40), None, True),
        (Status.LATE, time(7, 39, 59), None, True),
        (Status.EXCUSED, None, None, False),
        (Status.UNEXCUSED, time(7, 0), None, False),
        (Status.LEFT_POST, time(7, 0), None, False),
        (Status.LEFT_EARLY, time(7, 0), None, True),
        (Status.LEFT_EARLY, None, time(7, 41), True),
        (Status.LEFT_EARLY, None, time(7, 40), False),
        (Status.LEFT_EARLY, None, time(7, 0), False),
    ],
)
def test_present_at_check(
    status: Status, arrival: time | None, departure: time | None, expected: bool
) -> None:
    assert present_at_check(status, arrival, time(7, 40), departure) is expected


def _reference_late(start: time, arrival: time, grace: int, from_start: bool) -> int:
    day = date(2024, 2, 15)
    delta = datetime.combine(day, arrival) - datetime.combine(day, start)
    whole = int(delta / timedelta(minutes=1)) if delta > timedelta(0) else 0
    if whole <= grace:
        return 0
    return whole if from_start else whole - grace


graces = st.integers(0, 60)


@given(st.times(), st.times(), graces, st.booleans())
def test_minutes_late_matches_datetime_arithmetic(
    start: time, arrival: time, grace: int, from_start: bool
) -> None:
    assert minutes_late(start, arrival, grace, from_start) == _reference_late(
        start, arrival, grace, from_start
    )


@given(st.times(), st.times(), st.times(), graces, st.booleans())
def test_minutes_late_is_monotone_in_arrival(
    start: time, a1: time, a2: time, grace: int, from_start: bool
) -> None:
    early, late = sorted((a1, a2))
    assert minutes_late(start, early, grace, from_start) <= minutes_late(start, late, grace, from_start)


@given(st.times(), st.integers(0, 2 * 3600), graces, st.booleans())
def test_zero_within_grace_then_more_than_grace(
    start: time, seconds_late: int, grace: int, from_start: bool
) -> None:
    base = datetime.combine(date(2024, 2, 15), start)
    arrival = base + timedelta(seconds=seconds_late)
    if arrival.date() != base.date():
        return
    got = minutes_late(start, arrival.time(), grace, from_start)
    if arrival - base < timedelta(minutes=grace + 1):
        assert got == 0
    else:
        assert got > (grace if from_start else 0)


@given(st.times(), st.times(), graces)
def test_minutes_early_matches_datetime_arithmetic(end: time, departure: time, grace: int) -> None:
    day = date(2024, 2, 15)
    delta = datetime.combine(day, end) - datetime.combine(day, departure)
    whole = int(delta / timedelta(minutes=1)) if delta > timedelta(0) else 0
    assert minutes_early(end, departure, grace) == (whole if whole > grace else 0)
    assert whole_minutes_between(departure, end) == whole


@given(
    st.sampled_from(list(Status)),
    st.times(),
    st.none() | st.times(),
    st.none() | st.times(),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
)
def test_classify_is_consistent(
    chosen: Status, check: time, arrival: time | None, departure: time | None, day: date
) -> None:
    got = classify(chosen, version=HD, day=day, check_time=check, arrival=arrival, departure=departure)
    assert got.session in ("morning", "afternoon")
    assert got.minutes_late >= 0 and got.minutes_early >= 0
    assert (got.status == Status.LATE) <= (got.minutes_late > 0 or arrival is None)
    assert (got.status == Status.ON_TIME) <= (got.minutes_late == 0)
    assert got.minutes_early == 0 or got.status == Status.LEFT_EARLY
    if chosen in (Status.EXCUSED, Status.UNEXCUSED, Status.LEFT_POST):
        assert got == Classified(chosen, 0, 0, got.session)
    else:
        assert got.status in (Status.ON_TIME, Status.LATE, Status.LEFT_EARLY)
