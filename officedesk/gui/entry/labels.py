"""How statuses, reasons and post states look on the entry screen: words, colours and a key-letter icon.

Colour is never the only cue: every status has its word and an icon carrying the key that sets it.
"""

from __future__ import annotations

from functools import cache
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from officedesk.domain.enums import ExcuseReason, PostState, Status
from officedesk.gui import numbers
from officedesk.services.queries import Counts

_CONTEXT = "EntryLabels"

_STATUS = {
    Status.ON_TIME: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Present")),
    Status.LATE: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Late")),
    Status.EXCUSED: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Excused absence")),
    Status.UNEXCUSED: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Unexcused absence")),
    Status.LEFT_POST: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Left post")),
    Status.LEFT_EARLY: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Left early")),
}
_UNMARKED = cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Not marked"))
_REASON = {
    ExcuseReason.LEAVE: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Leave")),
    ExcuseReason.BUSINESS_TRIP: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Business trip")),
    ExcuseReason.SICK: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Sick")),
    ExcuseReason.TRAINING: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Training")),
    ExcuseReason.OTHER: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Other reason")),
}
_POST = {
    PostState.STAFFED: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "Staffed")),
    PostState.EMPTY: cast(str, QT_TRANSLATE_NOOP("EntryLabels", "EMPTY")),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: Status | str, unmarked: bool = False) -> str:
    return _t(_UNMARKED if unmarked else _STATUS[Status(status)])


def reason_text(reason: ExcuseReason | str) -> str:
    return _t(_REASON[ExcuseReason(reason)]) if reason else ""


def post_state_text(state: PostState | str) -> str:
    return _t(_POST[PostState(state)])


# The key that sets each status (the letters come from the Vietnamese words: Có mặt, Muộn, có Phép…).
STATUS_KEY: dict[Status, str] = {
    Status.ON_TIME: "C",
    Status.LATE: "M",
    Status.EXCUSED: "P",
    Status.UNEXCUSED: "K",
    Status.LEFT_POST: "R",
    Status.LEFT_EARLY: "S",
}

# (strong colour for the icon, pale background, dark text): the text colours keep a 7:1 contrast on the pale.
_COLOURS: dict[Status | None, tuple[str, str, str]] = {
    Status.ON_TIME: ("#2e7d32", "#e3f4e6", "#1b4d20"),
    Status.LATE: ("#b26a00", "#fff1cc", "#5c3700"),
    Status.EXCUSED: ("#1565c0", "#e1ecfa", "#0d3263"),
    Status.UNEXCUSED: ("#c62828", "#fde0df", "#7a1010"),
    Status.LEFT_POST: ("#8e24aa", "#f3e3f6", "#4e1460"),
    Status.LEFT_EARLY: ("#d84315", "#fde6da", "#6e2606"),
    None: ("#8a8a8a", "#f4f4f4", "#5f5f5f"),
}

EMPTY_POST_BG = QColor("#fde0df")
EMPTY_POST_FG = QColor("#9a0f0f")


def _key(status: Status | str | None, unmarked: bool) -> Status | None:
    return None if unmarked or status is None else Status(status)


def background(status: Status | str | None, unmarked: bool = False) -> QColor:
    return QColor(_COLOURS[_key(status, unmarked)][1])


def foreground(status: Status | str | None, unmarked: bool = False) -> QColor:
    return QColor(_COLOURS[_key(status, unmarked)][2])


@cache
def _icon(key: Status | None) -> QIcon:
    strong = QColor(_COLOURS[key][0])
    letter = STATUS_KEY[key] if key is not None else "?"
    icon = QIcon()
    for size in (16, 20, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0.5, 0.5, size - 1, size - 1)
        if key is None:
            # Unmarked: an outline only, so it reads as "nothing here yet".
            p.setPen(QPen(strong, 1.2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(strong)
        p.drawRoundedRect(rect, size * 0.22, size * 0.22)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.68))
        p.setFont(font)
        p.setPen(strong if key is None else QColor("white"))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
        p.end()
        icon.addPixmap(pixmap)
    return icon


def status_icon(status: Status | str | None, unmarked: bool = False) -> QIcon:
    return _icon(_key(status, unmarked))


_SUMMARY = cast(str, QT_TRANSLATE_NOOP(
    "EntrySummary",
    "Present {present}/{headcount} ({rate}) · Late {late} · Excused {excused} · Unexcused {unexcused} · "
    "Left post {left_post} · Left early {left_early} · Empty posts {empty}",
))
_NOT_MARKED = cast(str, QT_TRANSLATE_NOOP("EntrySummary", " · Not marked yet {count}"))


def percent_text(part: float, whole: float, english: bool) -> str:
    """A share in the interface's language: '3,45 %' in Vietnamese, '3.45%' in English (0 of 0 is 0)."""
    return numbers.percent(part, whole, vietnamese=not english)


def summary_text(counts: Counts, unmarked: int = 0) -> str:
    """The live strip: "Có mặt 21/24 (87,50 %) · Muộn 1 · Vắng có phép 1 · …", or in English "Present 21/24
    (87.50%) · …": the numbers are written as the language the sentence comes out in (the catalogue installed at
    start-up, settings.language(); none or an English one leaves the source text)."""
    template = QCoreApplication.translate("EntrySummary", _SUMMARY)
    english = template == _SUMMARY
    text = template.format(
        present=counts.present, headcount=counts.headcount,
        rate=percent_text(counts.present, counts.headcount, english), late=counts.late, excused=counts.excused,
        unexcused=counts.unexcused, left_post=counts.left_post, left_early=counts.left_early,
        empty=counts.empty_posts)
    if unmarked:
        text += QCoreApplication.translate("EntrySummary", _NOT_MARKED).format(count=unmarked)
    return text
