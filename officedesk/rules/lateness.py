"""Late arrivals, early departures, and the one status each person gets in an inspection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from officedesk.domain.enums import Status
from officedesk.rules.schedule import ScheduleVersion, season_for, session_at

_MICROS_PER_MINUTE = 60_000_000

# Statuses of people who came to work; the others are absences of one kind or another.
CAME_TO_WORK = frozenset({Status.ON_TIME, Status.LATE, Status.LEFT_EARLY})


def _micros(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


def whole_minutes_between(earlier: time, later: time) -> int:
    """Whole minutes from earlier to later, the seconds dropped; 0 when later is not after earlier."""
    return max(0, (_micros(later) - _micros(earlier)) // _MICROS_PER_MINUTE)


def minutes_late(
    session_start: time, arrival: time, grace_min: int, grace_counts_from_start: bool = True
) -> int:
    """Minutes late, or 0 when on time.

    The arrival is late when the whole minutes since the start exceed the grace (07:30 start, 5 minutes' grace:
    07:35:59 is on time, 07:36:00 is late). DOMAIN.md's default reports those minutes counted from the start (6);
    the other reading, Frappe HRMS's "consider grace period", counts them from the end of the grace (1).
    """
    count = whole_minutes_between(session_start, arrival)
    if count <= grace_min:
        return 0
    return count if grace_counts_from_start else count - grace_min


def minutes_early(session_end: time, departure: time, grace_min: int) -> int:
    """Whole minutes from the departure to the session's end when they exceed the grace, else 0."""
    count = whole_minutes_between(departure, session_end)
    return count if count > grace_min else 0


@dataclass(frozen=True)
class Classified:
    status: Status
    minutes_late: int
    minutes_early: int
    session: str | None


def classify(
    chosen: Status,
    *,
    version: ScheduleVersion,
    day: date,
    check_time: time,
    arrival: time | None = None,
    departure: time | None = None,
) -> Classified:
    """The status an observation records, once the times typed in are checked against the schedule.

    The inspector's mark is corrected only where the times decide it: "late" within grace is on time, "on time" with
    an arrival beyond grace is late, and "left early" within the early-leave grace is not a departure to record (the
    arrival then decides). Absences pass through unchanged: the inspector knows why someone is away, the clock does not.
    minutes_late is kept for anyone who came with a known arrival (a late arrival who also left early keeps both);
    minutes_early only for LEFT_EARLY. The session is the one the check time falls in.
    """
    chosen = Status(chosen)  # a plain string read back from storage works too
    season = season_for(version, day)
    session = session_at(season, check_time)
    if chosen not in CAME_TO_WORK:
        return Classified(chosen, 0, 0, session.name)

    late = 0
    if arrival is not None:
        late = minutes_late(session.start, arrival, version.late_grace_min, version.grace_counts_from_start)
    if chosen == Status.LEFT_EARLY:
        if departure is None:
            return Classified(Status.LEFT_EARLY, late, 0, session.name)
        early = minutes_early(session.end, departure, version.early_grace_min)
        if early > 0:
            return Classified(Status.LEFT_EARLY, late, early, session.name)
    if arrival is None:
        # Without a time the mark stands: a "late" with no arrival is someone not yet arrived at the check.
        status = Status.ON_TIME if chosen == Status.LEFT_EARLY else chosen
        return Classified(status, 0, 0, session.name)
    return Classified(Status.LATE if late else Status.ON_TIME, late, 0, session.name)


def present_at_check(
    status: Status, arrival: time | None, check_time: time, departure: time | None = None
) -> bool:
    """Whether the person was at work at the check time (a required post is empty when none of its people are)."""
    if status == Status.ON_TIME:
        return True
    if status == Status.LATE:
        return arrival is not None and arrival <= check_time
    if status == Status.LEFT_EARLY:
        return departure is None or departure > check_time
    return False
