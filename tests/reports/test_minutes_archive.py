"""A campaign's minutes as one archive PDF: each minutes numbers its own pages; progress and cancel work."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from officedesk.reports.data import MinutesData
from officedesk.reports.minutes_pdf import render_minutes, render_minutes_many
from officedesk.reports.output import RenderCancelled
from officedesk.reports.samples import sample_campaign


@pytest.fixture(scope="module")
def campaign() -> list[MinutesData]:
    return sample_campaign(5, seed=11)[1]


def test_archive_holds_each_minutes_with_its_own_numbering(
    campaign: list[MinutesData], tmp_path: Path, pdf: Callable[[Path], Any]
) -> None:
    path = tmp_path / "archive.pdf"
    pages = render_minutes_many(campaign, path)
    singles = [render_minutes(m, io.BytesIO()) for m in campaign]
    assert pages == sum(singles) == len(PdfReader(path).pages)
    facts = pdf(path)
    # A page with nothing in its top margin is some minutes' first page; numbering restarts after it.
    expected: list[list[str]] = []
    for count in singles:
        expected += [[]] + [[str(n)] for n in range(2, count + 1)]
    assert facts.tops == expected
    starts = [i for i, top in enumerate(facts.tops) if not top]
    for start, m in zip(starts, campaign, strict=True):
        assert m.unit_name in facts.pages[start]
        assert f"Số: {m.number_text}" in facts.pages[start]


def test_archive_has_no_signature_fields(campaign: list[MinutesData]) -> None:
    stream = io.BytesIO()
    render_minutes_many(campaign, stream)
    assert not PdfReader(stream).get_fields()


def test_progress_reports_each_minutes(campaign: list[MinutesData]) -> None:
    calls: list[tuple[int, int]] = []
    render_minutes_many(iter(campaign), io.BytesIO(), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, len(campaign)) for i in range(1, len(campaign) + 1)]


def test_cancel_writes_nothing(campaign: list[MinutesData], tmp_path: Path) -> None:
    path = tmp_path / "archive.pdf"
    done: list[int] = []
    with pytest.raises(RenderCancelled):
        render_minutes_many(campaign, path, progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 2)
    assert done == [1, 2]
    assert list(tmp_path.iterdir()) == []
    stream = io.BytesIO()
    with pytest.raises(RenderCancelled):
        render_minutes_many(campaign, stream, cancelled=lambda: True)
    assert stream.getvalue() == b""


def test_fonts_embedded_once_for_the_whole_archive(
    campaign: list[MinutesData], tmp_path: Path, fonts_embedded: Callable[[Path], None]
) -> None:
    path = tmp_path / "archive.pdf"
    render_minutes_many(campaign, path)
    fonts_embedded(path)


def test_an_empty_campaign_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_minutes_many([], tmp_path / "archive.pdf")
    assert list(tmp_path.iterdir()) == []
