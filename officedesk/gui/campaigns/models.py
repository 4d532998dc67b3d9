"""Table models of the campaigns screen: the campaigns, and one campaign's results by unit."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from officedesk.gui.campaigns import labels
from officedesk.gui.campaigns.reads import UnitResult
from officedesk.gui.numbers import integer, rate
from officedesk.gui.table_model import Index, RowsTableModel
from officedesk.rules.vnformat import date_short

# The raw value a column sorts by (numbers as numbers, dates as ISO text), and the id a row stands for.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CampaignListModel(RowsTableModel[dict[str, Any]]):
    """services.queries.list_campaigns, newest first."""

    class Col(IntEnum):
        CODE = 0
        NAME = 1
        DATES = 2
        PROGRESS = 3

    def row_of(self, campaign_id: str) -> int:
        return self.row_where(lambda r: r["id"] == campaign_id)

    def campaign(self, row: int) -> dict[str, Any] | None:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Campaign"), self.tr("Dates"), self.tr("Progress"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_of_index(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.Col.CODE:
                return r["code"]
            if col == self.Col.NAME:
                return r["name"]
            if col == self.Col.DATES:
                return f"{date_short(r['start_date'])} – {date_short(r['end_date'])}"
            if col == self.Col.PROGRESS:
                return labels.units_progress_text(int(r["inspected_units"]), int(r["planned_units"]))
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.Col.NAME:
            return f"{r['name']}\n{r['legal_basis']}" if r.get("legal_basis") else r["name"]
        elif role == ID_ROLE:
            return r["id"]
        return None


class UnitResultsModel(RowsTableModel[UnitResult]):
    """One campaign's results, a row per planned unit; a unit not yet inspected shows so."""

    class Col(IntEnum):
        # What was found comes first, next to the name; the visit's particulars last.
        UNIT = 0
        RATE = 1
        LATE = 2
        UNEXCUSED = 3
        LEFT_POST = 4
        LEFT_EARLY = 5
        EMPTY_POSTS = 6
        HEADCOUNT = 7
        PRESENT = 8
        VISITED = 9
        STATE = 10

    _COUNT_FIELDS = {Col.HEADCOUNT: "headcount", Col.PRESENT: "present", Col.LATE: "late",
                     Col.UNEXCUSED: "unexcused", Col.LEFT_POST: "left_post", Col.LEFT_EARLY: "left_early",
                     Col.EMPTY_POSTS: "empty_posts"}

    _NUMBERS = frozenset({*_COUNT_FIELDS, Col.RATE})

    def result(self, row: int) -> UnitResult | None:
        return self.row_at(row)

    def row_of_unit(self, unit_id: str) -> int:
        return self.row_where(lambda r: r.unit_id == unit_id)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Unit"), self.tr("Rate"), self.tr("Late"), self.tr("Unexcused"), self.tr("Away"),
                self.tr("Left early"), self.tr("Empty posts"), self.tr("Staff"), self.tr("Present"),
                self.tr("Inspected on"), self.tr("Minutes"))

    def header_tip(self, column: int) -> str | None:
        return {
            self.Col.STATE: self.tr("The minutes' number and where the inspection stands"),
            self.Col.HEADCOUNT: self.tr("Staff of the unit on the day of the inspection"),
            self.Col.PRESENT: self.tr("On time or late"),
            self.Col.UNEXCUSED: self.tr("Absent without permission"),
            self.Col.LEFT_POST: self.tr("Away from their post"),
            self.Col.EMPTY_POSTS: self.tr("Required posts with nobody at them at the check time"),
            self.Col.RATE: self.tr("Violation rate: late, absent without permission, away from their post or "
                                   "left early, as a share of the staff"),
        }.get(self.Col(column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_of_index(index)
        if r is None:
            return None
        col = self.Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:
            return self._sort_value(r, col)
        if role == ID_ROLE:
            return r.inspection_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._NUMBERS:
            return int(_RIGHT.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.Col.UNIT:
                return f"{r.unit_name} ({r.unit_code})"
            if r.counts is None:
                return self.tr("Not inspected yet")
        if role == Qt.ItemDataRole.FontRole and r.counts is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def texts(self, column: int) -> list[str]:
        """What the column shows in each row, for sizing it without asking the view to measure every cell."""
        col = self.Col(column)
        return [self._display(r, col) for r in self._rows]

    def _display(self, r: UnitResult, col: Col) -> str:
        if col == self.Col.UNIT:
            return r.unit_name
        if r.counts is None:
            return self.tr("Not inspected yet") if col == self.Col.VISITED else "—"
        if col == self.Col.VISITED:
            text = date_short(r.visit_date) if r.visit_date else ""
            if r.inspections > 1:
                text += " " + self.tr("({count} visits)").format(count=r.inspections)
            return text
        if col == self.Col.STATE:
            state = labels.state_text(r.state)
            return f"{r.number_text} · {state}" if r.number_text else state
        if col == self.Col.RATE:
            return rate(r.counts.violation_rate)
        return integer(getattr(r.counts, self._COUNT_FIELDS[col]))

    def _sort_value(self, r: UnitResult, col: Col) -> Any:
        if col == self.Col.UNIT:
            return r.unit_name
        if r.counts is None:
            return -1 if col in self._NUMBERS else ""
        if col == self.Col.VISITED:
            return r.visit_date.isoformat() if r.visit_date else ""
        if col == self.Col.STATE:
            return r.number_text or ""
        if col == self.Col.RATE:
            return r.counts.violation_rate
        return getattr(r.counts, self._COUNT_FIELDS[col])
