"""How units, dates and times read on the units and reports screens."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from officedesk.domain.enums import CalendarDayKind, UnitKind

_CONTEXT = "UnitLabels"

_KIND = {
    UnitKind.PROVINCE: QT_TRANSLATE_NOOP("UnitLabels", "Province"),
    UnitKind.DEPARTMENT: QT_TRANSLATE_NOOP("UnitLabels", "Department"),
    UnitKind.CITY: QT_TRANSLATE_NOOP("UnitLabels", "City or district"),
    UnitKind.COMMUNE: QT_TRANSLATE_NOOP("UnitLabels", "Commune or ward"),
    UnitKind.SERVICE_CENTRE: QT_TRANSLATE_NOOP("UnitLabels", "Public administrative service centre"),
    UnitKind.SUB_UNIT: QT_TRANSLATE_NOOP("UnitLabels", "Sub-unit"),
}
_DAY_KIND = {
    CalendarDayKind.WORKING: QT_TRANSLATE_NOOP("UnitLabels", "Make-up working day"),
    CalendarDayKind.OFF: QT_TRANSLATE_NOOP("UnitLabels", "Day off"),
}
_SESSION = {
    "morning": QT_TRANSLATE_NOOP("UnitLabels", "Morning"),
    "afternoon": QT_TRANSLATE_NOOP("UnitLabels", "Afternoon"),
}
_WEEKDAY = (
    QT_TRANSLATE_NOOP("UnitLabels", "Monday"),
    QT_TRANSLATE_NOOP("UnitLabels", "Tuesday"),
    QT_TRANSLATE_NOOP("UnitLabels", "Wednesday"),
    QT_TRANSLATE_NOOP("UnitLabels", "Thursday"),
    QT_TRANSLATE_NOOP("UnitLabels", "Friday"),
    QT_TRANSLATE_NOOP("UnitLabels", "Saturday"),
    QT_TRANSLATE_NOOP("UnitLabels", "Sunday"),
)

# Where a kind of unit sits among its siblings in the tree: the way the province lists its units.
KIND_ORDER = {
    UnitKind.PROVINCE: 0,
    UnitKind.DEPARTMENT: 1,
    UnitKind.SERVICE_CENTRE: 2,
    UnitKind.CITY: 3,
    UnitKind.SUB_UNIT: 4,
    UnitKind.COMMUNE: 5,
}


def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source text.
    return QCoreApplication.translate(_CONTEXT, str(text))


def unit_kind_text(kind: str) -> str:
    try:
        return _t(_KIND[UnitKind(kind)])
    except ValueError:
        return kind


def day_kind_text(kind: str) -> str:
    try:
        return _t(_DAY_KIND[CalendarDayKind(kind)])
    except ValueError:
        return kind


def session_text(name: str) -> str:
    return _t(_SESSION[name]) if name in _SESSION else name


def weekday_text(d: date) -> str:
    return _t(_WEEKDAY[d.weekday()])


def date_text(d: date | None) -> str:
    """dd/mm/yyyy, as Vietnamese documents write dates; empty for no date."""
    return "" if d is None else d.strftime("%d/%m/%Y")


def time_text(t: time | None) -> str:
    return "" if t is None else t.strftime("%H:%M")


def month_day_text(md: tuple[int, int]) -> str:
    return f"{md[1]:02d}/{md[0]:02d}"
