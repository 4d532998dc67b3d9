"""The campaign summary (báo cáo tổng hợp): results, ranking, charts, repeat offenders, corrective actions.

The body is portrait like any báo cáo; the per-unit table has 14 columns and goes to a landscape annex
("Phụ lục"), which is how offices attach wide tables to a report.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from io import BytesIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from officedesk.reports import figures
from officedesk.reports.charts import kind_bars, rate_bars
from officedesk.reports.data import Counts, SummaryData, UnitSummaryRow
from officedesk.reports.decree30 import AdminDocTemplate, HeaderBlock, KeepBlock, number_line, styles_for
from officedesk.reports.fonts import FontSet, active_fonts
from officedesk.reports.output import Target, write_to
from officedesk.reports.story import para, paragraphs, signer_beside_recipients, title_block
from officedesk.reports.tables import Column, GridTable
from officedesk.rules.vnformat import date_line, date_short, date_words, decimal_vi, integer_vi, rate_vi

KINDS = ("Đi muộn", "Vắng không lý do", "Rời vị trí", "Về sớm", "Vị trí trống")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

# Landscape annex: weights are millimetres of the 252 mm text width.
UNIT_COLUMNS = (
    Column("STT", 10, "C"), Column("Đơn vị", 58), Column("Số lượt kiểm tra", 14, "C"), Column("Tổng số", 15, "C"),
    Column("Có mặt", 15, "C"), Column("Đi muộn", 15, "C"), Column("Vắng có lý do", 16, "C"),
    Column("Vắng không lý do", 17, "C"), Column("Rời vị trí", 15, "C"), Column("Về sớm", 14, "C"),
    Column("Vị trí trống", 15, "C"), Column("Tỷ lệ đi muộn", 16, "C"), Column("Tỷ lệ vi phạm", 18, "C"),
    Column("Xếp hạng", 14, "C"),
)
RANK_COLUMNS = (Column("STT", 10, "C"), Column("Đơn vị", 70), Column("Tổng số", 20, "C"),
                Column("Số người vi phạm", 24, "C"), Column("Tỷ lệ vi phạm", 22, "C"), Column("Xếp hạng", 19, "C"))
OFFENDER_COLUMNS = (Column("STT", 10, "C"), Column("Họ và tên", 40), Column("Đơn vị", 42), Column("Số lần", 16, "C"),
                    Column("Hình thức vi phạm", 57))
OVERDUE_COLUMNS = (Column("STT", 10, "C"), Column("Đơn vị", 34), Column("Nội dung khắc phục", 52),
                   Column("Người thực hiện", 30), Column("Thời hạn", 21, "C"), Column("Quá hạn (ngày)", 18, "C"))


def pct(share: float) -> str:
    """A fraction as the reports print it: 0.0186 -> '1,86 %'."""
    return rate_vi(share * 100)


def kind_counts(c: Counts) -> list[int]:
    return [c.late, c.unexcused, c.left_post, c.left_early, c.empty_posts]


def ranking(units: Sequence[UnitSummaryRow]) -> list[int]:
    """Each unit's rank, in the order given. Rank 1 is the best: the lowest violation rate, then the fewest
    unexcused absences; ties share a rank (1, 2, 2, 4). By position, not name: two communes may share a name."""

    def key(i: int) -> tuple[float, float]:
        c = units[i].counts
        return round(figures.violation_rate(c), 6), round(figures.unexcused_rate(c), 6)

    ranks = [0] * len(units)
    previous: tuple[float, float] | None = None
    rank = 0
    for position, i in enumerate(sorted(range(len(units)), key=lambda i: (*key(i), units[i].unit_name)), start=1):
        if key(i) != previous:
            rank, previous = position, key(i)
        ranks[i] = rank
    return ranks


def groups(units: Sequence[UnitSummaryRow]) -> list[tuple[str, list[int]]]:
    """Positions of the units of each kind, kinds in the order they first appear (the loader's order)."""
    by_kind: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        by_kind.setdefault(u.unit_kind, []).append(i)
    return list(by_kind.items())


def totals_sentence(t: Counts, units: int) -> str:
    return (
        f"Kiểm tra {integer_vi(t.inspections)} lượt tại {integer_vi(units)} cơ quan, đơn vị, địa phương với tổng số "
        f"{integer_vi(t.headcount)} cán bộ, công chức, viên chức và người lao động: có mặt "
        f"{integer_vi(t.present)}/{integer_vi(t.headcount)} người ({pct(figures.present_rate(t))}); đi muộn "
        f"{integer_vi(t.late)} người ({pct(figures.late_rate(t))}); vắng có lý do {integer_vi(t.excused)} người; "
        f"vắng không có lý do {integer_vi(t.unexcused)} người ({pct(figures.unexcused_rate(t))}); rời vị trí làm "
        f"việc {integer_vi(t.left_post)} người; về sớm {integer_vi(t.left_early)} người; "
        f"{integer_vi(t.empty_posts)} vị trí làm việc không có người tại thời điểm kiểm tra."
    )


def _printed(share: float) -> Decimal:
    return Decimal(str(share * 100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def comparison_sentence(current: Counts, previous: Counts | None, label: str) -> str:
    """'Tỷ lệ vi phạm 1,86 % so với 3,71 % năm trước (giảm 1,85 điểm phần trăm).'"""
    now = figures.violation_rate(current)
    if previous is None:
        return f"Tỷ lệ vi phạm {pct(now)}."
    before = figures.violation_rate(previous)
    # The difference of the printed (rounded) rates, so a reader's own subtraction gives the same figure.
    diff = _printed(now) - _printed(before)
    trend = "không thay đổi" if diff == 0 else (
        f"{'giảm' if diff < 0 else 'tăng'} {decimal_vi(float(abs(diff)), 2)} điểm phần trăm")
    return f"Tỷ lệ vi phạm {pct(now)} so với {pct(before)} {label} ({trend})."


def _unit_cells(n: str, name: str, c: Counts, rank: str) -> tuple[str, ...]:
    return (n, name, integer_vi(c.inspections), integer_vi(c.headcount), integer_vi(c.present), integer_vi(c.late),
            integer_vi(c.excused), integer_vi(c.unexcused), integer_vi(c.left_post), integer_vi(c.left_early),
            integer_vi(c.empty_posts), pct(figures.late_rate(c)), pct(figures.violation_rate(c)), rank)


def unit_table(d: SummaryData, size: float, fonts: FontSet) -> GridTable:
    """Per-unit rows under a title row per kind, a subtotal per kind and the grand total."""
    ranks = ranking(d.units)
    rows: list[tuple[str, ...]] = []
    bold: set[int] = set()
    shaded: set[int] = set()
    span: set[int] = set()
    for g, (kind, members) in enumerate(groups(d.units)):
        span.add(len(rows))
        bold.add(len(rows))
        shaded.add(len(rows))
        rows.append((f"{ROMAN[g] if g < len(ROMAN) else g + 1}. {kind}",))
        for n, i in enumerate(members, start=1):
            u = d.units[i]
            rows.append(_unit_cells(str(n), u.unit_name, u.counts, str(ranks[i])))
        bold.add(len(rows))
        rows.append(_unit_cells("", "Cộng", figures.total(d.units[i].counts for i in members), ""))
    bold.add(len(rows))
    shaded.add(len(rows))
    rows.append(_unit_cells("", "TỔNG CỘNG", figures.total(u.counts for u in d.units), ""))
    return GridTable(UNIT_COLUMNS, rows, fonts, size=size, bold_rows=frozenset(bold), shaded_rows=frozenset(shaded),
                     span_rows=frozenset(span))


def summary_story(d: SummaryData, doc: AdminDocTemplate) -> list[Flowable]:
    fonts = doc.fonts
    st = styles_for(fonts)
    body, heading = st.body, st.heading
    total = figures.total(u.counts for u in d.units)
    ranks = ranking(d.units)
    order = sorted(range(len(d.units)), key=lambda i: (-figures.violation_rate(d.units[i].counts), d.units[i].unit_name))
    worst = [d.units[i] for i in order[: d.top_n]]
    clean = sum(1 for u in d.units if u.counts.violations == 0)
    story: list[Flowable] = [
        doc.marker(d.draft),
        HeaderBlock(d.header, number_line(d.number_text, d.number_suffix), date_line(d.header.place, d.report_date),
                    fonts),
        *title_block(d.title, d.subtitle, st),
        *paragraphs(d.legal_basis, body),
        para(f"Thực hiện {d.campaign_name}, từ {date_words(d.date_from)} đến {date_words(d.date_to)}, các Đoàn "
             f"kiểm tra đã tiến hành kiểm tra; kết quả như sau:", body),
        para("I. KẾT QUẢ KIỂM TRA", heading),
        para("1. Tình hình chung", heading),
        para(totals_sentence(total, len(d.units)), body),
        para(comparison_sentence(total, d.previous, d.previous_label), body),
        para("2. Xếp hạng các đơn vị", heading),
        para(f"Có {clean}/{len(d.units)} đơn vị không có cán bộ, công chức vi phạm thời giờ làm việc. Các đơn vị có "
             f"tỷ lệ vi phạm cao nhất như sau (chi tiết tại Phụ lục kèm theo):", body),
    ]
    rank_rows = [(str(n), u.unit_name, integer_vi(u.counts.headcount), integer_vi(u.counts.violations),
                  pct(figures.violation_rate(u.counts)), f"{ranks[i]}/{len(d.units)}")
                 for n, (i, u) in enumerate(zip(order, worst, strict=False), start=1)]
    story += [GridTable(RANK_COLUMNS, rank_rows, fonts, size=11), Spacer(1, 10)]
    story.append(KeepBlock([
        rate_bars([u.unit_name for u in worst], [figures.violation_rate(u.counts) * 100 for u in worst], fonts,
                  doc.width, f"Tỷ lệ vi phạm của {len(worst)} đơn vị cao nhất (%)"),
        Spacer(1, 10),
        kind_bars(KINDS, kind_counts(total), kind_counts(d.previous) if d.previous else None, fonts, doc.width,
                  "Số trường hợp vi phạm theo loại", ("Đợt này", d.previous_label.capitalize())),
    ]))
    story.append(para("3. Cá nhân vi phạm nhiều lần", heading))
    if d.repeat_offenders:
        rows = [(str(i), r.staff_name, r.unit_name, str(r.count), r.kinds)
                for i, r in enumerate(d.repeat_offenders, start=1)]
        story += [GridTable(OFFENDER_COLUMNS, rows, fonts, size=11), Spacer(1, 8)]
    else:
        story.append(para("Không có cá nhân vi phạm từ hai lần trở lên.", body))
    story += _actions(d, doc)
    story.append(para("III. ĐÁNH GIÁ VÀ KIẾN NGHỊ", heading))
    story += paragraphs(d.assessment, body)
    story.append(signer_beside_recipients(d.signer, d.recipients, st, fonts, doc.width))
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += title_block("Phụ lục", "KẾT QUẢ KIỂM TRA THEO TỪNG ĐƠN VỊ", st,
                         f"(Kèm theo Báo cáo số {d.number_text or '…'} ngày {date_short(d.report_date)})")
    story.append(unit_table(d, 10, fonts))
    return story


def _actions(d: SummaryData, doc: AdminDocTemplate) -> list[Flowable]:
    st = styles_for(doc.fonts)
    out: list[Flowable] = [para("II. TÌNH HÌNH THỰC HIỆN BIỆN PHÁP KHẮC PHỤC", st.heading)]
    count = sum(n for _, n in d.action_status)
    if not count:
        return out + [para("Không có biện pháp khắc phục nào được đề ra.", st.body)]
    parts = "; ".join(f"{label.lower()} {n} ({pct(figures.share(n, count))})" for label, n in d.action_status)
    out.append(para(f"Tổng số biện pháp khắc phục đã đề ra: {count}; trong đó {parts}.", st.body))
    if d.overdue_actions:
        out.append(para(f"Các biện pháp quá hạn chưa hoàn thành ({len(d.overdue_actions)}):", st.body))
        rows = [(str(i), a.unit_name, a.what, a.owner, date_short(a.deadline), str(a.days_overdue))
                for i, a in enumerate(d.overdue_actions, start=1)]
        out += [GridTable(OVERDUE_COLUMNS, rows, doc.fonts, size=11), Spacer(1, 8)]
    return out


def render_summary(data: SummaryData, out: Target) -> int:
    """The campaign summary as a PDF; returns the page count."""
    fonts = active_fonts()
    buffer = BytesIO()
    doc = AdminDocTemplate(buffer, fonts, title=f"{data.title} - {data.campaign_name}", subject=data.subtitle)
    pages = doc.build_documents([summary_story(data, doc)])
    write_to(out, lambda stream: stream.write(buffer.getvalue()))
    return pages
