"""One person's record and one unit's scorecard across campaigns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from officedesk.reports.history_pdf import render_staff_history, render_unit_scorecard
from officedesk.reports.samples import sample_staff_history, sample_unit_scorecard


def test_staff_history(
    tmp_path: Path, pdf: Callable[[Path], Any], flat: Callable[[str], str], fonts_embedded: Callable[[Path], None]
) -> None:
    data = sample_staff_history()
    path = tmp_path / "history.pdf"
    assert render_staff_history(data, path) == 1
    text = flat(pdf(path).text)
    assert "Lào Cai, ngày 20 tháng 5 năm 2024" in text
    assert "Số:" not in text  # an extract, not a numbered document
    assert "Qua 5 lượt kiểm tra trong 4 đợt, Đỗ Văn Dũng có 3 lượt vi phạm" in text
    assert "tổng cộng 36 phút đi muộn" in text
    for row in data.rows:
        assert row.campaign in text
    fonts_embedded(path)


def test_unit_scorecard(
    tmp_path: Path, pdf: Callable[[Path], Any], flat: Callable[[str], str], fonts_embedded: Callable[[Path], None]
) -> None:
    data = sample_unit_scorecard()
    path = tmp_path / "scorecard.pdf"
    assert render_unit_scorecard(data, path) >= 1
    text = flat(pdf(path).text)
    assert "UBND xã Tả Phìn" in text
    # 48 staff, 2 late + 1 unexcused + 1 left post = 4 breaches: 8,33 %; the campaign before: 1 of 25, 4,00 %.
    assert "Tỷ lệ vi phạm đợt Sau Tết Giáp Thìn 2024 là 8,33 % so với 4,00 % đợt Đột xuất quý II/2023." in text
    assert "Biện pháp khắc phục chưa hoàn thành" in text
    assert "Bố trí người trực thay tại Quầy Đất đai" in text
    fonts_embedded(path)
