"""The campaign as an Excel workbook for the leaders' assistants: the summary, then every roster row.

Rosters go into one long sheet with unit and date columns rather than a sheet per inspection: it stays one
table to filter and pivot at 500 inspections, and needs no 31-character, unique sheet names. The workbook is
written in openpyxl's write-only mode, which streams rows instead of keeping a cell object per value.
Rates are stored as fractions formatted '0.00%', so Excel shows them with the reader's own decimal comma.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from officedesk.reports import figures
from officedesk.reports.data import Counts, MinutesData, SummaryData
from officedesk.reports.output import Target, write_to
from officedesk.reports.summary_pdf import ranking
from officedesk.rules.vnformat import date_short

SUMMARY_HEADERS = (
    ("STT", 6), ("Đơn vị", 38), ("Loại đơn vị", 18), ("Số lượt kiểm tra", 10), ("Tổng số", 10), ("Có mặt", 10),
    ("Đi muộn", 10), ("Vắng có lý do", 10), ("Vắng không lý do", 10), ("Rời vị trí", 10), ("Về sớm", 10),
    ("Vị trí trống", 10), ("Số người vi phạm", 10), ("Tỷ lệ có mặt", 11), ("Tỷ lệ đi muộn", 11),
    ("Tỷ lệ vắng không lý do", 11), ("Tỷ lệ vi phạm", 11), ("Xếp hạng", 9),
)
DETAIL_HEADERS = (
    ("STT", 6), ("Đơn vị", 32), ("Ngày kiểm tra", 12), ("Số biên bản", 14), ("Họ và tên", 26), ("Chức vụ", 28),
    ("Tình trạng", 16), ("Giờ đến", 9), ("Số phút muộn", 9), ("Lý do/Ghi chú", 40),
)
POST_HEADERS = (("Đơn vị", 32), ("Ngày kiểm tra", 12), ("Vị trí làm việc", 30), ("Tình trạng", 12),
                ("Người phụ trách", 26), ("Ghi chú", 36))
ACTION_HEADERS = (("Đơn vị", 32), ("Ngày kiểm tra", 12), ("Nội dung khắc phục", 50), ("Người thực hiện", 28),
                  ("Thời hạn", 12), ("Tình trạng", 16))

INTEGER = "0"
PERCENT = "0.00%"
DATE = "dd/mm/yyyy"
TIME = "hh:mm"
HEADER_ROW = 4  # under the title and the campaign line on the summary sheet

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_WRAP = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _cell(ws: WriteOnlyWorksheet, value: Any, number_format: str | None = None, bold: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    if number_format:
        cell.number_format = number_format
    if bold:
        cell.font = _BOLD
    return cell


def _header(ws: WriteOnlyWorksheet, headers: Sequence[tuple[str, float]]) -> list[WriteOnlyCell]:
    row = []
    for text, _ in headers:
        cell = WriteOnlyCell(ws, text)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        row.append(cell)
    return row


def _prepare(ws: WriteOnlyWorksheet, headers: Sequence[tuple[str, float]], header_row: int, title: str) -> None:
    """Widths, frozen header, filter and print settings; write-only sheets need them before the first row."""
    for i, (_, width) in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    last = get_column_letter(len(headers))
    ws.freeze_panes = f"A{header_row + 1}"
    ws.auto_filter.ref = f"A{header_row}:{last}{header_row}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddHeader.center.text = title
    ws.oddHeader.center.font = "Times New Roman,Bold"
    ws.oddFooter.center.text = "Trang &P/&N"


def _count_cells(ws: WriteOnlyWorksheet, c: Counts, bold: bool) -> list[WriteOnlyCell]:
    values = (c.inspections, c.headcount, c.present, c.late, c.excused, c.unexcused, c.left_post, c.left_early,
              c.empty_posts, c.violations)
    rates = (figures.present_rate(c), figures.late_rate(c), figures.unexcused_rate(c), figures.violation_rate(c))
    return [_cell(ws, v, INTEGER, bold) for v in values] + [_cell(ws, r, PERCENT, bold) for r in rates]


def _summary_sheet(wb: Workbook, s: SummaryData) -> None:
    ws = wb.create_sheet("Tổng hợp")
    _prepare(ws, SUMMARY_HEADERS, HEADER_ROW, s.campaign_name)
    ws.merged_cells.ranges.add(f"A1:{get_column_letter(len(SUMMARY_HEADERS))}1")
    title = WriteOnlyCell(ws, f"KẾT QUẢ KIỂM TRA - {s.campaign_name.upper()}")
    title.font = _TITLE
    ws.append([title])
    ws.append([f"Từ ngày {date_short(s.date_from)} đến ngày {date_short(s.date_to)}; "
               f"báo cáo số {s.number_text or '…'} ngày {date_short(s.report_date)}"])
    ws.append([])
    ws.append(_header(ws, SUMMARY_HEADERS))
    for n, (u, rank) in enumerate(zip(s.units, ranking(s.units), strict=True), start=1):
        ws.append([_cell(ws, n, INTEGER), u.unit_name, u.unit_kind, *_count_cells(ws, u.counts, False),
                   _cell(ws, rank, INTEGER)])
    total = figures.total(u.counts for u in s.units)
    ws.append([None, _cell(ws, "TỔNG CỘNG", bold=True), None, *_count_cells(ws, total, True), None])
    if s.previous is not None:
        ws.append([None, _cell(ws, f"Đợt trước ({s.previous_label})", bold=True), None,
                   *_count_cells(ws, s.previous, True), None])


def _detail_sheet(wb: Workbook, inspections: Sequence[MinutesData]) -> None:
    ws = wb.create_sheet("Chi tiết")
    _prepare(ws, DETAIL_HEADERS, 1, "Danh sách kiểm tra chi tiết")
    ws.append(_header(ws, DETAIL_HEADERS))
    append = ws.append
    for m in inspections:
        # One cell object per inspection for the date, reused on each of its rows: a styled cell per row would
        # triple the export time of a 20,000-row roster.
        day = _cell(ws, m.visit_date, DATE)
        number = m.number_text or ""
        for r in m.staff:
            arrival = _cell(ws, r.arrival, TIME) if r.arrival is not None else None
            append([r.no, m.unit_name, day, number, r.full_name, r.position, r.status_label, arrival,
                    r.minutes_late or None, r.reason or None])


def _list_sheet(wb: Workbook, name: str, headers: Sequence[tuple[str, float]], rows: Iterable[list[Any]]) -> None:
    ws = wb.create_sheet(name)
    _prepare(ws, headers, 1, name)
    ws.append(_header(ws, headers))
    for row in rows:
        ws.append([_cell(ws, v, DATE) if isinstance(v, date) else v for v in row])


def export_campaign_xlsx(summary: SummaryData, inspections: Iterable[MinutesData], out: Target) -> None:
    """Write the workbook: "Tổng hợp", "Chi tiết" (every roster row), "Vị trí trống", "Khắc phục"."""
    items = inspections if isinstance(inspections, Sequence) else list(inspections)
    wb = Workbook(write_only=True)
    _summary_sheet(wb, summary)
    _detail_sheet(wb, items)
    _list_sheet(wb, "Vị trí trống", POST_HEADERS, (
        [m.unit_name, m.visit_date, p.name, "Trống", p.who, p.note] for m in items for p in m.posts if not p.staffed
    ))
    _list_sheet(wb, "Khắc phục", ACTION_HEADERS, (
        [m.unit_name, m.visit_date, a.what, a.owner, a.deadline, a.status_label] for m in items for a in m.actions
    ))
    write_to(out, wb.save)
