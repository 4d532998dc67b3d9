"""Totals and rates shared by the PDFs and the Excel export, so both print the same figures."""

from __future__ import annotations

from collections.abc import Iterable

from officedesk.reports.data import Counts

ZERO = Counts(0, 0, 0, 0, 0, 0, 0, 0, 0)


def add(a: Counts, b: Counts) -> Counts:
    return Counts(
        a.headcount + b.headcount,
        a.present + b.present,
        a.late + b.late,
        a.excused + b.excused,
        a.unexcused + b.unexcused,
        a.left_post + b.left_post,
        a.left_early + b.left_early,
        a.empty_posts + b.empty_posts,
        a.inspections + b.inspections,
    )


def total(items: Iterable[Counts]) -> Counts:
    result = ZERO
    for c in items:
        result = add(result, c)
    return result


def share(part: int, whole: int) -> float:
    """A fraction of the headcount (0.0186 for 1,86 %); an empty unit has no breaches rather than a division error."""
    return part / whole if whole else 0.0


def violation_rate(c: Counts) -> float:
    return share(c.violations, c.headcount)


def late_rate(c: Counts) -> float:
    return share(c.late, c.headcount)


def unexcused_rate(c: Counts) -> float:
    return share(c.unexcused, c.headcount)


def present_rate(c: Counts) -> float:
    return share(c.present, c.headcount)
