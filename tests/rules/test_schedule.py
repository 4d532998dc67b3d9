from __future__ import annotations

import json
from datetime import date, time, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from officedesk.rules.schedule import (
    NoScheduleError,
    ScheduleVersion,
    Season,
    Session,
    coverage_gaps,
    from_json,
    hai_duong_2024,
    lao_cai_default,
    pick_version,
    season_for,
    session_at,
    to_json,
)

HD = hai_duong_2024()


def _season(
    name: str, start: tuple[int, int], end: tuple[int, int], hours: tuple[int, int, int, int]
) -> Season:
    m1, m2, a1, a2 = hours
    return Season(
        name,
        start,
        end,
        Session("morning", time(m1, 30), time(m2, 0)),
        Session("afternoon", time(a1, 0), time(a2, 0)),
    )


# Thái Nguyên's winter, 15/10–14/04, with a summer filling the rest of the year.
THAI_NGUYEN = ScheduleVersion(
    valid_from=date(2023, 1, 1),
    valid_to=None,
    seasons=(
        _season("Mùa đông", (10, 15), (4, 14), (7, 11, 13, 17)),
        _season("Mùa hè", (4, 15), (10, 14), (7, 11, 14, 17)),
    ),
)


@pytest.mark.parametrize(
    ("d", "season", "morning", "afternoon"),
    [
        (date(2024, 2, 15), "Mùa đông", (time(7, 30), time(12, 0)), (time(13, 0), time(16, 30))),
        (date(2024, 3, 31), "Mùa đông", (time(7, 30), time(12, 0)), (time(13, 0), time(16, 30))),
        (date(2024, 4, 1), "Mùa hè", (time(7, 0), time(11, 30)), (time(13, 30), time(17, 0))),
        (date(2024, 10, 31), "Mùa hè", (time(7, 0), time(11, 30)), (time(13, 30), time(17, 0))),
        (date(2024, 11, 1), "Mùa đông", (time(7, 30), time(12, 0)), (time(13, 0), time(16, 30))),
        (date(2024, 12, 31), "Mùa đông", (time(7, 30), time(12, 0)), (time(13, 0), time(16, 30))),
        (date(2025, 1, 1), "Mùa đông", (time(7, 30), time(12, 0)), (time(13, 0), time(16, 30))),
        (date(2024, 2, 29), "Mùa đông", (time(7, 30), time(12, 0)), (time(13, 0), time(16, 30))),
    ],
)
def test_hai_duong_seasons(
    d: date, season: str, morning: tuple[time, time], afternoon: tuple[time, time]
) -> None:
    s = season_for(pick_version([HD], d), d)
    assert s.name == season
    assert (s.morning.start, s.morning.end) == morning
    assert (s.afternoon.start, s.afternoon.end) == afternoon


def test_lao_cai_sample() -> None:
    v = lao_cai_default()
    winter = season_for(v, date(2025, 2, 3))
    summer = season_for(v, date(2025, 6, 2))
    assert (winter.morning.start, winter.afternoon.start) == (time(7, 30), time(13, 30))
    assert (summer.morning.end, summer.afternoon.start, summer.afternoon.end) == (
        time(11, 30),
        time(14, 0),
        time(17, 0),
    )
    assert coverage_gaps(v) == []


def test_wrapping_window() -> None:
    winter = THAI_NGUYEN.seasons[0]
    assert winter.wraps
    assert season_for(THAI_NGUYEN, date(2024, 10, 15)) is winter
    assert season_for(THAI_NGUYEN, date(2025, 4, 14)) is winter
    assert season_for(THAI_NGUYEN, date(2025, 4, 15)).name == "Mùa hè"
    assert winter.window(date(2025, 2, 15)) == (date(2024, 10, 15), date(2025, 4, 14))
    assert winter.window(date(2024, 11, 20)) == (date(2024, 10, 15), date(2025, 4, 14))
    assert THAI_NGUYEN.seasons[1].window(date(2025, 7, 1)) == (date(2025, 4, 15), date(2025, 10, 14))
    with pytest.raises(NoScheduleError):
        winter.window(date(2025, 7, 1))


def test_session_at() -> None:
    winter = season_for(HD, date(2024, 2, 15))
    assert session_at(winter, time(6, 0)).name == "morning"
    assert session_at(winter, time(7, 40)).name == "morning"
    assert session_at(winter, time(12, 0)).name == "morning"
    assert session_at(winter, time(12, 0, 1)).name == "afternoon"
    assert session_at(winter, time(12, 30)).name == "afternoon"  # lunch belongs to the afternoon's arrivals
    assert session_at(winter, time(16, 0)).name == "afternoon"
    assert session_at(winter, time(20, 0)).name == "afternoon"


def test_pick_version_effective_dating() -> None:
    old = ScheduleVersion(date(2020, 1, 1), date(2024, 1, 1), THAI_NGUYEN.seasons)
    new = ScheduleVersion(date(2024, 1, 1), None, HD.seasons)
    assert pick_version([old, new], date(2023, 12, 31)) is old
    assert pick_version([old, new], date(2024, 1, 1)) is new  # valid_to is exclusive
    assert pick_version([new, old], date(2030, 1, 1)) is new
    with pytest.raises(NoScheduleError, match="19/12/2019"):
        pick_version([old, new], date(2019, 12, 19))
    with pytest.raises(ValueError):
        pick_version([], date(2024, 1, 1))
    # An open-ended version is superseded by one that starts later.
    forever = ScheduleVersion(date(2010, 1, 1), None, THAI_NGUYEN.seasons)
    assert pick_version([forever, new], date(2025, 5, 5)) is new
    assert pick_version([forever, new], date(2023, 5, 5)) is forever
    rival = ScheduleVersion(date(2024, 1, 1), None, THAI_NGUYEN.seasons)
    with pytest.raises(ValueError, match="two different"):
        pick_version([new, rival], date(2025, 5, 5))
    assert pick_version([new, hai_duong_2024()], date(2025, 5, 5)) == new


def test_no_schedule_error_is_a_value_error() -> None:
    assert issubclass(NoScheduleError, ValueError)


def test_gaps_and_leap_day() -> None:
    partial = ScheduleVersion(date(2024, 1, 1), None, (_season("Xuân", (1, 1), (2, 28), (7, 11, 13, 17)),))
    assert season_for(partial, date(2024, 2, 29)).name == "Xuân"  # 29/02 follows 28/02
    with pytest.raises(NoScheduleError):
        season_for(partial, date(2024, 3, 1))
    gaps = coverage_gaps(partial)
    assert (3, 1) in gaps and (12, 31) in gaps and (2, 29) not in gaps
    assert len(gaps) == 366 - 31 - 29
    assert coverage_gaps(HD) == [] and coverage_gaps(THAI_NGUYEN) == []


@pytest.mark.parametrize(
    "build",
    [
        lambda: Session("morning", time(12, 0), time(7, 30)),
        lambda: Session("evening", time(7, 0), time(8, 0)),  # type: ignore[arg-type]
        lambda: _season("x", (2, 30), (3, 1), (7, 11, 13, 17)),
        lambda: _season("x", (13, 1), (3, 1), (7, 11, 13, 17)),
        lambda: Season(
            "x",
            (1, 1),
            (12, 31),
            Session("morning", time(7), time(14)),
            Session("afternoon", time(13), time(17)),
        ),
        lambda: Season(
            "x",
            (1, 1),
            (12, 31),
            Session("afternoon", time(7), time(11)),
            Session("morning", time(13), time(17)),
        ),
        lambda: ScheduleVersion(date(2024, 1, 1), date(2024, 1, 1), HD.seasons),
        lambda: ScheduleVersion(date(2024, 1, 1), None, ()),
        lambda: ScheduleVersion(date(2024, 1, 1), None, HD.seasons, late_grace_min=-1),
        lambda: ScheduleVersion(date(2024, 1, 1), None, HD.seasons + THAI_NGUYEN.seasons),  # overlapping
    ],
)
def test_invalid_schedules_are_refused(build: Any) -> None:
    with pytest.raises(ValueError):
        build()


def test_json_snapshot_is_stable() -> None:
    data = to_json(HD)
    assert data == {
        "format": 1,
        "valid_from": "2024-01-01",
        "valid_to": None,
        "late_grace_min": 5,
        "early_grace_min": 5,
        "grace_counts_from_start": True,
        "seasons": [
            {
                "name": "Mùa đông",
                "start": "11-01",
                "end": "03-31",
                "morning": {"start": "07:30", "end": "12:00"},
                "afternoon": {"start": "13:00", "end": "16:30"},
            },
            {
                "name": "Mùa hè",
                "start": "04-01",
                "end": "10-31",
                "morning": {"start": "07:00", "end": "11:30"},
                "afternoon": {"start": "13:30", "end": "17:00"},
            },
        ],
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    assert from_json(json.loads(text)) == HD
    assert json.dumps(to_json(from_json(json.loads(text))), sort_keys=True, ensure_ascii=False) == text


def test_json_round_trip_keeps_seconds_and_settings() -> None:
    v = ScheduleVersion(
        date(2025, 3, 1),
        date(2026, 3, 1),
        (
            Season(
                "Cả năm",
                (1, 1),
                (12, 31),
                Session("morning", time(7, 30, 15), time(11, 30)),
                Session("afternoon", time(13, 30), time(17, 0)),
            ),
        ),
        late_grace_min=0,
        early_grace_min=10,
        grace_counts_from_start=False,
    )
    data = to_json(v)
    assert data["seasons"][0]["morning"]["start"] == "07:30:15"
    assert from_json(data) == v


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("format",), 2),
        (("format",), "1"),
        (("valid_from",), "01/01/2024"),
        (("valid_to",), 20250101),
        (("late_grace_min",), True),
        (("late_grace_min",), "5"),
        (("grace_counts_from_start",), 1),
        (("seasons",), {}),
        (("seasons", 0, "start"), "11/01"),
        (("seasons", 0, "start"), "13-01"),
        (("seasons", 0, "morning", "start"), "07:30+07:00"),
        (("seasons", 0, "morning", "end"), "noon"),
        (("seasons", 0, "afternoon"), None),
    ],
)
def test_malformed_snapshots_raise_value_error(path: tuple[Any, ...], value: Any) -> None:
    data: Any = to_json(HD)
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValueError):
        from_json(data)


@pytest.mark.parametrize(
    "key", ["format", "valid_from", "seasons", "late_grace_min", "grace_counts_from_start"]
)
def test_missing_keys_raise_value_error(key: str) -> None:
    data = to_json(HD)
    del data[key]
    with pytest.raises(ValueError, match=key):
        from_json(data)


def test_a_season_that_is_not_an_object() -> None:
    data = to_json(HD)
    data["seasons"] = ["winter"]
    with pytest.raises(ValueError):
        from_json(data)


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


@st.composite
def versions(draw: st.DrawFn) -> ScheduleVersion:
    """Two seasons that split the year at two random days, with random hours."""
    a, b = sorted(draw(st.lists(st.integers(0, 364), min_size=2, max_size=2, unique=True)))
    base = date(2001, 1, 1)  # a common year: every day has a successor in the same yearly cycle

    def md(offset: int) -> tuple[int, int]:
        d = base + timedelta(days=offset % 365)
        return d.month, d.day

    def hours() -> tuple[Session, Session]:
        m1, m2, a1, a2 = sorted(
            draw(st.lists(st.integers(5 * 60, 19 * 60), min_size=4, max_size=4, unique=True))
        )
        return Session("morning", _clock(m1), _clock(m2)), Session("afternoon", _clock(a1), _clock(a2))

    first = Season("A", md(a), md(b - 1), *hours())
    second = Season("B", md(b), md(a - 1), *hours())
    start = draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
    end = draw(st.none() | st.integers(1, 4000).map(lambda n: start + timedelta(days=n)))
    return ScheduleVersion(
        start,
        end,
        (first, second),
        late_grace_min=draw(st.integers(0, 30)),
        early_grace_min=draw(st.integers(0, 30)),
        grace_counts_from_start=draw(st.booleans()),
    )


@settings(max_examples=60, deadline=None)
@given(versions(), st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)))
def test_generated_versions(v: ScheduleVersion, d: date) -> None:
    assert from_json(json.loads(json.dumps(to_json(v)))) == v
    assert coverage_gaps(v) == [] or coverage_gaps(v) == [(2, 29)]
    season = season_for(v, d)
    first, last = season.window(d)
    assert first <= d <= last
    assert sum(s.covers(d) for s in v.seasons) <= 1


@given(st.times(), st.times())
def test_session_at_switches_once(t1: time, t2: time) -> None:
    winter = HD.seasons[0]
    early, late = sorted((t1, t2))
    if session_at(winter, early).name == "afternoon":
        assert session_at(winter, late).name == "afternoon"
    assert (session_at(winter, t1).name == "morning") == (t1 <= winter.morning.end)
