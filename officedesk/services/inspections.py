"""Recording an inspection: open it with its roster, mark each person, check the posts.

Every call is one transaction that commits before it returns: a crash loses nothing acknowledged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, time
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, CursorResult, and_, func, insert, or_, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from officedesk.domain.enums import ExcuseReason, InspectionState, PostState, Status, UnitKind
from officedesk.domain.tables import (
    Campaign,
    CampaignUnit,
    Inspection,
    Observation,
    Post,
    PostAssignment,
    PostCheck,
    Staff,
    Unit,
    new_id,
    utcnow,
)
from officedesk.errors import NotFoundError, UserError
from officedesk.rules import schedule as sched
from officedesk.rules.lateness import classify, present_at_check
from officedesk.rules.text import fold, nfc, vn_sort_key
from officedesk.services import audit
from officedesk.services.context import Ctx
from officedesk.services.guards import editable_inspection, require_member
from officedesk.services.org import schedule_for_unit, work_calendar
from officedesk.services.permissions import Action


def _tr(s: str) -> str:
    return QCoreApplication.translate("Inspections", s)


def roster_unit_ids(s: Session, unit_id: str) -> list[str]:
    """The unit and its sub-units (not other People's Committees or departments under it)."""
    ids = [unit_id]
    frontier = [unit_id]
    while frontier:
        rows = s.execute(select(col(Unit.id)).where(col(Unit.parent_id).in_(frontier),
                                                    col(Unit.kind) == UnitKind.SUB_UNIT,
                                                    col(Unit.deleted_at).is_(None))).scalars().all()
        ids.extend(rows)
        frontier = list(rows)
    return ids


def _on_staff(day: date) -> ColumnElement[bool]:
    return and_(or_(col(Staff.joined_on).is_(None), col(Staff.joined_on) <= day),
                or_(col(Staff.left_on).is_(None), col(Staff.left_on) > day), col(Staff.deleted_at).is_(None))


def open_inspection(ctx: Ctx, *, campaign_id: str, unit_id: str, visit_date: date, check_time: time,
                    id: str | None = None) -> str:
    """A new draft with one unmarked observation per person on the unit's staff that day."""
    if not work_calendar(ctx).is_working_day(visit_date):
        raise UserError(_tr("{0} is not a working day: nobody is late or absent on it.").format(
            visit_date.strftime("%d/%m/%Y")))
    now_local = ctx.clock.now_local()
    if (visit_date, check_time) > (now_local.date(), now_local.time()):
        raise UserError(_tr("The check time is in the future."))
    with ctx.db.session() as s:
        require_member(s, ctx, campaign_id, Action.RECORD)
        campaign = s.get(Campaign, campaign_id)
        unit = s.get(Unit, unit_id)
        if campaign is None or unit is None:
            raise NotFoundError(_tr("No such campaign or unit."))
        version = schedule_for_unit(s, unit_id, visit_date)
        insp_id = id or new_id()
        s.add(Inspection(id=insp_id, installation_id=ctx.installation_id, campaign_id=campaign_id, unit_id=unit_id,
                         lineage_id=insp_id, version=1, state=InspectionState.DRAFT, visit_date=visit_date,
                         check_time=check_time, place_text=unit.name, unit_representative=unit.head_name,
                         unit_representative_title=unit.head_title, created_by=ctx.actor.user_id,
                         schedule_json=json.dumps(sched.to_json(version), ensure_ascii=False, sort_keys=True)))
        s.flush()
        staff_ids = s.execute(select(col(Staff.id)).where(col(Staff.unit_id).in_(roster_unit_ids(s, unit_id)),
                                                          _on_staff(visit_date))).scalars().all()
        now = utcnow()
        if staff_ids:
            s.execute(insert(Observation), [
                {"id": new_id(), "installation_id": ctx.installation_id, "created_at": now, "updated_at": now,
                 "deleted_at": None, "inspection_id": insp_id, "staff_id": sid, "status": Status.ON_TIME,
                 "unmarked": True, "minutes_late": 0, "minutes_early": 0, "session": "", "excuse_reason": "",
                 "document_no": "", "note": ""} for sid in staff_ids])
        planned = s.execute(select(col(CampaignUnit.id), col(CampaignUnit.deleted_at)).where(
            col(CampaignUnit.campaign_id) == campaign_id, col(CampaignUnit.unit_id) == unit_id)).first()
        if planned is None:
            s.add(CampaignUnit(installation_id=ctx.installation_id, campaign_id=campaign_id, unit_id=unit_id))
        elif planned[1] is not None:  # taken out of the plan earlier, inspected after all
            s.execute(update(CampaignUnit).where(col(CampaignUnit.id) == planned[0]).values(
                deleted_at=None, updated_at=utcnow()))
        _propose_posts(s, ctx, insp_id, unit_id, visit_date, check_time)
        audit.record(s, ctx, "inspection.open", "inspection", insp_id,
                     {"unit": unit.code, "date": visit_date, "check_time": check_time, "roster": len(staff_ids)})
        return insp_id


def _propose_posts(s: Session, ctx: Ctx, inspection_id: str, unit_id: str, day: date, check_time: time,
                   only_posts: set[str] | None = None) -> None:
    """Propose each post's state from who is there; an inspector's override (with a reason) is kept."""
    posts = s.execute(select(col(Post.id), col(Post.required)).where(
        col(Post.unit_id).in_(roster_unit_ids(s, unit_id)), col(Post.deleted_at).is_(None))).all()
    if only_posts is not None:
        posts = [p for p in posts if p[0] in only_posts]
    if not posts:
        return
    post_ids = [p[0] for p in posts]
    assigned = s.execute(
        select(col(PostAssignment.post_id), col(Staff.full_name), col(Observation.status),
               col(Observation.arrival_time), col(Observation.departure_time), col(Observation.unmarked))
        .join(Staff, col(Staff.id) == PostAssignment.staff_id)
        .join(Observation, and_(col(Observation.staff_id) == Staff.id,
                                col(Observation.inspection_id) == inspection_id))
        .where(col(PostAssignment.post_id).in_(post_ids), col(PostAssignment.valid_from) <= day,
               or_(col(PostAssignment.valid_to).is_(None), col(PostAssignment.valid_to) > day),
               col(PostAssignment.deleted_at).is_(None))
    ).all()
    # Only people the team has seen are named; a post whose people are not marked yet stays staffed until
    # they are (the screen shows it as waiting), so a half-walked unit does not count empty posts it has not seen.
    present: dict[str, list[str]] = {pid: [] for pid in post_ids}
    waiting: set[str] = set()
    for post_id, name, status, arrival, departure, unmarked in assigned:
        if unmarked:
            waiting.add(post_id)
        elif present_at_check(Status(status), arrival, check_time, departure):
            present[post_id].append(name)
    existing = {r[0]: (r[1], r[2], r[3]) for r in s.execute(
        select(col(PostCheck.post_id), col(PostCheck.id), col(PostCheck.state),
               col(PostCheck.override_reason))
        .where(col(PostCheck.inspection_id) == inspection_id))}
    now = utcnow()
    for post_id, required in posts:
        names = present[post_id]
        proposed = PostState.STAFFED if names or not required or post_id in waiting else PostState.EMPTY
        if post_id in existing:
            check_id, state, reason = existing[post_id]
            values: dict[str, object] = {"proposed_state": proposed, "present_names": ", ".join(names),
                                         "updated_at": now}
            if not reason:
                values["state"] = proposed
            s.execute(update(PostCheck).where(col(PostCheck.id) == check_id).values(**values))
        else:
            s.add(PostCheck(installation_id=ctx.installation_id, inspection_id=inspection_id, post_id=post_id,
                            proposed_state=proposed, state=proposed, present_names=", ".join(names)))
    s.flush()


@dataclass(frozen=True)
class ObservationResult:
    id: str
    status: Status
    minutes_late: int
    minutes_early: int
    unmarked: bool


def set_status(ctx: Ctx, observation_id: str, status: Status, *, arrival: time | None = None,
               departure: time | None = None, reason: ExcuseReason | None = None, document_no: str | None = None,
               note: str | None = None) -> ObservationResult:
    """Mark one person. The flags (minutes late or early, the session) are computed now and stored."""
    status = Status(status)
    with ctx.db.session() as s:
        obs = s.get(Observation, observation_id)
        if obs is None:
            raise NotFoundError(_tr("No such person in this inspection."))
        insp = editable_inspection(s, ctx, obs.inspection_id)
        if status == Status.LATE and arrival is None:
            raise UserError(_tr("Enter the arrival time of a late arrival."))
        now_local = ctx.clock.now_local()
        if arrival is not None and insp.visit_date == now_local.date() and arrival > now_local.time():
            raise UserError(_tr("The arrival time {0} is in the future.").format(arrival.strftime("%H:%M")))
        if (departure is not None and status == Status.LEFT_EARLY and insp.visit_date == now_local.date()
                and departure > now_local.time()):
            raise UserError(_tr("The time {0} they left is in the future.").format(departure.strftime("%H:%M")))
        version = sched.from_json(json.loads(insp.schedule_json))
        result = classify(status, version=version, day=insp.visit_date, check_time=insp.check_time,
                          arrival=arrival if status in (Status.LATE, Status.ON_TIME) else None,
                          departure=departure if status == Status.LEFT_EARLY else None)
        values = {
            "status": result.status, "unmarked": False, "minutes_late": result.minutes_late,
            "minutes_early": result.minutes_early, "session": result.session or "",
            "arrival_time": arrival if result.status in (Status.LATE, Status.ON_TIME) else None,
            "departure_time": departure if result.status == Status.LEFT_EARLY else None,
            "excuse_reason": ExcuseReason(reason).value if reason and result.status == Status.EXCUSED else "",
            "document_no": nfc(document_no or "") if result.status == Status.EXCUSED else "",
            "updated_at": utcnow(),
        }
        if note is not None:
            values["note"] = nfc(note)
        s.execute(update(Observation).where(col(Observation.id) == observation_id).values(**values))
        posts = set(s.execute(select(col(PostAssignment.post_id))
                              .where(col(PostAssignment.staff_id) == obs.staff_id)).scalars())
        if posts:
            _propose_posts(s, ctx, insp.id, insp.unit_id, insp.visit_date, insp.check_time, only_posts=posts)
        audit.record(s, ctx, "observation.set", "observation", observation_id,
                     {"status": result.status, "arrival": values["arrival_time"], "departure": values["departure_time"],
                      "reason": values["excuse_reason"]})
        return ObservationResult(observation_id, result.status, result.minutes_late, result.minutes_early, False)


def mark_rest_present(ctx: Ctx, inspection_id: str) -> int:
    """"Everyone else present": every unmarked person becomes on time. Returns how many."""
    with ctx.db.session() as s:
        insp = editable_inspection(s, ctx, inspection_id)
        stmt = (update(Observation)
                .where(col(Observation.inspection_id) == inspection_id, col(Observation.unmarked).is_(True))
                .values(status=Status.ON_TIME, unmarked=False, minutes_late=0, updated_at=utcnow()))
        # An UPDATE's result is a CursorResult at run time; Session.execute is typed as a plain Result.
        result = cast(CursorResult[Any], s.execute(stmt))
        count = int(result.rowcount or 0)
        _propose_posts(s, ctx, inspection_id, insp.unit_id, insp.visit_date, insp.check_time)
        audit.record(s, ctx, "observation.rest_present", "inspection", inspection_id, {"count": count})
        return count


def restore_observation(ctx: Ctx, observation_id: str, state: dict[str, object]) -> None:
    """Put an observation back as it was (undo): the fields saved by `observation_state`."""
    with ctx.db.session() as s:
        obs = s.get(Observation, observation_id)
        if obs is None:
            raise NotFoundError(_tr("No such person in this inspection."))
        insp = editable_inspection(s, ctx, obs.inspection_id)
        allowed = {"status", "unmarked", "arrival_time", "departure_time", "minutes_late", "minutes_early",
                   "session", "excuse_reason", "document_no", "note"}
        values = {k: v for k, v in state.items() if k in allowed}
        values["updated_at"] = utcnow()
        s.execute(update(Observation).where(col(Observation.id) == observation_id).values(**values))
        _propose_posts(s, ctx, insp.id, insp.unit_id, insp.visit_date, insp.check_time)
        audit.record(s, ctx, "observation.restore", "observation", observation_id, {"status": state.get("status")})


def observation_state(ctx: Ctx, observation_id: str) -> dict[str, object]:
    with ctx.db.session() as s:
        obs = s.get(Observation, observation_id)
        if obs is None:
            raise NotFoundError(_tr("No such person in this inspection."))
        return {k: getattr(obs, k) for k in ("status", "unmarked", "arrival_time", "departure_time", "minutes_late",
                                              "minutes_early", "session", "excuse_reason", "document_no", "note")}


def add_person_on_spot(ctx: Ctx, inspection_id: str, *, full_name: str, position: str = "") -> str:
    """Someone not on the roster (a new hire, a transfer): a staff record and their observation, at once."""
    name = nfc(full_name)
    if not name:
        raise UserError(_tr("Enter the person's full name."))
    with ctx.db.session() as s:
        insp = editable_inspection(s, ctx, inspection_id)
        staff_id = new_id()
        code = f"TT-{staff_id[:8].upper()}"
        s.add(Staff(id=staff_id, installation_id=ctx.installation_id, code=code, full_name=name,
                    sort_key=vn_sort_key(name), search_text=fold(f"{name} {code}"), position=nfc(position),
                    unit_id=insp.unit_id, joined_on=None, added_on_spot=True))
        s.flush()
        obs_id = new_id()
        s.add(Observation(id=obs_id, installation_id=ctx.installation_id, inspection_id=inspection_id,
                          staff_id=staff_id))
        audit.record(s, ctx, "staff.add_on_spot", "staff", staff_id, {"inspection": inspection_id, "name": name})
        return obs_id


@dataclass(frozen=True)
class WithdrawnPerson:
    """What withdraw_person_on_spot took off the roster, for restore_person_on_spot to put back as it was."""

    inspection_id: str
    observation: dict[str, Any]
    staff: dict[str, Any] | None  # None: the staff record stays (it has other observations)


def _row_values(row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in type(row).__table__.columns}


def withdraw_person_on_spot(ctx: Ctx, observation_id: str) -> WithdrawnPerson:
    """Take a person added on the spot off a draft's roster again (the undo of add_person_on_spot).

    Removed outright, not tombstoned: the record was made moments ago on this laptop and never left it; the audit
    log keeps both steps. Only people added on the spot can be withdrawn: the unit's staff list is not edited here."""
    with ctx.db.session() as s:
        obs = s.get(Observation, observation_id)
        if obs is None or obs.deleted_at is not None:
            raise NotFoundError(_tr("This person is no longer on the roster."))
        editable_inspection(s, ctx, obs.inspection_id)
        staff = s.get(Staff, obs.staff_id)
        if staff is None or not staff.added_on_spot:
            raise UserError(_tr("Only a person added on the spot can be taken off the roster."))
        others = s.execute(select(func.count()).select_from(Observation).where(
            col(Observation.staff_id) == staff.id, col(Observation.id) != observation_id)).scalar_one()
        withdrawn = WithdrawnPerson(inspection_id=obs.inspection_id, observation=_row_values(obs),
                                    staff=None if others else _row_values(staff))
        s.delete(obs)
        s.flush()
        if not others:
            s.delete(staff)
        audit.record(s, ctx, "staff.withdraw_on_spot", "staff", staff.id,
                     {"inspection": obs.inspection_id, "name": staff.full_name})
        return withdrawn


def restore_person_on_spot(ctx: Ctx, withdrawn: WithdrawnPerson) -> str:
    """Put a withdrawn person back, with the same ids and what had been recorded for them; returns the observation."""
    with ctx.db.session() as s:
        editable_inspection(s, ctx, withdrawn.inspection_id)
        if withdrawn.staff is not None:
            s.execute(insert(Staff).values(**withdrawn.staff))
        s.execute(insert(Observation).values(**withdrawn.observation))
        staff_id = withdrawn.observation["staff_id"]
        name = withdrawn.staff["full_name"] if withdrawn.staff is not None else ""
        audit.record(s, ctx, "staff.add_on_spot", "staff", staff_id,
                     {"inspection": withdrawn.inspection_id, "name": name, "restored": True})
        return str(withdrawn.observation["id"])


def set_post_state(ctx: Ctx, post_check_id: str, state: PostState, reason: str = "") -> None:
    """The inspector's word on a post; overriding the proposal needs a reason."""
    with ctx.db.session() as s:
        check = s.get(PostCheck, post_check_id)
        if check is None:
            raise NotFoundError(_tr("No such post in this inspection."))
        editable_inspection(s, ctx, check.inspection_id)
        reason = nfc(reason)
        if PostState(state) != check.proposed_state and not reason:
            raise UserError(_tr("Give a reason for changing the post's state from what was observed."))
        s.execute(update(PostCheck).where(col(PostCheck.id) == post_check_id).values(
            state=PostState(state), override_reason=reason if PostState(state) != check.proposed_state else "",
            updated_at=utcnow()))
        audit.record(s, ctx, "post_check.set", "post_check", post_check_id, {"state": state, "reason": reason})


def set_check_time(ctx: Ctx, inspection_id: str, check_time: time) -> None:
    with ctx.db.session() as s:
        insp = editable_inspection(s, ctx, inspection_id)
        now_local = ctx.clock.now_local()
        if insp.visit_date == now_local.date() and check_time > now_local.time():
            raise UserError(_tr("The check time is in the future."))
        s.execute(update(Inspection).where(col(Inspection.id) == inspection_id).values(check_time=check_time,
                                                                                       updated_at=utcnow()))
        s.flush()
        _propose_posts(s, ctx, inspection_id, insp.unit_id, insp.visit_date, check_time)
        audit.record(s, ctx, "inspection.check_time", "inspection", inspection_id, {"check_time": check_time})
