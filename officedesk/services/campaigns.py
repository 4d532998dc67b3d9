"""Campaigns: an inspection round with its legal basis, dates, team and the units to inspect."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlmodel import col

from officedesk.domain.enums import TeamRole
from officedesk.domain.tables import Campaign, CampaignMember, CampaignUnit, Unit, UserAccount, new_id
from officedesk.errors import NotFoundError, UserError
from officedesk.rules.text import nfc
from officedesk.services import audit
from officedesk.services.context import Ctx
from officedesk.services.org import work_calendar
from officedesk.services.permissions import Action, require


def _tr(s: str) -> str:
    return QCoreApplication.translate("Campaigns", s)


@dataclass(frozen=True)
class MemberInput:
    full_name: str
    title: str = ""
    team_role: TeamRole = TeamRole.MEMBER
    username: str | None = None


def propose_dates(ctx: Ctx, holiday_day: date, working_days: int = 2) -> tuple[date, date]:
    """The first working days after the holiday that contains `holiday_day`."""
    days = work_calendar(ctx).first_working_days_after(holiday_day, working_days)
    return days[0], days[-1]


def create_campaign(ctx: Ctx, *, code: str, name: str, legal_basis: str, start_date: date, end_date: date,
                    parent_agency: str, agency: str, place: str, number_symbol: str = "BB-ĐKT",
                    members: Sequence[MemberInput] = (), unit_codes: Sequence[str] = (),
                    previous_campaign_code: str | None = None, id: str | None = None) -> str:
    require(ctx.actor.role, Action.MANAGE_CAMPAIGNS)
    code, name = nfc(code), nfc(name)
    if not code or not name:
        raise UserError(_tr("A campaign needs a code and a name."))
    if end_date < start_date:
        raise UserError(_tr("The campaign ends before it starts."))
    with ctx.db.session() as s:
        if s.execute(select(col(Campaign.id)).where(col(Campaign.code) == code)).first():
            raise UserError(_tr("A campaign with code {0} already exists.").format(code))
        prev_id = None
        if previous_campaign_code:
            prev_id = s.execute(select(col(Campaign.id)).where(col(Campaign.code) == previous_campaign_code)).scalar()
            if prev_id is None:
                raise NotFoundError(_tr("No campaign with code {0}.").format(previous_campaign_code))
        campaign = Campaign(id=id or new_id(), installation_id=ctx.installation_id, code=code, name=name,
                            legal_basis=nfc(legal_basis), start_date=start_date, end_date=end_date,
                            parent_agency=nfc(parent_agency), agency=nfc(agency), place=nfc(place),
                            number_symbol=nfc(number_symbol), previous_campaign_id=prev_id)
        s.add(campaign)
        s.flush()
        for m in members:
            user_id = None
            if m.username:
                user_id = s.execute(select(col(UserAccount.id)).where(col(UserAccount.username) == m.username)).scalar()
                if user_id is None:
                    raise NotFoundError(_tr("No account named {0}.").format(m.username))
            s.add(CampaignMember(installation_id=ctx.installation_id, campaign_id=campaign.id, user_id=user_id,
                                 full_name=nfc(m.full_name), title=nfc(m.title), team_role=TeamRole(m.team_role)))
        units: dict[str, str] = {r[0]: r[1] for r in s.execute(select(col(Unit.code), col(Unit.id)))}
        for uc in unit_codes:
            if uc not in units:
                raise NotFoundError(_tr("No unit with code {0}.").format(uc))
            s.add(CampaignUnit(installation_id=ctx.installation_id, campaign_id=campaign.id, unit_id=units[uc]))
        audit.record(s, ctx, "campaign.create", "campaign", campaign.id,
                     {"code": code, "name": name, "units": list(unit_codes), "members": len(members)})
        return campaign.id


def update_campaign(ctx: Ctx, campaign_id: str, *, code: str, name: str, legal_basis: str, start_date: date,
                    end_date: date, parent_agency: str, agency: str, place: str, number_symbol: str = "BB-ĐKT",
                    members: Sequence[MemberInput] = (), unit_codes: Sequence[str] = (),
                    previous_campaign_code: str | None = None) -> None:
    """Change a campaign: its fields, its team and its units. The team and the units given replace the old ones;
    a unit already inspected in the campaign cannot be taken out. Removed rows get a tombstone (sync sees it)
    and come back to life when added again (the pairs are unique)."""
    from officedesk.domain.tables import Inspection, utcnow

    require(ctx.actor.role, Action.MANAGE_CAMPAIGNS)
    code, name = nfc(code), nfc(name)
    if not code or not name:
        raise UserError(_tr("A campaign needs a code and a name."))
    if end_date < start_date:
        raise UserError(_tr("The campaign ends before it starts."))
    member_names = [nfc(m.full_name) for m in members]
    if any(not n for n in member_names):
        raise UserError(_tr("Every team member needs a name."))
    duplicates = sorted({n for n in member_names if member_names.count(n) > 1})
    if duplicates:
        raise UserError(_tr("{0} is in the team twice.").format(duplicates[0]))
    now = utcnow()
    with ctx.db.session() as s:
        campaign = s.get(Campaign, campaign_id)
        if campaign is None or campaign.deleted_at is not None:
            raise NotFoundError(_tr("No such campaign."))
        if s.execute(select(col(Campaign.id)).where(col(Campaign.code) == code, col(Campaign.id) != campaign_id)).first():
            raise UserError(_tr("A campaign with code {0} already exists.").format(code))
        prev_id = None
        if previous_campaign_code:
            prev_id = s.execute(select(col(Campaign.id)).where(col(Campaign.code) == previous_campaign_code)).scalar()
            if prev_id is None:
                raise NotFoundError(_tr("No campaign with code {0}.").format(previous_campaign_code))
            # A comparison chain must end: the previous campaign may not lead back to this one.
            step: str | None = prev_id
            for _ in range(1000):
                if step is None:
                    break
                if step == campaign_id:
                    raise UserError(_tr("A campaign cannot be compared with itself or with a later one of its own."))
                step = s.execute(select(col(Campaign.previous_campaign_id)).where(col(Campaign.id) == step)).scalar()
        before = {k: getattr(campaign, k) for k in ("code", "name", "start_date", "end_date", "previous_campaign_id")}
        campaign.code, campaign.name, campaign.legal_basis = code, name, nfc(legal_basis)
        campaign.start_date, campaign.end_date = start_date, end_date
        campaign.parent_agency, campaign.agency, campaign.place = nfc(parent_agency), nfc(agency), nfc(place)
        campaign.number_symbol = nfc(number_symbol)
        campaign.previous_campaign_id = prev_id
        campaign.updated_at = now

        existing = {m.full_name: m for m in s.execute(select(CampaignMember).where(
            col(CampaignMember.campaign_id) == campaign_id)).scalars()}
        for m, full_name in zip(members, member_names, strict=True):
            user_id = None
            if m.username:
                user_id = s.execute(select(col(UserAccount.id)).where(col(UserAccount.username) == m.username)).scalar()
                if user_id is None:
                    raise NotFoundError(_tr("No account named {0}.").format(m.username))
            row = existing.get(full_name)
            if row is None:
                s.add(CampaignMember(installation_id=ctx.installation_id, campaign_id=campaign_id, user_id=user_id,
                                     full_name=full_name, title=nfc(m.title), team_role=TeamRole(m.team_role)))
            else:
                row.user_id, row.title, row.team_role = user_id, nfc(m.title), TeamRole(m.team_role)
                row.deleted_at, row.updated_at = None, now
        for full_name, row in existing.items():
            if full_name not in member_names and row.deleted_at is None:
                row.deleted_at = row.updated_at = now

        units = {r[0]: r[1] for r in s.execute(select(col(Unit.code), col(Unit.id)))}
        for uc in unit_codes:
            if uc not in units:
                raise NotFoundError(_tr("No unit with code {0}.").format(uc))
        wanted = {units[uc] for uc in unit_codes}
        planned = {cu.unit_id: cu for cu in s.execute(select(CampaignUnit).where(
            col(CampaignUnit.campaign_id) == campaign_id)).scalars()}
        inspected = set(s.execute(select(col(Inspection.unit_id)).where(
            col(Inspection.campaign_id) == campaign_id, col(Inspection.deleted_at).is_(None))).scalars())
        names = {r[0]: r[1] for r in s.execute(select(col(Unit.id), col(Unit.name)))}
        for unit_id, cu in planned.items():
            if unit_id not in wanted and cu.deleted_at is None:
                if unit_id in inspected:
                    raise UserError(_tr("{0} has already been inspected in this campaign and stays in it.")
                                    .format(names.get(unit_id, unit_id)))
                cu.deleted_at = cu.updated_at = now
        for unit_id in wanted:
            old = planned.get(unit_id)
            if old is None:
                s.add(CampaignUnit(installation_id=ctx.installation_id, campaign_id=campaign_id, unit_id=unit_id))
            elif old.deleted_at is not None:
                old.deleted_at, old.updated_at = None, now
        s.flush()
        after = {"code": code, "name": name, "start_date": start_date, "end_date": end_date,
                 "previous_campaign_id": prev_id}
        audit.record(s, ctx, "campaign.update", "campaign", campaign_id,
                     {"changed": sorted(k for k in after if after[k] != before[k]), "code": code, "name": name,
                      "units": sorted(unit_codes), "members": len(members)})
