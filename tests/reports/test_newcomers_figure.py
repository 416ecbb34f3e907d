"""Newcomers in view / not enrolled in the annual report (issue 13, items 6 and 7), on a new
vault built through the services (the construction of the outreach tests): known values,
equal to the outreach service's own count on the same day."""

from __future__ import annotations

from datetime import date

from lvs_desktop.services import enrolments, outreach
from lvs_desktop.services.reports import annual_report
from lvs_desktop.store import Vault
from tests.builders import make_case, make_youth
from tests.casework.casework_vault import add_schools
from tests.outreach.outreach_vault import TODAY

IN_VIEW, NOT_ENROLLED = "In beeld", "waarvan niet ingeschreven"


def test_newcomers_in_view_and_not_enrolled(vault: Vault) -> None:
    _old, mbo = add_schools(vault)
    a = make_youth(vault, age=12, bsn=None, surname="Kovalenko")
    b = make_youth(vault, age=15, bsn=None, surname="Shevchenko")
    c = make_youth(vault, age=9, bsn=None, surname="Haddad")
    d = make_youth(vault, age=10, bsn=None, surname="Zonderdossier")
    late = make_youth(vault, age=11, bsn=None, surname="Later")
    for y in (a, b, c, late):
        make_case(vault, y, kind="absolute_absence", opened_on=date(2026, 9, 1))
    outreach.set_newcomer(vault, a, "ukraine", date(2026, 3, 1), today=TODAY)
    outreach.set_newcomer(vault, b, "ukraine", None, today=TODAY)
    outreach.set_newcomer(vault, c, "asylum", date(2026, 8, 20), today=TODAY)
    outreach.set_newcomer(vault, d, "ukraine", today=TODAY)  # no case: not in view
    outreach.set_newcomer(vault, late, "asylum", date(2026, 10, 20), today=TODAY)  # after the day
    enrolments.add_enrolment(
        vault, b, enrolments.EnrolmentInput(school_id=mbo, starts_on=date(2026, 9, 15)), today=TODAY
    )
    on = date(2026, 10, 1)
    report = annual_report(vault, "2026-2027", as_of=on)  # a running year: counted on `on`
    assert (report.value("newcomers", IN_VIEW), report.value("newcomers", NOT_ENROLLED)) == (3, 2)
    service = outreach.newcomer_counts(vault, on)
    assert (service.in_view, service.not_enrolled) == (3, 2)
    assert report.value("newcomers", IN_VIEW, year="2025-2026") == 0  # cases opened later
    later = annual_report(vault, "2026-2027", as_of=TODAY)
    assert later.value("newcomers", IN_VIEW) == outreach.newcomer_counts(vault, TODAY).in_view == 4
