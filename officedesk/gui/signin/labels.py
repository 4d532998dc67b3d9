"""How a signed-in person is named on screen ("Nguyễn Thị Hoa — Cán bộ kiểm tra"), and how a refusal is shown
under the fields of the sign-in dialogs and the lock screen (here, not with the dialogs: the lock screen's module
loads at start-up, the dialogs' forms only when a dialog opens)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from officedesk.services.context import Actor

ERROR_STYLE = "QLabel { color: #b3261e; font-weight: 600; }"


def show_message(label: QLabel, text: str) -> None:
    """A refusal or a hint under the fields; screen readers read it through the accessible name."""
    label.setText(text)
    label.setAccessibleName(text)
    label.setVisible(bool(text))


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
