"""The inspection minutes (biên bản kiểm tra), one or a whole campaign's in one archive PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from io import BytesIO
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer

from officedesk.reports.data import MinutesData, PhotoItem, Signatory, SignatureBlock
from officedesk.reports.decree30 import (
    AdminDocTemplate,
    HeaderBlock,
    KeepBlock,
    Styles,
    number_line,
    styles_for,
)
from officedesk.reports.fonts import FontSet, active_fonts
from officedesk.reports.images import print_copy
from officedesk.reports.output import RenderCancelled, Target, write_to
from officedesk.reports.sigfields import Box, add_signature_fields
from officedesk.reports.signatures import BoxSink, Placement, SignatureBlocks
from officedesk.reports.story import layout_table, listed, para, paragraphs, recipients_block, title_block
from officedesk.reports.tables import Column, GridTable
from officedesk.rules.vnformat import clock_words, date_line, date_words, percent_vi, time_short

DEFAULT_ROLE_LABELS: dict[SignatureBlock, str] = {
    "unit": "ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA",
    "team": "TRƯỞNG ĐOÀN KIỂM TRA",
    "minutes": "NGƯỜI GHI BIÊN BẢN",
}
# Weights are millimetres of the 165 mm text width.
STAFF_COLUMNS = (
    Column("STT", 10, "C"),
    Column("Họ và tên", 35),
    Column("Chức vụ", 31),
    Column("Tình trạng", 23, "C"),
    Column("Giờ đến", 14, "C"),
    Column("Số phút muộn", 15, "C"),
    Column("Lý do/Ghi chú", 37),
)
POST_COLUMNS = (
    Column("STT", 10, "C"),
    Column("Vị trí làm việc", 45),
    Column("Tình trạng", 22, "C"),
    Column("Người phụ trách", 40),
    Column("Ghi chú", 48),
)
ACTION_COLUMNS = (
    Column("STT", 10, "C"),
    Column("Nội dung khắc phục", 65),
    Column("Người thực hiện", 40),
    Column("Thời hạn", 22, "C"),
    Column("Tình trạng", 28, "C"),
)
TABLE_SIZE = 11.0

Progress = Callable[[int, int], None]


def staff_cells(data: MinutesData) -> list[tuple[str, ...]]:
    return [
        (str(r.no), r.full_name, r.position, r.status_label, time_short(r.arrival),
         str(r.minutes_late) if r.minutes_late else "", r.reason)
        for r in data.staff
    ]


def attendance_sentence(d: MinutesData) -> str:
    check = d.check_time or d.start_time
    return (
        f"Tại thời điểm kiểm tra ({clock_words(check)}), tổng số cán bộ, công chức, viên chức và người lao động "
        f"của {d.unit_name} là {d.headcount} người; có mặt {d.present}/{d.headcount} người "
        f"({percent_vi(d.present, d.headcount)}), trong đó đi muộn {d.late} người; vắng có lý do {d.excused} "
        f"người; vắng không lý do {d.unexcused} người; rời vị trí làm việc {d.left_post} người; "
        f"về sớm {d.left_early} người."
    )


def closing_sentence(d: MinutesData) -> str:
    end = clock_words(d.end_time) if d.end_time else "… giờ … phút"
    kept = max(d.copies - 1, 1)
    return (
        f"Buổi kiểm tra kết thúc vào hồi {end} cùng ngày. Biên bản được lập thành {d.copies:02d} bản có giá trị "
        f"như nhau, đơn vị được kiểm tra giữ 01 bản, Đoàn kiểm tra giữ {kept:02d} bản; biên bản đã được đọc lại "
        f"cho những người tham dự cùng nghe, thống nhất và ký tên dưới đây./."
    )


def amendment_notice(d: MinutesData) -> str | None:
    if d.amended_reason is None:
        return None
    return f"BẢN SỬA ĐỔI (lần {max(d.version - 1, 1)}) — Lý do: {d.amended_reason}"


def _photos(photos: Sequence[PhotoItem], styles: Styles, fonts: FontSet, width: float) -> list[Flowable]:
    # Two photos a row, each at most 6 cm tall, captioned "Ảnh n. …" beneath.
    cell_w = (width - 6 * mm) / 2
    cells: list[list[Flowable]] = []
    for n, photo in enumerate(photos, start=1):
        jpeg, pw, ph = print_copy(photo.png_or_jpeg)
        scale = min(cell_w / pw, 60 * mm / ph)
        image = Image(BytesIO(jpeg), width=pw * scale, height=ph * scale)
        cells.append([image, Spacer(1, 2), para(f"Ảnh {n}. {photo.caption}", styles.caption)])
    rows: list[list[Any]] = [cells[i : i + 2] + ([[]] if len(cells[i : i + 2]) == 1 else [])
                             for i in range(0, len(cells), 2)]
    return [layout_table(rows, [cell_w + 3 * mm] * 2, fonts,
                         [("ALIGN", (0, 0), (-1, -1), "CENTER"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])]


def _signatures(d: MinutesData, fonts: FontSet, on_box: BoxSink | None) -> SignatureBlocks:
    by_block: dict[SignatureBlock, Signatory] = {s.block: s for s in d.signatories}

    def block(name: SignatureBlock) -> Signatory:
        # A block nobody has signed yet still prints (and gets its field), so the paper copy can be signed by hand.
        return by_block.get(name) or Signatory(name, DEFAULT_ROLE_LABELS[name], None, "", "", None)

    placements = [Placement(block("unit"), "left", 0), Placement(block("team"), "right", 0),
                  Placement(block("minutes"), "center", 1)]
    return SignatureBlocks(placements, fonts, on_box)


def minutes_story(
    d: MinutesData, doc: AdminDocTemplate, fonts: FontSet, on_box: BoxSink | None = None
) -> list[Flowable]:
    """The flowables of one minutes, starting with the marker that restarts page numbering."""
    st = styles_for(fonts)
    body, heading = st.body, st.heading
    story: list[Flowable] = [
        doc.marker(d.draft),
        HeaderBlock(d.header, number_line(d.number_text, d.number_suffix), date_line(d.header.place, d.visit_date),
                    fonts),
        *title_block(d.title, d.subtitle, st, amendment_notice(d)),
        para(f"Hôm nay, vào hồi {clock_words(d.start_time)}, {date_words(d.visit_date)}, tại {d.place_text}.", body),
        *paragraphs(d.legal_basis, body),
        para(f"Đoàn kiểm tra tiến hành kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại {d.unit_name}.", body),
        para("I. THÀNH PHẦN", heading),
        para("1. Đoàn kiểm tra:", body),
        *listed([f"{name}, {title} - {role}" if role else f"{name}, {title}" for name, title, role in d.team], body),
        para(f"2. Đại diện {d.unit_name}:", body),
        *listed([f"{name}, {title}" for name, title in d.unit_representatives], body),
        para(f"3. Người ghi biên bản: {d.minute_taker}.", body),
        para("II. NỘI DUNG KIỂM TRA", heading),
        para("1. Việc chấp hành thời giờ làm việc", heading),
        para(attendance_sentence(d), body),
    ]
    if d.staff:
        story.append(GridTable(STAFF_COLUMNS, staff_cells(d), fonts, size=TABLE_SIZE))
        story.append(Spacer(1, 8))
    story.append(para("2. Bố trí người làm việc tại các vị trí", heading))
    if d.posts:
        empty = [p for p in d.posts if not p.staffed]
        story.append(para(f"Có {len(empty)}/{len(d.posts)} vị trí không có người làm việc tại thời điểm kiểm tra.",
                          body))
        rows = [(str(i), p.name, "Có người" if p.staffed else "Trống", p.who, p.note)
                for i, p in enumerate(d.posts, start=1)]
        bold = frozenset(i for i, p in enumerate(d.posts) if not p.staffed)
        story += [GridTable(POST_COLUMNS, rows, fonts, size=TABLE_SIZE, bold_rows=bold), Spacer(1, 8)]
    else:
        story.append(para("Đơn vị không có vị trí bắt buộc phải bố trí người thường trực.", body))
    story.append(para("3. Các vi phạm khác", heading))
    if d.violations:
        story += listed(
            [f"{v.category}: {v.description}" + (f" ({v.staff_name})" if v.staff_name else "") for v in d.violations],
            body,
        )
    else:
        story.append(para("Không phát hiện vi phạm khác.", body))
    if d.photos:
        story.append(para("4. Hình ảnh kèm theo", heading))
        story += _photos(d.photos, st, fonts, doc.width)
    story.append(para("III. KẾT LUẬN VÀ KIẾN NGHỊ", heading))
    story.append(para("1. Kết luận", heading))
    story += paragraphs(d.conclusions, body) or [para("Không có.", body)]
    story.append(para("2. Kiến nghị", heading))
    story += paragraphs(d.recommendations, body) or [para("Không có.", body)]
    if d.actions:
        story.append(para("3. Biện pháp khắc phục", heading))
        rows = [(str(i), f"{a.what} (đối với: {a.finding})" if a.finding else a.what, a.owner,
                 a.deadline.strftime("%d/%m/%Y") if a.deadline else "", a.status_label)
                for i, a in enumerate(d.actions, start=1)]
        story += [GridTable(ACTION_COLUMNS, rows, fonts, size=TABLE_SIZE), Spacer(1, 8)]
    # The closing sentence never stands alone on the signature page's predecessor.
    story.append(KeepBlock([para(closing_sentence(d), body), Spacer(1, 6), _signatures(d, fonts, on_box)]))
    story.append(KeepBlock([Spacer(1, 14), *recipients_block(d.recipients, st)]))
    return story


def _doc_title(d: MinutesData) -> str:
    return f"{d.title} - {d.unit_name} - {d.visit_date:%d/%m/%Y}"


def render_minutes(data: MinutesData, out: Target) -> int:
    """One minutes as a PDF with empty signature fields "unit", "team", "minutes"; returns the page count."""
    fonts = active_fonts()
    buffer = BytesIO()
    doc = AdminDocTemplate(buffer, fonts, title=_doc_title(data), subject=data.subtitle)
    boxes: dict[str, tuple[int, Box]] = {}

    def on_box(block: str, page: int, box: Box) -> None:
        boxes.setdefault(block, (page, box))

    story = minutes_story(data, doc, fonts, on_box)
    pages = doc.build_documents([story])
    pdf = add_signature_fields(buffer.getvalue(), boxes)
    write_to(out, lambda stream: stream.write(pdf))
    return pages


def render_minutes_many(
    items: Iterable[MinutesData],
    out: Target,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """A campaign's minutes in one PDF for the archive, each numbering its own pages; returns the page count.

    `progress(done, total)` is called after each minutes is laid out; `cancelled()` is polled before each one and
    a True raises RenderCancelled with nothing written. No minutes at all is a ValueError. The archive copy
    carries no signature fields: signing happens on the single minutes.
    """
    batch = items if isinstance(items, Sequence) else list(items)
    total = len(batch)
    if not total:
        raise ValueError("no minutes to put in the archive")  # a PDF without pages is not a document
    fonts = active_fonts()

    def produce(stream: IO[bytes]) -> int:
        doc = AdminDocTemplate(stream, fonts, title="Biên bản kiểm tra", subject=f"{total} biên bản")

        def stories() -> Iterable[list[Flowable]]:
            for done, data in enumerate(batch):
                if cancelled is not None and cancelled():
                    raise RenderCancelled
                story = minutes_story(data, doc, fonts)
                yield [PageBreak(), *story] if done else story
                if progress is not None:
                    progress(done + 1, total)

        return doc.build_documents(stories())

    return write_to(out, produce)
