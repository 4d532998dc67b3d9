"""What the units screen reads besides services.queries: a unit's posts, its schedule and the calendar notices.

Plain SQL through the engine, as services.queries does, returning plain data (never live ORM objects); run in a
worker. Candidates for services.queries once another screen needs them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import bindparam, text

from officedesk.errors import UserError
from officedesk.rules import schedule as sched
from officedesk.services import org
from officedesk.services.context import Ctx
from officedesk.services.inspections import roster_unit_ids


def _d(v: Any) -> date | None:
    return v if v is None or isinstance(v, date) else date.fromisoformat(str(v))


def posts(ctx: Ctx, unit_id: str, day: date) -> list[dict[str, Any]]:
    """The unit's posts (not retired) with the officers assigned on `day`, names in Vietnamese order."""
    with ctx.db.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text("""
            SELECT p.id, p.code, p.name, p.required FROM post p
            WHERE p.unit_id = :u AND p.deleted_at IS NULL ORDER BY p.code"""), {"u": unit_id})]
        # valid_to is the first day without the post, as the inspections read it.
        officers = conn.execute(text("""
            SELECT pa.post_id, s.full_name, s.code FROM post_assignment pa JOIN staff s ON s.id = pa.staff_id
            JOIN post p ON p.id = pa.post_id
            WHERE p.unit_id = :u AND pa.deleted_at IS NULL AND pa.valid_from <= :d
              AND (pa.valid_to IS NULL OR pa.valid_to > :d)
            ORDER BY s.sort_key, s.code"""), {"u": unit_id, "d": day}).all()
    names: dict[str, list[str]] = {}
    codes: dict[str, list[str]] = {}
    for post_id, full_name, code in officers:
        names.setdefault(post_id, []).append(full_name)
        codes.setdefault(post_id, []).append(code)
    for r in rows:
        r["required"] = bool(r["required"])
        r["officers"] = names.get(r["id"], [])
        r["officer_codes"] = codes.get(r["id"], [])
    return rows


def officer_choices(ctx: Ctx, unit_id: str, day: date, current: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Who may hold a post of the unit from `day`: its staff and its sub-units' (the inspection's roster), not
    gone by then, the officers holding it now (`current` codes) first, each with where they work if elsewhere."""
    with ctx.db.session() as s:
        units = roster_unit_ids(s, unit_id)
    current = set(current)
    with ctx.db.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text(
            "SELECT s.id, s.code, s.full_name, s.position, s.unit_id, u.name AS unit_name, s.left_on "
            "FROM staff s JOIN unit u ON u.id = s.unit_id WHERE s.deleted_at IS NULL "
            "AND (s.unit_id IN :units OR s.code IN :current) ORDER BY s.sort_key, s.code").bindparams(
                bindparam("units", expanding=True), bindparam("current", expanding=True)),
            {"units": units, "current": sorted(current) or [""]})]
    chosen = []
    for r in rows:
        left_on = _d(r["left_on"])
        if r["code"] not in current and left_on is not None and left_on <= day:
            continue
        r["where"] = "" if r["unit_id"] == unit_id else r["unit_name"]
        chosen.append(r)
    return sorted(chosen, key=lambda r: r["code"] not in current)  # stable: Vietnamese order within each


@dataclass(frozen=True)
class VersionRow:
    valid_from: date
    valid_to: date | None
    version: sched.ScheduleVersion


@dataclass(frozen=True)
class ScheduleInfo:
    code: str
    name: str
    # The unit whose setting applies: the unit itself, a parent, or "" for the province's default schedule.
    set_on_unit: str
    own: bool
    versions: tuple[VersionRow, ...]
    in_force: sched.ScheduleVersion | None
    problem: str  # why nothing is in force, already a sentence for the user


def schedule(ctx: Ctx, unit_id: str, day: date) -> ScheduleInfo | None:
    """The schedule a unit follows (its own, else a parent's, else the default) and the version in force on day."""
    with ctx.db.engine.connect() as conn:
        current: str | None = unit_id
        schedule_id: str | None = None
        set_on, set_on_id = "", ""
        while current and schedule_id is None:
            row = conn.execute(text("SELECT schedule_id, parent_id, name FROM unit WHERE id = :u"),
                               {"u": current}).first()
            if row is None:
                break
            if row[0]:
                schedule_id, set_on, set_on_id = row[0], row[2], current
            current = row[1]
        if schedule_id is None:
            schedule_id = conn.execute(text("SELECT id FROM schedule WHERE is_default AND deleted_at IS NULL")).scalar()
        if schedule_id is None:
            return None
        head = conn.execute(text("SELECT code, name FROM schedule WHERE id = :s"), {"s": schedule_id}).one()
        raw = conn.execute(text("SELECT valid_from, valid_to, rules_json FROM schedule_version WHERE schedule_id = :s "
                                "AND deleted_at IS NULL ORDER BY valid_from"), {"s": schedule_id}).all()
    versions = []
    for valid_from, valid_to, rules in raw:
        # The period comes from the columns: closing a version on a newer one's first day updates them, not the
        # rules' snapshot.
        v = sched.from_json(json.loads(rules))
        versions.append(VersionRow(_d(valid_from) or v.valid_from, _d(valid_to), v))
    in_force: sched.ScheduleVersion | None = None
    problem = ""
    try:
        with ctx.db.session() as s:
            in_force = org.schedule_for_unit(s, unit_id, day)
    except UserError as exc:
        problem = str(exc)
    return ScheduleInfo(code=head[0], name=head[1], set_on_unit=set_on, own=set_on_id == unit_id,
                        versions=tuple(versions), in_force=in_force, problem=problem)


def calendar_overrides(ctx: Ctx) -> list[dict[str, Any]]:
    """Days worked or taken off by notice, the newest first."""
    with ctx.db.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text(
            "SELECT id, day, kind, note FROM calendar_override WHERE deleted_at IS NULL ORDER BY day DESC"))]
    for r in rows:
        r["day"] = _d(r["day"])
    return rows
