"""Empty PDF signature fields over the printed signature boxes, for a PAdES signer (USB token) to fill later."""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

Box = tuple[float, float, float, float]


def add_signature_fields(pdf: bytes, boxes: Mapping[str, tuple[int, Box]]) -> bytes:
    """Append one field per block name, at (1-based page, box in PDF points), as an incremental update.

    An incremental update keeps the rendered bytes intact; signing later appends another update after it.
    """
    if not boxes:
        return pdf
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    for name, (page, box) in boxes.items():
        rect = (round(box[0]), round(box[1]), round(box[2]), round(box[3]))
        append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=page - 1, box=rect))
    out = BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]  # pyHanko leaves this one unannotated
    return out.getvalue()
