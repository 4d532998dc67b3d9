from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCollator, QLocale

from officedesk.rules.text import fold, nfc, sort_vietnamese, split_name, vn_sort_key


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def test_fold_examples() -> None:
    assert fold("Nguyễn Văn Tuấn") == "nguyen van tuan"
    assert fold(nfd("Nguyễn Văn Tuấn")) == "nguyen van tuan"
    assert fold("  ĐỖ   Thị\tHƯỜNG \n") == "do thi huong"
    assert fold("Ðặng Ðức") == "dang duc"  # eth from legacy font converters
    assert fold("Trương Ngọc Ánh") == "truong ngoc anh"


def test_nfc_examples() -> None:
    assert nfc(nfd(" Nguyễn  Văn\u00a0Tuấn ")) == "Nguyễn Văn Tuấn"
    assert nfc(nfd("Tuấn")) != nfd("Tuấn")


@pytest.mark.parametrize(
    "ordered",
    [
        # The alphabet, with ă â đ ê ô ơ ư as letters of their own and f j w z in their Latin places.
        list("AĂÂBCDĐEÊFGHIJKLMNOÔƠPQRSTUƯVWXYZ"),
        # Tones: ngang, huyền, hỏi, ngã, sắc, nặng; letters before tones (mạ < mac).
        ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ", "Mac", "Mác", "Mạc", "Măng"],
        # Given name first, then middle names, then the family name.
        ["Trần Thị An", "Lê Án", "Phạm Văn Anh", "Hoàng Ăn", "Ngô Dung", "Đỗ Đức", "Nguyễn Văn Tuấn"],
        ["Nguyễn An", "Lê Thị An", "Lê Văn An", "Nguyễn Văn An", "Trần Văn An"],
        ["An", "Nguyễn An", "Nguyễn Thị An", "Anh"],
        ["Lê Thị Hoa", "Lê Thị Thu Hoa", "Lê Thu Hoa"],
        ["Võ Văn Hùng", "Vũ Văn Hùng", "Vương Văn Hùng"],
        ["Phạm Đình Dũng", "Phạm Đình Đăng", "Phạm Đình Đông", "Phạm Đình Đức"],
        ["Ngô Tiến", "Ngô Tố", "Ngô Tất Tố"],
        # Middle names before the family name, a name without one first.
        ["Trần Tố", "Ngô Tất Tố", "Lê Văn Tố"],
        ["Hoa", "Lê Hoa", "Trần Hoa", "Lê Thị Hoa"],
    ],
)
def test_roster_order(ordered: list[str]) -> None:
    assert sort_vietnamese(reversed(ordered)) == ordered
    assert sort_vietnamese(nfd(name) for name in ordered) == [nfd(name) for name in ordered]


def test_old_and_new_tone_placement_sort_together() -> None:
    names = ["Lê Hòa", "Lê Hoả", "Lê Hoà", "Lê Hoa", "Lê Hóa"]
    got = sort_vietnamese(names)
    assert got[0] == "Lê Hoa"
    assert set(got[1:3]) == {"Lê Hòa", "Lê Hoà"}
    assert got[3:] == ["Lê Hoả", "Lê Hóa"]


def test_split_name() -> None:
    assert split_name(" Nguyễn  Thị   Thu Hà ") == ("Nguyễn", "Thị Thu", "Hà")
    assert split_name(nfd("Lê Hoa")) == ("Lê", "", "Hoa")
    assert split_name("Hà") == ("", "", "Hà")
    assert split_name("") == ("", "", "")


def test_key_shape() -> None:
    key = vn_sort_key("Nguyễn Văn Tuấn")
    assert key.isascii() and key.isalnum()
    assert key == vn_sort_key(nfd("Nguyễn  Văn Tuấn "))
    assert vn_sort_key("") < vn_sort_key("A") < vn_sort_key("a b")
    assert vn_sort_key("NGUYỄN VĂN TUẤN") != key  # distinct, but adjacent: case comes after everything else
    names = ["Phạm Văn Tuấn", "NGUYỄN VĂN TUẤN", "Nguyễn Văn Tuấn", "Nguyễn Văn Tuần", "Nguyễn Văn Tuân"]
    assert sort_vietnamese(names) == names[::-1]


# --- reference order, computed from a table of the precomposed letters, independent of the key's encoding ---

REF_ALPHABET = "a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z".split()
REF_TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]  # ngang huyền hỏi ngã sắc nặng
REF_VOWELS = set("aăâeêioôơuưy")
REF_TABLE: dict[str, tuple[int, int, bool]] = {}
for _i, _letter in enumerate(REF_ALPHABET):
    for _t, _mark in enumerate(REF_TONES if _letter in REF_VOWELS else [""]):
        _ch = unicodedata.normalize("NFC", _letter + _mark)
        assert len(_ch) == 1
        REF_TABLE[_ch] = (_i, _t, False)
        REF_TABLE[_ch.upper()] = (_i, _t, True)
REF_CHARS = sorted(REF_TABLE)


def reference_key(name: str) -> tuple[object, ...]:
    words = name.split(" ")
    given, middles, family = words[-1], words[1:-1], words[:1] if len(words) > 1 else []
    cases: list[bool] = []

    def word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        entries = [REF_TABLE[ch] for ch in word]
        cases.extend(upper for _, _, upper in entries)
        return tuple(i for i, _, _ in entries), tuple(t for _, t, _ in entries if t) or (0,)

    fields = (word_key(given), tuple(word_key(w) for w in middles), tuple(word_key(w) for w in family))
    return fields, tuple(cases), name.encode()


ref_words = st.text(alphabet=st.sampled_from(REF_CHARS), min_size=1, max_size=5)
ref_names = st.lists(ref_words, min_size=1, max_size=4).map(" ".join)


def _sign(a: Any, b: Any) -> int:
    return int(a > b) - int(a < b)


@settings(max_examples=400)
@given(ref_names, ref_names)
def test_key_order_matches_reference(a: str, b: str) -> None:
    assert _sign(vn_sort_key(a), vn_sort_key(b)) == _sign(reference_key(a), reference_key(b))
    assert _sign(vn_sort_key(nfd(a)), vn_sort_key(b)) == _sign(reference_key(a), reference_key(b))


@given(st.lists(ref_names, max_size=12))
def test_sort_matches_reference(names: list[str]) -> None:
    assert sort_vietnamese(names) == sorted(names, key=reference_key)


@given(st.text())
def test_text_properties_on_any_input(s: str) -> None:
    assert fold(fold(s)) == fold(s)
    assert nfc(nfc(s)) == nfc(s)
    assert fold(nfd(s)) == fold(unicodedata.normalize("NFC", s))
    assert fold(s) == fold(nfc(s))
    key = vn_sort_key(s)
    assert key == "" or (key.isascii() and key.isalnum())
    assert key == vn_sort_key(nfd(s)) == vn_sort_key(unicodedata.normalize("NFC", s))


@given(ref_names)
def test_fold_strips_every_vietnamese_mark(name: str) -> None:
    folded = fold(name)
    assert folded.isascii()
    assert folded == fold(nfd(name)) == fold(name.upper())


# --- comparison with ICU through QCollator(QLocale("vi_VN")) ---


def _icu_roster_compare() -> Callable[[str, str], int] | None:
    """Word-by-word QCollator comparison in roster order, or None when Qt's ICU has no Vietnamese tailoring."""
    collator = QCollator(QLocale("vi_VN"))
    # Without ICU, Qt falls back to a plain code-point order that puts "ă" after "z".
    if not (collator.compare("ă", "b") < 0 and collator.compare("d", "đ") < 0 < collator.compare("e", "đ")):
        return None

    def words(compare_words: Callable[[str, str], int], xs: list[str], ys: list[str]) -> int:
        for x, y in zip(xs, ys, strict=False):
            if c := compare_words(x, y):
                return c
        return len(xs) - len(ys)

    def compare(a: str, b: str) -> int:
        (fa, ma, ga), (fb, mb, gb) = split_name(a), split_name(b)
        return (
            collator.compare(ga, gb)
            or words(collator.compare, ma.split(), mb.split())
            or words(collator.compare, fa.split(), fb.split())
        )

    return compare


ICU_COMPARE = _icu_roster_compare()
needs_icu = pytest.mark.skipif(ICU_COMPARE is None, reason="QCollator here has no ICU Vietnamese collation")

SAMPLE = [
    "Nguyễn Văn Tuấn", "Trần Thị Lan", "Lê Văn Dũng", "Phạm Thị Hoa", "Hoàng Văn Nam", "Vũ Thị Mai",
    "Đặng Văn Đức", "Bùi Thị Ánh", "Đỗ Văn An", "Hồ Thị Ân", "Ngô Văn Ăn", "Dương Thị Yến", "Lý Văn Long",
    "Nguyễn Thị Thu Hà", "Nguyễn Thị Hà", "Trương Văn Hải", "Phan Thị Hải", "Võ Văn Hậu", "Mai Thị Hằng",
    "Tạ Văn Hưng", "Lương Thị Hương", "Đinh Văn Ước", "Cao Thị Út", "Chu Văn Ơn", "Kiều Thị Ôn", "Lò Văn On",
    "Giàng A Páo", "Sùng Thị Mỷ", "Hà Văn Mỹ", "Tòng Văn Mý", "Lù Thị Mỵ", "Hoàng Thị Thảo", "Vi Văn Thao",
]  # fmt: skip


@needs_icu
def test_sample_order_agrees_with_qcollator() -> None:
    assert ICU_COMPARE is not None
    assert sort_vietnamese(SAMPLE) == sorted(SAMPLE, key=functools.cmp_to_key(ICU_COMPARE))


INITIALS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu", "s",
            "t", "th", "tr", "v", "x"]  # fmt: skip
RIMES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "an", "anh", "ăn", "ân", "ang", "em", "ên",
         "inh", "oa", "oan", "ông", "ơn", "uy", "ương", "ươc", "iêu", "uân", "ưng", "ung", "ai", "ao"]  # fmt: skip


@st.composite
def syllables(draw: st.DrawFn) -> str:
    rime = draw(st.sampled_from(RIMES))
    tone = draw(st.sampled_from(REF_TONES))
    # The mark goes on the last vowel of the rime: one fixed place per rime, as ICU compares mark positions.
    at = max(i for i, ch in enumerate(rime) if ch in REF_VOWELS)
    toned = unicodedata.normalize("NFC", rime[: at + 1] + tone + rime[at + 1 :])
    word = draw(st.sampled_from(INITIALS)) + toned
    return word[0].upper() + word[1:]


icu_names = st.lists(syllables(), min_size=1, max_size=4).map(" ".join)


@needs_icu
@settings(max_examples=300)
@given(icu_names, icu_names)
def test_pairs_agree_with_qcollator(a: str, b: str) -> None:
    assert ICU_COMPARE is not None
    icu = ICU_COMPARE(a, b)
    ours = _sign(vn_sort_key(a), vn_sort_key(b))
    if icu:
        assert ours == (1 if icu > 0 else -1)
    else:
        assert a == b or ours != 0
