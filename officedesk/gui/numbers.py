"""Numbers on screen in the interface's language: "1.130" and "2,12 %" in Vietnamese, "1,130" and "2.12%" in
English. Documents (minutes, summaries) are always Vietnamese and use officedesk.rules.vnformat directly.

The language is the one i18n.install_translators set as Qt's default locale at start-up.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

from officedesk.rules.vnformat import integer_vi, percent_vi, rate_vi


def _vietnamese() -> bool:
    return QLocale().language() == QLocale.Language.Vietnamese


def _two_places(value: float) -> str:
    # Half up, as the Vietnamese formatter rounds: the two languages never disagree on the last digit.
    return str(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def integer(value: int) -> str:
    return integer_vi(value) if _vietnamese() else f"{value:,}"


def percent(part: float, whole: float, *, vietnamese: bool | None = None) -> str:
    """A share of a whole; an empty whole gives 0. `vietnamese` overrides the default locale's language."""
    if _vietnamese() if vietnamese is None else vietnamese:
        return percent_vi(part, whole)
    return f"{_two_places(0.0 if not whole else 100.0 * part / whole)}%"


def rate(value: float) -> str:
    """A rate already in percent: 1.857 -> '1,86 %' / '1.86%'."""
    return rate_vi(value) if _vietnamese() else f"{_two_places(value)}%"
