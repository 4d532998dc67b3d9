"""Words and colours the campaign screens share: team roles, inspection states, the kinds of finding."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from officedesk.domain.enums import InspectionState, TeamRole
from officedesk.services.queries import Counts


def team_role_text(role: TeamRole | str) -> str:
    return {
        TeamRole.LEADER: QCoreApplication.translate("CampaignLabels", "Team leader"),
        TeamRole.MEMBER: QCoreApplication.translate("CampaignLabels", "Member"),
        TeamRole.MINUTE_TAKER: QCoreApplication.translate("CampaignLabels", "Minute-taker"),
    }[TeamRole(role)]


def state_text(state: InspectionState | str | None) -> str:
    if not state:
        return ""
    return {
        InspectionState.DRAFT: QCoreApplication.translate("CampaignLabels", "Being recorded"),
        InspectionState.SUBMITTED: QCoreApplication.translate("CampaignLabels", "Submitted"),
        InspectionState.SIGNED: QCoreApplication.translate("CampaignLabels", "Signed"),
    }[InspectionState(state)]


def units_progress_text(done: int, planned: int) -> str:
    """'23/24 units', as the list and the progress bar show it."""
    return QCoreApplication.translate("CampaignLabels", "{done}/{planned} units").format(done=done, planned=planned)


# The kinds of finding the chart stacks, in order, with the strong colours of the entry screen's statuses (the
# chart's legend names them; the table beside it carries the same numbers as text).
FINDING_KINDS = ("late", "unexcused", "left_post", "left_early", "empty_posts")
_KIND_COLOURS = {
    "late": "#b26a00",
    "unexcused": "#c62828",
    "left_post": "#8e24aa",
    "left_early": "#d84315",
    "empty_posts": "#455a64",
}


def finding_text(kind: str) -> str:
    return {
        "late": QCoreApplication.translate("CampaignLabels", "Late"),
        "unexcused": QCoreApplication.translate("CampaignLabels", "Absent without permission"),
        "left_post": QCoreApplication.translate("CampaignLabels", "Away from their post"),
        "left_early": QCoreApplication.translate("CampaignLabels", "Left early"),
        "empty_posts": QCoreApplication.translate("CampaignLabels", "Empty posts"),
    }[kind]


def finding_colour(kind: str) -> QColor:
    return QColor(_KIND_COLOURS[kind])


def finding_count(counts: Counts, kind: str) -> int:
    return int(getattr(counts, kind))
