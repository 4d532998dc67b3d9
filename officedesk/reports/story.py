"""Pieces of text every administrative document uses: paragraphs of user text, the title, 'Nơi nhận'."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from officedesk.reports.data import Signatory
from officedesk.reports.decree30 import Styles
from officedesk.reports.fonts import FontSet
from officedesk.reports.signatures import Placement, SignatureBlocks
from officedesk.reports.tables import balanced_lines

ARCHIVE_LINE = "Lưu: VT, Hồ sơ."


class Para(Flowable):
    """A paragraph of plain text that is drawn as one line when it fits, and is a Paragraph otherwise.

    Two thirds of a minutes' paragraphs are headings and list lines; ReportLab's markup parsing and line
    breaking cost more than the drawing, which adds up over an archive of 500 minutes. The text is escaped for
    the Paragraph: names may hold '&' or '<'.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._para: Paragraph | None = None

    def _paragraph(self) -> Paragraph:
        if self._para is None:
            self._para = Paragraph(escape(self.text), self.style)
        return self._para

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        st = self.style
        room = availWidth - st.leftIndent - st.rightIndent - st.firstLineIndent
        if self._para is None and stringWidth(self.text, st.fontName, st.fontSize) <= room:
            self.width, self.height = availWidth, st.leading
        else:
            self.width, self.height = self._paragraph().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._paragraph().split(availWidth, availHeight) if availHeight >= self.style.leading else []

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        st, c = self.style, self.canv
        c.setFont(st.fontName, st.fontSize)
        y = self.height - st.fontSize  # where Paragraph puts its first baseline
        if st.alignment == TA_CENTER:
            c.drawCentredString(self.width / 2, y, self.text)
        elif st.alignment == TA_RIGHT:
            c.drawRightString(self.width - st.rightIndent, y, self.text)
        else:
            c.drawString(st.leftIndent + st.firstLineIndent, y, self.text)


def para(text: str, style: ParagraphStyle) -> Flowable:
    return Para(text, style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    return [para(line.strip(), style) for line in text.splitlines() if line.strip()]


class CentredLines(Flowable):
    """Centred text broken into lines of near-equal length, as a typist sets a title (no lone last word)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        st = self.style
        self.lines = balanced_lines(self.text, st.fontName, st.fontSize, availWidth)
        self.width = availWidth
        self.height = len(self.lines) * st.leading
        return self.width, self.height

    def draw(self) -> None:
        st = self.style
        self.canv.setFont(st.fontName, st.fontSize)
        y = self.height - st.fontSize
        for line in self.lines:
            self.canv.drawCentredString(self.width / 2, y, line)
            y -= st.leading


def title_block(title: str, subtitle: str, styles: Styles, notice: str | None = None) -> list[Flowable]:
    out: list[Flowable] = [CentredLines(title.upper(), styles.title)]
    if subtitle:
        out.append(CentredLines(subtitle, styles.subtitle))
    if notice:
        out.append(CentredLines(notice, styles.notice))
    return out


def listed(items: Sequence[str], style: ParagraphStyle) -> list[Flowable]:
    """'- item;' lines, the last closed with a full stop, as lists run in Vietnamese documents."""
    out: list[Flowable] = []
    for i, item in enumerate(items):
        text = item.strip().rstrip(";.")
        out.append(para(f"- {text}{'.' if i == len(items) - 1 else ';'}", style))
    return out


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    lines = [r.strip() for r in recipients if r.strip()]
    if not any(line.startswith("Lưu") for line in lines):
        lines.append(ARCHIVE_LINE)
    return lines


def recipients_block(recipients: Sequence[str], styles: Styles) -> list[Flowable]:
    """'Nơi nhận:' in 12 pt bold italic and its list in 11 pt; the archive line closes it."""
    lines = recipient_lines(recipients)
    out: list[Flowable] = [para("Nơi nhận:", styles.recipients_head)]
    for i, line in enumerate(lines):
        text = line.rstrip(";.")
        end = "." if i == len(lines) - 1 else ";"
        out.append(para(f"- {text}{end}", styles.recipients_item))
    return out


def layout_table(rows: list[list[Any]], widths: Sequence[float], fonts: FontSet, commands: list[Any]) -> Table:
    """A borderless Table for placing flowables side by side.

    Table sets its cell style's font on every cell, even one holding only flowables; its default is Helvetica,
    which would land in the PDF unembedded, so the font is always set here.
    """
    base: list[Any] = [("FONTNAME", (0, 0), (-1, -1), fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    return Table(rows, colWidths=list(widths), style=TableStyle(base + commands))


def signer_beside_recipients(
    signer: Signatory, recipients: Sequence[str], styles: Styles, fonts: FontSet, width: float
) -> Flowable:
    """The usual foot of a báo cáo: 'Nơi nhận' on the left, the signer on the right, tops level."""
    block = SignatureBlocks([Placement(signer, "center", 0)], fonts)
    table = layout_table(
        [[recipients_block(recipients, styles), block]],
        [width * 0.45, width * 0.55],
        fonts,
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ],
    )
    return KeepTogether([Spacer(1, 8), table])
