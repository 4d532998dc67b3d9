"""The inspections of a campaign, to choose the one whose minutes to print."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from officedesk.domain.enums import InspectionState
from officedesk.gui.units import labels
from officedesk.gui.units.models import SORT_ROLE, Column, Index, RecordTableModel, title_key
from officedesk.gui.word_filter import WordFilterProxy
from officedesk.rules.text import fold

_STATE = {
    InspectionState.DRAFT: QT_TRANSLATE_NOOP("InspectionsModel", "Draft"),
    InspectionState.SUBMITTED: QT_TRANSLATE_NOOP("InspectionsModel", "Awaiting signature"),
    InspectionState.SIGNED: QT_TRANSLATE_NOOP("InspectionsModel", "Signed"),
}


def _number_key(text: str | None) -> str:
    # "7/BB-ĐKT" before "16/BB-ĐKT": the number first, padded.
    head = (text or "").split("/", 1)[0]
    return head.zfill(6) if head.isdigit() else (text or "")


class InspectionsModel(RecordTableModel[dict[str, Any]]):
    """Rows of services.queries.list_inspections (the current version of each)."""

    NUMBER, DATE, UNIT, STATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, row_id=lambda r: r["id"])
        self.set_columns([
            Column(self.tr("Number"), lambda r: r["number_text"] or self.tr("(no number yet)"),
                   sort=lambda r: _number_key(r["number_text"])),
            Column(self.tr("Date"), lambda r: labels.date_text(r["visit_date"]),
                   sort=lambda r: f"{r['visit_date'].isoformat()} {r['check_time']}"),
            Column(self.tr("Unit"), lambda r: r["unit_name"], sort=lambda r: title_key(r["unit_name"])),
            Column(self.tr("State"), self.state_text, tooltip=self.state_tooltip),
        ])

    def state_text(self, r: dict[str, Any]) -> str:
        try:
            text = QCoreApplication.translate("InspectionsModel", str(_STATE[InspectionState(r["state"])]))
        except ValueError:
            text = r["state"]
        if int(r["version"]) > 1:
            text += " " + self.tr("(amended)")
        return text

    def state_tooltip(self, r: dict[str, Any]) -> str:
        if int(r["version"]) > 1:
            return self.tr("Version {n}: {reason}").format(n=r["version"], reason=r["amendment_reason"] or "")
        return ""


class InspectionFilter(WordFilterProxy):
    """Keeps the inspections whose unit, number or date contains every word typed, accents or not."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def row_text(self, source_row: int, source_parent: Index) -> str | None:
        model = self.sourceModel()
        if not isinstance(model, InspectionsModel) or source_row >= model.rowCount():
            return None
        r = model.record(source_row)
        return fold(" ".join((r["unit_name"], r["unit_code"], r["number_text"] or "",
                              labels.date_text(r["visit_date"]))))
