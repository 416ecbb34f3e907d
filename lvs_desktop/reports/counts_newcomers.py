"""Newcomers (e.g. refugee children, issue 13 items 6 and 7): in view and not enrolled at the
end of each school year, from the newcomer marker on the youth (`models.people.Youth`)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from lvs_desktop.reports.facts import day
from lvs_desktop.reports.grouped import fetch
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

# The marked youths first (CROSS JOIN keeps that order), then their cases and enrolments by
# the index on the youth: a region has few newcomers, so neither the wide case rows nor the
# enrolments of everyone else are read.
MARKED_SQL = """
SELECT y.id, y.newcomer_arrived_on, c.municipality_id, c.opened_on, c.id
FROM youth y CROSS JOIN case_file c ON c.youth_id = y.id
WHERE y.newcomer_origin IS NOT NULL AND y.deleted = 0 AND c.deleted = 0
"""

ENROLLED_SQL = """
SELECT e.youth_id, e.starts_on, e.ends_on FROM youth y CROSS JOIN enrolment e ON e.youth_id = y.id
WHERE e.deleted = 0 AND y.newcomer_origin IS NOT NULL
"""


def count_newcomers(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Nieuwkomers (bijvoorbeeld gevluchte kinderen): op 31 juli (of de peildatum in een lopend
    jaar) het aantal jeugdigen met de markering nieuwkomer en een niet-verwijderd dossier dat
    toen al geopend was (in beeld; wie volgens de markering later aankwam, telt nog niet), en
    daarvan wie die dag nergens ingeschreven was (niet ingeschreven). Voor de gemeente van het
    eerste dossier bij opening."""
    cases: dict[str, list[tuple[date, str, str | None]]] = {}
    arrived: dict[str, date | None] = {}
    for youth_id, arrival, municipality, opened, case_id in fetch(session, MARKED_SQL):
        arrived[youth_id] = day(arrival)
        cases.setdefault(youth_id, []).append((date.fromisoformat(opened), case_id, municipality))
    enrolled: dict[str, list[tuple[date, date | None]]] = {}
    for youth_id, starts, ends in fetch(session, ENROLLED_SQL):
        enrolled.setdefault(youth_id, []).append((date.fromisoformat(starts), day(ends)))
    for year in window.years:
        cutoff = window.cutoff(year)
        if cutoff is None:
            continue
        for youth_id, own in cases.items():
            opened = [c for c in own if c[0] <= cutoff]
            came = arrived[youth_id]
            if not opened or (came is not None and came > cutoff):
                continue
            municipality = min(opened)[2]
            tally.add("newcomers", year.start_year, municipality, ("in_view",))
            covered = any(
                s <= cutoff and (e is None or e >= cutoff) for s, e in enrolled.get(youth_id, [])
            )
            if not covered:
                tally.add("newcomers", year.start_year, municipality, ("not_enrolled",))
