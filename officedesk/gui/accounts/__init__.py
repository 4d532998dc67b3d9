"""The accounts screen (administrators: create, edit, reset a password, unlock, deactivate; everyone: change
one's own password) and the first start's set-up of this computer's data (first_run.FirstRunDialog)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from officedesk.gui.pages import PageContext


def create_accounts_page(ctx: PageContext) -> QWidget:
    """The factory for pages.py: imported on first show."""
    from officedesk.gui.accounts.page import AccountsPage

    return AccountsPage(ctx)
