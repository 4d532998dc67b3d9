"""How a signed-in person is named on screen: "Nguyễn Thị Hoa — Cán bộ kiểm tra"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from officedesk.services.context import Actor


def role_label(role: str) -> str:
    # Keys are officedesk.domain.enums.Role values (not imported: it would load the core before the window paints).
    labels = {
        "admin": QCoreApplication.translate("Roles", "Administrator"),
        "team_leader": QCoreApplication.translate("Roles", "Team leader"),
        "inspector": QCoreApplication.translate("Roles", "Inspector"),
        "unit_head": QCoreApplication.translate("Roles", "Head of unit"),
        "viewer": QCoreApplication.translate("Roles", "Reader of reports"),
    }
    return labels.get(str(role), str(role))


def caption(actor: Actor) -> str:
    """The person's name and role, for the status bar and the lock screen."""
    name = actor.full_name or actor.username
    return QCoreApplication.translate("Roles", "{name} — {role}").format(name=name, role=role_label(actor.role))
