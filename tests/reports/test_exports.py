"""CSV, text and PDF exports: the CSV read back equals the report; the PDF read back with
pdfplumber holds the tables and no personal data; rendered to PNG with pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from lvs_desktop.reports.build import Computed
from lvs_desktop.reports.csv_export import read_csv, to_csv
from lvs_desktop.reports.model import ReportRow
from lvs_desktop.reports.pdf_charts import LABEL_FONT, LABEL_SIZE, LABEL_WIDTH, category_label
from lvs_desktop.reports.suppress import display, publishable
from lvs_desktop.reports.text import to_text
from lvs_desktop.services.reports import render, report_from
from tests.reports.readback import HEADS, RIGHT_EDGE, assert_row_under_heads, pdf_lines
from tests.reports.test_change_column import INTERNAL, PUBLISHED, constructed

YEAR = "2021-2022"


@pytest.mark.parametrize("publish", [False, True])
def test_csv_round_trip(computed: Computed, publish: bool) -> None:
    report = report_from(computed, YEAR, "Gorinchem", publish=publish)
    text = to_csv(report)
    assert text.startswith("\ufeffgebied;tabel;titel;rijsoort;kenmerk 1;kenmerk 2;2019-2020")
    rows = read_csv(text)
    expected = [
        (
            t.key,
            r.kind,
            tuple(x for x in r.labels if x),
            {y: display(r, i, report.threshold) for i, y in enumerate(report.years)},
        )
        for t in report.tables
        for r in t.rows
    ]
    assert [(r.table, r.kind, r.labels, r.values) for r in rows] == expected
    assert {r.area for r in rows} == {"Gorinchem"}
    if publish:
        assert any(v == "< 5" for r in rows for v in r.values.values())


def test_text_lists_every_table(computed: Computed) -> None:
    report = report_from(computed, YEAR)
    text = to_text(report)
    for table in report.tables:
        assert table.title in text
    assert "Regio" in text and "2019-2020" in text


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_pdf_reads_back(computed: Computed, tmp_path: Path) -> None:
    report = report_from(computed, YEAR)
    data = render(report, "pdf")
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    assert "Jaarcijfers leerplicht en RMC 2021-2022" in text
    for table in report.tables:
        assert table.title in text, table.title
    assert "Thuiszitters (4 weken of langer)" in text
    # no personal data: the constructed youths' surname and school-free names never appear
    assert "Zandkamp" not in text and "Daan" not in text
    if shutil.which("pdftoppm"):
        pdf = tmp_path / "jaarcijfers.pdf"
        pdf.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "p")], check=True)
        first = sorted(p.name for p in tmp_path.glob("p-*.png"))[0]
        assert first in ("p-1.png", "p-01.png", "p-001.png")  # pdftoppm pads to the page count


def test_published_pdf_shows_suppression(computed: Computed) -> None:
    report = report_from(computed, YEAR, "Dordrecht", publish=True)
    text = _pdf_text(render(report, "pdf"))
    assert "< 5" in text and "Versie voor publicatie" in text
    assert "Open dossiers per consulent" not in text and "Jet de Vries" not in text


# -- the change column in the PDF (issue 13, item 7) ----------------------------------------


@pytest.mark.parametrize("publish", [False, True])
def test_the_pdf_prints_the_change_after_the_last_year(publish: bool, tmp_path: Path) -> None:
    report = publishable(constructed()) if publish else constructed()
    data = render(report, "pdf")
    lines = pdf_lines(data)
    expected = PUBLISHED if publish else INTERNAL
    for label, cells in expected.items():
        assert_row_under_heads(lines, label, cells)
    text = _pdf_text(data)
    assert "Verandering en %: 2021-2022 tegenover 2020-2021" in text
    if publish:
        assert "+5" not in text and "+125%" not in text  # Zwijndrecht's 4 stays hidden
    (tmp_path / "t.pdf").write_bytes(data)
    if shutil.which("pdftoppm"):  # rendered, as looked at
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", str(tmp_path / "t.pdf"), str(tmp_path / "p")],
            check=True,
        )
        assert list(tmp_path.glob("p*.png"))


def test_the_widest_table_fits_the_page_with_its_change(computed: Computed) -> None:
    """Exemptions: three years, two-level labels as long as "Art. 11 onder g / 14 – extra
    verlof meer dan 10 dagen"; every number and change sits under its header, inside the
    margin, and no label runs into the numbers."""
    report = report_from(computed, YEAR)
    lines = pdf_lines(render(report, "pdf"))
    start = next(i for i, line in enumerate(lines) if line[0].text == "Artikel / Uitkomst")
    heads = lines[start][-5:]
    assert [c.text for c in heads] == HEADS
    end = next(i for i in range(start, len(lines)) if lines[i][0].text == "Totaal")
    assert_row_under_heads(lines[start:], "Totaal", ("0", "1", "3", "+2", "+200%"))
    assert_row_under_heads(lines[start:], "Afgewezen", ("0", "1", "0", "-1", "-100%"))
    numbered = 0
    for line in lines[start + 1 : end + 1]:
        values = [c for c in line if c.x0 > heads[0].x0 - 20]
        labels = [c for c in line if c not in values]
        assert all(c.x1 < heads[0].x0 - 20 for c in labels), line  # label clear of numbers
        if values:
            assert len(values) == 5, line
            for cell, head in zip(values, heads, strict=True):
                assert abs(cell.x1 - head.x1) < 1 and cell.x1 <= RIGHT_EDGE + 0.5, (cell, head)
            numbered += 1
    assert numbered == len(report.table("exemptions").rows)


def test_a_chart_label_is_whole_when_it_fits_left_of_the_bars(computed: Computed) -> None:
    """The chart cut "Positief resultaat (onderwijs of werk)" to 34 characters although it
    fits left of the bars; labels are now measured, so it reads whole in the table and in
    the chart, and only a label too wide for that room is cut with "…"."""
    report = report_from(computed, YEAR)
    text = _pdf_text(render(report, "pdf"))
    assert text.count("Positief resultaat (onderwijs of werk)") == 2
    long = ReportRow(
        ("Jongeren in beeld die na een traject weer naar school gingen of werk vonden",), (1, 2)
    )
    label = category_label(long)
    assert label.endswith("…") and stringWidth(label, LABEL_FONT, LABEL_SIZE) <= LABEL_WIDTH
