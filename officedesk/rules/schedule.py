"""Working hours as effective-dated data: versions, seasons (summer/winter) and the two daily sessions.

A province changes its hours by notice, so nothing here is a constant: an inspection stores the version it used
(`to_json`) and is judged against that snapshot forever after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from typing import Any, Literal

from dateutil.relativedelta import relativedelta
from dateutil.rrule import DAILY, rrule

SessionName = Literal["morning", "afternoon"]
MonthDay = tuple[int, int]

SNAPSHOT_FORMAT = 1
# A leap year, so that a season may name 29/02 and the coverage checks see every calendar day.
_REFERENCE_YEAR = 2000


class NoScheduleError(ValueError):
    """No schedule version, or no season of it, covers the day asked about."""


@dataclass(frozen=True)
class Session:
    name: SessionName
    start: time
    end: time

    def __post_init__(self) -> None:
        if self.name not in ("morning", "afternoon"):
            raise ValueError(f"unknown session {self.name!r}")
        if not self.start < self.end:
            raise ValueError(f"the {self.name} session must end after it starts ({self.start}–{self.end})")


def _valid_month_day(md: MonthDay) -> None:
    try:
        date(_REFERENCE_YEAR, md[0], md[1])
    except (ValueError, TypeError, IndexError) as exc:
        raise ValueError(f"not a day of the year (month, day): {md!r}") from exc


def _on(year: int, md: MonthDay) -> date:
    # relativedelta clamps 29/02 to 28/02 in common years instead of failing.
    return date(year, 1, 1) + relativedelta(month=md[0], day=md[1])


@dataclass(frozen=True)
class Season:
    """A yearly window, both ends included; it wraps the year end when it starts after it ends (winter 01/11–31/03)."""

    name: str
    start: MonthDay
    end: MonthDay
    morning: Session
    afternoon: Session

    def __post_init__(self) -> None:
        _valid_month_day(self.start)
        _valid_month_day(self.end)
        if self.morning.name != "morning" or self.afternoon.name != "afternoon":
            raise ValueError(f"season {self.name!r}: sessions must be a morning and an afternoon")
        if self.morning.end > self.afternoon.start:
            raise ValueError(f"season {self.name!r}: the morning must end before the afternoon starts")

    @property
    def wraps(self) -> bool:
        return self.start > self.end

    def covers(self, d: date) -> bool:
        md = (d.month, d.day)
        if self.wraps:
            return md >= self.start or md <= self.end
        return self.start <= md <= self.end

    def window(self, d: date) -> tuple[date, date]:
        """The dates this season runs in the occurrence containing d (winter 2024–25 for 15/02/2025)."""
        if not self.covers(d):
            raise NoScheduleError(f"season {self.name!r} does not cover {d:%d/%m/%Y}")
        if not self.wraps:
            return _on(d.year, self.start), _on(d.year, self.end)
        if (d.month, d.day) >= self.start:
            return _on(d.year, self.start), _on(d.year + 1, self.end)
        return _on(d.year - 1, self.start), _on(d.year, self.end)

    @property
    def sessions(self) -> tuple[Session, Session]:
        return self.morning, self.afternoon


@cache
def _reference_days() -> tuple[date, ...]:
    start = datetime(_REFERENCE_YEAR, 1, 1)
    return tuple(
        dt.date() for dt in rrule(DAILY, dtstart=start, until=start + relativedelta(years=1, days=-1))
    )


@dataclass(frozen=True)
class ScheduleVersion:
    """The hours in force from valid_from until valid_to (excluded; None while in force)."""

    valid_from: date
    valid_to: date | None
    seasons: tuple[Season, ...]
    late_grace_min: int = 5
    early_grace_min: int = 5
    grace_counts_from_start: bool = True

    def __post_init__(self) -> None:
        if self.valid_to is not None and self.valid_to <= self.valid_from:
            raise ValueError("a schedule must end after it starts")
        if not self.seasons:
            raise ValueError("a schedule needs at least one season")
        if self.late_grace_min < 0 or self.early_grace_min < 0:
            raise ValueError("grace periods cannot be negative")
        for d in _reference_days():
            names = [s.name for s in self.seasons if s.covers(d)]
            if len(names) > 1:
                raise ValueError(f"seasons {', '.join(names)} overlap on {d:%d/%m}")

    def covers(self, d: date) -> bool:
        return self.valid_from <= d and (self.valid_to is None or d < self.valid_to)


def coverage_gaps(version: ScheduleVersion) -> list[MonthDay]:
    """Calendar days (month, day) no season covers, for the settings screen to warn about."""
    return [
        (d.month, d.day)
        for d in _reference_days()
        if not any(s.covers(d) for s in version.seasons) and not _leap_day_falls_back(version, d)
    ]


def _leap_day_falls_back(version: ScheduleVersion, d: date) -> bool:
    return (d.month, d.day) == (2, 29) and any(s.covers(d.replace(day=28)) for s in version.seasons)


def pick_version(versions: Sequence[ScheduleVersion], d: date) -> ScheduleVersion:
    """The version in force on d; when several are, the one that started last has superseded the others."""
    found = [v for v in versions if v.covers(d)]
    if not found:
        raise NoScheduleError(f"no working-hours schedule covers {d:%d/%m/%Y}")
    latest = max(v.valid_from for v in found)
    winners = [v for v in found if v.valid_from == latest]
    if len(winners) > 1 and any(w != winners[0] for w in winners):
        raise ValueError(f"two different schedules start on {latest:%d/%m/%Y}")
    return winners[0]


def season_for(version: ScheduleVersion, d: date) -> Season:
    for season in version.seasons:
        if season.covers(d):
            return season
    # A season written to end on 28/02 still holds on 29/02 in a leap year: notices are written for common years.
    if (d.month, d.day) == (2, 29):
        return season_for(version, d.replace(day=28))
    raise NoScheduleError(f"no season of the schedule from {version.valid_from:%d/%m/%Y} covers {d:%d/%m/%Y}")


def session_at(season: Season, moment: time) -> Session:
    """Before or during the morning (its last minute included) is the morning; after it, lunch included, the afternoon."""
    return season.morning if moment <= season.morning.end else season.afternoon


def hai_duong_2024() -> ScheduleVersion:
    """Hải Dương's hours as published (DOMAIN.md)."""
    return ScheduleVersion(
        valid_from=date(2024, 1, 1),
        valid_to=None,
        seasons=(
            Season(
                "Mùa đông",
                (11, 1),
                (3, 31),
                Session("morning", time(7, 30), time(12, 0)),
                Session("afternoon", time(13, 0), time(16, 30)),
            ),
            Season(
                "Mùa hè",
                (4, 1),
                (10, 31),
                Session("morning", time(7, 0), time(11, 30)),
                Session("afternoon", time(13, 30), time(17, 0)),
            ),
        ),
    )


def lao_cai_default() -> ScheduleVersion:
    """Fictional hours for the demo province (Lào Cai has not been checked): same mornings, a later summer afternoon."""
    return ScheduleVersion(
        valid_from=date(2020, 1, 1),
        valid_to=None,
        seasons=(
            Season(
                "Mùa đông",
                (10, 1),
                (3, 31),
                Session("morning", time(7, 30), time(11, 30)),
                Session("afternoon", time(13, 30), time(17, 0)),
            ),
            Season(
                "Mùa hè",
                (4, 1),
                (9, 30),
                Session("morning", time(7, 30), time(11, 30)),
                Session("afternoon", time(14, 0), time(17, 0)),
            ),
        ),
    )


def _time_text(t: time) -> str:
    return t.isoformat(timespec="minutes" if t.second == 0 and t.microsecond == 0 else "seconds")


def _month_day_text(md: MonthDay) -> str:
    return f"{md[0]:02d}-{md[1]:02d}"


def _session_json(s: Session) -> dict[str, Any]:
    return {"start": _time_text(s.start), "end": _time_text(s.end)}


def to_json(version: ScheduleVersion) -> dict[str, Any]:
    """A plain-JSON snapshot; the same version always gives the same dict (store it with json.dumps(sort_keys=True))."""
    return {
        "format": SNAPSHOT_FORMAT,
        "valid_from": version.valid_from.isoformat(),
        "valid_to": None if version.valid_to is None else version.valid_to.isoformat(),
        "late_grace_min": version.late_grace_min,
        "early_grace_min": version.early_grace_min,
        "grace_counts_from_start": version.grace_counts_from_start,
        "seasons": [
            {
                "name": s.name,
                "start": _month_day_text(s.start),
                "end": _month_day_text(s.end),
                "morning": _session_json(s.morning),
                "afternoon": _session_json(s.afternoon),
            }
            for s in version.seasons
        ],
    }


def _field(data: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    if key not in data:
        raise ValueError(f"schedule snapshot: missing {key!r}")
    value = data[key]
    # bool is an int in Python; a grace of `true` minutes is a corrupt snapshot, not 1.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ValueError(f"schedule snapshot: {key!r} has the wrong type")
    return value


def _date(text: str, key: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"schedule snapshot: bad {key!r}: {text!r}") from exc


def _time(text: str, key: str) -> time:
    try:
        parsed = time.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"schedule snapshot: bad {key!r}: {text!r}") from exc
    # Office hours are local wall-clock times; an offset would make them incomparable with the check times.
    if parsed.tzinfo is not None:
        raise ValueError(f"schedule snapshot: {key!r} carries a time zone: {text!r}")
    return parsed


def _month_day(text: str, key: str) -> MonthDay:
    month, sep, day = text.partition("-")
    if not (sep and month.isdigit() and day.isdigit()):
        raise ValueError(f"schedule snapshot: bad {key!r}: {text!r}")
    return int(month), int(day)


def _session_from(name: SessionName, data: dict[str, Any]) -> Session:
    return Session(name, _time(_field(data, "start", str), "start"), _time(_field(data, "end", str), "end"))


def from_json(data: dict[str, Any]) -> ScheduleVersion:
    """The version a snapshot describes; ValueError on anything malformed."""
    if _field(data, "format", int) != SNAPSHOT_FORMAT:
        raise ValueError(f"schedule snapshot: unsupported format {data['format']!r}")
    valid_to_text = data.get("valid_to")
    if valid_to_text is not None and not isinstance(valid_to_text, str):
        raise ValueError("schedule snapshot: 'valid_to' has the wrong type")
    seasons = []
    for raw in _field(data, "seasons", list):
        if not isinstance(raw, dict):
            raise ValueError("schedule snapshot: a season is not an object")
        seasons.append(
            Season(
                name=_field(raw, "name", str),
                start=_month_day(_field(raw, "start", str), "start"),
                end=_month_day(_field(raw, "end", str), "end"),
                morning=_session_from("morning", _field(raw, "morning", dict)),
                afternoon=_session_from("afternoon", _field(raw, "afternoon", dict)),
            )
        )
    return ScheduleVersion(
        valid_from=_date(_field(data, "valid_from", str), "valid_from"),
        valid_to=None if valid_to_text is None else _date(valid_to_text, "valid_to"),
        seasons=tuple(seasons),
        late_grace_min=_field(data, "late_grace_min", int),
        early_grace_min=_field(data, "early_grace_min", int),
        grace_counts_from_start=_field(data, "grace_counts_from_start", bool),
    )
