"""The chart by unit: what each unit was found at fault for, one horizontal bar per unit, stacked by kind.

This is the only module that imports QtCharts (about 80 ms): the page imports it when it first draws a
dashboard, after the window is on screen. The chart is a picture for the eye; the Units tab holds the same
numbers as a table for the keyboard and screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal, Slot
from PySide6.QtGui import QCursor, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from officedesk.gui.campaigns import labels
from officedesk.gui.campaigns.reads import UnitResult

# A category axis reserves room for its longest label: long unit names would squeeze the bars.
MAX_LABEL_CHARS = 30
ROW_HEIGHT = 26


def elide(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _total(r: UnitResult) -> int:
    return 0 if r.counts is None else r.counts.violations + r.counts.empty_posts


class UnitChart(QChartView):
    """Set with set_results(); emits unit_clicked(unit id) when a bar is clicked."""

    unit_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None, results: Sequence[UnitResult] = ()) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Chart of findings by unit"))
        self.setAccessibleDescription(self.tr("The same numbers are in the Units tab."))
        # Nothing to do with the keyboard here: Tab goes on to the table that carries the same numbers.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows: list[UnitResult] = []
        self.kinds: list[str] = []
        self.series: QHorizontalStackedBarSeries | None = None
        # With the results at once: each chart set costs ~15 ms, an empty one first would double that.
        self.set_results(results)

    def set_results(self, results: Sequence[UnitResult]) -> None:
        # Smallest first: a horizontal bar chart draws its first category at the bottom, so the worst is on top.
        rows = sorted((r for r in results if _total(r) > 0), key=lambda r: (_total(r), r.label), reverse=False)
        self.rows = rows
        self.kinds = [k for k in labels.FINDING_KINDS
                      if any(labels.finding_count(r.counts, k) for r in rows if r.counts is not None)]
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        chart.legend().setLabelColor(text_colour)
        self.series = None
        if not rows:
            chart.setTitle(self.tr("No one was found at fault in this campaign so far."))
            chart.setTitleBrush(text_colour)
            chart.legend().hide()
        else:
            series = QHorizontalStackedBarSeries()
            series.setBarWidth(0.7)
            chart.addSeries(series)
            for kind in self.kinds:
                bar_set = QBarSet(labels.finding_text(kind))
                bar_set.append([float(labels.finding_count(r.counts, kind)) for r in rows if r.counts is not None])
                series.append(bar_set)
                # After the series is in the chart: adding it applies the theme's colours.
                colour = labels.finding_colour(kind)
                bar_set.setColor(colour)
                bar_set.setBorderColor(colour)
                bar_set.setLabelColor(Qt.GlobalColor.white)
            series.setLabelsVisible(True)
            series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsCenter)
            series.setLabelsPrecision(3)
            units = QBarCategoryAxis()
            units.append(self._category_labels(rows))
            units.setLabelsColor(text_colour)
            units.setGridLineVisible(False)
            chart.addAxis(units, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(units)
            counts = QValueAxis()
            top = max(_total(r) for r in rows)
            if top <= 10:
                counts.setRange(0, top + 1 if top < 10 else 10)
                counts.setTickCount(int(counts.max()) + 1)
            else:
                counts.setRange(0, top)
                counts.applyNiceNumbers()
            counts.setLabelFormat("%d")
            counts.setLabelsColor(text_colour)
            # On top, by the legend: a long chart scrolls, and its top is what is in view.
            chart.addAxis(counts, Qt.AlignmentFlag.AlignTop)
            series.attachAxis(counts)
            series.clicked.connect(self._bar_clicked)
            series.hovered.connect(self._bar_hovered)
            self.series = series
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        self.setMinimumHeight(max(200, ROW_HEIGHT * len(rows) + 110))

    @staticmethod
    def _category_labels(rows: Sequence[UnitResult]) -> list[str]:
        # Categories must be unique (the axis merges equal ones), and eliding can make two names equal.
        out: list[str] = []
        for r in rows:
            text = elide(r.label)
            if text in out:
                text = elide(r.label, MAX_LABEL_CHARS - len(r.unit_code) - 3) + f" ({r.unit_code})"
            out.append(text)
        return out

    def unit_at(self, index: int) -> UnitResult | None:
        return self.rows[index] if 0 <= index < len(self.rows) else None

    @Slot(int, QBarSet)
    def _bar_clicked(self, index: int, _bar_set: QBarSet) -> None:
        unit = self.unit_at(index)
        if unit is not None:
            self.unit_clicked.emit(unit.unit_id)

    @Slot(bool, int, QBarSet)
    def _bar_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        unit = self.unit_at(index)
        if not status or unit is None:
            QToolTip.hideText()
            return
        value = int(bar_set.at(index))
        QToolTip.showText(QCursor.pos(), self.tr("{unit}\n{kind}: {count}\nClick to open the inspection.").format(
            unit=unit.unit_name, kind=bar_set.label(), count=value), self)
