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
from lvs_desktop.reports.model import (
    CHANGE_HEADERS,
    DETAIL,
    MEDIAN,
    SUBTOTAL,
    TOTAL,
    AnnualReport,
    ReportTable,
    change_cells,
)
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


YEAR_WIDTH = 1.9 * cm  # "2021-2022" in bold 8 pt with the cell's padding
CHANGE_WIDTHS = (2.1 * cm, 1.6 * cm)  # "Verandering" and "+1000%"
TEXT_WIDTH = 17 * cm  # A4 less the 2 cm margins


def _table(table: ReportTable, report: AnnualReport, styles: dict[str, ParagraphStyle]) -> Table:
    """The table: a label column (two-level labels indented), the years, and with two years
    or more the change against the year before ("Verandering", "%"), all right-aligned."""
    years = report.years
    changes = CHANGE_WIDTHS if len(years) > 1 else ()
    widths = [YEAR_WIDTH] * len(years) + list(changes)
    label_width = TEXT_WIDTH - sum(widths)
    header = [Paragraph(_esc(" / ".join(h for h in table.headers if h)), styles["head"])]
    header += [*years, *CHANGE_HEADERS[: len(changes)]]
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
    if changes:  # a thin rule between the years and their change
        style.append(("LINEBEFORE", (len(years) + 1, 1), (len(years) + 1, -1), 0.4, HOUSE))
    for n, row in enumerate(table.rows, start=1):
        if row.kind == DETAIL:
            text = row.labels[-1] if len(row.labels) > 1 else row.label
            indent = "&nbsp;&nbsp;&nbsp;&nbsp;" if len(row.labels) > 1 else ""
            label = Paragraph(indent + _esc(text), styles["cell"])
        else:
            text = row.labels[0] if row.kind == SUBTOTAL else row.label
            label = Paragraph(f"<b>{_esc(text)}</b>", styles["cell"])
        cells = [display(row, i, report.threshold) for i in range(len(years))]
        data.append([label, *cells, *change_cells(row)[: len(changes)]])
        if row.kind in (SUBTOTAL, TOTAL):
            style.append(("FONTNAME", (1, n), (-1, n), "Helvetica-Bold"))
            style.append(("LINEABOVE", (0, n), (-1, n), 0.4, colors.HexColor("#9FB8BD")))
        if row.kind == TOTAL:
            style.append(("BACKGROUND", (0, n), (-1, n), BAND))
        if row.kind == MEDIAN:
            style.append(("FONTNAME", (1, n), (-1, n), "Helvetica-Oblique"))
        if row.kind == DETAIL and n % 2 == 0:
            style.append(("BACKGROUND", (0, n), (-1, n), colors.HexColor("#F7F9FA")))
    result = Table(data, colWidths=[label_width, *widths], repeatRows=1)
    result.setStyle(TableStyle(style))
    return result


def _block(
    table: ReportTable,
    report: AnnualReport,
    styles: dict[str, ParagraphStyle],
    above: list[Any],
) -> KeepTogether:
    """One table as the figures PDF and the document print it, kept on one page: what goes
    above it (headings, the document's text), the table, its chart and its definition."""
    return KeepTogether(
        [
            *above,
            _table(table, report, styles),
            Spacer(1, 4),
            _chart(table, report, styles),
            Paragraph(_esc(table.definition), styles["def"]),
        ]
    )


def _chart(table: ReportTable, report: AnnualReport, styles: dict[str, ParagraphStyle]) -> Any:
    """The table's bar chart, or a line saying why it is not shown when no value in it is
    above 0 (suppressed or 0: an empty chart says nothing, or suggests zeros)."""
    reason = nothing_to_draw(table, report.years)
    if reason is not None:
        return Paragraph(reason, styles["def"])
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


def _footer(report: AnnualReport, kind: str) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(
            2 * cm, 1.2 * cm, f"{ORGANISATION} · {kind} {report.year} · {report.area}"
        )
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pagina {doc.page}")
        canvas.setStrokeColor(HOUSE)
        canvas.setLineWidth(2)
        canvas.line(2 * cm, A4[1] - 1.4 * cm, A4[0] - 2 * cm, A4[1] - 1.4 * cm)
        canvas.restoreState()

    return draw


def _render(report: AnnualReport, kind: str, story: list[Any]) -> bytes:
    """`story` on A4 with the house footer; `kind` is "Jaarcijfers" or "Jaarverslag"."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=f"{kind} {report.year} {report.area}",
        author=ORGANISATION,
        subject=f"{kind} leerplicht en RMC",
    )
    doc.build(story, onFirstPage=_footer(report, kind), onLaterPages=_footer(report, kind))
    return buffer.getvalue()


def _cover(report: AnnualReport, styles: dict[str, ParagraphStyle], kind: str) -> list[Any]:
    """Title, area and years, the date drawn up, and "voorlopig" for a running year."""
    return [
        Paragraph(f"{kind} leerplicht en RMC {report.year}", styles["title"]),
        Paragraph(f"{_esc(report.area)} · schooljaren {' – '.join(report.years)}", styles["sub"]),
        Paragraph(f"Opgemaakt op {format_date_nl(report.as_of)} · {ORGANISATION}", styles["sub"]),
        *_running(report, styles),
    ]


def _notes(report: AnnualReport, styles: dict[str, ParagraphStyle]) -> list[Any]:
    """The report's notes (suppression marks), and what the change columns compare."""
    notes = list(report.notes)
    if len(report.years) > 1:
        notes.append(
            f"Verandering en %: {report.years[-1]} tegenover {report.years[-2]}; "
            "'–' waar een van beide jaren is afgeschermd of het jaar ervoor 0 was."
        )
    return [Paragraph(_esc(note), styles["note"]) for note in notes]


def to_pdf(report: AnnualReport) -> bytes:
    styles = _styles()
    story: list[Any] = _cover(report, styles, "Jaarcijfers")
    if report.published:
        story.append(
            Paragraph(
                "Versie voor publicatie: alleen aantallen, kleine aantallen afgeschermd.",
                styles["sub"],
            )
        )
    story += _notes(report, styles)
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
            title = Paragraph(_esc(table.title), styles["h2"])
            story.append(_block(table, report, styles, [*heading, title]))
            heading = []
    return _render(report, "Jaarcijfers", story)


def to_document(report: AnnualReport, texts: Mapping[str, str] | None = None) -> bytes:
    """The jaarverslag: per chapter (leerplicht, RMC, preventie) its tables as numbered
    paragraphs, each with its text above it (`texts` by table key, else the generated one),
    the table, its chart and its definition."""
    texts = texts or {}
    styles = _styles()
    parts = chapters(report)
    story: list[Any] = [
        *_cover(report, styles, "Jaarverslag"),
        Spacer(1, 8),
        Paragraph("<b>Inhoud</b>", styles["body"]),
    ]
    for n, (chapter, tables) in enumerate(parts, start=1):
        story.append(Paragraph(f"{n}&nbsp;&nbsp;{_esc(chapter)}", styles["body"]))
        for m, table in enumerate(tables, start=1):
            line = f"&nbsp;&nbsp;&nbsp;&nbsp;{n}.{m}&nbsp;&nbsp;{_esc(table.title)}"
            story.append(Paragraph(line, styles["note"]))
    story.append(Spacer(1, 8))
    story += _notes(report, styles)
    for n, (chapter, tables) in enumerate(parts, start=1):
        story.append(PageBreak())
        story.append(Paragraph(f"{n}&nbsp;&nbsp;{_esc(chapter)}", styles["h1"]))
        for m, table in enumerate(tables, start=1):
            text = texts.get(table.key)
            if text is None:
                text = default_text(table, report)
            above = [Paragraph(f"{n}.{m}&nbsp;&nbsp;{_esc(table.title)}", styles["h2"])]
            above += [
                Paragraph(_esc(part), styles["body"]) for part in text.split("\n\n") if part.strip()
            ]
            story.append(_block(table, report, styles, above))
    return _render(report, "Jaarverslag", story)
