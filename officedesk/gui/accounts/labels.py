"""How roles and account states read on the accounts screen: short, as an office names them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from officedesk.domain.enums import Role
from officedesk.services.clock import LOCAL

# The order of the role list: the accounts made most often first.
ROLES = (Role.INSPECTOR, Role.TEAM_LEADER, Role.UNIT_HEAD, Role.VIEWER, Role.ADMIN)


def _t(text: str) -> str:
    return QCoreApplication.translate("AccountRoles", text)


def role_text(role: str) -> str:
    labels = {
        Role.ADMIN: _t("Administrator"),
        Role.TEAM_LEADER: _t("Team leader"),
        Role.INSPECTOR: _t("Inspector"),
        Role.UNIT_HEAD: _t("Head of unit"),
        Role.VIEWER: _t("Read only"),
    }
    try:
        return labels[Role(role)]
    except ValueError:
        return str(role)


def role_hint(role: str) -> str:
    """What the role may do, in one sentence (officedesk/services/permissions.py is the rule)."""
    hints = {
        Role.ADMIN: _t("Manages accounts, units, staff and campaigns, and may do all the team's work."),
        Role.TEAM_LEADER: _t("Plans campaigns, records inspections of the teams they are in, amends signed "
                             "minutes."),
        Role.INSPECTOR: _t("Records inspections of the campaigns whose team they are in."),
        Role.UNIT_HEAD: _t("Signs the minutes of their own unit with this account and follows its corrective "
                           "actions."),
        Role.VIEWER: _t("Reads the data and prints reports; changes nothing."),
    }
    try:
        return hints[Role(role)]
    except ValueError:
        return ""


def state_text(active: bool) -> str:
    return _t("Active") if active else _t("Deactivated")


def moment_text(moment: datetime | None) -> str:
    """A lockout's end in local time: "10:15 15/02/2024"."""
    return "" if moment is None else moment.astimezone(LOCAL).strftime("%H:%M %d/%m/%Y")
