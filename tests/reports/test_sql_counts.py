"""Issue 15 item 4: the figures that are counts are counted by grouped SQL. Each must equal
the Python count over the rows it replaced (`row_oracle`), figure by figure, on the
constructed region (every year of a five-year window, and a running year cut at `as_of`) and,
in `test_case_facts`, after every step of a seeded sequence of edits and imports."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.reports.build import compute
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.store import Vault
from tests.reports.region import AS_OF
from tests.reports.row_oracle import ORACLES, oracle_tally


def by_figure(tally: Tally) -> dict[str, dict[tuple[int, tuple[str, ...], str | None], int]]:
    out: dict[str, dict[tuple[int, tuple[str, ...], str | None], int]] = defaultdict(dict)
    for (figure, year, dims), per in tally.counts.items():
        for municipality, n in per.items():
            if n and figure in ORACLES:
                out[figure][(year, dims, municipality)] = n
    return out


def samples(tally: Tally) -> dict[tuple[str, int, str | None], list[float]]:
    return {
        (figure, year, municipality): sorted(values)
        for (figure, year), per in tally.samples.items()
        for municipality, values in per.items()
        if values
    }


def assert_sql_equals_oracle(vault: Vault, window: Window) -> None:
    """Every figure counted in SQL equals the oracle, from the facts and from the rows."""
    with vault.session() as s:
        for from_rows in (False, True):
            ours = compute(s, window, from_rows=from_rows).tally
            oracle = oracle_tally(s, window, from_rows=from_rows)
            got, want = by_figure(ours), by_figure(oracle)
            for figure in ORACLES:
                assert got.get(figure, {}) == want.get(figure, {}), figure
            assert samples(ours) == samples(oracle)


@pytest.mark.parametrize(
    "as_of",
    [AS_OF, date(2021, 3, 15), date(2020, 7, 31), date(2020, 8, 1)],
    ids=["now", "mid-year", "31-july", "1-august"],
)
def test_every_counted_figure_equals_the_row_oracle(region_vault: Vault, as_of: date) -> None:
    window = Window.ending(SchoolYear.of(as_of), 5, as_of)
    assert_sql_equals_oracle(region_vault, window)


def test_the_oracle_sees_the_constructed_region(region_vault: Vault) -> None:
    """The comparison is not vacuous: the oracle counts something in every figure."""
    window = Window.ending(SchoolYear.of(AS_OF), 8, AS_OF)
    with region_vault.session() as s:
        counted = by_figure(oracle_tally(s, window))
    empty = [figure for figure in ORACLES if not counted.get(figure)]
    # the region records no problem codes, hand-overs or register: `test_causes` and
    # `test_register_figures` compare those figures on their own vaults
    assert sorted(empty) == ["handover", "underlying_problems", "vo_mbo"], empty
