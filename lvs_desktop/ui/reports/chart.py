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
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from lvs_desktop.reports.model import SUBTOTAL, ReportRow, ReportTable
from lvs_desktop.reports.pdf_charts import chart_rows

YEAR_COLOURS = ("#B7D3D9", "#5B9AA8", "#00535F")


class ReportChart(QChartView):
    """Horizontal bars: one category per row (group subtotals when the table has groups),
    one bar set per school year. Suppressed values are drawn as 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.show_table(None, ())

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
            categories.append([_short(r) for r in rows])
            values = QValueAxis()
            values.setRange(0, max(4.0, top * 1.1))
            values.setLabelFormat("%d")
            values.applyNiceNumbers()
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(categories)
            series.attachAxis(values)
            chart.setTitle(table.title)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()  # the view does not delete the chart it replaces


def _short(row: ReportRow) -> str:
    """A category label: the group's own name ("Art. 5 onder a") or the row's label."""
    text = row.labels[0].split(" – ")[0] if row.kind == SUBTOTAL else row.label
    return text if len(text) <= 40 else text[:39] + "…"
