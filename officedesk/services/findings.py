"""What else an inspection finds: other violations, corrective actions, photos, notes and conclusions."""

from __future__ import annotations

import hashlib
import io
from datetime import date, time

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update
from sqlmodel import col

from officedesk.domain.enums import ActionStatus
from officedesk.domain.tables import (
    Attachment,
    CorrectiveAction,
    Inspection,
    Violation,
    ViolationCategory,
    utcnow,
)
from officedesk.errors import NotFoundError, PermissionDenied, UserError
from officedesk.rules.text import nfc
from officedesk.services import audit, queries
from officedesk.services.context import Ctx
from officedesk.services.guards import editable_inspection, load_inspection
from officedesk.services.permissions import Action, require

# Photos are kept inside the database; a long side of 1600 px keeps a counter readable at ~200–400 KB.
PHOTO_MAX_SIDE = 1600
PHOTO_QUALITY = 82


def _tr(s: str) -> str:
    return QCoreApplication.translate("Findings", s)


def add_violation(ctx: Ctx, inspection_id: str, *, category_code: str, description: str = "",
                  staff_id: str | None = None) -> str:
    with ctx.db.session() as s:
        editable_inspection(s, ctx, inspection_id)
        cat_id = s.execute(select(col(ViolationCategory.id))
                           .where(col(ViolationCategory.code) == category_code)).scalar()
        if cat_id is None:
            raise NotFoundError(_tr("No violation category {0}.").format(category_code))
        v = Violation(installation_id=ctx.installation_id, inspection_id=inspection_id, category_id=cat_id,
                      description=nfc(description), staff_id=staff_id)
        s.add(v)
        s.flush()
        audit.record(s, ctx, "violation.add", "violation", v.id, {"category": category_code, "staff": staff_id})
        return v.id


def remove_violation(ctx: Ctx, violation_id: str) -> None:
    with ctx.db.session() as s:
        v = s.get(Violation, violation_id)
        if v is None:
            raise NotFoundError(_tr("No such violation."))
        editable_inspection(s, ctx, v.inspection_id)
        s.execute(update(Violation).where(col(Violation.id) == violation_id).values(deleted_at=utcnow()))
        audit.record(s, ctx, "violation.remove", "violation", violation_id, {})


def add_action(ctx: Ctx, inspection_id: str, *, description: str, owner: str = "",
               deadline: date | None = None, finding_ref: str = "") -> str:
    """An action agreed at the inspection. `finding_ref` (a "ref" of queries.inspection_findings) names the finding
    it answers; the finding's words, as the minutes print them, are kept with the action."""
    description = nfc(description)
    if not description:
        raise UserError(_tr("Describe the corrective action."))
    with ctx.db.session() as s:
        insp = editable_inspection(s, ctx, inspection_id)
        if deadline is not None and deadline < insp.visit_date:
            raise UserError(_tr("The deadline is before the inspection's day."))
        finding = ""
        if finding_ref:
            answered = next((f for f in queries.inspection_findings(ctx, inspection_id, s.connection())
                             if f["ref"] == finding_ref), None)
            if answered is None:
                raise UserError(_tr("That finding is not one of this inspection's."))
            finding = queries.finding_words_vi(answered)
        a = CorrectiveAction(installation_id=ctx.installation_id, inspection_id=inspection_id, unit_id=insp.unit_id,
                             description=description, owner=nfc(owner), deadline=deadline, finding=finding,
                             finding_ref=finding_ref)
        s.add(a)
        s.flush()
        audit.record(s, ctx, "action.add", "corrective_action", a.id,
                     {"deadline": deadline, "owner": owner, "finding": finding_ref})
        return a.id


def remove_action(ctx: Ctx, action_id: str) -> None:
    """Take back an action set a moment ago on a draft's screen (its undo); kept as a tombstone, audited."""
    with ctx.db.session() as s:
        a = s.get(CorrectiveAction, action_id)
        if a is None or a.deleted_at is not None:
            raise NotFoundError(_tr("No such corrective action."))
        editable_inspection(s, ctx, a.inspection_id)
        s.execute(update(CorrectiveAction).where(col(CorrectiveAction.id) == action_id).values(deleted_at=utcnow()))
        audit.record(s, ctx, "action.remove", "corrective_action", action_id, {})


def update_action(ctx: Ctx, action_id: str, *, status: ActionStatus, note: str = "",
                  done_on: date | None = None) -> None:
    """Units report back after the inspection; actions are not locked by the sign-off."""
    require(ctx.actor.role, Action.UPDATE_ACTIONS)
    with ctx.db.session() as s:
        a = s.get(CorrectiveAction, action_id)
        if a is None:
            raise NotFoundError(_tr("No such corrective action."))
        if ctx.actor.role == "unit_head" and ctx.actor.unit_id != a.unit_id:
            raise PermissionDenied(_tr("You can update only your own unit's corrective actions."))
        status = ActionStatus(status)
        s.execute(update(CorrectiveAction).where(col(CorrectiveAction.id) == action_id).values(
            status=status, progress_note=nfc(note),
            done_on=(done_on or ctx.clock.today()) if status == ActionStatus.DONE else None, updated_at=utcnow()))
        audit.record(s, ctx, "action.update", "corrective_action", action_id, {"status": status, "note": note})


def downscale_photo(data: bytes) -> tuple[bytes, str, int, int]:
    """A JPEG no larger than PHOTO_MAX_SIDE, EXIF orientation applied and metadata (GPS…) dropped."""
    from PIL import Image, ImageOps, UnidentifiedImageError
    from pillow_heif import register_heif_opener

    register_heif_opener()  # iPhones' HEIC photos; registering again is harmless
    try:
        img: Image.Image = Image.open(io.BytesIO(data))
        img = ImageOps.exif_transpose(img)
    except (UnidentifiedImageError, OSError):
        raise UserError(_tr("This file is not a picture OfficeDesk can read.")) from None
    img.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE))
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=PHOTO_QUALITY, optimize=True)
    return out.getvalue(), "image/jpeg", img.width, img.height


def add_attachment(ctx: Ctx, inspection_id: str, data: bytes, caption: str = "") -> str:
    small, mime, width, height = downscale_photo(data)
    with ctx.db.session() as s:
        editable_inspection(s, ctx, inspection_id)
        a = Attachment(installation_id=ctx.installation_id, inspection_id=inspection_id, caption=nfc(caption),
                       mime=mime, sha256=hashlib.sha256(small).hexdigest(), width=width, height=height, data=small)
        s.add(a)
        s.flush()
        audit.record(s, ctx, "attachment.add", "attachment", a.id, {"sha256": a.sha256, "caption": caption})
        return a.id


def remove_attachment(ctx: Ctx, attachment_id: str) -> None:
    with ctx.db.session() as s:
        a = s.get(Attachment, attachment_id)
        if a is None:
            raise NotFoundError(_tr("No such photo."))
        editable_inspection(s, ctx, a.inspection_id)
        s.execute(update(Attachment).where(col(Attachment.id) == attachment_id)
                  .values(deleted_at=utcnow()))
        audit.record(s, ctx, "attachment.remove", "attachment", attachment_id, {})


TEXT_FIELDS = ("notes", "conclusions", "recommendations", "unit_representative", "unit_representative_title",
               "minute_taker", "place_text")


def set_text(ctx: Ctx, inspection_id: str, **fields: str) -> None:
    unknown = set(fields) - set(TEXT_FIELDS)
    if unknown:
        raise ValueError(f"unknown fields {unknown}")
    with ctx.db.session() as s:
        editable_inspection(s, ctx, inspection_id)
        values: dict[str, object] = {k: nfc(v) if k != "notes" else v.strip() for k, v in fields.items()}
        values["updated_at"] = utcnow()
        s.execute(update(Inspection).where(col(Inspection.id) == inspection_id).values(**values))
        audit.record(s, ctx, "inspection.text", "inspection", inspection_id, {k: fields[k] for k in fields})


def set_end_time(ctx: Ctx, inspection_id: str, end_time: time) -> None:
    with ctx.db.session() as s:
        insp = editable_inspection(s, ctx, inspection_id)
        if end_time < insp.check_time:
            raise UserError(_tr("The inspection cannot end before it started."))
        s.execute(update(Inspection).where(col(Inspection.id) == inspection_id).values(end_time=end_time,
                                                                                       updated_at=utcnow()))
        audit.record(s, ctx, "inspection.end_time", "inspection", inspection_id, {"end_time": end_time})


def inspection_exists(ctx: Ctx, inspection_id: str) -> bool:
    with ctx.db.session() as s:
        try:
            load_inspection(s, inspection_id)
        except NotFoundError:
            return False
        return True
