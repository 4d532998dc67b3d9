"""The units and staff screen: the province's units, their people, posts and working hours."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from officedesk.gui.pages import PageContext


def create_units_page(ctx: PageContext) -> QWidget:
    """The factory for pages.py: imported on first show."""
    from officedesk.gui.units.page import UnitsPage

    return UnitsPage(ctx)
