"""Photos made fit for print: a phone photo is 4-12 MB, a page needs about 150 dpi at 8 cm."""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageOps

PRINT_PIXELS = 900  # the long side: 8 cm at about 280 dpi, sharp on paper, ~100 kB as JPEG


def print_copy(data: bytes, max_pixels: int = PRINT_PIXELS) -> tuple[bytes, int, int]:
    """A JPEG no larger than `max_pixels` on its long side, turned upright, with its size in pixels."""
    with Image.open(BytesIO(data)) as source:
        # Phones store portrait shots sideways with an EXIF rotation; printing must honour it.
        image = ImageOps.exif_transpose(source)
        image.thumbnail((max_pixels, max_pixels))
        if image.mode not in ("RGB", "L"):
            # Transparency in a PNG photo would print black once flattened to JPEG; paper is white.
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        out = BytesIO()
        image.save(out, "JPEG", quality=82, optimize=True)
        return out.getvalue(), image.width, image.height
