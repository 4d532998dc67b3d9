"""The inspection minutes, read back from real PDFs."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from officedesk.reports.data import MinutesData
from officedesk.reports.minutes_pdf import render_minutes
from officedesk.reports.samples import sample_minutes
from officedesk.rules.vnformat import percent_vi

Reader = Callable[[Path], Any]


@pytest.fixture(scope="module")
def minutes() -> MinutesData:
    return sample_minutes(24)


@pytest.fixture(scope="module")
def rendered(minutes: MinutesData, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("minutes") / "minutes.pdf"
    return path, render_minutes(minutes, path)


def test_page_count_is_returned(rendered: tuple[Path, int]) -> None:
    path, pages = rendered
    assert pages == len(PdfReader(path).pages) >= 2


def test_administrative_header(rendered: tuple[Path, int], pdf: Reader, flat: Callable[[str], str]) -> None:
    first = flat(pdf(rendered[0]).pages[0])
    for expected in (
        "UBND TỈNH LÀO CAI",
        "VĂN PHÒNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 07/BB-ĐKT",
        "Lào Cai, ngày 15 tháng 02 năm 2024",
        "BIÊN BẢN KIỂM TRA",
    ):
        assert expected in first


def test_body_in_the_press_form(
    minutes: MinutesData, rendered: tuple[Path, int], pdf: Reader, flat: Callable[[str], str]
) -> None:
    text = flat(pdf(rendered[0]).text)
    assert "Hôm nay, vào hồi 07 giờ 40 phút, ngày 15 tháng 02 năm 2024, tại trụ sở UBND xã Tả Phìn." in text
    share = percent_vi(minutes.present, minutes.headcount)
    assert f"có mặt {minutes.present}/{minutes.headcount} người ({share})" in text
    assert "," in share and "." not in share  # decimal comma
    for heading in ("I. THÀNH PHẦN", "II. NỘI DUNG KIỂM TRA", "III. KẾT LUẬN VÀ KIẾN NGHỊ"):
        assert heading in text
    assert "Buổi kiểm tra kết thúc vào hồi 08 giờ 05 phút cùng ngày. Biên bản được lập thành 02 bản" in text
    for label in ("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC KIỂM TRA", "ĐẠI DIỆN ĐOÀN KIỂM TRA", "NGƯỜI GHI BIÊN BẢN",
                  "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"):
        assert label in text
    assert "Nơi nhận:" in text
    assert "- Lưu: VT, Hồ sơ." in text


def test_every_staff_member_is_listed(minutes: MinutesData, rendered: tuple[Path, int], pdf: Reader) -> None:
    text = pdf(rendered[0]).text
    for row in minutes.staff:
        assert row.full_name in text


def test_second_reader_agrees(rendered: tuple[Path, int], poppler: Callable[[Path], str]) -> None:
    text = " ".join(poppler(rendered[0]).split())
    assert "Lào Cai, ngày 15 tháng 02 năm 2024" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Độc lập - Tự do - Hạnh phúc" in text


def test_fonts_are_embedded_and_never_base14(rendered: tuple[Path, int], fonts_embedded: Callable[[Path], None]) -> None:
    fonts_embedded(rendered[0])


def test_page_numbers_from_page_two_in_the_top_margin(rendered: tuple[Path, int], pdf: Reader) -> None:
    facts = pdf(rendered[0])
    assert facts.tops[0] == []
    for number, top in enumerate(facts.tops[1:], start=2):
        assert top == [str(number)]


def test_empty_signature_fields_over_the_blocks(rendered: tuple[Path, int]) -> None:
    reader = PdfReader(rendered[0])
    fields = reader.get_fields() or {}
    assert {"unit", "team", "minutes"} <= set(fields)
    for name in ("unit", "team", "minutes"):
        assert fields[name].get("/FT") == "/Sig"
        assert fields[name].get("/V") is None  # empty: a PAdES signer fills it
    last = reader.pages[-1]
    widgets = [a.get_object() for a in last.get("/Annots", [])]
    rects = {w["/T"]: [float(v) for v in w["/Rect"]] for w in widgets if "/T" in w}
    assert set(rects) == {"unit", "team", "minutes"}
    width, height = float(last.mediabox.width), float(last.mediabox.height)
    for x0, y0, x1, y1 in rects.values():
        assert 0 < x0 < x1 < width and 0 < y0 < y1 < height
        assert 160 < x1 - x0 < 180 and 65 < y1 - y0 < 76  # about 60 x 25 mm
    assert rects["unit"][0] < rects["team"][0]  # unit left, team right
    assert rects["minutes"][1] < rects["unit"][1]  # minute-taker below


def test_long_roster_repeats_the_table_header(tmp_path: Path, pdf: Reader) -> None:
    path = tmp_path / "long.pdf"
    pages = render_minutes(sample_minutes(100, photos=False), path)
    facts = pdf(path)
    assert pages >= 4
    for page in facts.pages[1:3]:
        assert "Họ và tên" in page and "Lý do/Ghi chú" in page and "STT" in page


def test_draft_is_marked_and_unnumbered(tmp_path: Path, pdf: Reader, flat: Callable[[str], str]) -> None:
    path = tmp_path / "draft.pdf"
    render_minutes(sample_minutes(24, number=None, draft=True), path)
    facts = pdf(path)
    assert "Số: …/BB-ĐKT" in flat(facts.pages[0])
    assert all("BẢN NHÁP" in page for page in facts.pages)
    assert "kết thúc vào hồi … giờ … phút" in flat(facts.text)


def test_amended_version_says_so_with_the_reason(tmp_path: Path, pdf: Reader, flat: Callable[[str], str]) -> None:
    path = tmp_path / "amended.pdf"
    reason = "Bổ sung giấy mời họp của ông Đỗ Thu Thảo (Giấy mời số 15/GM-UBND)"
    render_minutes(sample_minutes(24, amended_reason=reason), path)
    assert f"BẢN SỬA ĐỔI (lần 1) — Lý do: {reason}" in flat(pdf(path).pages[0])


def test_march_date_has_no_leading_zero_on_the_month(tmp_path: Path, pdf: Reader, flat: Callable[[str], str]) -> None:
    path = tmp_path / "march.pdf"
    render_minutes(sample_minutes(10, visit_date=date(2024, 3, 5), photos=False), path)
    assert "Lào Cai, ngày 05 tháng 3 năm 2024" in flat(pdf(path).pages[0])


def test_markup_characters_in_names_print_as_written(tmp_path: Path, pdf: Reader, flat: Callable[[str], str]) -> None:
    data = dataclasses.replace(sample_minutes(6, photos=False), unit_name="Phòng Tài chính & Kế hoạch <TP>")
    path = tmp_path / "markup.pdf"
    render_minutes(data, path)
    assert "Phòng Tài chính & Kế hoạch <TP>" in flat(pdf(path).text)


def test_missing_signatory_still_prints_its_block(tmp_path: Path, pdf: Reader) -> None:
    data = sample_minutes(6, photos=False, signed=False)
    data = dataclasses.replace(data, signatories=tuple(s for s in data.signatories if s.block != "minutes"))
    path = tmp_path / "unsigned.pdf"
    render_minutes(data, path)
    assert "NGƯỜI GHI BIÊN BẢN" in pdf(path).text
    assert "minutes" in (PdfReader(path).get_fields() or {})


def test_renders_into_a_stream(minutes: MinutesData) -> None:
    stream = io.BytesIO()
    pages = render_minutes(minutes, stream)
    assert stream.getvalue().startswith(b"%PDF") and len(PdfReader(stream).pages) == pages


def test_a_failed_render_leaves_no_file(tmp_path: Path, minutes: MinutesData) -> None:
    broken = dataclasses.replace(minutes, photos=(dataclasses.replace(minutes.photos[0], png_or_jpeg=b"not a photo"),))
    path = tmp_path / "broken.pdf"
    with pytest.raises(OSError):  # Pillow's UnidentifiedImageError
        render_minutes(broken, path)
    assert list(tmp_path.iterdir()) == []
