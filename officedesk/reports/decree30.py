"""The page after Decree 30/2020/NĐ-CP Appendix I: geometry, type sizes, the two-column header and page numbers.

A document may hold several administrative documents one after another (the campaign archive of minutes); each
restarts its page numbering, so the template tracks where the current one began.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import IO, Any

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from officedesk.reports.data import AgencyHeader
from officedesk.reports.fonts import FontSet
from officedesk.reports.tables import balanced_lines

# Appendix I allows ranges; the smallest top/bottom/right and the smallest left leave the most room for tables.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
BODY_SIZE = 13.0
BODY_LEADING = 16.0  # about 1.2 lines: inside the decree's 1 to 1.5
PARAGRAPH_GAP = 6.0
FIRST_LINE_INDENT = 1 * cm

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DRAFT_MARK = "BẢN NHÁP"


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    notice: ParagraphStyle
    caption: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients_item: ParagraphStyle


@lru_cache(maxsize=4)
def styles_for(fonts: FontSet) -> Styles:
    body = ParagraphStyle(
        "body",
        fontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=FIRST_LINE_INDENT,
        spaceAfter=PARAGRAPH_GAP,
    )
    heading = ParagraphStyle("heading", parent=body, fontName=fonts.bold, keepWithNext=1, spaceBefore=2)
    title = ParagraphStyle(
        "title", parent=body, fontName=fonts.bold, fontSize=14, leading=17, alignment=TA_CENTER,
        firstLineIndent=0, spaceBefore=14, spaceAfter=0, keepWithNext=1,
    )
    subtitle = ParagraphStyle("subtitle", parent=title, spaceBefore=0, spaceAfter=12)
    notice = ParagraphStyle("notice", parent=title, fontName=fonts.bold_italic, fontSize=13, leading=16,
                            spaceBefore=0, spaceAfter=12)
    caption = ParagraphStyle("caption", parent=body, fontName=fonts.italic, fontSize=11, leading=13,
                             alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
    recipients_head = ParagraphStyle("recipients_head", parent=body, fontName=fonts.bold_italic, fontSize=12,
                                     leading=14, alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0)
    recipients_item = ParagraphStyle("recipients_item", parent=recipients_head, fontName=fonts.regular,
                                     fontSize=11, leading=13)
    return Styles(body, heading, title, subtitle, notice, caption, recipients_head, recipients_item)


def number_line(number_text: str | None, kind_suffix: str) -> str:
    """'Số: 07/BB-ĐKT', or the blank a clerk fills in by hand: 'Số: …/BB-ĐKT'."""
    return f"Số: {number_text}" if number_text else f"Số: …/{kind_suffix}"


class HeaderBlock(Flowable):
    """The agency (left) and the national name and motto (right), each over its rule, then 'Số' and the date.

    Drawn directly rather than as a two-cell Table so the rules can be sized to the text above them, as the
    decree asks (the motto's full width; a third to a half of the agency name).
    """

    LEFT_SHARE = 0.40

    def __init__(self, header: AgencyHeader, number: str | None, date_text: str, fonts: FontSet) -> None:
        super().__init__()
        self.header = header
        self.number = number
        self.date_text = date_text
        self.fonts = fonts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        f = self.fonts
        self.width = availWidth
        self.left_w = availWidth * self.LEFT_SHARE
        self.right_w = availWidth - self.left_w
        col = self.left_w - 4

        def lines(text: str, font: str, size: float) -> tuple[str, ...]:
            return balanced_lines(text, font, size, col)

        self.parent_lines = lines(self.header.parent_agency.upper(), f.regular, 13)
        self.agency_lines = lines(self.header.agency.upper(), f.bold, 13)
        # The national name must stay on one line; step down within the decree's 12-13 pt and then below if a
        # narrow page forces it.
        self.national_size = 12.0
        while self.national_size > 9 and stringWidth(NATIONAL_NAME, f.bold, self.national_size) > self.right_w - 2:
            self.national_size -= 0.5
        left_rows = max(len(self.parent_lines) + len(self.agency_lines), 1)
        left_rule_drop = 13 + 16 * (left_rows - 1) + 7
        right_rule_drop = 13 + 16 + 7
        self.base_drop = max(left_rule_drop, right_rule_drop) + 20
        self.height = self.base_drop + 5
        return self.width, self.height

    def draw(self) -> None:
        c, f = self.canv, self.fonts
        top = self.height
        lx = self.left_w / 2
        rx = self.left_w + self.right_w / 2
        c.saveState()
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        # Left column.
        y = top - 13
        c.setFont(f.regular, 13)
        for line in self.parent_lines:
            c.drawCentredString(lx, y, line)
            y -= 16
        c.setFont(f.bold, 13)
        agency_w = 0.0
        for line in self.agency_lines:
            c.drawCentredString(lx, y, line)
            agency_w = max(agency_w, stringWidth(line, f.bold, 13))
            y -= 16
        left_rule_y = y + 16 - 7
        short = max(agency_w * 0.4, 40.0)
        c.line(lx - short / 2, left_rule_y, lx + short / 2, left_rule_y)
        # Right column.
        y = top - 13
        c.setFont(f.bold, self.national_size)
        c.drawCentredString(rx, y, NATIONAL_NAME)
        y -= 16
        c.setFont(f.bold, 13)
        c.drawCentredString(rx, y, MOTTO)
        motto_w = stringWidth(MOTTO, f.bold, 13)
        right_rule_y = y - 7
        c.line(rx - motto_w / 2, right_rule_y, rx + motto_w / 2, right_rule_y)
        # 'Số' and the date share a baseline under the lower of the two rules.
        base = top - self.base_drop
        if self.number is not None:
            c.setFont(f.regular, 13)
            c.drawCentredString(lx, base, self.number)
        c.setFont(f.italic, 13)
        c.drawCentredString(rx, base, self.date_text)
        c.restoreState()


class DocumentStart(Flowable):
    """Invisible marker that a new administrative document starts on this page (its page 1)."""

    def __init__(self, on_start: Callable[[int, bool], None], draft: bool) -> None:
        super().__init__()
        self.on_start = on_start
        self.draft = draft
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.on_start(self.canv.getPageNumber(), self.draft)


class KeepBlock(Flowable):
    """Flowables kept on one page, moved whole to the next when they do not fit.

    Stands in for ReportLab's KeepTogether (also behind keepWithNext), which deep-copies the frame at every
    measurement: noticeable over the 10,000 headings of a campaign archive. Taller than a page, or already at
    the top of one, the block gives its flowables back to flow one by one.
    """

    def __init__(self, content: list[Flowable], maxHeight: float | None = None) -> None:
        super().__init__()
        self._content = list(content)
        self.sizes: list[tuple[float, float]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.sizes = [f.wrapOn(self.canv, availWidth, 0x7FFFFFFF) for f in self._content]
        gaps = sum(f.getSpaceBefore() for f in self._content[1:]) + sum(f.getSpaceAfter() for f in self._content[:-1])
        self.width = availWidth
        self.height = sum(h for _, h in self.sizes) + gaps
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self._content[0].getSpaceBefore() if self._content else 0.0

    def getSpaceAfter(self) -> float:
        return self._content[-1].getSpaceAfter() if self._content else 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", False):
            return list(self._content)
        return []  # try again at the top of the next page

    def draw(self) -> None:
        y = self.height
        for i, (f, (_, h)) in enumerate(zip(self._content, self.sizes, strict=True)):
            if i:
                y -= f.getSpaceBefore()
            y -= h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()


_WATERMARK = Color(0.55, 0.55, 0.55)


class AdminDocTemplate(BaseDocTemplate):
    """A4 portrait pages (and landscape ones for wide annexes) with per-document page numbers."""

    def __init__(self, out: IO[bytes], fonts: FontSet, *, title: str = "", subject: str = "") -> None:
        super().__init__(
            out,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            # Without these the canvas starts every page in Helvetica, which then appears in the PDF unembedded.
            initialFontName=fonts.regular,
            initialFontSize=BODY_SIZE,
            title=title,
            subject=subject,
            author="OfficeDesk",
            creator="OfficeDesk",
            lang="vi-VN",
        )
        self.fonts = fonts
        self.keepTogetherClass = KeepBlock
        self.doc_first_page = 1
        self.doc_draft = False
        self.page_count = 0
        portrait_frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, self.width, self.height, id="body",
                               leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        lw, lh = landscape(A4)
        wide_frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, lw - MARGIN_LEFT - MARGIN_RIGHT,
                           lh - MARGIN_TOP - MARGIN_BOTTOM, id="wide",
                           leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates(
            [
                PageTemplate("portrait", [portrait_frame], onPageEnd=self._decorate, pagesize=A4),
                PageTemplate("landscape", [wide_frame], onPageEnd=self._decorate, pagesize=(lw, lh)),
            ]
        )

    def start_document(self, page: int, draft: bool) -> None:
        self.doc_first_page = page
        self.doc_draft = draft

    def marker(self, draft: bool) -> DocumentStart:
        return DocumentStart(self.start_document, draft)

    def afterPage(self) -> None:
        self.page_count += 1

    def _decorate(self, canv: Canvas, doc: Any) -> None:
        # Drawn at the end of each page, once the page's DocumentStart marker (if any) has been seen.
        page_w, page_h = canv._pagesize
        number = canv.getPageNumber() - self.doc_first_page + 1
        canv.saveState()
        canv.setFillColor(black)
        if number > 1:
            canv.setFont(self.fonts.regular, BODY_SIZE)
            centre = MARGIN_LEFT + (page_w - MARGIN_LEFT - MARGIN_RIGHT) / 2
            canv.drawCentredString(centre, page_h - MARGIN_TOP / 2 - BODY_SIZE / 3, str(number))
        if self.doc_draft:
            self._draft_mark(canv, page_w, page_h)
        canv.restoreState()

    def _draft_mark(self, canv: Canvas, page_w: float, page_h: float) -> None:
        # A boxed word in the top margin, and a faint diagonal one across the page so a photocopy still shows it.
        f = self.fonts
        w = stringWidth(DRAFT_MARK, f.bold, 12)
        x = page_w - MARGIN_RIGHT - w - 8
        y = page_h - MARGIN_TOP / 2 - 4
        canv.setLineWidth(0.8)
        canv.rect(x - 5, y - 5, w + 10, 19, stroke=1, fill=0)
        canv.setFont(f.bold, 12)
        canv.drawString(x, y, DRAFT_MARK)
        canv.setFillColor(_WATERMARK)
        canv.setFillAlpha(0.12)
        canv.setFont(f.bold, 96)
        canv.translate(page_w / 2, page_h / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -30, DRAFT_MARK)

    def build_documents(self, stories: Iterable[list[Flowable]]) -> int:
        """Lay out the stories one after another and save; returns the page count.

        The stories are consumed lazily: BaseDocTemplate.build pops from the front of one list, which costs
        O(n) per flowable on a 50,000-flowable archive, and holding every story at once holds every photo.
        Raising from the iterable aborts before anything is written.
        """
        self._startBuild()
        canv = self.canv
        canv._doctemplate = self  # what BaseDocTemplate.build sets, for flowables that look for it
        try:
            for story in stories:
                while story:
                    self.clean_hanging()
                    self.handle_flowable(story)
        finally:
            del canv._doctemplate
        self._endBuild()
        return self.page_count
