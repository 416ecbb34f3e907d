"""A bar chart of one report table across its school years (QtCharts)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from lvs_desktop.reports.model import SUBTOTAL, ReportRow, ReportTable, chart_rows

YEAR_COLOURS = ("#B7D3D9", "#5B9AA8", "#00535F")
MIN_HEIGHT = 220
LINE = 18  # px per category: a label line of the (smaller) label font with its spacing
LEGEND_AND_AXIS = 80


class ReportChart(QChartView):
    """Horizontal bars: one category per row (group subtotals when the table has groups),
    one bar set per school year. Suppressed values are drawn as 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(MIN_HEIGHT)
        self.show_table(None, ())

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        return font

    def show_table(self, table: ReportTable | None, years: tuple[str, ...]) -> None:
        chart = QChart()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        if table is not None and years:
            rows = list(reversed(chart_rows(table)))
            series = QHorizontalBarSeries()
            top = 0.0
            for i, year in enumerate(years):
                bars = QBarSet(year)
                bars.setColor(QColor(YEAR_COLOURS[-len(years) + i]))
                for row in rows:
                    value = row.values[i]
                    number = 0.0 if row.is_hidden(i) or value is None else float(value)
                    top = max(top, number)
                    bars.append(number)
                series.append(bars)
            chart.addSeries(series)
            categories = QBarCategoryAxis()
            categories.append([category_label(r) for r in rows])
            categories.setLabelsFont(self._label_font())
            # Qt cuts a label to "..." when a category's share of the height is a little
            # short of its own, eight articles in 260 px already; LINE per category below
            # keeps the whole labels from touching
            categories.setTruncateLabels(False)
            values = QValueAxis()
            values.setRange(0, max(4.0, top * 1.1))
            values.setLabelFormat("%d")
            values.applyNiceNumbers()
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(categories)
            series.attachAxis(values)
            # no title (the list and the table name the figure): its room goes to the bars
            self.setMinimumHeight(max(MIN_HEIGHT, LEGEND_AND_AXIS + LINE * len(rows)))
        chart.setMargins(QMargins(4, 4, 4, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()  # the view does not delete the chart it replaces


def category_label(row: ReportRow) -> str:
    """A category label: the group's own name ("Art. 5 onder a") or the row's label."""
    text = row.labels[0].split(" – ")[0] if row.kind == SUBTOTAL else row.label
    return text if len(text) <= 40 else text[:39] + "…"
