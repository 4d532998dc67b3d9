"""Time sources. Services ask a clock, so the demo and the tests can fix time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")


class Clock:
    def now_utc(self) -> datetime:
        return datetime.now(UTC)

    def now_local(self) -> datetime:
        return self.now_utc().astimezone(LOCAL)

    def today(self) -> date:
        return self.now_local().date()

    def local_time(self) -> time:
        return self.now_local().time().replace(microsecond=0)


@dataclass
class FixedClock(Clock):
    """A clock that stands still (or is moved by hand): deterministic demo data and tests."""

    at: datetime

    def now_utc(self) -> datetime:
        return self.at.astimezone(UTC)

    def set_local(self, d: date, t: time) -> None:
        self.at = datetime.combine(d, t, tzinfo=LOCAL)
