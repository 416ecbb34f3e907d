"""Every annual figure on the constructed region (tests/reports/region.py), known by
construction: school-year boundaries, a case over two school years, a youth who moved,
deleted rows, and the cases of two consultants in one (merged) vault."""

from __future__ import annotations

from datetime import date

import pytest

from lvs_desktop.models import UserError
from lvs_desktop.reports.build import Computed
from lvs_desktop.reports.figures import FIGURES
from lvs_desktop.reports.model import AnnualReport
from lvs_desktop.services.reports import annual_report, report_from
from lvs_desktop.store import Vault
from tests.reports.region import AS_OF, D, G, live_case_spans

Y0, Y1, Y2 = "2019-2020", "2020-2021", "2021-2022"
LTR, H16 = "Langdurig relatief verzuim", "16 uur in 4 weken"


@pytest.fixture
def region(computed: Computed) -> AnnualReport:
    return report_from(computed, Y2)


def column(report: AnnualReport, key: str, year: str = Y2) -> dict[str, object]:
    i = report.years.index(year)
    return {row.label: row.values[i] for row in report.table(key).rows}


def test_years_beside_each_other(region: AnnualReport) -> None:
    assert region.years == (Y0, Y1, Y2) and region.area == "Regio"
    assert [t.key for t in region.tables] == [f.key for f in FIGURES]


def test_relative_reports_by_type_and_school_type(region: AnnualReport) -> None:
    got = column(region, "relative_reports")
    assert got[f"{H16} – PO"] == 1  # 1 August 2021: the second report on a case from 31 July
    assert got[f"{H16} – VO"] == 1
    assert got[f"{H16} – onbekend"] == 4
    assert got[f"{H16} – Totaal"] == 6
    assert got[f"{LTR} – VO"] == 1 and got[f"{LTR} – onbekend"] == 3
    assert got["Luxe verzuim – VO"] == 1  # the colleague's; its deleted second report is not
    assert got["Overig verzuim – Totaal"] == 0  # the only one is on a deleted case
    assert got["Totaal"] == 11


def test_school_year_boundary_31_july_and_1_august(region: AnnualReport) -> None:
    before = column(region, "relative_reports", Y1)
    assert before[f"{H16} – PO"] == 1 and before["Totaal"] == 1  # received 31 July 2021
    assert column(region, "relative_reports", Y0)["Totaal"] == 0


def test_moved_youth_counts_where_each_case_was_opened(computed: Computed) -> None:
    dordrecht = report_from(computed, Y2, D)
    gorinchem = report_from(computed, Y2, G)
    d, g = column(dordrecht, "relative_reports"), column(gorinchem, "relative_reports")
    assert d[f"{H16} – VO"] == 1 and f"{LTR} – VO" not in d  # before the move
    assert g[f"{LTR} – VO"] == 1 and f"{H16} – VO" not in g  # after the move
    assert d["Totaal"] == 7 and g["Totaal"] == 4


def test_municipalities_add_up_to_the_region(computed: Computed, region: AnnualReport) -> None:
    parts = [report_from(computed, Y2, m) for m in (D, G)]
    for table in region.tables:
        if table.internal or table.key == "days_to_contact":
            continue
        for row in table.rows:
            if row.kind == "median":
                continue
            total = 0
            for part in parts:
                match = [r for r in part.table(table.key).rows if r.labels == row.labels]
                total += int(match[0].values[2]) if match else 0
            assert total == row.values[2], (table.key, row.labels)


def test_absolute_absence(region: AnnualReport) -> None:
    assert column(region, "absolute_absence") == {
        "Behandeld": 3,
        "Vervolg nodig (open op 31 juli)": 1,
        "Weer ingeschreven": 1,
    }
    # the case opened in June 2021 and closed in September: handled in both years
    assert column(region, "absolute_absence", Y1) == {
        "Behandeld": 1,
        "Vervolg nodig (open op 31 juli)": 1,
        "Weer ingeschreven": 0,
    }


def test_thuiszitters_on_the_facts(computed: Computed, region: AnnualReport) -> None:
    # counted: two absolute verzuimers at home for months, two reports a weekend apart
    # (33 days together), a stretch from 1 July into the next year. Not counted: a stretch
    # covered by an exemption, one closed as ill, a "thuiszitter" label over 10 days, a
    # 19-year-old, a deleted report, a 26-day report, an absolute case of 20 days.
    assert column(region, "thuiszitters") == {
        "Thuiszitters (4 weken of langer)": 4,
        "waarvan langer dan 3 maanden": 2,
    }
    assert column(region, "thuiszitters", Y1)["Thuiszitters (4 weken of langer)"] == 1
    assert (
        column(report_from(computed, Y2, D), "thuiszitters")["Thuiszitters (4 weken of langer)"]
        == 3
    )


def test_exemptions_by_article_and_outcome(region: AnnualReport) -> None:
    got = column(region, "exemptions")
    art5a = "Art. 5 onder a – lichamelijk of psychisch ongeschikt"
    art5b = "Art. 5 onder b – bedenkingen tegen de richting"
    art5c = "Art. 5 onder c – ingeschreven bij een school in het buitenland"
    art11 = "Art. 11 onder g / 14 – extra verlof meer dan 10 dagen"
    assert got[f"{art5a} – Afgegeven"] == 1
    assert got[f"{art5b} – Afgegeven"] == 1  # received 1 August 2021
    assert got[f"{art5c} – Totaal"] == 0  # deleted
    assert got[f"{art11} – In behandeling"] == 1
    assert got["Totaal"] == 3
    assert column(region, "exemptions", Y1)[f"{art5b} – Afgewezen"] == 1  # 31 July 2021


def test_pvs_halt_svb(region: AnnualReport) -> None:
    pvs = column(region, "pvs")
    assert pvs["Proces-verbaal ouder – Relatief verzuim"] == 1
    assert pvs["Proces-verbaal ouder – Absoluut verzuim"] == 1
    assert pvs["Proces-verbaal ouder – Totaal"] == 2
    assert pvs["Proces-verbaal leerling – Totaal"] == 1  # the deleted one is not counted
    assert pvs["Totaal"] == 3
    halt = column(region, "halt")
    assert halt["Loopt"] == 1 and halt["Afgerond"] == 1 and halt["Totaal"] == 2  # not 1 Aug
    assert column(region, "svb") == {"Meldingen SVB": 1}


def test_rmc_figures(region: AnnualReport) -> None:
    assert column(region, "reports_18_plus") == {"Meldingen 18-plus verzuim": 1}
    assert column(region, "early_leavers") == {
        "Nieuw in beeld (school verlaten)": 1,
        "Gesproken": 2,  # one opened the year before, spoken to on 15 August
        "Positief resultaat (onderwijs of werk)": 1,
    }
    assert column(region, "early_leavers", Y1)["Gesproken"] == 0  # an attempt is no talk
    assert column(region, "screening_17") == {
        "Gescreend (dossier geopend)": 2,
        "waarvan benaderd": 1,  # the conversation; the other case has no contact
        "waarvan gesproken": 1,
    }


def test_open_cases_per_consultant_after_a_merge(region: AnnualReport, region_vault: Vault) -> None:
    cutoff = date(2022, 7, 31)
    expected: dict[str, int] = {}
    for name, opened, closed in live_case_spans(region_vault):
        if opened <= cutoff and (closed is None or closed > cutoff):
            expected[name] = expected.get(name, 0) + 1
    got = column(region, "open_per_consultant")
    assert got["Ahmed Bakker"] == 2 == expected["Ahmed Bakker"]
    assert got["Jet de Vries"] == expected["Jet de Vries"]
    assert got["Totaal"] == sum(expected.values())


def test_unknown_municipality_and_year_are_user_errors(region_vault: Vault) -> None:
    with pytest.raises(UserError, match="onbekend"):
        annual_report(region_vault, Y2, "Atlantis", as_of=AS_OF)
    with pytest.raises(UserError, match="schooljaar"):
        annual_report(region_vault, "2021-2023", as_of=AS_OF)
    with pytest.raises(UserError, match="nog niet begonnen"):
        annual_report(region_vault, "2027-2028", as_of=AS_OF)


def test_every_figure_has_a_definition() -> None:
    for spec in FIGURES:
        assert len(spec.definition) > 80, spec.key
