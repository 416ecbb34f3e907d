"""The municipalities side by side (issue 13, item 7): relative-absence reports per
municipality, each equal to the total of that municipality's own report, adding up to the
region's total, on the constructed region."""

from __future__ import annotations

from lvs_desktop.reports.build import Computed
from lvs_desktop.services.reports import report_from

YEAR = "2021-2022"


def test_municipalities_side_by_side_equal_their_own_reports(computed: Computed) -> None:
    region = report_from(computed, YEAR)
    table = region.table("reports_per_municipality")
    names = sorted(set(computed.labels.municipalities.values()))
    shown = [r.label for r in table.details()]
    assert [n for n in shown if n in names] == names  # every municipality, by name
    for year in region.years:
        column = region.years.index(year)
        total = 0
        for row in table.details():
            value = int(row.values[column] or 0)
            total += value
            if row.label in names:
                own = report_from(computed, YEAR, row.label)
                assert value == own.value("relative_reports", "Totaal", "", year=year), row.label
        assert total == region.value("relative_reports", "Totaal", "", year=year)
        assert region.value("reports_per_municipality", "Totaal", year=year) == total
    assert any(region.value("reports_per_municipality", n) for n in names)
