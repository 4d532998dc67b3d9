"""Checks shared by the services that change inspections: permission, team membership, the lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import col

from officedesk.domain.enums import InspectionState, Role
from officedesk.domain.tables import CampaignMember, Inspection
from officedesk.errors import LockedError, NotFoundError, PermissionDenied
from officedesk.services.context import Ctx
from officedesk.services.permissions import CAMPAIGN_SCOPED, Action, require


def _tr(s: str) -> str:
    return QCoreApplication.translate("Inspections", s)


def require_member(s: Session, ctx: Ctx, campaign_id: str, action: Action) -> None:
    require(ctx.actor.role, action)
    if ctx.actor.role == Role.ADMIN or action not in CAMPAIGN_SCOPED:
        return
    member = s.execute(select(col(CampaignMember.id)).where(
        col(CampaignMember.campaign_id) == campaign_id, col(CampaignMember.user_id) == ctx.actor.user_id,
        col(CampaignMember.deleted_at).is_(None))).first()
    if member is None:
        raise PermissionDenied(_tr("You are not a member of this campaign's inspection team."))


def load_inspection(s: Session, inspection_id: str) -> Inspection:
    insp = s.get(Inspection, inspection_id)
    if insp is None or insp.deleted_at is not None:
        raise NotFoundError(_tr("No such inspection."))
    return insp


def editable_inspection(s: Session, ctx: Ctx, inspection_id: str, action: Action = Action.RECORD) -> Inspection:
    """The inspection, if this person may change it now: a draft of a campaign they belong to."""
    insp = load_inspection(s, inspection_id)
    require_member(s, ctx, insp.campaign_id, action)
    if insp.state == InspectionState.SIGNED:
        raise LockedError(_tr("This inspection is signed and locked. Make an amendment to change it."))
    latest = s.execute(select(col(Inspection.version)).where(col(Inspection.lineage_id) == insp.lineage_id)
                       .order_by(col(Inspection.version).desc()).limit(1)).scalar_one()
    if latest != insp.version:
        raise LockedError(_tr("This is an earlier version of the inspection; it can be read but not changed."))
    return insp
