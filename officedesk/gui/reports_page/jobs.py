"""Making each document into a file: the functions the reports screen runs off the GUI thread.

Each takes the service context and the path to write, and returns plain data. The document modules are imported
here, inside the functions, so that ReportLab and openpyxl load only when a document is first made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from officedesk.gui.ops import Cancelled, CancelledFn, ProgressFn
from officedesk.services import report_data
from officedesk.services.context import Ctx

log = logging.getLogger(__name__)


class NothingToPrint(Exception):
    """The campaign has no inspection yet: the screen says so in the user's language."""


@dataclass(frozen=True)
class Made:
    path: Path
    pages: int  # 0 for a workbook


def use_document_font(folder: Path | None) -> None:
    """Set documents in the font chosen in the settings: Times New Roman from `folder`, or (None) the bundled
    Liberation Serif. A folder that has lost its files falls back to the bundled font rather than failing."""
    from officedesk.reports.fonts import use_font_folder

    try:
        use_font_folder(folder)
    except FileNotFoundError:
        log.warning("Times New Roman not found in %s; documents use the bundled Liberation Serif", folder)
        use_font_folder(None)


def minutes(ctx: Ctx, inspection_id: str, out: Path) -> Made:
    from officedesk.reports.minutes_pdf import render_minutes

    return Made(out, render_minutes(report_data.minutes_data(ctx, inspection_id), out))


def campaign_archive(ctx: Ctx, campaign_id: str, out: Path, *, progress: ProgressFn,
                     cancelled: CancelledFn) -> Made:
    """Every minutes of the campaign in one PDF; a cancel leaves nothing at `out` (written whole or not at all)."""
    from officedesk.reports.minutes_pdf import render_minutes_many
    from officedesk.reports.output import RenderCancelled

    count, items = report_data.campaign_minutes(ctx, campaign_id)
    if count == 0:
        raise NothingToPrint
    progress(0, count)
    try:
        pages = render_minutes_many(items, out, progress=progress, cancelled=cancelled)
    except RenderCancelled:
        raise Cancelled from None
    return Made(out, pages)


def summary(ctx: Ctx, campaign_id: str, out: Path) -> Made:
    from officedesk.reports.summary_pdf import render_summary

    return Made(out, render_summary(report_data.summary_data(ctx, campaign_id), out))


def staff_history(ctx: Ctx, staff_id: str, out: Path) -> Made:
    from officedesk.reports.history_pdf import render_staff_history

    return Made(out, render_staff_history(report_data.staff_history_data(ctx, staff_id), out))


def unit_scorecard(ctx: Ctx, unit_id: str, out: Path) -> Made:
    from officedesk.reports.history_pdf import render_unit_scorecard

    return Made(out, render_unit_scorecard(report_data.unit_scorecard_data(ctx, unit_id), out))


def campaign_workbook(ctx: Ctx, campaign_id: str, out: Path) -> Made:
    from officedesk.reports.excel_export import export_campaign_xlsx

    data = report_data.summary_data(ctx, campaign_id)
    count, items = report_data.campaign_minutes(ctx, campaign_id)
    if count == 0:
        raise NothingToPrint
    # Written beside the target and renamed: a failed export never leaves a half workbook behind.
    part = out.with_name(f".{out.name}.part")
    try:
        export_campaign_xlsx(data, items, part)
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return Made(out, 0)
