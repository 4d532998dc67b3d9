"""The campaign summary (báo cáo), its figures and its ranking."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from officedesk.reports import figures
from officedesk.reports.data import Counts, SummaryData, UnitSummaryRow
from officedesk.reports.samples import sample_summary
from officedesk.reports.summary_pdf import comparison_sentence, ranking, render_summary


def counts(headcount: int, late: int = 0, unexcused: int = 0) -> Counts:
    return Counts(headcount, headcount - unexcused, late, 0, unexcused, 0, 0, 0, 1)


@pytest.fixture(scope="module")
def summary() -> SummaryData:
    return sample_summary()


@pytest.fixture(scope="module")
def rendered(summary: SummaryData, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("summary") / "summary.pdf"
    return path, render_summary(summary, path)


def test_comparison_sentence_as_the_press_writes_it() -> None:
    # 26 and 52 breaches among 1,400 staff give the rates the press quoted (1,857 % and 3,714 %).
    now, before = counts(1400, late=26), counts(1400, late=52)
    assert comparison_sentence(now, before, "năm trước") == (
        "Tỷ lệ vi phạm 1,86 % so với 3,71 % năm trước (giảm 1,85 điểm phần trăm)."
    )
    assert comparison_sentence(before, now, "năm trước").endswith("(tăng 1,85 điểm phần trăm).")
    assert comparison_sentence(now, None, "năm trước") == "Tỷ lệ vi phạm 1,86 %."


def test_ranking_best_first_with_shared_ranks() -> None:
    units = [
        UnitSummaryRow("B", "x", counts(50, late=2)),
        UnitSummaryRow("A", "x", counts(100, late=4)),  # same rate as B: same rank
        UnitSummaryRow("C", "x", counts(40)),
        UnitSummaryRow("D", "x", counts(10, late=1)),
    ]
    assert ranking(units) == [2, 2, 1, 4]


def test_empty_unit_has_no_rate_rather_than_an_error() -> None:
    assert figures.violation_rate(counts(0)) == 0.0


def test_summary_reads_like_a_report(
    summary: SummaryData, rendered: tuple[Path, int], pdf: Callable[[Path], Any], flat: Callable[[str], str]
) -> None:
    path, pages = rendered
    facts = pdf(path)
    assert pages == len(facts.pages)
    first = flat(facts.pages[0])
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 15/BC-VP", "Lào Cai, ngày 19 tháng 02 năm 2024",
                     "BÁO CÁO", "I. KẾT QUẢ KIỂM TRA"):
        assert expected in first
    text = flat(facts.text)
    total = figures.total(u.counts for u in summary.units)
    assert comparison_sentence(total, summary.previous, "năm trước") in text
    for expected in ("Cá nhân vi phạm nhiều lần", "Đỗ Văn Dũng", "TÌNH HÌNH THỰC HIỆN BIỆN PHÁP KHẮC PHỤC",
                     "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nơi nhận:", "Lưu: VT, Hồ sơ.", "TỔNG CỘNG"):
        assert expected in text
    for unit in summary.units:
        assert unit.unit_name in text


def test_rates_carry_two_decimals_and_a_comma(rendered: tuple[Path, int], pdf: Callable[[Path], Any]) -> None:
    text = pdf(rendered[0]).text
    assert re.search(r"\d+,\d\d %", text)
    assert not re.search(r"\d+\.\d\d %", text)


def test_unit_table_is_a_landscape_annex_with_its_header_on_each_page(
    rendered: tuple[Path, int], pdf: Callable[[Path], Any]
) -> None:
    facts = pdf(rendered[0])
    assert facts.landscape[0] is False
    annex = [i for i, wide in enumerate(facts.landscape) if wide]
    assert annex and annex == list(range(annex[0], len(facts.pages)))
    assert "PHỤ LỤC" in facts.pages[annex[0]]
    for i in annex:
        assert "Tỷ lệ vi" in facts.pages[i] and "Xếp" in facts.pages[i]


def test_fonts_embedded(rendered: tuple[Path, int], fonts_embedded: Callable[[Path], None]) -> None:
    fonts_embedded(rendered[0])
