"""Benchmarks of the document layer; each call times one run and returns (seconds, baseline seconds or None).

Targets: the campaign archive of 500 units / 20,000 staff within 4x a bare canvas drawing the same rows; one
100-staff minutes within 0.25 s; the summary within 1 s; the Excel export within 5 s. `tests/bench/run.py`
warms each up, repeats it and prints medians; `python tests/bench/bench_reports.py` gives a quick reading.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import lru_cache
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from officedesk.reports.data import MinutesData, SummaryData
from officedesk.reports.excel_export import export_campaign_xlsx
from officedesk.reports.fonts import active_fonts
from officedesk.reports.minutes_pdf import render_minutes, render_minutes_many, staff_cells
from officedesk.reports.samples import sample_campaign, sample_minutes
from officedesk.reports.summary_pdf import render_summary

UNITS = 500
STAFF_PER_UNIT = 40


@lru_cache(maxsize=1)
def _single() -> MinutesData:
    return sample_minutes(100)


@lru_cache(maxsize=1)
def campaign() -> tuple[SummaryData, list[MinutesData]]:
    return sample_campaign(UNITS, STAFF_PER_UNIT)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def canvas_baseline(minutes: list[MinutesData]) -> None:
    """The floor: the same roster cells drawn with drawString, 42 rows a page, nothing else."""
    fonts = active_fonts()
    canvas = Canvas(BytesIO(), pagesize=A4, initialFontName=fonts.regular)
    xs = (85.0, 113.0, 213.0, 300.0, 365.0, 405.0, 447.0)
    y = 800.0
    canvas.setFont(fonts.regular, 11)
    for m in minutes:
        for row in staff_cells(m):
            for x, text in zip(xs, row, strict=True):
                canvas.drawString(x, y, text)
            y -= 17
            if y < 60:
                canvas.showPage()
                canvas.setFont(fonts.regular, 11)
                y = 800.0
    canvas.save()


def bench_minutes_archive() -> tuple[float, float | None]:
    """All 500 minutes as one archive PDF, against the bare canvas baseline."""
    _, minutes = campaign()
    active_fonts()  # registration is a one-off start-up cost, not part of either side
    return timed(lambda: render_minutes_many(minutes, BytesIO())), timed(lambda: canvas_baseline(minutes))


def bench_minutes_single() -> tuple[float, float | None]:
    """One signed minutes with a 100-person roster, signature fields included."""
    data = _single()
    return timed(lambda: render_minutes(data, BytesIO())), None


def bench_summary() -> tuple[float, float | None]:
    """The campaign summary over 500 units."""
    summary, _ = campaign()
    return timed(lambda: render_summary(summary, BytesIO())), None


def bench_excel() -> tuple[float, float | None]:
    """The campaign workbook: summary sheet and the 20,000-row roster sheet."""
    summary, minutes = campaign()
    return timed(lambda: export_campaign_xlsx(summary, minutes, BytesIO())), None


BENCHES = {
    "minutes archive 500 units x 40 staff (vs canvas)": bench_minutes_archive,
    "minutes 100 staff with signature fields": bench_minutes_single,
    "campaign summary 500 units": bench_summary,
    "campaign Excel 500 units x 40 staff": bench_excel,
}


if __name__ == "__main__":
    for name, bench in BENCHES.items():
        bench()  # warm-up: sample data, fonts, caches
        seconds, baseline = min(bench() for _ in range(3))
        ratio = f"  ({seconds / baseline:.1f}x the baseline's {baseline:.2f} s)" if baseline else ""
        print(f"{name:50s} {seconds:6.2f} s{ratio}")
