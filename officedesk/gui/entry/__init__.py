"""The inspection entry screen (page.InspectionEntryPage) and its parts.

The main window plugs it in with `create_page` as the factory of its "inspection" section; other screens open an
inspection in it with `window.show_page("inspection")` then `window.page_widget("inspection").open_inspection(id)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from officedesk.gui.entry.page import InspectionEntryPage
    from officedesk.gui.pages import PageContext


def create_page(pc: PageContext) -> InspectionEntryPage:
    """The page on the signed-in user's service context; its short notices go to the status bar."""
    from officedesk.gui.entry.page import InspectionEntryPage

    page = InspectionEntryPage(pc.core())
    page.message_shown.connect(lambda text: pc.status(text))
    page.minutes_requested.connect(lambda inspection_id, title: _show_minutes(pc, inspection_id, title))
    return page


def _show_minutes(pc: PageContext, inspection_id: str, title: str) -> None:
    """Reports, with this inspection's minutes being made for the preview (print and save from there)."""
    window: Any = pc.window
    if window.show_page("reports"):
        reports = window.page_widget("reports")
        if reports is not None and hasattr(reports, "show_minutes"):
            reports.show_minutes(inspection_id, title)
