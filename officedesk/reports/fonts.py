"""The serif family every document is set in, registered with ReportLab once per process.

Decree 30 asks for Times New Roman. It is not free to bundle, so the default is Liberation Serif, which has the
same metrics (line breaks and page counts match) and covers Vietnamese. An office that has Times New Roman
installed can point `use_font_folder` at it. Fonts are TrueType, so ReportLab embeds a subset of each in every
PDF; no document may fall back to a base-14 font, which would be neither embedded nor Vietnamese-capable.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from officedesk.resources import resource_path


@dataclass(frozen=True, slots=True)
class FontSet:
    """The ReportLab names of one registered family."""

    family: str
    regular: str
    bold: str
    italic: str
    bold_italic: str


# File names of the bundled family and of Times New Roman as Windows and the msttcorefonts package install it.
_LIBERATION = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
_TIMES_CANDIDATES = (
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf", "Times_New_Roman_Bold_Italic.ttf"),
)

_lock = threading.Lock()
_registered: dict[tuple[Path, ...], FontSet] = {}
_folder: Path | None = None


def _find(folder: Path, names: tuple[str, ...]) -> tuple[Path, ...] | None:
    # Windows folders are case-insensitive but copies on Linux keep whatever case they were given.
    by_lower = {p.name.lower(): p for p in folder.iterdir() if p.is_file()} if folder.is_dir() else {}
    found = tuple(by_lower.get(n.lower()) for n in names)
    return None if any(p is None for p in found) else tuple(p for p in found if p is not None)


def _register(files: tuple[Path, ...], family: str) -> FontSet:
    key = tuple(p.resolve() for p in files)
    with _lock:
        known = _registered.get(key)
        if known is not None:
            return known
        # A distinct family name per folder, so switching fonts never reuses stale metrics under the same name.
        family = f"{family}{len(_registered)}" if _registered else family
        names = FontSet(family, family, f"{family}-Bold", f"{family}-Italic", f"{family}-BoldItalic")
        for name, path in zip((names.regular, names.bold, names.italic, names.bold_italic), key, strict=True):
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            family, normal=names.regular, bold=names.bold, italic=names.italic, boldItalic=names.bold_italic
        )
        # Paragraph markup (<b>, <i>) resolves through these mappings.
        addMapping(family, 0, 0, names.regular)
        addMapping(family, 1, 0, names.bold)
        addMapping(family, 0, 1, names.italic)
        addMapping(family, 1, 1, names.bold_italic)
        _registered[key] = names
        return names


def bundled_fonts() -> FontSet:
    files = tuple(resource_path("fonts", n) for n in _LIBERATION)
    return _register(files, "ODSerif")


def times_new_roman_files(folder: Path) -> tuple[Path, ...] | None:
    """The four Times New Roman files in `folder`, or None when any is missing."""
    for names in _TIMES_CANDIDATES:
        found = _find(folder, names)
        if found is not None:
            return found
    return None


def use_font_folder(folder: Path | None) -> FontSet:
    """Set the Times New Roman folder from the settings (None: the bundled family) and return the active set.

    Raises FileNotFoundError when the folder lacks one of the four styles, so the settings screen can say so.
    """
    global _folder
    if folder is not None and times_new_roman_files(folder) is None:
        raise FileNotFoundError(f"Times New Roman (regular, bold, italic, bold italic) not found in {folder}")
    _folder = folder
    return active_fonts()


def active_fonts() -> FontSet:
    """The family documents are set in now; registers it on first use."""
    if _folder is not None:
        files = times_new_roman_files(_folder)
        if files is not None:
            return _register(files, "ODTimes")
    return bundled_fonts()
