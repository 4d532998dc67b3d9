"""Sign-off, amendments and the canonical content a sign-off's SHA-256 covers (docs/canonical-json.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, insert, inspect, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from officedesk.domain.enums import InspectionState, Role, SignBlock
from officedesk.domain.tables import (
    Attachment,
    Campaign,
    Inspection,
    NumberCounter,
    Observation,
    PostCheck,
    Signatory,
    SignOff,
    Violation,
    ViolationCategory,
    new_id,
    utcnow,
)
from officedesk.errors import LockedError, PermissionDenied, UserError
from officedesk.rules.text import nfc
from officedesk.services import audit
from officedesk.services.canonical import sha256_hex
from officedesk.services.context import Ctx
from officedesk.services.guards import editable_inspection, load_inspection, require_member
from officedesk.services.permissions import Action, require


def _tr(s: str) -> str:
    return QCoreApplication.translate("SignOff", s)


@dataclass(frozen=True)
class SignatoryInput:
    block: SignBlock
    full_name: str
    title: str = ""
    role: str = ""
    signature_png: bytes | None = None


def canonical_content(s: Session, inspection_id: str) -> dict[str, Any]:
    """What a sign-off vouches for. Rows are sorted by stable keys so every laptop builds the same document."""
    insp = load_inspection(s, inspection_id)
    head = {k: getattr(insp, k) for k in (
        "id", "lineage_id", "version", "supersedes_id", "amendment_reason", "campaign_id", "unit_id", "visit_date",
        "check_time", "end_time", "place_text", "unit_representative", "unit_representative_title", "minute_taker",
        "notes", "conclusions", "recommendations", "number_text")}
    head["schedule"] = json.loads(insp.schedule_json) if insp.schedule_json else None
    obs_cols = ("staff_id", "status", "arrival_time", "departure_time", "minutes_late", "minutes_early", "session",
                "excuse_reason", "document_no", "note")
    observations = [dict(zip(obs_cols, r, strict=True)) for r in s.execute(
        select(*(getattr(Observation, c) for c in obs_cols)).where(
            col(Observation.inspection_id) == inspection_id, col(Observation.deleted_at).is_(None))
        .order_by(col(Observation.staff_id)))]
    post_cols = ("post_id", "state", "proposed_state", "override_reason", "present_names")
    posts = [dict(zip(post_cols, r, strict=True)) for r in s.execute(
        select(*(getattr(PostCheck, c) for c in post_cols))
        .where(col(PostCheck.inspection_id) == inspection_id).order_by(col(PostCheck.post_id)))]
    violations = [{"id": r[0], "category": r[1], "description": r[2], "staff_id": r[3]} for r in s.execute(
        select(col(Violation.id), col(ViolationCategory.code), col(Violation.description),
               col(Violation.staff_id))
        .join(ViolationCategory, col(ViolationCategory.id) == Violation.category_id)
        .where(col(Violation.inspection_id) == inspection_id, col(Violation.deleted_at).is_(None))
        .order_by(col(Violation.id)))]
    attachments = [{"sha256": r[0], "caption": r[1]} for r in s.execute(
        select(col(Attachment.sha256), col(Attachment.caption)).where(
            col(Attachment.inspection_id) == inspection_id, col(Attachment.deleted_at).is_(None))
        .order_by(col(Attachment.sha256), col(Attachment.caption)))]
    return {"format": "officedesk-inspection/1", "inspection": head, "observations": observations,
            "posts": posts, "violations": violations, "attachments": attachments}


def content_hash(s: Session, inspection_id: str) -> str:
    return sha256_hex(canonical_content(s, inspection_id))


def _number_for(s: Session, ctx: Ctx, insp: Inspection) -> tuple[int, str]:
    """Keep the lineage's number on re-signing; otherwise the next number of this installation's counter."""
    earlier = s.execute(select(col(Inspection.number), col(Inspection.number_text)).where(
        col(Inspection.lineage_id) == insp.lineage_id, col(Inspection.number).is_not(None))
        .order_by(col(Inspection.version)).limit(1)).first()
    if earlier is not None and earlier[0] is not None:  # the query keeps only numbered versions
        return int(earlier[0]), str(earlier[1])
    code = ctx.installation_code
    counter = s.get(NumberCounter, (insp.campaign_id, code))
    if counter is None:
        counter = NumberCounter(campaign_id=insp.campaign_id, installation_code=code, last_number=0)
        s.add(counter)
    counter.last_number += 1
    s.flush()
    symbol = s.execute(select(col(Campaign.number_symbol))
                       .where(col(Campaign.id) == insp.campaign_id)).scalar_one()
    # The installation's code keeps two offline laptops from issuing the same number: "07/BB-ĐKT-A1".
    return counter.last_number, f"{counter.last_number:02d}/{symbol}-{code}"


def sign_off(ctx: Ctx, inspection_id: str, signatories: Sequence[SignatoryInput], *,
             end_time: time | None = None) -> str:
    """Record the signatures and lock the inspection. Returns the sign-off's id."""
    with ctx.db.session() as s:
        insp = load_inspection(s, inspection_id)
        if ctx.actor.role == Role.UNIT_HEAD:
            require(ctx.actor.role, Action.SIGN_AS_UNIT_HEAD)
            if ctx.actor.unit_id != insp.unit_id:
                raise PermissionDenied(_tr("You can sign only inspections of your own unit."))
            method, needed = "account", {SignBlock.UNIT}
        else:
            require_member(s, ctx, insp.campaign_id, Action.SIGN_ON_SPOT)
            method, needed = "on_spot", {SignBlock.UNIT, SignBlock.TEAM}
        if insp.state == InspectionState.SIGNED:
            raise LockedError(_tr("This inspection is already signed."))
        editable_inspection(s, ctx, inspection_id, Action.VIEW)
        blocks = {SignBlock(sg.block) for sg in signatories}
        if method == "account" and blocks - {SignBlock.UNIT}:
            # Collecting the team's signatures is signing on the spot, which a unit head may not do.
            raise PermissionDenied(_tr("A unit head signs only the unit's block; the team signs for itself."))
        missing = needed - blocks
        if missing:
            raise UserError(_tr("Signatures are missing: {0}.").format(", ".join(sorted(b.value for b in missing))))
        for sg in signatories:
            if not nfc(sg.full_name):
                raise UserError(_tr("Every signatory needs a name."))
        unmarked = s.execute(select(func.count()).select_from(Observation).where(
            col(Observation.inspection_id) == inspection_id,
            col(Observation.unmarked).is_(True))).scalar_one()
        if unmarked:
            raise UserError(_tr("{0} people are not marked yet: mark them or use 'everyone else present'.")
                            .format(unmarked))
        end = end_time or insp.end_time or ctx.clock.local_time()
        number, number_text = _number_for(s, ctx, insp)
        unit_sig = next((sg for sg in signatories if sg.block == SignBlock.UNIT), None)
        minutes_sig = next((sg for sg in signatories if sg.block == SignBlock.MINUTES), None)
        values: dict[str, object] = {"end_time": end, "number": number, "number_text": number_text,
                                     "updated_at": utcnow()}
        if unit_sig is not None:
            values["unit_representative"] = nfc(unit_sig.full_name)
            values["unit_representative_title"] = nfc(unit_sig.title)
        if minutes_sig is not None:
            values["minute_taker"] = nfc(minutes_sig.full_name)
        s.execute(update(Inspection).where(col(Inspection.id) == inspection_id).values(**values))
        s.flush()
        digest = content_hash(s, inspection_id)
        signoff_id = new_id()
        s.add(SignOff(id=signoff_id, installation_id=ctx.installation_id, inspection_id=inspection_id,
                      user_id=ctx.actor.user_id, signed_at=ctx.clock.now_utc(), method=method, content_hash=digest))
        s.flush()
        for sg in signatories:
            s.add(Signatory(installation_id=ctx.installation_id, signoff_id=signoff_id, block=SignBlock(sg.block),
                            full_name=nfc(sg.full_name), title=nfc(sg.title), role=nfc(sg.role),
                            signature_png=sg.signature_png))
        s.flush()
        # Last: from here on the triggers refuse any change to this version.
        s.execute(update(Inspection).where(col(Inspection.id) == inspection_id).values(
            state=InspectionState.SIGNED, content_hash=digest))
        audit.record(s, ctx, "inspection.sign", "inspection", inspection_id,
                     {"hash": digest, "number": number_text, "method": method,
                      "signatories": [{"block": sg.block, "name": nfc(sg.full_name)} for sg in signatories]})
        return signoff_id


def amend(ctx: Ctx, inspection_id: str, reason: str) -> str:
    """A new draft version of a signed inspection; the signed one stays as it was. Returns the new id."""
    reason = nfc(reason)
    if not reason:
        raise UserError(_tr("An amendment needs a reason."))
    with ctx.db.session() as s:
        old = load_inspection(s, inspection_id)
        require_member(s, ctx, old.campaign_id, Action.AMEND)
        if old.state != InspectionState.SIGNED:
            raise UserError(_tr("Only a signed inspection is amended; a draft is edited directly."))
        latest = s.execute(select(func.max(col(Inspection.version))).where(
            col(Inspection.lineage_id) == old.lineage_id)).scalar_one()
        if latest != old.version:
            raise UserError(_tr("This inspection already has a newer version."))
        new = Inspection(**{k: getattr(old, k) for k in Inspection.model_fields if k not in (
            "id", "created_at", "updated_at", "state", "content_hash", "version", "supersedes_id",
            "amendment_reason", "installation_id")})
        new.id = new_id()
        new.installation_id = ctx.installation_id
        new.version = old.version + 1
        new.supersedes_id = old.id
        new.amendment_reason = reason
        new.state = InspectionState.DRAFT
        new.created_by = ctx.actor.user_id
        s.add(new)
        s.flush()
        now = utcnow()
        for table in (Observation, PostCheck, Violation, Attachment):
            columns = inspect(table).local_table.c  # the model's Table, i.e. its __table__
            cols = [c.name for c in columns
                    if c.name not in ("id", "inspection_id", "created_at", "updated_at", "installation_id")]
            rows = s.execute(select(*(columns[c] for c in cols)).where(columns.inspection_id == old.id)).all()
            if rows:
                s.execute(insert(table), [
                    {**dict(zip(cols, r, strict=True)), "id": new_id(), "inspection_id": new.id, "created_at": now,
                     "updated_at": now, "installation_id": ctx.installation_id} for r in rows])
        audit.record(s, ctx, "inspection.amend", "inspection", new.id,
                     {"supersedes": old.id, "version": new.version, "reason": reason})
        return new.id


@dataclass(frozen=True)
class SignedProblem:
    inspection_id: str
    number_text: str | None
    problem: str


def verify_signed(s: Session) -> list[SignedProblem]:
    """Recompute every signed version's hash; a difference means its rows were changed behind the app's back."""
    problems: list[SignedProblem] = []
    rows = s.execute(select(col(Inspection.id), col(Inspection.number_text), col(Inspection.content_hash))
                     .where(col(Inspection.state) == InspectionState.SIGNED)
                     .order_by(col(Inspection.visit_date), col(Inspection.id))).all()
    signoffs = {r[0]: r[1] for r in s.execute(select(col(SignOff.inspection_id), col(SignOff.content_hash)))}
    for insp_id, number_text, stored in rows:
        actual = content_hash(s, insp_id)
        if stored != actual or signoffs.get(insp_id) != actual:
            problems.append(SignedProblem(insp_id, number_text, "content changed after signing"))
    return problems
