"""Absence by coded cause (issue 13, item 7; mental health is the seed's headline): the
underlying problems ticked on new cases, on a new vault built through the casework services,
known by construction and equal to the row-based oracle."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lvs_desktop.models import Case
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.reports.tally import Window
from lvs_desktop.services import cases
from lvs_desktop.services.cases import CaseEdit
from lvs_desktop.services.reports import annual_report
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_youth
from tests.reports.test_sql_counts import assert_sql_equals_oracle

MENTAL, FAMILY, BULLYING = "Psychische problemen", "Gezinsproblematiek", "Pesten"


def coded(vault: Vault, opened_on: date, *codes: str, surname: str) -> str:
    youth = make_youth(vault, age=14, bsn=None, surname=surname)
    case_id = make_case(vault, youth, opened_on=opened_on)
    with vault.session() as s:
        consultant = s.scalars(select(Case.consultant_id).where(Case.id == case_id)).one()
    cases.update_case(vault, case_id, CaseEdit("relative_absence", consultant, None, codes))
    return case_id


def test_absence_by_coded_cause(vault: Vault) -> None:
    this_year, last_year = date(2026, 9, 14), date(2025, 10, 6)
    coded(vault, this_year, "mental_health", surname="Aa")
    coded(vault, this_year, "mental_health", "family", surname="Bb")
    coded(vault, this_year, "bullying", "mental_health", surname="Cc")
    coded(vault, last_year, "mental_health", surname="Dd")
    coded(vault, last_year, "family", surname="Ee")
    make_case(vault, make_youth(vault, age=15, bsn=None, surname="Ff"), opened_on=this_year)

    report = annual_report(vault, "2026-2027", as_of=TODAY)
    assert report.value("underlying_problems", MENTAL) == 3  # the headline
    assert report.value("underlying_problems", FAMILY) == 1
    assert report.value("underlying_problems", BULLYING) == 1
    assert report.value("underlying_problems", MENTAL, year="2025-2026") == 1
    assert report.value("underlying_problems", FAMILY, year="2025-2026") == 1
    assert_sql_equals_oracle(vault, Window.ending(SchoolYear.of(TODAY), 5, TODAY))
