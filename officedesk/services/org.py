"""Units, staff, posts, schedules and calendar overrides: the organisation inspections are made of."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import and_, func, insert, or_, select, text, update
from sqlalchemy.orm import Session
from sqlmodel import col

from officedesk.domain.enums import CalendarDayKind, InspectionState, UnitKind
from officedesk.domain.tables import (
    CalendarOverride,
    Inspection,
    Post,
    PostAssignment,
    PostCheck,
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
    code, name = nfc(code).strip(), nfc(name).strip()
    with ctx.db.session() as s:
        unit_id = _unit_id(s, unit_code)
        _check_post_fields(s, unit_id, code, name)
        post = Post(id=id or new_id(), installation_id=ctx.installation_id, unit_id=unit_id,
                    code=code, name=name, required=required)
        s.add(post)
        s.flush()
        for staff_id in _officer_ids(s, unit_id, staff_codes, valid_from, keep=set()):
            s.add(PostAssignment(installation_id=ctx.installation_id, post_id=post.id, staff_id=staff_id,
                                 valid_from=valid_from))
        audit.record(s, ctx, "post.create", "post", post.id, {"code": code, "name": name, "required": required})
        return post.id


def update_post(ctx: Ctx, post_id: str, *, code: str | None = None, name: str | None = None,
                required: bool | None = None, staff_codes: Iterable[str] | None = None,
                officers_from: date | None = None) -> None:
    """Rename a post, recode it, change whether it must be staffed and, with staff_codes, who holds it.

    The officers change from `officers_from` on (see set_post_officers); the other fields have no history:
    the schema keeps one name per post, so a new name also shows on the post's earlier inspections.
    """
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        post = _live_post(s, post_id)
        new_code = post.code if code is None else nfc(code).strip()
        new_name = post.name if name is None else nfc(name).strip()
        _check_post_fields(s, post.unit_id, new_code, new_name, post_id=post.id)
        changes: dict[str, object] = {}
        for field, value in (("code", new_code), ("name", new_name), ("required", required)):
            if value is not None and value != getattr(post, field):
                setattr(post, field, value)
                changes[field] = value
        if changes:
            post.updated_at = utcnow()
            audit.record(s, ctx, "post.update", "post", post.id, changes)
        if staff_codes is not None:
            _set_officers(s, ctx, post, staff_codes, officers_from or ctx.clock.today())


def set_post_officers(ctx: Ctx, post_id: str, staff_codes: Iterable[str], from_day: date) -> None:
    """The post's officers from `from_day` on; who held it before that day stays on record.

    An officer who stays keeps their assignment; one who goes holds the post until the day before; a new one
    holds it from that day. Past inspections read the assignments of their own day, so they keep their officers.
    """
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        _set_officers(s, ctx, _live_post(s, post_id), staff_codes, from_day)


def retire_post(ctx: Ctx, post_id: str, from_day: date) -> None:
    """The post is no longer checked from `from_day` on: its officers stop holding it that day.

    A post has no end date of its own (adding one needs a schema change), so it is retired with its tombstone,
    which takes effect at once: the day can therefore not be ahead of today. Inspections already made keep their
    check of the post.
    """
    require(ctx.actor.role, Action.MANAGE_ORG)
    with ctx.db.session() as s:
        post = _live_post(s, post_id)
        if from_day > ctx.clock.today():
            raise UserError(_tr("A post is retired from today or an earlier day, not ahead of time: retire it on "
                                "the day it closes."))
        first = s.execute(select(func.min(col(PostAssignment.valid_from))).where(
            col(PostAssignment.post_id) == post.id, col(PostAssignment.deleted_at).is_(None))).scalar()
        if first is not None and from_day < first:
            raise UserError(_tr("The post has existed since {0}; it cannot be retired from an earlier day.").format(
                _day(first)))
        checked = _last_inspected(s, post.id, locked_only=False)
        if checked is not None and from_day <= checked:
            raise UserError(_tr("An inspection of {0} checked this post: retire it from the next day on.").format(
                _day(checked)))
        ended = _end_assignments(s, post.id, from_day, keep=set())
        post.deleted_at = post.updated_at = utcnow()
        audit.record(s, ctx, "post.retire", "post", post.id,
                     {"code": post.code, "from": from_day, "officers_ended": ended})


def _live_post(s: Session, post_id: str) -> Post:
    post = s.get(Post, post_id)
    if post is None:
        raise NotFoundError(_tr("No such post."))
    if post.deleted_at is not None:
        raise UserError(_tr("The post {0} is retired and can no longer be changed.").format(post.code))
    return post


def _check_post_fields(s: Session, unit_id: str, code: str, name: str, post_id: str | None = None) -> None:
    if not code:
        raise UserError(_tr("A post needs a code."))
    if not name:
        raise UserError(_tr("A post needs a name."))
    # Codes are compared as the form compares them: "xa01-mc1" is the same code as "XA01-MC1".
    others = s.execute(select(col(Post.id), col(Post.code)).where(
        col(Post.unit_id) == unit_id, col(Post.deleted_at).is_(None))).all()
    if any(pid != post_id and other.casefold() == code.casefold() for pid, other in others):
        raise UserError(_tr("The unit already has a post with code {0}.").format(code))


def _officer_ids(s: Session, unit_id: str, staff_codes: Iterable[str], day: date, keep: set[str]) -> list[str]:
    """The staff ids of the codes, each checked: on the staff of the post's unit (or a sub-unit) on `day`.

    Officers from elsewhere are refused: an inspection's roster is the unit's staff, so someone from another unit
    would never be seen at the post and it would always be flagged empty. `keep` (ids already holding the post) are
    not checked again.
    """
    from officedesk.services.inspections import roster_unit_ids  # inspections imports this module

    units = set(roster_unit_ids(s, unit_id))
    ids: list[str] = []
    for code in dict.fromkeys(nfc(c) for c in staff_codes):
        row = s.execute(select(col(Staff.id), col(Staff.full_name), col(Staff.unit_id), col(Staff.left_on))
                        .where(col(Staff.code) == code, col(Staff.deleted_at).is_(None))).first()
        if row is None:
            raise NotFoundError(_tr("No staff member with code {0}.").format(code))
        staff_id, full_name, staff_unit, left_on = row
        if staff_id not in keep:
            if staff_unit not in units:
                raise UserError(_tr("{0} works in another unit and cannot hold a post of this one.").format(full_name))
            if left_on is not None and left_on <= day:
                raise UserError(_tr("{0} left the unit on {1} and cannot hold the post from {2}.").format(
                    full_name, _day(left_on), _day(day)))
        ids.append(staff_id)
    return ids


def _set_officers(s: Session, ctx: Ctx, post: Post, staff_codes: Iterable[str], from_day: date) -> None:
    holding = set(s.execute(select(col(PostAssignment.staff_id)).where(
        col(PostAssignment.post_id) == post.id, col(PostAssignment.deleted_at).is_(None),
        col(PostAssignment.valid_from) <= from_day,
        or_(col(PostAssignment.valid_to).is_(None), col(PostAssignment.valid_to) > from_day))).scalars())
    wanted = _officer_ids(s, post.unit_id, staff_codes, from_day, keep=holding)
    if set(wanted) == holding and not _later_rows(s, post.id, from_day):
        return
    # A signed minutes states who held the post that day (it is printed from the assignments): keep it true.
    locked = _last_inspected(s, post.id, locked_only=True)
    if locked is not None and from_day <= locked:
        raise UserError(_tr("An inspection of {0} that is signed or submitted recorded who held this post: "
                            "change the officers from the next day on.").format(_day(locked)))
    ended = _end_assignments(s, post.id, from_day, keep=set(wanted))
    for staff_id in wanted:
        if staff_id not in holding:
            s.add(PostAssignment(installation_id=ctx.installation_id, post_id=post.id, staff_id=staff_id,
                                 valid_from=from_day))
    codes = dict(s.execute(select(col(Staff.id), col(Staff.code)).where(
        col(Staff.id).in_(set(wanted) | holding))).all())
    audit.record(s, ctx, "post.officers", "post", post.id, {
        "from": from_day, "officers": sorted(codes[i] for i in wanted),
        "added": sorted(codes[i] for i in set(wanted) - holding), "ended": ended})


def _later_rows(s: Session, post_id: str, day: date) -> bool:
    """Whether assignments start after `day` or end after it: the officers "from day on" would differ."""
    return s.execute(select(func.count()).select_from(PostAssignment).where(
        col(PostAssignment.post_id) == post_id, col(PostAssignment.deleted_at).is_(None),
        or_(col(PostAssignment.valid_from) > day,
            and_(col(PostAssignment.valid_to).is_not(None), col(PostAssignment.valid_to) > day)))).scalar_one() > 0


def _end_assignments(s: Session, post_id: str, day: date, keep: set[str]) -> int:
    """From `day` on, only the officers in `keep` hold the post, with no end: the others' assignments end the day
    before `day` (valid_to is exclusive), and assignments that would only start on or after it are withdrawn.
    Returns how many assignments ended or were withdrawn."""
    rows = s.execute(select(PostAssignment).where(col(PostAssignment.post_id) == post_id,
                                                  col(PostAssignment.deleted_at).is_(None))).scalars().all()
    now, changed = utcnow(), 0
    for row in rows:
        if row.valid_to is not None and row.valid_to <= day:
            continue  # history before the day
        if row.valid_from >= day and not (row.staff_id in keep and row.valid_from == day):
            row.deleted_at = row.updated_at = now
            changed += row.staff_id not in keep
        elif row.staff_id in keep:
            if row.valid_to is not None:
                row.valid_to, row.updated_at = None, now
        else:
            row.valid_to, row.updated_at = day, now
            changed += 1
    s.flush()
    return changed


def _last_inspected(s: Session, post_id: str, *, locked_only: bool) -> date | None:
    """The latest visit day of an inspection that checked the post (only signed or submitted ones, if asked)."""
    query = (select(func.max(col(Inspection.visit_date))).select_from(PostCheck)
             .join(Inspection, col(Inspection.id) == PostCheck.inspection_id)
             .where(col(PostCheck.post_id) == post_id, col(Inspection.deleted_at).is_(None),
                    col(PostCheck.deleted_at).is_(None)))
    if locked_only:
        query = query.where(col(Inspection.state) != InspectionState.DRAFT)
    return s.execute(query).scalar()


def _day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


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
