"""Drawn-looking signatures for the demo: blue ink on a transparent background, as the client produces."""

from __future__ import annotations

import io
import math
import random

INK = (31, 63, 191, 255)


def signature_png(seed: str, width: int = 360, height: int = 140) -> bytes:
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    points = []
    x = 20.0
    phase = rng.random() * math.pi
    loops = rng.randint(3, 6)
    while x < width - 30:
        t = (x - 20) / (width - 50)
        y = height / 2 + math.sin(t * loops * math.pi + phase) * (height * 0.28) * (1 - 0.4 * t)
        y += rng.uniform(-4, 4)
        points.append((x, y))
        x += rng.uniform(5, 11)
    draw.line(points, fill=INK, width=4, joint="curve")
    # the underline flourish most Vietnamese signatures end with
    y0 = height * 0.78
    draw.line([(40, y0), (width * 0.55, y0 + rng.uniform(-6, 6)), (width - 40, y0 - 14)], fill=INK, width=3)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def counter_photo(caption: str, width: int = 800, height: int = 600) -> bytes:
    """A stand-in photo of an empty counter (the demo ships no real photographs of people or places)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (width, height), (214, 208, 196))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, height * 0.62, width, height], fill=(150, 112, 78))
    draw.rectangle([width * 0.15, height * 0.35, width * 0.85, height * 0.66], fill=(186, 150, 110),
                   outline=(90, 60, 40), width=4)
    draw.rectangle([width * 0.42, height * 0.18, width * 0.58, height * 0.3], fill=(250, 250, 250),
                   outline=(60, 60, 60), width=3)
    draw.ellipse([width * 0.7, height * 0.44, width * 0.78, height * 0.6], fill=(70, 70, 70))
    draw.text((20, 20), caption, fill=(20, 20, 20))
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=85)
    return out.getvalue()
