"""Look-backs across campaigns: one person's record (for a unit head or a complaint) and one unit's scorecard."""

from __future__ import annotations

from collections import Counter
from datetime import date
from io import BytesIO

from reportlab.platypus import Flowable, Spacer

from officedesk.reports import figures
from officedesk.reports.charts import rate_bars
from officedesk.reports.data import StaffHistoryData, UnitScorecardData
from officedesk.reports.decree30 import AdminDocTemplate, HeaderBlock, styles_for
from officedesk.reports.fonts import active_fonts
from officedesk.reports.output import Target, write_to
from officedesk.reports.story import para, title_block
from officedesk.reports.summary_pdf import pct
from officedesk.reports.tables import Column, GridTable
from officedesk.rules.vnformat import date_line, date_short, integer_vi

HISTORY_COLUMNS = (Column("STT", 10, "C"), Column("Đợt kiểm tra", 38), Column("Ngày", 20, "C"), Column("Đơn vị", 30),
                   Column("Tình trạng", 22, "C"), Column("Số phút muộn", 15, "C"), Column("Lý do/Ghi chú", 30))
SCORE_COLUMNS = (Column("STT", 9, "C"), Column("Đợt kiểm tra", 33), Column("Thời gian", 20, "C"),
                 Column("Số lượt", 10, "C"), Column("Tổng số", 11, "C"), Column("Có mặt", 11, "C"),
                 Column("Đi muộn", 11, "C"), Column("Vắng không lý do", 13, "C"), Column("Rời vị trí", 11, "C"),
                 Column("Về sớm", 11, "C"), Column("Vị trí trống", 11, "C"), Column("Tỷ lệ vi phạm", 14, "C"))
ACTION_COLUMNS = (Column("STT", 10, "C"), Column("Nội dung khắc phục", 68), Column("Người thực hiện", 40),
                  Column("Thời hạn", 22, "C"), Column("Tình trạng", 25, "C"))


def _period(first: date, last: date) -> str:
    return date_short(first) if first == last else f"{date_short(first)} - {date_short(last)}"


def history_story(d: StaffHistoryData, doc: AdminDocTemplate) -> list[Flowable]:
    st = styles_for(doc.fonts)
    breaches = [r for r in d.rows if r.status_label in d.violation_labels]
    kinds = Counter(r.status_label for r in breaches)
    late_minutes = sum(r.minutes_late for r in breaches)
    campaigns = len({r.campaign for r in d.rows})
    detail = "; ".join(f"{label.lower()} {n} lần" for label, n in kinds.most_common())
    if late_minutes:
        detail += f" (tổng cộng {late_minutes} phút đi muộn)"
    summary = (f"Qua {len(d.rows)} lượt kiểm tra trong {campaigns} đợt, {d.full_name} có {len(breaches)} lượt vi phạm"
               + (f": {detail}." if breaches else "."))
    rows = [(str(i), r.campaign, date_short(r.visit_date), r.unit_name, r.status_label,
             str(r.minutes_late) if r.minutes_late else "", r.reason) for i, r in enumerate(d.rows, start=1)]
    bold = frozenset(i for i, r in enumerate(d.rows) if r.status_label in d.violation_labels)
    return [
        doc.marker(False),
        HeaderBlock(d.header, None, date_line(d.header.place, d.report_date), doc.fonts),
        *title_block("TÌNH HÌNH CHẤP HÀNH THỜI GIỜ LÀM VIỆC",
                     f"{d.full_name} - {d.position}, {d.unit_name}", st),
        para(summary, st.body),
        GridTable(HISTORY_COLUMNS, rows, doc.fonts, size=11, bold_rows=bold),
    ]


def scorecard_story(d: UnitScorecardData, doc: AdminDocTemplate) -> list[Flowable]:
    st = styles_for(doc.fonts)
    fonts = doc.fonts
    rows = []
    for i, r in enumerate(d.rows, start=1):
        c = r.counts
        rows.append((str(i), r.campaign, _period(r.date_from, r.date_to), integer_vi(c.inspections),
                     integer_vi(c.headcount), integer_vi(c.present), integer_vi(c.late), integer_vi(c.unexcused),
                     integer_vi(c.left_post), integer_vi(c.left_early), integer_vi(c.empty_posts),
                     pct(figures.violation_rate(c))))
    story: list[Flowable] = [
        doc.marker(False),
        HeaderBlock(d.header, None, date_line(d.header.place, d.report_date), fonts),
        *title_block("KẾT QUẢ CHẤP HÀNH KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH QUA CÁC ĐỢT KIỂM TRA", d.unit_name, st),
    ]
    if len(d.rows) >= 2:
        now, before = d.rows[-1], d.rows[-2]
        story.append(para(f"Tỷ lệ vi phạm đợt {now.campaign} là {pct(figures.violation_rate(now.counts))} so với "
                          f"{pct(figures.violation_rate(before.counts))} đợt {before.campaign}.", st.body))
    story += [
        GridTable(SCORE_COLUMNS, rows, fonts, size=10),
        Spacer(1, 12),
        rate_bars([r.campaign for r in d.rows], [figures.violation_rate(r.counts) * 100 for r in d.rows], fonts,
                  doc.width, "Tỷ lệ vi phạm qua các đợt (%)"),
        Spacer(1, 8),
        para("Biện pháp khắc phục chưa hoàn thành", st.heading),
    ]
    if d.open_actions:
        actions = [(str(i), a.what, a.owner, date_short(a.deadline) if a.deadline else "", a.status_label)
                   for i, a in enumerate(d.open_actions, start=1)]
        story.append(GridTable(ACTION_COLUMNS, actions, fonts, size=11))
    else:
        story.append(para("Không có.", st.body))
    return story


def render_staff_history(data: StaffHistoryData, out: Target) -> int:
    """One person's record across campaigns; returns the page count."""
    buffer = BytesIO()
    doc = AdminDocTemplate(buffer, active_fonts(), title=f"Tình hình chấp hành thời giờ làm việc - {data.full_name}")
    pages = doc.build_documents([history_story(data, doc)])
    write_to(out, lambda stream: stream.write(buffer.getvalue()))
    return pages


def render_unit_scorecard(data: UnitScorecardData, out: Target) -> int:
    """One unit's rates per campaign and its open corrective actions; returns the page count."""
    buffer = BytesIO()
    doc = AdminDocTemplate(buffer, active_fonts(), title=f"Kết quả qua các đợt kiểm tra - {data.unit_name}")
    pages = doc.build_documents([scorecard_story(data, doc)])
    write_to(out, lambda stream: stream.write(buffer.getvalue()))
    return pages
