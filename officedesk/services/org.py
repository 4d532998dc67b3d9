"""Units, staff, posts, schedules and calendar overrides: the organisation inspections are made of."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session
from sqlmodel import col

from officedesk.domain.enums import CalendarDayKind, UnitKind
from officedesk.domain.tables import (
    CalendarOverride,
    Post,
    PostAssignment,
    Schedule,
    ScheduleVersion,
    Staff,
    Unit,
    new_id,
    utcnow,
)
from officedesk.errors import NotFoundError, UserError
from officedesk.rules import schedule as sched
from officedesk.rules.calendar import CalendarOverrides, WorkCalendar
from officedesk.rules.text import fold, nfc, vn_sort_key
from officedesk.services import audit
from officedesk.services.context import Ctx
from officedesk.services.permissions import Action, require


def _tr(s: str) -> str:
    return QCoreApplication.translate("Org", s)


@dataclass(frozen=True)
class StaffInput:
    code: str
    full_name: str
    position: str
    unit_code: str
    joined_on: date | None = None
    left_on: date | None = None
    clock_user_id: str | None = None
    id: str | None = None


def add_unit(ctx: Ctx, *, code: str, name: str, kind: UnitKind, parent_code: str | None = None,
             head_name: str = "", head_title: str = "", short_name: str = "", address: str = "",
             schedule_code: str | None = None, id: str | None = None) -> str:
    require(ctx.actor.role, Action.MANAGE_ORG)
    code, name = nfc(code), nfc(name)
    if not code or not name:
        raise UserError(_tr("A unit needs a code and a name."))
    with ctx.db.session() as s:
        if s.execute(select(col(Unit.id)).where(col(Unit.code) == code)).first():
            raise UserError(_tr("A unit with code {0} already exists.").format(code))
        parent_id = _unit_id(s, parent_code) if parent_code else None
        schedule_id = _schedule_id(s, schedule_code) if schedule_code else None
        unit = Unit(id=id or new_id(), installation_id=ctx.installation_id, code=code, name=name,
                    short_name=nfc(short_name), kind=UnitKind(kind).value, parent_id=parent_id,
                    head_name=nfc(head_name), head_title=nfc(head_title), address=nfc(address),
                    schedule_id=schedule_id)
        s.add(unit)
        s.flush()
        audit.record(s, ctx, "unit.create", "unit", unit.id, {"code": code, "name": name})
        return unit.id


def _unit_id(s: Session, code: str) -> str:
    row = s.execute(select(col(Unit.id))
                    .where(col(Unit.code) == code, col(Unit.deleted_at).is_(None))).first()
    if row is None:
        raise NotFoundError(_tr("No unit with code {0}.").format(code))
    return str(row[0])


def _schedule_id(s: Session, code: str) -> str:
    row = s.execute(select(col(Schedule.id)).where(col(Schedule.code) == code)).first()
    if row is None:
        raise NotFoundError(_tr("No schedule with code {0}.").format(code))
    return str(row[0])


def add_staff_many(ctx: Ctx, people: Sequence[StaffInput]) -> list[str]:
    """Many staff at once (imports, the demo): one Core executemany, one audit entry."""
    require(ctx.actor.role, Action.MANAGE_ORG)
    now = utcnow()
    with ctx.db.session() as s:
        unit_ids = {r[0]: r[1] for r in s.execute(select(col(Unit.code), col(Unit.id)))}
        existing = {r[0] for r in s.execute(select(col(Staff.code)))}
        rows: list[dict[str, object]] = []
        ids: list[str] = []
        codes: list[str] = []
        for p in people:
            code, name = nfc(p.code), nfc(p.full_name)
            if not code or not name:
                raise UserError(_tr("Every staff member needs a code and a full name."))
            if code in existing:
                raise UserError(_tr("A staff member with code {0} already exists.").format(code))
            if p.unit_code not in unit_ids:
                raise NotFoundError(_tr("No unit with code {0}.").format(p.unit_code))
            existing.add(code)
            ids.append(p.id or new_id())
            codes.append(code)
            rows.append({
                "id": ids[-1], "installation_id": ctx.installation_id, "created_at": now,
                "updated_at": now, "deleted_at": None, "code": code, "full_name": name,
                "sort_key": vn_sort_key(name), "search_text": fold(f"{name} {code}"),
                "position": nfc(p.position), "unit_id": unit_ids[p.unit_code], "joined_on": p.joined_on,
                "left_on": p.left_on, "clock_user_id": p.clock_user_id, "added_on_spot": False,
            })
        if rows:
            s.execute(insert(Staff), rows)
            audit.record(s, ctx, "staff.create_many", "staff", ids[0], {"count": len(rows), "codes": codes})
        return ids


def add_staff(ctx: Ctx, person: StaffInput) -> str:
    return add_staff_many(ctx, [person])[0]


def update_staff(ctx: Ctx, staff_id: str, *, full_name: str | None = None, position: str | None = None,
                 left_on: date | None = None, clock_user_id: str | None = None) -> None:
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        st = s.get(Staff, staff_id)
        if st is None:
            raise NotFoundError(_tr("No such staff member."))
        changes: dict[str, object] = {}
        if full_name is not None:
            st.full_name = nfc(full_name)
            st.sort_key = vn_sort_key(st.full_name)
            changes["full_name"] = st.full_name
        if position is not None:
            st.position = nfc(position)
            changes["position"] = st.position
        if left_on is not None:
            st.left_on = left_on
            changes["left_on"] = left_on
        if clock_user_id is not None:
            st.clock_user_id = clock_user_id
            changes["clock_user_id"] = clock_user_id
        st.search_text = fold(f"{st.full_name} {st.code}")
        st.updated_at = utcnow()
        audit.record(s, ctx, "staff.update", "staff", staff_id, changes)


def add_post(ctx: Ctx, *, unit_code: str, code: str, name: str, required: bool = True,
             staff_codes: Iterable[str] = (), valid_from: date = date(2000, 1, 1), id: str | None = None) -> str:
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        post = Post(id=id or new_id(), installation_id=ctx.installation_id, unit_id=_unit_id(s, unit_code),
                    code=nfc(code), name=nfc(name), required=required)
        s.add(post)
        s.flush()
        for sc in staff_codes:
            staff_id = s.execute(select(col(Staff.id)).where(col(Staff.code) == sc)).scalar_one_or_none()
            if staff_id is None:
                raise NotFoundError(_tr("No staff member with code {0}.").format(sc))
            s.add(PostAssignment(installation_id=ctx.installation_id, post_id=post.id, staff_id=staff_id,
                                 valid_from=valid_from))
        audit.record(s, ctx, "post.create", "post", post.id, {"code": code, "name": name, "required": required})
        return post.id


def add_schedule(ctx: Ctx, *, code: str, name: str, versions: Sequence[sched.ScheduleVersion],
                 is_default: bool = False, id: str | None = None) -> str:
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        if is_default:
            s.execute(text("UPDATE schedule SET is_default = :f"), {"f": False})
        schedule = Schedule(id=id or new_id(), installation_id=ctx.installation_id, code=code, name=nfc(name),
                            is_default=is_default)
        s.add(schedule)
        s.flush()
        for v in versions:
            s.add(ScheduleVersion(installation_id=ctx.installation_id, schedule_id=schedule.id,
                                  valid_from=v.valid_from, valid_to=v.valid_to,
                                  rules_json=_json(sched.to_json(v))))
        audit.record(s, ctx, "schedule.create", "schedule", schedule.id, {"code": code, "versions": len(versions)})
        return schedule.id


def add_schedule_version(ctx: Ctx, schedule_code: str, version: sched.ScheduleVersion) -> None:
    """A new period of rules: the open version before it is closed on the new one's first day."""
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        sid = _schedule_id(s, schedule_code)
        # Close the open version in both places: its column and its stored rules (which the rules read).
        open_rows = s.execute(text("SELECT id, rules_json FROM schedule_version WHERE schedule_id = :s AND "
                                   "valid_to IS NULL AND valid_from < :d AND deleted_at IS NULL"),
                              {"d": version.valid_from, "s": sid}).all()
        for row_id, rules in open_rows:
            closed = dataclasses.replace(sched.from_json(json.loads(rules)), valid_to=version.valid_from)
            s.execute(text("UPDATE schedule_version SET valid_to = :d, rules_json = :r, updated_at = :u "
                           "WHERE id = :i"), {"d": version.valid_from, "r": _json(sched.to_json(closed)),
                                             "u": utcnow(), "i": row_id})
        s.add(ScheduleVersion(installation_id=ctx.installation_id, schedule_id=sid, valid_from=version.valid_from,
                              valid_to=version.valid_to, rules_json=_json(sched.to_json(version))))
        audit.record(s, ctx, "schedule.version", "schedule", sid, {"valid_from": version.valid_from})


def _json(obj: object) -> str:

    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def schedule_for_unit(s: Session, unit_id: str, day: date) -> sched.ScheduleVersion:
    """The rules in force for a unit on a day: its own schedule, else its parents', else the province default."""
    current: str | None = unit_id
    schedule_id: str | None = None
    while current and schedule_id is None:
        row = s.execute(select(col(Unit.schedule_id), col(Unit.parent_id))
                        .where(col(Unit.id) == current)).first()
        if row is None:
            break
        schedule_id, current = row[0], row[1]
    if schedule_id is None:
        schedule_id = s.execute(select(col(Schedule.id)).where(col(Schedule.is_default).is_(True))).scalar()
    if schedule_id is None:
        raise UserError(_tr("No working schedule is set. An administrator sets one under Settings."))
    rows = s.execute(select(col(ScheduleVersion.rules_json)).where(
        col(ScheduleVersion.schedule_id) == schedule_id,
        col(ScheduleVersion.deleted_at).is_(None))).scalars().all()
    versions = [sched.from_json(json.loads(r)) for r in rows]
    try:
        return sched.pick_version(versions, day)
    except ValueError:
        raise UserError(_tr("No working schedule covers {0}.").format(day.strftime("%d/%m/%Y"))) from None


def add_calendar_override(ctx: Ctx, day: date, kind: CalendarDayKind, note: str = "") -> None:
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        # One override per day: a later notice replaces an earlier one (a day cannot be both worked and off).
        s.execute(update(CalendarOverride)
                  .where(col(CalendarOverride.day) == day, col(CalendarOverride.deleted_at).is_(None))
                  .values(deleted_at=utcnow()))
        row = CalendarOverride(installation_id=ctx.installation_id, day=day, kind=CalendarDayKind(kind).value,
                               note=nfc(note))
        s.add(row)
        s.flush()
        audit.record(s, ctx, "calendar.override", "calendar_override", row.id, {"day": day, "kind": kind})


def work_calendar(ctx: Ctx) -> WorkCalendar:
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(select(col(CalendarOverride.day), col(CalendarOverride.kind)).where(
            col(CalendarOverride.deleted_at).is_(None))).all()
    working = frozenset(r[0] for r in rows if r[1] == CalendarDayKind.WORKING)
    off = frozenset(r[0] for r in rows if r[1] == CalendarDayKind.OFF)
    return WorkCalendar(CalendarOverrides(working_days=working, days_off=off))
