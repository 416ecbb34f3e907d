"""Small-count suppression: cells below the threshold hidden, and every (sub)total from which
a hidden cell could be derived back hidden too."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from lvs_desktop.reports.build import Computed
from lvs_desktop.reports.model import DETAIL, SUBTOTAL, TOTAL, AnnualReport, ReportRow, ReportTable
from lvs_desktop.reports.suppress import display, publishable, suppress_table
from lvs_desktop.services.reports import report_from


def table(*rows: ReportRow) -> ReportTable:
    return ReportTable("t", "S", "Titel", "Wat er geteld is.", ("Soort",), rows)


def flat(*values: int) -> ReportTable:
    details = [ReportRow((f"r{i}",), (v,)) for i, v in enumerate(values)]
    return table(*details, ReportRow(("Totaal",), (sum(values),), TOTAL))


def shown(t: ReportTable) -> list[str]:
    return [display(r, 0, 5) for r in t.rows]


def test_small_cells_hidden_zero_shown() -> None:
    assert shown(suppress_table(flat(0, 5, 12), 5)) == ["0", "5", "12", "17"]
    assert shown(suppress_table(flat(4, 6, 12), 5)) == ["< 5", "6", "12", "•"]


def test_total_shown_when_the_hidden_cells_cannot_be_told_apart() -> None:
    assert shown(suppress_table(flat(3, 4, 12), 5)) == ["< 5", "< 5", "12", "19"]
    assert shown(suppress_table(flat(1, 2, 12), 5)) == ["< 5", "< 5", "12", "•"]


def test_subtotals_and_total_with_groups() -> None:
    rows = (
        ReportRow(("A", "x"), (2,), DETAIL, "A"),
        ReportRow(("A", "y"), (9,), DETAIL, "A"),
        ReportRow(("A", "Totaal"), (11,), SUBTOTAL, "A"),
        ReportRow(("B", "x"), (7,), DETAIL, "B"),
        ReportRow(("B", "Totaal"), (7,), SUBTOTAL, "B"),
        ReportRow(("Totaal", ""), (18,), TOTAL),
    )
    result = suppress_table(table(*rows), 5)
    # A-x hidden, so A's subtotal would give it back; then the total would give A back
    assert shown(result) == ["< 5", "9", "•", "7", "7", "•"]
    assert all(r.values[0] is None for r in result.rows if r.is_hidden(0))


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=8))
def test_no_hidden_cell_can_be_derived_from_what_is_shown(values: list[int]) -> None:
    result = suppress_table(flat(*values), 5)
    hidden = [r for r in result.rows if r.kind == DETAIL and r.is_hidden(0)]
    total = result.rows[-1]
    if len(hidden) >= 1 and not total.is_hidden(0):
        shown_sum = sum(int(r.values[0] or 0) for r in result.rows[:-1] if not r.is_hidden(0))
        derived = int(total.values[0] or 0) - shown_sum
        assert derived >= 5  # only the sum of several hidden cells, never one of them
        assert len(hidden) >= 2


def test_published_report_hides_small_counts_and_internal_tables(computed: Computed) -> None:
    full = report_from(computed, "2021-2022")
    published = report_from(computed, "2021-2022", publish=True, threshold=5)
    assert isinstance(published, AnnualReport) and published.published
    keys = {t.key for t in published.tables}
    assert "open_per_consultant" not in keys and "days_to_contact" not in keys
    assert "open_per_consultant" in {t.key for t in full.tables}
    for t in published.tables:
        for row in t.rows:
            for i, value in enumerate(row.values):
                assert value is None or value == 0 or value >= 5 or not row.is_hidden(i)
                if isinstance(value, int) and 0 < value < 5:
                    raise AssertionError(f"{t.key} {row.label}: {value} not suppressed")
    assert any("'< 5'" in note for note in published.notes)


def test_publishable_keeps_the_full_report_intact(computed: Computed) -> None:
    full = report_from(computed, "2021-2022")
    publishable(full)
    assert full.value("svb", "Meldingen SVB") == 1
    assert full.as_of == date(2026, 11, 28)
