"""Fonts: the bundled family by default, Times New Roman when configured; reports never need Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from officedesk.reports import fonts
from officedesk.resources import resource_path


def test_bundled_family_is_registered_once() -> None:
    first = fonts.active_fonts()
    assert first == fonts.active_fonts()
    assert first.bold.endswith("-Bold") and first.bold_italic.endswith("-BoldItalic")


def test_times_new_roman_folder_replaces_the_bundled_family(tmp_path: Path) -> None:
    for source, target in zip(
        ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
         "LiberationSerif-BoldItalic.ttf"),
        ("times.ttf", "timesbd.ttf", "timesi.ttf", "TIMESBI.TTF"),
        strict=True,
    ):
        shutil.copy(resource_path("fonts", source), tmp_path / target)
    try:
        chosen = fonts.use_font_folder(tmp_path)
        assert chosen.family.startswith("ODTimes")
        assert fonts.active_fonts() == chosen
    finally:
        fonts.use_font_folder(None)
    assert fonts.active_fonts().family.startswith("ODSerif")


def test_incomplete_folder_is_refused(tmp_path: Path) -> None:
    shutil.copy(resource_path("fonts", "LiberationSerif-Regular.ttf"), tmp_path / "times.ttf")
    with pytest.raises(FileNotFoundError):
        fonts.use_font_folder(tmp_path)
    assert fonts.active_fonts().family.startswith("ODSerif")


def test_reports_import_no_qt() -> None:
    code = (
        "import sys, officedesk.reports.minutes_pdf, officedesk.reports.summary_pdf, "
        "officedesk.reports.history_pdf, officedesk.reports.excel_export, officedesk.reports.samples; "
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
