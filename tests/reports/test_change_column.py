"""The "verandering" column (issue 13, item 7): the municipalities side by side with their change
against the year before, absolute and in whole percents, through the CLI text and the Reports
page; a change from a suppressed cell shows "–" (the property test covers every table)."""

from __future__ import annotations

from pathlib import Path

from lvs_desktop.reports.build import Computed
from lvs_desktop.reports.model import change_cells
from lvs_desktop.services.reports import report_from
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
