"""The report as a PDF in the style of a municipal annual report (ReportLab, A4, Dutch):
a title block, then per section its tables (years side by side, totals in bold), a bar chart
per table across the years, and the definition of each figure in small print.

`to_document` makes the jaarverslag itself (issue 13, item 8): chapters in the region's order
(leerplicht, RMC, preventie, see `reports.narrative`), numbered paragraphs, and above each
table its text: the team lead's edited text, or the generated one.

The PDF is returned as bytes: the caller decides where it goes (DESIGN §4: nothing is written
outside the vault unless the user saves it).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from lvs_desktop.models.rules.dates import format_date_nl
from lvs_desktop.reports.model import DETAIL, MEDIAN, SUBTOTAL, TOTAL, AnnualReport, ReportTable
from lvs_desktop.reports.narrative import chapters, default_text, provisional
from lvs_desktop.reports.pdf_charts import bar_chart, nothing_to_draw
from lvs_desktop.reports.suppress import display

HOUSE = colors.HexColor("#00535F")
BAND = colors.HexColor("#EAF2F4")
ORGANISATION = "Leerplicht en RMC Zuid-Holland Zuid"


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle(
            "t",
            parent=base["Title"],
            fontName="Helvetica-Bold",
            fontSize=20,
            textColor=HOUSE,
            alignment=TA_LEFT,
            spaceAfter=4,
        ),
        "sub": ParagraphStyle(
            "s",
            parent=base["Normal"],
            fontName="Helvetica",
            fontSize=11,
            textColor=colors.HexColor("#333333"),
            spaceAfter=2,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base["Heading1"],
            fontName="Helvetica-Bold",
            fontSize=14,
            textColor=HOUSE,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            fontName="Helvetica-Bold",
            fontSize=10.5,
            textColor=colors.black,
            spaceBefore=6,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "def": ParagraphStyle(
            "d",
            parent=base["Normal"],
            fontName="Helvetica-Oblique",
            fontSize=7,
            leading=8.6,
            textColor=colors.HexColor("#555555"),
            spaceBefore=3,
            spaceAfter=4,
        ),
        "cell": ParagraphStyle(
            "c", parent=base["Normal"], fontName="Helvetica", fontSize=8, leading=9.5
        ),
        "head": ParagraphStyle(
            "hd",
            parent=base["Normal"],
            fontName="Helvetica-Bold",
            fontSize=8,
            leading=9.5,
            textColor=colors.white,
        ),
        "body": ParagraphStyle(
            "b",
            parent=base["Normal"],
            fontName="Helvetica",
            fontSize=9.5,
            leading=12.5,
            spaceAfter=5,
        ),
        "note": ParagraphStyle(
            "n",
            parent=base["Normal"],
            fontName="Helvetica",
            fontSize=8,
            leading=10,
            textColor=colors.HexColor("#333333"),
        ),
    }


def _table(table: ReportTable, report: AnnualReport, styles: dict[str, ParagraphStyle]) -> Table:
    years = report.years
    label_width = 17 * cm - 2.2 * cm * len(years)
    header = [Paragraph(_esc(" / ".join(h for h in table.headers if h)), styles["head"])]
    header += list(years)
    data = [header]
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HOUSE),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
        ("FONTNAME", (1, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, HOUSE),
    ]
    for n, row in enumerate(table.rows, start=1):
        if row.kind == DETAIL:
            text = row.labels[-1] if len(row.labels) > 1 else row.label
            indent = "&nbsp;&nbsp;&nbsp;&nbsp;" if len(row.labels) > 1 else ""
            label = Paragraph(indent + _esc(text), styles["cell"])
        else:
            text = row.labels[0] if row.kind == SUBTOTAL else row.label
            label = Paragraph(f"<b>{_esc(text)}</b>", styles["cell"])
        data.append([label] + [display(row, i, report.threshold) for i in range(len(years))])
        if row.kind in (SUBTOTAL, TOTAL):
            style.append(("FONTNAME", (1, n), (-1, n), "Helvetica-Bold"))
            style.append(("LINEABOVE", (0, n), (-1, n), 0.4, colors.HexColor("#9FB8BD")))
        if row.kind == TOTAL:
            style.append(("BACKGROUND", (0, n), (-1, n), BAND))
        if row.kind == MEDIAN:
            style.append(("FONTNAME", (1, n), (-1, n), "Helvetica-Oblique"))
        if row.kind == DETAIL and n % 2 == 0:
            style.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor("#F7F9FA")))
    result = Table(data, colWidths=[label_width] + [2.2 * cm] * len(years), repeatRows=1)
    result.setStyle(TableStyle(style))
    return result


def _chart(table: ReportTable, report: AnnualReport, styles: dict[str, ParagraphStyle]) -> Any:
    """The table's bar chart, or a line saying it is not shown when every value in it is
    suppressed (an empty chart would suggest zeros)."""
    if nothing_to_draw(table, report.years):
        return Paragraph(
            "Grafiek niet getoond: alle aantallen in deze tabel zijn afgeschermd.", styles["def"]
        )
    return bar_chart(table, report.years)


def _running(report: AnnualReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    """The cover line for a school year that has not ended: the figures are provisional."""
    note = provisional(report)
    if note is None:
        return []
    return [
        Paragraph(
            f"<b>{note[0].upper()}{note[1:]}</b>: het schooljaar is nog niet voorbij.",
            styles["sub"],
        )
    ]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _footer(report: AnnualReport) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(
            2 * cm, 1.2 * cm, f"{ORGANISATION} · Jaarcijfers {report.year} · {report.area}"
        )
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pagina {doc.page}")
        canvas.setStrokeColor(HOUSE)
        canvas.setLineWidth(2)
        canvas.line(2 * cm, A4[1] - 1.4 * cm, A4[0] - 2 * cm, A4[1] - 1.4 * cm)
        canvas.restoreState()

    return draw


def to_pdf(report: AnnualReport) -> bytes:
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=f"Jaarcijfers {report.year} {report.area}",
        author=ORGANISATION,
        subject="Jaarcijfers leerplicht en RMC",
    )
    story: list = [
        Paragraph(f"Jaarcijfers leerplicht en RMC {report.year}", styles["title"]),
        Paragraph(f"{_esc(report.area)} · schooljaren {' – '.join(report.years)}", styles["sub"]),
        Paragraph(f"Opgemaakt op {format_date_nl(report.as_of)} · {ORGANISATION}", styles["sub"]),
        *_running(report, styles),
    ]
    if report.published:
        story.append(
            Paragraph(
                "Versie voor publicatie: alleen aantallen, kleine aantallen afgeschermd.",
                styles["sub"],
            )
        )
    for note in report.notes:
        story.append(Paragraph(_esc(note), styles["note"]))
    story.append(
        Paragraph(
            "Een schooljaar loopt van 1 augustus tot en met 31 juli. Elk cijfer telt voor de "
            "gemeente van het dossier bij opening; verwijderde gegevens tellen niet mee. Onder "
            "elke tabel staat wat er precies geteld is.",
            styles["note"],
        )
    )
    for section in report.sections():
        story.append(CondPageBreak(6 * cm))
        heading = [Paragraph(_esc(section), styles["h1"])]  # kept with its first table
        for table in (t for t in report.tables if t.section == section):
            story.append(
                KeepTogether(
                    [
                        *heading,
                        Paragraph(_esc(table.title), styles["h2"]),
                        _table(table, report, styles),
                        Spacer(1, 4),
                        _chart(table, report, styles),
                        Paragraph(_esc(table.definition), styles["def"]),
                    ]
                )
            )
            heading = []
    doc.build(story, onFirstPage=_footer(report), onLaterPages=_footer(report))
    return buffer.getvalue()


def to_document(report: AnnualReport, texts: Mapping[str, str] | None = None) -> bytes:
    """The jaarverslag: per chapter (leerplicht, RMC, preventie) its tables as numbered
    paragraphs, each with its text above it (`texts` by table key, else the generated one),
    the table, its chart and its definition."""
    texts = texts or {}
    styles = _styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=f"Jaarverslag {report.year} {report.area}",
        author=ORGANISATION,
        subject="Jaarverslag leerplicht en RMC",
    )
    parts = chapters(report)
    story: list[Any] = [
        Paragraph(f"Jaarverslag leerplicht en RMC {report.year}", styles["title"]),
        Paragraph(f"{_esc(report.area)} · schooljaren {' – '.join(report.years)}", styles["sub"]),
        Paragraph(f"Opgemaakt op {format_date_nl(report.as_of)} · {ORGANISATION}", styles["sub"]),
        *_running(report, styles),
        Spacer(1, 8),
        Paragraph("<b>Inhoud</b>", styles["body"]),
    ]
    for n, (chapter, tables) in enumerate(parts, start=1):
        story.append(Paragraph(f"{n}&nbsp;&nbsp;{_esc(chapter)}", styles["body"]))
        for m, table in enumerate(tables, start=1):
            line = f"&nbsp;&nbsp;&nbsp;&nbsp;{n}.{m}&nbsp;&nbsp;{_esc(table.title)}"
            story.append(Paragraph(line, styles["note"]))
    story.append(Spacer(1, 8))
    for note in report.notes:
        story.append(Paragraph(_esc(note), styles["note"]))
    for n, (chapter, tables) in enumerate(parts, start=1):
        story.append(PageBreak())
        story.append(Paragraph(f"{n}&nbsp;&nbsp;{_esc(chapter)}", styles["h1"]))
        for m, table in enumerate(tables, start=1):
            text = texts.get(table.key)
            if text is None:
                text = default_text(table, report)
            story.append(
                KeepTogether(
                    [
                        Paragraph(f"{n}.{m}&nbsp;&nbsp;{_esc(table.title)}", styles["h2"]),
                        *[
                            Paragraph(_esc(part), styles["body"])
                            for part in text.split("\n\n")
                            if part.strip()
                        ],
                        _table(table, report, styles),
                        Spacer(1, 4),
                        _chart(table, report, styles),
                        Paragraph(_esc(table.definition), styles["def"]),
                    ]
                )
            )
    doc.build(story, onFirstPage=_footer(report), onLaterPages=_footer(report))
    return buffer.getvalue()
