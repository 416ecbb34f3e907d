"""The "verandering" column (issue 13, item 7): the municipalities side by side with their change
against the year before, absolute and in whole percents, through the CLI text, the CSV and the
Reports page; a change from a suppressed cell shows "–" (the property test covers every table).
The PDF's columns are read back in `test_exports`, the document's in `test_annual_document`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lvs_desktop.reports.build import Computed
from lvs_desktop.reports.csv_export import read_csv
from lvs_desktop.reports.model import TOTAL, AnnualReport, ReportRow, ReportTable, change_cells
from lvs_desktop.reports.suppress import publishable
from lvs_desktop.services.reports import render, report_from
from tests.reports.readback import YEARS, assert_row_under_heads, pdf_lines
from tests.reports.test_cli_report import cli

YEAR = "2021-2022"


def _signed(value: int) -> str:
    return "0" if value == 0 else f"{value:+d}"


def test_the_municipalities_side_by_side_with_their_change(region_file: Path) -> None:
    out = cli("--vault", str(region_file), "--year", YEAR)
    assert out.returncode == 0, out.stderr
    title = "Meldingen relatief verzuim per gemeente"
    block = out.stdout.split(title + "\n", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    header, rows = block[0].split(), [line.split() for line in block[1:]]
    assert header == ["2019-2020", "2020-2021", YEAR, "Verandering", "%"]
    assert len(rows) >= 3 and rows[-1][0] == "Totaal"
    based = 0
    for cells in rows:  # the change worked out by hand from the two year columns printed
        before, now = int(cells[-4]), int(cells[-3])
        assert cells[-2] == _signed(now - before), cells
        if before:
            assert cells[-1] == _signed(round(100 * (now - before) / before)) + "%", cells
            based += 1
        else:
            assert cells[-1] == "–", cells
    assert based  # at least one municipality has a base year


def test_the_change_of_a_suppressed_cell_is_not_shown(computed: Computed) -> None:
    published = report_from(computed, YEAR, publish=True, threshold=5)
    hidden = [
        row
        for t in published.tables
        for row in t.rows
        if row.is_hidden(len(row.values) - 1) or row.is_hidden(len(row.values) - 2)
    ]
    assert hidden  # the constructed region has small counts
    for row in hidden:
        assert change_cells(row) == ("–", "–")


# -- the CSV (issue 13, item 7: the change column in every export) --------------------------


def constructed() -> AnnualReport:
    """Thuiszitters per municipality, known by construction: Dordrecht 44 → 50 is the seed's
    "een toename van 14%"; for publication (threshold 5) Gorinchem's 3 is "< 5" in the last
    year and Zwijndrecht's 4 the year before, so both totals are "•"."""
    rows = (
        ReportRow(("Dordrecht",), (38, 44, 50)),
        ReportRow(("Gorinchem",), (6, 7, 3)),
        ReportRow(("Zwijndrecht",), (2, 4, 9)),
        ReportRow(("Totaal",), (46, 55, 62), TOTAL),
    )
    table = ReportTable(
        "thuiszitters_per_gemeente",
        "Thuiszitters",
        "Thuiszitters per gemeente",
        "Jongeren die 4 weken of langer thuiszaten, naar gemeente.",
        ("Gemeente",),
        rows,
    )
    return AnnualReport(YEAR, YEARS, "Regio", date(2022, 9, 1), (table,))


INTERNAL = {  # label -> the three years and the change, worked out by hand
    "Dordrecht": ("38", "44", "50", "+6", "+14%"),
    "Gorinchem": ("6", "7", "3", "-4", "-57%"),
    "Zwijndrecht": ("2", "4", "9", "+5", "+125%"),
    "Totaal": ("46", "55", "62", "+7", "+13%"),
}
PUBLISHED = {  # a change beside a hidden year is "–": "+5" would give Zwijndrecht's 4 back
    "Dordrecht": ("38", "44", "50", "+6", "+14%"),
    "Gorinchem": ("6", "7", "< 5", "–", "–"),
    "Zwijndrecht": ("< 5", "< 5", "9", "–", "–"),
    "Totaal": ("•", "•", "•", "–", "–"),
}


@pytest.mark.parametrize("publish", [False, True])
def test_the_csv_has_the_change_after_the_years(publish: bool) -> None:
    report = publishable(constructed()) if publish else constructed()
    text = render(report, "csv").decode("utf-8")
    header = text.removeprefix("\ufeff").splitlines()[0].split(";")
    assert header[-5:] == [*YEARS, "verandering", "verandering %"]
    rows = read_csv(text)
    shown = {r.labels[0]: (*r.values.values(), *r.change) for r in rows}
    assert shown == (PUBLISHED if publish else INTERNAL)
    if publish:  # and the raw lines: no hidden value anywhere on them
        lines = text.splitlines()[1:]
        assert not any(hidden in line.split(";") for line in lines for hidden in ("3", "4", "2"))


def _number(cell: str) -> int | None:
    return int(cell) if cell.lstrip("-").isdigit() else None


def test_a_published_csv_never_gives_a_suppressed_year_back(computed: Computed) -> None:
    """On the constructed region, for the region and each municipality: wherever one of the
    two years is hidden ("< 5", "•"), the change is "–"; elsewhere it is worked out again from
    the printed years alone."""
    checked = hidden = 0
    for area in (None, "Dordrecht", "Gorinchem"):
        report = report_from(computed, YEAR, area, publish=True, threshold=5)
        for row in read_csv(render(report, "csv").decode("utf-8")):
            before, now = (_number(row.values[y]) for y in YEARS[1:])
            if before is None or now is None:
                assert row.change == ("–", "–"), row
                hidden += 1
                continue
            assert row.change[0] == _signed(now - before), row
            percent = _signed(round(100 * (now - before) / before)) + "%" if before else "–"
            assert row.change[1] == percent, row
            checked += 1
    assert hidden and checked  # the region has both kinds


def test_report_csv_on_the_command_line_carries_the_change(
    region_file: Path, tmp_path: Path
) -> None:
    """`lvs-desktop report --format csv` (internal, then --publish) read back: Dordrecht's
    reports went from 1 to 7, "+6" and "+600%"; published, no change beside a hidden year."""
    vault = ("--vault", str(region_file), "--year", YEAR, "--format", "csv")
    internal = cli(*vault, "--out", str(tmp_path / "intern.csv"))
    assert internal.returncode == 0, internal.stderr
    rows = read_csv((tmp_path / "intern.csv").read_text(encoding="utf-8"))
    dordrecht = next(
        r for r in rows if r.table == "reports_per_municipality" and r.labels == ("Dordrecht",)
    )
    assert (dordrecht.values[YEARS[1]], dordrecht.values[YEAR]) == ("1", "7")
    assert dordrecht.change == ("+6", "+600%")
    published = cli(*vault, "--publish", "--out", str(tmp_path / "publicatie.csv"))
    assert published.returncode == 0, published.stderr
    rows = read_csv((tmp_path / "publicatie.csv").read_text(encoding="utf-8"))
    beside_hidden = [r for r in rows if {r.values[YEARS[1]], r.values[YEAR]} & {"< 5", "•"}]
    assert beside_hidden and all(r.change == ("–", "–") for r in beside_hidden)


def test_report_pdf_on_the_command_line_carries_the_change(
    region_file: Path, tmp_path: Path
) -> None:
    """`lvs-desktop report --format pdf` read back with pdfplumber: Dordrecht's line in the
    municipalities side by side ends "+6", "+600%" under "Verandering" and "%"; published
    (that table is internal), the thuiszitters line has "–" beside its "< 5" years."""
    vault = ("--vault", str(region_file), "--year", YEAR, "--format", "pdf")
    for publish, label, cells in (
        (False, "Dordrecht", ("0", "1", "7", "+6", "+600%")),
        (True, "Thuiszitters (4 weken of langer)", ("0", "< 5", "< 5", "–", "–")),
    ):
        out = tmp_path / f"regio-{publish}.pdf"
        made = cli(*vault, *(["--publish"] if publish else []), "--out", str(out))
        assert made.returncode == 0, made.stderr
        assert_row_under_heads(pdf_lines(out.read_bytes()), label, cells)
