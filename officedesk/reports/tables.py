"""A ruled table that draws its rows straight on the canvas and repeats its header on every page.

A campaign archive holds 20,000 roster rows. ReportLab's Table builds a cell object, a style lookup and a
string-width pass per cell and re-lays out the remainder at every split, which costs seconds. This flowable keeps
the rows as the caller's tuples of strings, measures each cell once, splits by bisecting a running height, and
draws a whole page of text in one PDF text object with the rules batched into one path.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import getAscent, getFont, stringWidth
from reportlab.platypus.flowables import Flowable

from officedesk.reports.fonts import FontSet

Align = Literal["L", "C", "R"]
Cell = str | tuple[str, ...]  # one line, or the lines a long text wraps into

SHADE = Color(0.9, 0.9, 0.9)


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    weight: float  # share of the available width
    align: Align = "L"


_widths: dict[tuple[str, str, float], float] = {}


def text_width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered: roster cells repeat (positions, statuses, times) across thousands of rows."""
    key = (text, font, size)
    width = _widths.get(key)
    if width is None:
        if len(_widths) > 200_000:
            _widths.clear()  # a bound on memory; refilling costs less than one archive's misses
        width = _widths[key] = stringWidth(text, font, size)
    return width


@lru_cache(maxsize=16)
def widest_glyph(font: str) -> float:
    """The font's widest advance in ems (1.39 for Liberation Serif Bold), for a width bound without measuring."""
    face = getFont(font).face
    widths = getattr(face, "charWidths", None) or {}
    return max(widths.values(), default=1000.0) / 1000.0


@lru_cache(maxsize=65_536)
def wrap_text(text: str, font: str, size: float, width: float) -> Cell:
    """Greedy word wrap; a word wider than the column is cut by characters rather than overflow the rules."""
    if not text:
        return ""
    # A text no wider than its length in widest glyphs needs no measuring: times, counts, short labels.
    if "\n" not in text and (len(text) * size * widest_glyph(font) <= width or text_width(text, font, size) <= width):
        return text
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split():
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            while stringWidth(word, font, size) > width and len(word) > 1:
                cut = len(word) - 1
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return tuple(lines)


@lru_cache(maxsize=2048)
def balanced_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Wrapped lines of near-equal length, as titles and signature capacities are set by hand.

    Finds the narrowest width that still needs no more lines than `width` does, so a two-line title breaks
    near its middle instead of leaving one word on the second line.
    """
    greedy = wrap_text(text, font, size, width)
    if not isinstance(greedy, tuple):
        return (greedy,) if greedy else ()
    low, high = width / len(greedy), width
    for _ in range(12):
        mid = (low + high) / 2
        trial = wrap_text(text, font, size, mid)
        if isinstance(trial, tuple) and len(trial) > len(greedy):
            low = mid
        else:
            high = mid
    best = wrap_text(text, font, size, high)
    return best if isinstance(best, tuple) else (best,)


class _Layout:
    """Cell lines and row heights for one available width, shared by every page-sized piece of a table."""

    def __init__(self, t: GridTable, width: float) -> None:
        self.line_h = t.leading
        self.pad_y = t.pad_y
        total = sum(c.weight for c in t.columns)
        self.width = width
        self.widths = [width * c.weight / total for c in t.columns]
        inner = [w - 2 * t.pad_x for w in self.widths]
        self.header: list[Cell] = [
            wrap_text(c.header, t.fonts.bold, t.size, w) for c, w in zip(t.columns, inner, strict=True)
        ]
        self.header_h = self._height(self.header)
        self.cells: list[list[Cell]] = []
        self.tops = [0.0]  # running height before each row, for bisecting a page break
        bold, span = t.bold_rows, t.span_rows
        regular, heavy, size = t.fonts.regular, t.fonts.bold, t.size
        for i, row in enumerate(t.rows):
            font = heavy if i in bold else regular
            if i in span:
                cells: list[Cell] = [wrap_text(row[0], font, size, width - 2 * t.pad_x)]
            else:
                cells = [wrap_text(text, font, size, w) for text, w in zip(row, inner, strict=True)]
            self.cells.append(cells)
            self.tops.append(self.tops[-1] + self._height(cells))

    def _height(self, cells: Sequence[Cell]) -> float:
        lines = max((len(c) if isinstance(c, tuple) else 1 for c in cells), default=1)
        return lines * self.line_h + 2 * self.pad_y

    def rows_height(self, start: int, stop: int) -> float:
        return self.tops[stop] - self.tops[start]


class GridTable(Flowable):
    """Rows of plain strings under a bold header; `bold_rows` mark totals or empty posts, `span_rows` group titles."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        fonts: FontSet,
        *,
        size: float = 11,
        leading: float | None = None,
        bold_rows: frozenset[int] = frozenset(),
        shaded_rows: frozenset[int] = frozenset(),
        span_rows: frozenset[int] = frozenset(),
        _layout: _Layout | None = None,
        _start: int = 0,
        _stop: int | None = None,
    ) -> None:
        super().__init__()
        self.columns = tuple(columns)
        self.rows = rows
        self.fonts = fonts
        self.size = size
        self.leading = leading if leading is not None else size * 1.2
        self.pad_x = 2.5
        self.pad_y = 2.5
        self.bold_rows = bold_rows
        self.shaded_rows = shaded_rows
        self.span_rows = span_rows
        self._cached = _layout
        self._start = _start
        self._stop = len(rows) if _stop is None else _stop

    def _layout(self, width: float) -> _Layout:
        if self._cached is None or abs(self._cached.width - width) > 0.01:
            self._cached = _Layout(self, width)
        return self._cached

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        layout = self._layout(availWidth)
        self.width = availWidth
        self.height = layout.header_h + layout.rows_height(self._start, self._stop)
        return self.width, self.height

    def _piece(self, start: int, stop: int) -> GridTable:
        return GridTable(
            self.columns,
            self.rows,
            self.fonts,
            size=self.size,
            leading=self.leading,
            bold_rows=self.bold_rows,
            shaded_rows=self.shaded_rows,
            span_rows=self.span_rows,
            _layout=self._cached,
            _start=start,
            _stop=stop,
        )

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        layout = self._layout(availWidth)
        room = availHeight - layout.header_h
        fit = bisect_right(layout.tops, layout.tops[self._start] + room, lo=self._start) - 1
        # A header over fewer than two rows at the foot of a page reads badly; move the table on instead.
        if fit - self._start < min(2, self._stop - self._start) or fit >= self._stop:
            return []
        if self._stop - fit == 1 and fit - self._start > 2:
            fit -= 1  # nor a lone last row under a repeated header on the next page

        return [self._piece(self._start, fit), self._piece(fit, self._stop)]

    def draw(self) -> None:
        layout = self._layout(self.width)
        canv = self.canv
        fonts, size, lead = self.fonts, self.size, self.leading
        xs = [0.0]
        for w in layout.widths:
            xs.append(xs[-1] + w)
        right_edge = xs[-1]
        ascent = getAscent(fonts.regular, size)
        pad_x = self.pad_x
        text = canv.beginText()
        text.setFont(fonts.bold, size, lead)
        state = {"font": fonts.bold}

        def put(
            cells: Sequence[Cell], aligns: Sequence[Align], font: str, row_top: float, row_h: float, span: bool
        ) -> None:
            if font != state["font"]:
                text.setFont(font, size, lead)
                state["font"] = font
            for col, cell in enumerate(cells):
                lines = cell if isinstance(cell, tuple) else (cell,)
                if lines == ("",):
                    continue
                # Cells are centred vertically so a one-line number sits level with a wrapped name beside it.
                y = row_top - (row_h - len(lines) * lead) / 2 - ascent
                left = xs[col] + pad_x
                right = (right_edge if span else xs[col + 1]) - pad_x
                align = aligns[col]
                for line in lines:
                    if align == "L":
                        x = left
                    else:
                        w = text_width(line, font, size)
                        x = right - w if align == "R" else (left + right - w) / 2
                    text.setTextOrigin(x, y)
                    text.textOut(line)
                    y -= lead

        top = self.height
        body_top = top - layout.header_h
        tops = layout.tops
        canv.saveState()
        if self.shaded_rows:
            # Shading first, so the text and rules stay on top of it.
            canv.setFillColor(SHADE)
            for i in range(self._start, self._stop):
                if i in self.shaded_rows:
                    y0 = body_top - (tops[i + 1] - tops[self._start])
                    canv.rect(0, y0, right_edge, tops[i + 1] - tops[i], stroke=0, fill=1)
            canv.setFillColor(black)
        # The header is centred whatever the column's alignment, as Vietnamese forms print it.
        put(layout.header, ["C"] * len(self.columns), fonts.bold, top, layout.header_h, False)
        rules: list[tuple[float, float, float, float]] = [(0, top, right_edge, top)]
        aligns = [c.align for c in self.columns]
        left_only: list[Align] = ["L"]
        bold, span_rows, cells_all = self.bold_rows, self.span_rows, layout.cells
        regular, heavy = fonts.regular, fonts.bold
        # Inner column rules run unbroken from the header down to the next full-width (span) row, so they are
        # drawn as one segment per run rather than one per row.
        run_top = top
        y = body_top
        for i in range(self._start, self._stop):
            h = tops[i + 1] - tops[i]
            rules.append((0, y, right_edge, y))
            if i in span_rows:
                if run_top > y:
                    rules.extend((x, run_top, x, y) for x in xs[1:-1])
                run_top = y - h
                put(cells_all[i], left_only, heavy if i in bold else regular, y, h, True)
            else:
                put(cells_all[i], aligns, heavy if i in bold else regular, y, h, False)
            y -= h
        if run_top > y:
            rules.extend((x, run_top, x, y) for x in xs[1:-1])
        rules.append((0, y, right_edge, y))
        rules.append((0, top, 0, y))
        rules.append((right_edge, top, right_edge, y))
        canv.drawText(text)
        canv.setLineWidth(0.5)
        canv.lines(rules)
        canv.restoreState()
