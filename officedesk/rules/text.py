"""Vietnamese names: normalisation, accent-insensitive search, and roster order.

Roster order (danh sách theo vần ABC): by given name (the last word), then the middle names left to right (a name
without one first), then the family name (the first word). Words compare letter by letter in the Vietnamese
alphabet, where ă â đ ê ô ơ ư are letters of their own: a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư
v (w) x y (z); f j w z, found in foreign names, sit where Latin puts them. Two words with the same letters then
compare by tone: ngang, huyền, hỏi, ngã, sắc, nặng, the order Vietnamese dictionaries commonly use and the one
CLDR's Vietnamese collation encodes (`&̀<<̉<<̃<<́<<̣`); tests/rules/test_text.py checks it against
QCollator(QLocale("vi_VN")) word by word. Unlike ICU, a word's tone is that of the syllable wherever the mark sits,
so the old and new spellings "Hoà" and "Hòa" sort together. Then letter case, then the exact text, so that the key
is a total order. Digraphs (ch, gi, kh, ng, nh, ph, th, tr) are not letters of their own, as in CLDR.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng: the sort order after ngang
# Legacy font converters (TCVN3, VNI) often turn Đ into the Icelandic eth, which looks the same on screen.
_D_LIKE = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_ETH_TO_D = str.maketrans({"ð": "đ", "Ð": "Đ"})
_VOWEL_MODIFIED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}

# The key uses only 0-9A-Za-z so that byte order (SQLite BINARY, PostgreSQL COLLATE "C") is its order. "0" ends a
# field and sorts below every symbol, which makes a shorter word sort before a longer one that begins with it.
_SYMBOLS = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_END = "0"
_LETTER_CODE = {ch: _SYMBOLS[10 + i] for i, ch in enumerate(ALPHABET)} | {
    str(digit): _SYMBOLS[digit] for digit in range(10)
}
_TONE_CODE = {mark: _SYMBOLS[i + 1] for i, mark in enumerate(TONE_MARKS)}
_NO_TONE = _SYMBOLS[0]


def nfc(s: str) -> str:
    """NFC, internal whitespace collapsed to single spaces, ends stripped."""
    return " ".join(unicodedata.normalize("NFC", s).split())


def fold(s: str) -> str:
    """A search key without case or diacritics: "Nguyễn Văn Tuấn" -> "nguyen van tuan"."""
    decomposed = unicodedata.normalize("NFD", s.lower())
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").translate(_D_LIKE)
    return " ".join(bare.lower().split())


def _word_fields(word: str) -> tuple[str, str, str]:
    """(letters, tones, case) codes of one word; characters outside the alphabet only count in the final tie-break."""
    letters: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    chars = unicodedata.normalize("NFD", word.translate(_ETH_TO_D))
    i = 0
    while i < len(chars):
        base = chars[i]
        marks = []
        i += 1
        while i < len(chars) and unicodedata.combining(chars[i]):
            marks.append(chars[i])
            i += 1
        lower = base.lower()
        # NFD orders marks by combining class, not meaning (ậ is a, dot below, circumflex): read them as a set.
        for mark in marks:
            lower = _VOWEL_MODIFIED.get((lower, mark), lower)
            if mark in _TONE_CODE:
                tones.append(_TONE_CODE[mark])
        code = _LETTER_CODE.get(lower)
        if code is not None:
            letters.append(code)
            cases.append("1" if base == base.lower() else "2")
    return "".join(letters), "".join(tones) or _NO_TONE, "".join(cases)


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family name, middle names, given name), the columns Họ, Đệm, Tên; a one-word name is a given name."""
    words = nfc(full_name).split(" ")
    if len(words) < 2:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def _word_key(word: str, cases: list[str]) -> str:
    letters, tones, case = _word_fields(word)
    if not letters:
        return ""
    cases.append(case)
    return letters + _END + tones + _END


def vn_sort_key(full_name: str) -> str:
    """An ASCII key whose plain byte order is the Vietnamese roster order; equal for NFC and NFD spellings.

    Fields: the given name; the middle names in turn; the family name; then letter case; then the exact text. Each
    group ends with the lowest symbol, so that fewer middle names, or none, sort first (Lê Hoa < Lê Thị Hoa).
    """
    family, middle, given = split_name(full_name)
    cases: list[str] = []
    key = _word_key(given, cases) + _END
    key += "".join(_word_key(word, cases) for word in middle.split(" ") if word) + _END
    key += _word_key(family, cases) + _END
    return key + "".join(cases) + _END + nfc(full_name).encode("utf-8").hex()


def sort_vietnamese(names: Iterable[str]) -> list[str]:
    return sorted(names, key=vn_sort_key)
