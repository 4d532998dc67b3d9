"""The reports screen: minutes, the campaign archive and summary, histories, scorecards and the Excel export."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from officedesk.gui.pages import PageContext


def create_reports_page(ctx: PageContext) -> QWidget:
    """The factory for pages.py: imported on first show."""
    from officedesk.gui.reports_page.page import ReportsPage

    return ReportsPage(ctx)
