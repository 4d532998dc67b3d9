"""Campaigns: an inspection round with its legal basis, dates, team and the units to inspect."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

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
        if s.execute(select(Campaign.id).where(Campaign.code == code)).first():
            raise UserError(_tr("A campaign with code {0} already exists.").format(code))
        prev_id = None
        if previous_campaign_code:
            prev_id = s.execute(select(Campaign.id).where(Campaign.code == previous_campaign_code)).scalar()
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
                user_id = s.execute(select(UserAccount.id).where(UserAccount.username == m.username)).scalar()
                if user_id is None:
                    raise NotFoundError(_tr("No account named {0}.").format(m.username))
            s.add(CampaignMember(installation_id=ctx.installation_id, campaign_id=campaign.id, user_id=user_id,
                                 full_name=nfc(m.full_name), title=nfc(m.title), team_role=TeamRole(m.team_role)))
        units = dict(s.execute(select(Unit.code, Unit.id)).tuples().all())
        for uc in unit_codes:
            if uc not in units:
                raise NotFoundError(_tr("No unit with code {0}.").format(uc))
            s.add(CampaignUnit(installation_id=ctx.installation_id, campaign_id=campaign.id, unit_id=units[uc]))
        audit.record(s, ctx, "campaign.create", "campaign", campaign.id,
                     {"code": code, "name": name, "units": list(unit_codes), "members": len(members)})
        return campaign.id
