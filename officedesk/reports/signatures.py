"""Signature blocks: who signs in what capacity, the drawn signature, the name, and room for a digital one.

Each block reserves a box of about 60 x 25 mm where the drawn signature is printed; its position on the page is
reported so that an empty PDF signature field can be placed over it, for a PAdES signer to fill later.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from typing import Literal

from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from officedesk.reports.data import Signatory
from officedesk.reports.fonts import FontSet
from officedesk.reports.tables import balanced_lines

BOX_W = 60 * mm
BOX_H = 25 * mm
LINE = 16.0
SIZE = 13.0

Where = Literal["left", "right", "center"]
BoxSink = Callable[[str, int, tuple[float, float, float, float]], None]


@dataclass(frozen=True, slots=True)
class Placement:
    signatory: Signatory
    where: Where
    row: int


def capacity_lines(s: Signatory) -> list[str]:
    """The bold lines above the signature: role, then the delegation prefix and the signer's title."""
    lines = [s.role_label] if s.role_label else []
    if s.prefix and s.on_behalf_of:
        lines += [f"{s.prefix} {s.on_behalf_of}", s.title]
    elif s.prefix:
        lines.append(f"{s.prefix} {s.title}")
    elif s.title:
        lines.append(s.title)
    return [line for line in lines if line]


class SignatureBlocks(Flowable):
    """Blocks in rows of two halves (left, right) or one centred block."""

    def __init__(self, placements: Sequence[Placement], fonts: FontSet, on_box: BoxSink | None = None) -> None:
        super().__init__()
        self.placements = tuple(placements)
        self.fonts = fonts
        self.on_box = on_box

    def _lines(self, p: Placement) -> list[str]:
        s = p.signatory
        width = self.width if p.where == "center" else self.block_w
        out: list[str] = []
        for text in capacity_lines(s):
            # Keep a gutter between two blocks side by side.
            out.extend(balanced_lines(text.upper(), self.fonts.bold, SIZE, width - 8))
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.block_w = availWidth / 2
        lines: dict[int, int] = {}
        for p in self.placements:
            lines[p.row] = max(lines.get(p.row, 0), len(self._lines(p)))
        # Boxes and names of one row sit level however many lines each capacity takes.
        self.label_lines = [lines[r] for r in sorted(lines)]
        self.row_heights = [n * LINE + 4 + BOX_H + 4 + LINE for n in self.label_lines]
        self.row_index = {r: i for i, r in enumerate(sorted(lines))}
        self.row_gap = 20.0
        self.height = sum(self.row_heights) + self.row_gap * max(len(self.row_heights) - 1, 0)
        return self.width, self.height

    def draw(self) -> None:
        c, f = self.canv, self.fonts
        tops = []
        y = self.height
        for h in self.row_heights:
            tops.append(y)
            y -= h + self.row_gap
        c.saveState()
        for p in self.placements:
            s = p.signatory
            row = self.row_index[p.row]
            top = tops[row]
            centre = {"left": self.block_w / 2, "right": self.block_w * 1.5, "center": self.width / 2}[p.where]
            y = top - SIZE
            c.setFont(f.bold, SIZE)
            for line in self._lines(p):
                c.drawCentredString(centre, y, line)
                y -= LINE
            box_top = top - self.label_lines[row] * LINE - 4
            box = (centre - BOX_W / 2, box_top - BOX_H, centre + BOX_W / 2, box_top)
            if s.signature_png:
                self._draw_signature(s.signature_png, box)
            c.setFont(f.bold, SIZE)
            if s.name:
                c.drawCentredString(centre, box[1] - 4 - SIZE, s.name)
            if self.on_box is not None:
                x0, y0 = c.absolutePosition(box[0], box[1])
                x1, y1 = c.absolutePosition(box[2], box[3])
                self.on_box(s.block, c.getPageNumber(), (x0, y0, x1, y1))
        c.restoreState()

    def _draw_signature(self, png: bytes, box: tuple[float, float, float, float]) -> None:
        # Each distinct signature becomes one form XObject, drawn by reference wherever it recurs: ReportLab
        # would otherwise decode the PNG and hash its pixels again at every drawImage.
        c = self.canv
        name, iw, ih = _signature_key(png)
        if not c.hasForm(name):
            c.beginForm(name, 0, 0, iw, ih)
            # mask="auto" keeps the PNG's transparency, so the ink sits on the paper, not in a white box.
            c.drawImage(_print_signature(png), 0, 0, iw, ih, mask="auto")
            c.endForm()
        bw, bh = box[2] - box[0], box[3] - box[1]
        scale = min(bw / iw, bh / ih)
        c.saveState()
        c.translate(box[0] + (bw - iw * scale) / 2, box[1] + (bh - ih * scale) / 2)
        c.scale(scale, scale)
        c.doForm(name)
        c.restoreState()


SIGNATURE_PIXELS = (472, 197)  # the 60 x 25 mm box at 200 dpi: sharp on paper, a fraction of a pen pad's PNG


@lru_cache(maxsize=256)
def _signature_key(png: bytes) -> tuple[str, int, int]:
    with Image.open(BytesIO(png)) as image:
        w, h = image.size
    scale = min(1.0, SIGNATURE_PIXELS[0] / w, SIGNATURE_PIXELS[1] / h)
    return f"sig{hashlib.sha1(png).hexdigest()[:20]}", max(1, round(w * scale)), max(1, round(h * scale))


def _print_signature(png: bytes) -> ImageReader:
    with Image.open(BytesIO(png)) as source:
        image = source.convert("RGBA")
    image.thumbnail(SIGNATURE_PIXELS)
    return ImageReader(image)

