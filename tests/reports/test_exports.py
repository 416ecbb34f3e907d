"""CSV, text and PDF exports: the CSV read back equals the report; the PDF read back with
pdfplumber holds the tables and no personal data; rendered to PNG with pdftoppm."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from lvs_desktop.reports.build import Computed
from lvs_desktop.reports.csv_export import read_csv, to_csv
from lvs_desktop.reports.suppress import display
from lvs_desktop.reports.text import to_text
from lvs_desktop.services.reports import render, report_from

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
