"""Vietnamese number and date formats used on screen and in administrative documents."""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal


def decimal_vi(value: float, places: int = 2) -> str:
    """A decimal with a comma, thousands grouped with dots: 1234.5 -> '1.234,50'."""
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ".".join(groups)
    return f"{sign}{text},{frac}" if places > 0 else f"{sign}{text}"


def integer_vi(value: int) -> str:
    return decimal_vi(value, 0)


def percent_vi(part: float, whole: float, places: int = 2) -> str:
    """A share of a whole as the press and reports write it: '1,86 %'. An empty whole gives '0,00 %'."""
    share = 0.0 if not whole else 100.0 * part / whole
    return f"{decimal_vi(share, places)} %"


def rate_vi(rate: float, places: int = 2) -> str:
    """A rate already in percent: 1.857 -> '1,86 %'."""
    return f"{decimal_vi(rate, places)} %"


def day_month_vi(d: date) -> tuple[str, str]:
    """Decree 30: a leading zero on days below 10 and on months 1 and 2 only."""
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return day, month


def date_line(place: str, d: date) -> str:
    """'Lào Cai, ngày 05 tháng 02 năm 2024'."""
    day, month = day_month_vi(d)
    return f"{place}, ngày {day} tháng {month} năm {d.year}"


def date_words(d: date) -> str:
    """'ngày 16 tháng 3 năm 2024' (no place)."""
    day, month = day_month_vi(d)
    return f"ngày {day} tháng {month} năm {d.year}"


def date_short(d: date) -> str:
    """'15/02/2024', the numeric form used in tables."""
    return d.strftime("%d/%m/%Y")


def time_short(t: time | None) -> str:
    """'07:52', or '' for no time."""
    return "" if t is None else t.strftime("%H:%M")


def clock_words(t: time) -> str:
    """'07 giờ 40 phút', as minutes write start and end times."""
    return f"{t.hour:02d} giờ {t.minute:02d} phút"
