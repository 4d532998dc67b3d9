"""The fast ruled table: word wrap, balanced titles, page splits with the header repeated."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from officedesk.reports.fonts import active_fonts
from officedesk.reports.tables import Column, GridTable, balanced_lines, wrap_text

FONTS = active_fonts()
WORD = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠẦẤẨẪẬĐƯỜỚỞỠỢ", min_size=1, max_size=18)
TEXT = st.lists(WORD, min_size=1, max_size=25).map(" ".join)


def lines_of(cell: str | tuple[str, ...]) -> tuple[str, ...]:
    return cell if isinstance(cell, tuple) else (cell,)


@settings(max_examples=200, deadline=None)
@given(TEXT, st.floats(min_value=25, max_value=300))
def test_wrapped_lines_fit_and_keep_every_letter(text: str, width: float) -> None:
    lines = lines_of(wrap_text(text, FONTS.regular, 11, width))
    for line in lines:
        assert stringWidth(line, FONTS.regular, 11) <= width or len(line) == 1
    assert "".join("".join(lines).split()) == "".join(text.split())


@settings(max_examples=100, deadline=None)
@given(TEXT, st.floats(min_value=60, max_value=300))
def test_balanced_lines_are_no_more_than_greedy(text: str, width: float) -> None:
    greedy = lines_of(wrap_text(text, FONTS.bold, 13, width))
    balanced = balanced_lines(text, FONTS.bold, 13, width)
    assert len(balanced) == len(greedy)
    assert all(stringWidth(line, FONTS.bold, 13) <= width or " " not in line for line in balanced)
    assert "".join("".join(balanced).split()) == "".join(text.split())


def test_balanced_title_leaves_no_lone_word() -> None:
    title = "Việc chấp hành kỷ luật, kỷ cương hành chính sau Tết Nguyên đán Giáp Thìn 2024"
    first, second = balanced_lines(title, FONTS.bold, 14, 468)
    assert abs(len(first) - len(second)) < 20


def test_split_into_page_pieces_covers_every_row_once() -> None:
    rows = [(str(i), f"Người số {i}", "Có mặt") for i in range(1, 201)]
    table = GridTable([Column("STT", 1, "C"), Column("Họ và tên", 4), Column("Tình trạng", 2, "C")], rows, FONTS)
    pieces: list[GridTable] = []
    rest = table
    while True:
        _, height = rest.wrap(450, 600)
        if height <= 600:
            pieces.append(rest)
            break
        first, rest = rest.split(450, 600)  # type: ignore[assignment]
        assert first.wrap(450, 600)[1] <= 600
        pieces.append(first)
    covered = [i for p in pieces for i in range(p._start, p._stop)]
    assert covered == list(range(200))
    assert len(pieces) >= 5
    assert all(p._stop - p._start >= 2 for p in pieces)  # no lone row under a repeated header


def test_table_too_short_a_space_moves_on_whole() -> None:
    table = GridTable([Column("A", 1)], [("x",), ("y",), ("z",)], FONTS)
    table.wrap(400, 1000)
    assert table.split(400, 25) == []
