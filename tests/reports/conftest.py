"""Readers for the documents under test: text per page (pypdf and poppler), fonts, text near the page top."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader


@dataclass(frozen=True)
class PdfFacts:
    path: Path
    pages: list[str]  # NFC-normalised text of each page, as pypdf extracts it
    tops: list[list[str]]  # per page, text drawn in the top margin (above the type area)
    landscape: list[bool]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Whitespace collapsed: extraction breaks lines where the layout did."""
    return " ".join(nfc(text).split())


def _read_page(page: Any) -> tuple[str, list[str]]:
    """The page's text, and the pieces of it drawn above the 20 mm top margin (where page numbers go)."""
    height = float(page.mediabox.height)
    top: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        y = tm[5] * cm[3] + cm[5] if cm else tm[5]
        if text.strip() and y > height - 20 * 72 / 25.4:
            top.append(nfc(text.strip()))

    return nfc(page.extract_text(visitor_text=visit)), top


def read_pdf(path: Path) -> PdfFacts:
    reader = PdfReader(path)
    pages: list[str] = []
    tops: list[list[str]] = []
    landscape: list[bool] = []
    for page in reader.pages:
        text, top = _read_page(page)
        pages.append(text)
        tops.append(top)
        landscape.append(float(page.mediabox.width) > float(page.mediabox.height))
    return PdfFacts(path, pages, tops, landscape)


def poppler_text(path: Path) -> str:
    """A second, independent reader: poppler's pdftotext."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True)
    return nfc(out.stdout)


def pdf_fonts(path: Path) -> list[tuple[str, str, bool]]:
    """(name, type, embedded) for every font pdffonts lists."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type2] encoding emb sub uni object ID: read the flags from the right.
        emb = parts[-5]
        rows.append((parts[0], parts[1], emb == "yes"))
    return rows


BASE14 = ("Helvetica", "Times-", "Courier", "Symbol", "ZapfDingbats")


def assert_fonts_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "no fonts listed"
    for name, _, embedded in fonts:
        assert embedded, f"{name} is not embedded"
        assert not name.startswith(BASE14), f"base-14 font {name} referenced"


needs_poppler = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")


@pytest.fixture
def pdf() -> Callable[[Path], PdfFacts]:
    return read_pdf


@pytest.fixture
def poppler() -> Callable[[Path], str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return poppler_text


@pytest.fixture
def fonts_embedded() -> Callable[[Path], None]:
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils not installed")
    return assert_fonts_embedded


@pytest.fixture
def flat() -> Callable[[str], str]:
    return squash
