"""Bar charts for the PDF report (ReportLab graphics): one chart per table, the school years
as coloured series side by side. Hidden (suppressed) values are drawn as an empty bar."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth

from lvs_desktop.reports.model import SUBTOTAL, ReportRow, ReportTable, chart_rows

#: Oldest year lightest, the report's own year in the house colour.
YEAR_COLOURS = (colors.HexColor("#B7D3D9"), colors.HexColor("#5B9AA8"), colors.HexColor("#00535F"))
CHART_X = 6.2 * cm  # the bars start here; the category labels end just left of it
LABEL_FONT, LABEL_SIZE = "Helvetica", 7
LABEL_WIDTH = CHART_X - 0.4 * cm


def nothing_to_draw(table: ReportTable, years: tuple[str, ...]) -> str | None:
    """Why the chart is left out, or None to draw it: when it has rows and no value it
    would show is above 0 (every one suppressed, 0 or missing), it would be empty axes, so
    the document says "niet getoond" and why instead."""
    rows = chart_rows(table)
    cells = [(r, i) for r in rows for i in range(len(years))]
    if not rows or any(not r.is_hidden(i) and (r.values[i] or 0) > 0 for r, i in cells):
        return None
    if all(r.is_hidden(i) for r, i in cells):
        return "Grafiek niet getoond: alle aantallen in deze tabel zijn afgeschermd."
    if any(r.is_hidden(i) for r, i in cells):
        return "Grafiek niet getoond: alle aantallen in deze tabel zijn 0 of afgeschermd."
    return "Grafiek niet getoond: alle aantallen in deze tabel zijn 0."


def category_label(row: ReportRow) -> str:
    """The category label: a group's own name ("Art. 5 onder a"), else the row's label,
    whole while it fits left of the bars (measured, not counted), else cut with "…"."""
    text = row.labels[0] if row.kind == SUBTOTAL else row.label
    text = text.split(" – ")[0] if row.kind == SUBTOTAL else text
    if stringWidth(text, LABEL_FONT, LABEL_SIZE) <= LABEL_WIDTH:
        return text
    while text and stringWidth(text + "…", LABEL_FONT, LABEL_SIZE) > LABEL_WIDTH:
        text = text[:-1]
    return text.rstrip() + "…"


def bar_chart(table: ReportTable, years: tuple[str, ...], width: float = 16 * cm) -> Drawing:
    rows = chart_rows(table)
    if not rows:  # a table without rows (no data in the vault): no empty axes
        return Drawing(width, 0)
    height = max(3.6 * cm, (0.55 * len(rows) * len(years) / 3 + 1.0) * cm + 1.6 * cm)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = CHART_X, 1.4 * cm
    chart.width, chart.height = width - chart.x - 0.6 * cm, height - 1.6 * cm
    data = [
        tuple(float(r.values[i] or 0) if not r.is_hidden(i) else 0.0 for r in reversed(rows))
        for i in range(len(years))
    ]
    chart.data = data
    chart.categoryAxis.categoryNames = [category_label(r) for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = LABEL_FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = colors.HexColor("#888888")
    chart.valueAxis.valueMin = 0
    top = max((v for series in data for v in series), default=0.0)
    chart.valueAxis.valueMax = max(4, top * 1.1)
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.strokeColor = colors.HexColor("#888888")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E3E3")
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    chart.bars.strokeColor = None
    for i in range(len(years)):
        chart.bars[i].fillColor = YEAR_COLOURS[-len(years) + i]
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = chart.x, 0.15 * cm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = "Helvetica"
    legend.fontSize = 7
    legend.boxAnchor = "sw"
    legend.dx = legend.dy = 7
    legend.deltax = 60
    legend.colorNamePairs = [(YEAR_COLOURS[-len(years) + i], y) for i, y in enumerate(years)]
    drawing.add(legend)
    if any(r.is_hidden(i) for r in rows for i in range(len(years))):
        secondary = any(r.is_secondary(i) for r in rows for i in range(len(years)))
        drawing.add(
            String(
                width - 0.6 * cm,
                0.2 * cm,
                "< 5 en • niet getoond" if secondary else "< 5 niet getoond",
                fontName="Helvetica-Oblique",
                fontSize=6.5,
                fillColor=colors.HexColor("#666666"),
                textAnchor="end",
            )
        )
    return drawing
