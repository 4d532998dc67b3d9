"""Who may do what. Enforced in the services, not only by hiding buttons; docs/permissions.md is this table."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from officedesk.domain.enums import Role
from officedesk.errors import PermissionDenied


class Action(StrEnum):
    VIEW = "view"
    REPORT = "report"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_ORG = "manage_org"
    MANAGE_CAMPAIGNS = "manage_campaigns"
    RECORD = "record"  # edit draft inspections (inspectors: only of campaigns they belong to)
    SIGN_ON_SPOT = "sign_on_spot"  # collect the unit head's and the team's signatures under one's session
    SIGN_AS_UNIT_HEAD = "sign_as_unit_head"  # sign with one's own account (unit heads: only their own unit)
    AMEND = "amend"
    UPDATE_ACTIONS = "update_actions"
    EXCHANGE = "exchange"  # bundles and sync


A = Action
ALLOWED: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset(
        {A.VIEW, A.REPORT, A.MANAGE_ACCOUNTS, A.MANAGE_ORG, A.MANAGE_CAMPAIGNS, A.RECORD, A.SIGN_ON_SPOT,
         A.AMEND, A.UPDATE_ACTIONS, A.EXCHANGE}
    ),
    Role.TEAM_LEADER: frozenset(
        {A.VIEW, A.REPORT, A.MANAGE_CAMPAIGNS, A.RECORD, A.SIGN_ON_SPOT, A.AMEND, A.UPDATE_ACTIONS, A.EXCHANGE}
    ),
    Role.INSPECTOR: frozenset({A.VIEW, A.REPORT, A.RECORD, A.SIGN_ON_SPOT, A.UPDATE_ACTIONS}),
    Role.UNIT_HEAD: frozenset({A.VIEW, A.REPORT, A.SIGN_AS_UNIT_HEAD, A.UPDATE_ACTIONS}),
    Role.VIEWER: frozenset({A.VIEW, A.REPORT}),
}

# Actions limited to the campaigns a person is a team member of (administrators are not limited).
CAMPAIGN_SCOPED = frozenset({A.RECORD, A.SIGN_ON_SPOT, A.AMEND})


def allowed(role: Role | str, action: Action) -> bool:
    return action in ALLOWED.get(Role(role), frozenset())


def require(role: Role | str, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied(
            QCoreApplication.translate("Permissions", "Your account is not allowed to do this ({0}).").format(
                action_label(action)
            )
        )


def action_label(action: Action) -> str:
    labels = {
        A.VIEW: QCoreApplication.translate("Permissions", "view data"),
        A.REPORT: QCoreApplication.translate("Permissions", "print reports"),
        A.MANAGE_ACCOUNTS: QCoreApplication.translate("Permissions", "manage accounts"),
        A.MANAGE_ORG: QCoreApplication.translate("Permissions", "edit units, staff and schedules"),
        A.MANAGE_CAMPAIGNS: QCoreApplication.translate("Permissions", "plan campaigns"),
        A.RECORD: QCoreApplication.translate("Permissions", "record inspections"),
        A.SIGN_ON_SPOT: QCoreApplication.translate("Permissions", "collect signatures on the spot"),
        A.SIGN_AS_UNIT_HEAD: QCoreApplication.translate("Permissions", "sign as the unit's head"),
        A.AMEND: QCoreApplication.translate("Permissions", "amend signed inspections"),
        A.UPDATE_ACTIONS: QCoreApplication.translate("Permissions", "update corrective actions"),
        A.EXCHANGE: QCoreApplication.translate("Permissions", "exchange data"),
    }
    return labels[action]


def permissions_markdown() -> str:
    """The written table in docs/permissions.md; a test keeps the two equal."""
    roles = list(Role)
    lines = ["| action | " + " | ".join(r.value for r in roles) + " |", "|---" * (len(roles) + 1) + "|"]
    for action in Action:
        cells = ["yes" if allowed(r, action) else "—" for r in roles]
        lines.append(f"| {action.value} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
