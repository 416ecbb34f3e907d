"""The thuiszitter list (issue 13, item 4) is the annual figure by name: the same function,
so the count on the list equals the report's thuiszitter figure for the same vault and day;
each row says since when, the school, an exemption, the 3-month offer deadline and the offer."""

from __future__ import annotations

from datetime import date

import pytest

from lvs_desktop.models import UserError
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.services import cases, decisions
from lvs_desktop.services import thuiszitters as service
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.decisions import ExemptionInput
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.services.reports import annual_report
from lvs_desktop.services.thuiszitters import OfferInput
from lvs_desktop.store import Vault
from tests.builders import make_youth

ALL = "Thuiszitters (4 weken of langer)"
LONG = "waarvan langer dan 3 maanden"


def figure(vault: Vault, on: date, label: str = ALL) -> object:
    report = annual_report(vault, SchoolYear.of(on).label, as_of=on)
    return report.value("thuiszitters", label)


@pytest.mark.parametrize(
    "on", [date(2021, 9, 30), date(2021, 12, 1), date(2022, 3, 1), date(2022, 7, 31)]
)
def test_the_count_on_the_list_is_the_annual_figure(region_vault: Vault, on: date) -> None:
    listing = service.thuiszitter_list(region_vault, on)
    assert listing.year == SchoolYear.of(on).label
    assert listing.count == figure(region_vault, on)
    assert sum(r.long for r in listing.rows) == figure(region_vault, on, LONG)


def test_the_constructed_region_names_its_four_thuiszitters(region_vault: Vault) -> None:
    listing = service.thuiszitter_list(region_vault, date(2022, 7, 31))
    assert [(r.since, r.municipality, r.at_home_now) for r in listing.rows] == [
        (date(2021, 6, 1), "Dordrecht", False),  # absolute absence into 2021-22
        (date(2021, 9, 6), "Dordrecht", False),  # two reports a weekend apart
        (date(2021, 10, 1), "Gorinchem", True),  # absolute absence, never closed
        (date(2022, 7, 1), "Dordrecht", True),  # from 1 July, still at home
    ]
    overdue = listing.rows[2]
    assert overdue.deadline == date(2022, 1, 1)
    assert (overdue.offer, overdue.status) == (None, service.OVERDUE)


TODAY = date(2026, 11, 28)


def test_offer_deadline_exemption_and_school_from_an_empty_vault(vault: Vault) -> None:
    school = add_school(vault, SchoolInput(name="Lyceum Het Anker", school_type="VO"))
    anker = school.first("school")
    # at home since 1 September (all lessons missed), an offer on 15 October
    y1 = make_youth(vault, birth_date=date(2012, 5, 1), school_id=anker, given_names="Sam")
    c1 = cases.open_case(
        vault,
        y1,
        "relative_absence",
        date(2026, 9, 20),
        report=ReportInput(
            "long_term_relative", date(2026, 9, 20), date(2026, 9, 1), date(2026, 11, 27)
        ),
        today=TODAY,
    ).first("case_file")
    # not enrolled since 3 August, no offer: the deadline of 3 November has passed
    y2 = make_youth(vault, birth_date=date(2011, 2, 1), bsn=None, given_names="Lotte")
    cases.open_case(vault, y2, "absolute_absence", date(2026, 8, 3), today=TODAY)
    # at home since 1 October, an exemption granted from 1 November: 31 days at home remain
    y3 = make_youth(vault, birth_date=date(2013, 1, 1), bsn=None, given_names="Mees")
    c3 = cases.open_case(
        vault,
        y3,
        "relative_absence",
        date(2026, 10, 1),
        report=ReportInput(
            "long_term_relative", date(2026, 10, 1), date(2026, 10, 1), date(2026, 11, 27)
        ),
        today=TODAY,
    ).first("case_file")
    decisions.record_exemption(
        vault,
        c3,
        ExemptionInput(
            "5a", date(2026, 10, 20), date(2026, 11, 1), None, "afgegeven", date(2026, 10, 30)
        ),
    )
    # 20 days at home: not a thuiszitter
    y4 = make_youth(vault, birth_date=date(2012, 3, 1), bsn=None, given_names="Noor")
    cases.open_case(
        vault,
        y4,
        "relative_absence",
        date(2026, 11, 1),
        report=ReportInput(
            "long_term_relative", date(2026, 11, 1), date(2026, 11, 1), date(2026, 11, 20)
        ),
        today=TODAY,
    )
    service.record_offer(
        vault,
        c1,
        OfferInput(date(2026, 10, 15), "education", "Plaats op het Da Vinci"),
        today=TODAY,
    )

    listing = service.thuiszitter_list(vault, TODAY)

    assert listing.count == figure(vault, TODAY) == 3
    rows = {r.name.split()[0]: r for r in listing.rows}
    assert set(rows) == {"Sam", "Lotte", "Mees"}
    sam, lotte, mees = rows["Sam"], rows["Lotte"], rows["Mees"]
    assert (sam.since, sam.deadline, sam.school) == (
        date(2026, 9, 1),
        date(2026, 12, 1),
        "Lyceum Het Anker",
    )
    assert sam.offer is not None and sam.offer.kind_label == "Onderwijsaanbod"
    assert sam.status == service.OFFERED and sam.exemption == "nee"
    assert (lotte.since, lotte.deadline, lotte.offer) == (date(2026, 8, 3), date(2026, 11, 3), None)
    assert lotte.status == service.OVERDUE and lotte.at_home_now
    assert (mees.since, mees.until, mees.days) == (date(2026, 10, 1), date(2026, 10, 31), 31)
    assert mees.exemption == "ja, vanaf 1 november 2026"
    assert mees.status == service.RUNNING  # deadline 1 January 2027
    csv = service.to_csv(listing).splitlines()
    assert csv[0].startswith("Dossier;Naam;Geboortedatum;School")
    assert len(csv) == 4


def test_a_stretch_that_ended_before_its_deadline_reads_back_at_school(vault: Vault) -> None:
    """Q1: back at school on 02-08, deadline 06-10, no offer — the list said "termijn
    verstreken" (and a stretch ended last week "termijn loopt")."""
    youth = make_youth(vault, birth_date=date(2012, 3, 1), bsn=None, given_names="Fleur")
    cases.open_case(
        vault,
        youth,
        "relative_absence",
        date(2026, 9, 7),
        report=ReportInput(
            "long_term_relative", date(2026, 9, 7), date(2026, 9, 7), date(2026, 10, 30)
        ),
        today=TODAY,
    )
    (fleur,) = service.thuiszitter_list(vault, TODAY).rows
    assert (fleur.until, fleur.offer, fleur.at_home_now) == (date(2026, 10, 30), None, False)
    assert fleur.deadline > fleur.until
    assert fleur.status == service.BACK == "weer naar school"


def test_an_offer_with_bad_input_changes_nothing(vault: Vault) -> None:
    youth = make_youth(vault, birth_date=date(2012, 5, 1))
    case_id = cases.open_case(vault, youth, "absolute_absence", date(2026, 8, 3), today=TODAY)
    case = case_id.first("case_file")
    with pytest.raises(UserError, match="Soort aanbod: onbekende waarde 'cursus'"):
        service.record_offer(vault, case, OfferInput(date(2026, 9, 1), "cursus"), today=TODAY)
    with pytest.raises(UserError, match="Datum van het aanbod ligt in de toekomst"):
        service.record_offer(vault, case, OfferInput(date(2026, 12, 1), "care"), today=TODAY)
    row = service.thuiszitter_list(vault, TODAY).rows[0]
    assert row.offer is None
