"""Bar charts for the summary, drawn with ReportLab graphics in the document's own fonts and in greys.

Greys because administrative documents print black on office laser printers; every text element gets the
document font explicitly, since ReportLab graphics default to an unembedded Helvetica.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color, black

from officedesk.reports.fonts import FontSet
from officedesk.reports.tables import text_width
from officedesk.rules.vnformat import decimal_vi

DARK = Color(0.3, 0.3, 0.3)
LIGHT = Color(0.72, 0.72, 0.72)
LABEL_SIZE = 9.0


def _drawing(width: float, height: float, fonts: FontSet, title: str) -> Drawing:
    d = Drawing(width, height)
    # The renderer starts from these; left unset it would select Helvetica before any text is drawn.
    d.initialFontName = fonts.regular
    d.initialFontSize = LABEL_SIZE
    d.add(String(width / 2, height - 12, title, fontName=fonts.bold, fontSize=11, textAnchor="middle"))
    return d


def _fit(text: str, font: str, size: float, width: float) -> str:
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _nice_max(value: float) -> float:
    """The smallest round axis end (five steps of 1, 2, 2.5 or 5 times a power of ten) at or above value."""
    scale = 0.01
    while True:
        for step in (1, 2, 2.5, 5):
            if step * scale * 5 >= value:
                return step * scale * 5
        scale *= 10


def rate_bars(names: Sequence[str], rates: Sequence[float], fonts: FontSet, width: float, title: str) -> Drawing:
    """One horizontal bar per unit, highest at the top, labelled '4,17 %'. `rates` are in percent."""
    label_w = min(170.0, width * 0.38)
    bar_h = 16.0
    height = 40 + bar_h * max(len(names), 1)
    d = _drawing(width, height, fonts, title)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 16
    chart.width, chart.height = width - label_w - 50, bar_h * max(len(names), 1)
    # The category axis runs bottom-up; reverse so the worst unit heads the list.
    chart.data = [list(reversed(rates)) or [0.0]]
    chart.categoryAxis.categoryNames = [_fit(n, fonts.regular, LABEL_SIZE, label_w - 8) for n in reversed(names)]
    chart.bars[0].fillColor = DARK
    chart.bars[0].strokeColor = None
    chart.barWidth = bar_h * 0.7
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(rates, default=1.0) * 1.15 or 1.0)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labelTextFormat = lambda v: decimal_vi(v, 1)
    chart.barLabelFormat = lambda v: f"{decimal_vi(v, 2)} %"
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = black
    d.add(chart)
    return d


def kind_bars(
    kinds: Sequence[str],
    current: Sequence[int],
    previous: Sequence[int] | None,
    fonts: FontSet,
    width: float,
    title: str,
    series: tuple[str, str] = ("Đợt này", "Năm trước"),
) -> Drawing:
    """Breaches by kind, beside the previous campaign's when there is one."""
    height = 190.0
    d = _drawing(width, height, fonts, title)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 40
    chart.width, chart.height = width - 60, height - 80
    data = [list(current)] + ([list(previous)] if previous is not None else [])
    chart.data = data
    chart.categoryAxis.categoryNames = list(kinds)
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.dy = -4
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    top = max((v for row in data for v in row), default=1)
    chart.valueAxis.valueMax = _nice_max(top * 1.15 or 1)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 5
    chart.valueAxis.labelTextFormat = lambda v: decimal_vi(v, 0)
    chart.bars[0].fillColor = DARK
    chart.bars[0].strokeColor = None
    if previous is not None:
        chart.bars[1].fillColor = LIGHT
        chart.bars[1].strokeColor = None
    chart.barLabelFormat = lambda v: decimal_vi(v, 0)
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    d.add(chart)
    if previous is not None:
        legend = Legend()
        legend.fontName = fonts.regular
        legend.fontSize = LABEL_SIZE
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.x, legend.y = width - 190, height - 22
        legend.dx = legend.dy = 8
        legend.deltax = 90
        legend.colorNamePairs = [(DARK, series[0]), (LIGHT, series[1])]
        d.add(legend)
    return d
