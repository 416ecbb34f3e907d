"""Absolute verzuim: *vervolgonderzoek* (issue 13, item 7), the leerplichtadministratie's
hand-overs to a consultant. A case opened from the register's not-enrolled list carries a
report of type "absolute" from `HANDOVER_REPORTER` with the function `HANDOVER_FUNCTION`
(`models.rules.register_lists`, written by `services.register.cases`); this figure counts
those reports per school year, and how many of their cases were closed re-enrolled.

The hand-overs open absolute-absence cases, a few percent of all: their ids come from the
shared case facts (`reports.facts`, read once for every figure), and their reports are read
by the index on the case (ids and dates only), never by a pass over every report.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lvs_desktop.models.rules.register_lists import HANDOVER_FUNCTION, HANDOVER_REPORTER
from lvs_desktop.reports import facts
from lvs_desktop.reports.facts import Days
from lvs_desktop.reports.grouped import fetch, in_window, marks
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

FIGURE = "handover"
ABSOLUTE = "absolute_absence"  # the kind a not-enrolled hand-over opens

HANDOVERS_SQL = """
SELECT case_id, received_on FROM report
WHERE case_id IN ({cases}) AND deleted = 0 AND voided_on IS NULL AND report_type = 'absolute'
  AND reporter_function = ? AND reporter_name = ? AND received_on BETWEEN ? AND ?
"""
CHUNK = 500  # case ids per IN list


def count_handovers(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Absoluut verzuim, vervolgonderzoek: het aantal overdrachten van de
    leerplichtadministratie aan een consulent (de melding absoluut verzuim met de functie
    'vervolgonderzoek' van de Leerplichtadministratie, die een dossier uit de lijst 'niet
    ingeschreven' meekrijgt; niet ingetrokken, op een niet-verwijderd dossier), in het
    schooljaar van de datum van de melding, tot 31 juli of de peildatum. Waarvan weer
    ingeschreven: van die overdrachten is het dossier tot de peildatum gesloten met een reden
    die 'weer naar school' betekent (terug naar school, ander onderwijs). Voor de gemeente van
    het dossier bij opening."""
    live = facts.cases(session, tally)
    ids = [c.id for c in facts.cases_of_kind(session, tally, ABSOLUTE)]
    days = Days()
    found = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        params = (*chunk, HANDOVER_FUNCTION, HANDOVER_REPORTER, *in_window(window))
        found += fetch(session, HANDOVERS_SQL.format(cases=marks(chunk)), params)
    for case_id, received in found:
        case = live.get(case_id)
        on = days[received]
        year = window.year_of(on)
        if case is None or year is None:
            continue
        cutoff = window.cutoff(year)
        if cutoff is None or on > cutoff:
            continue
        tally.add(FIGURE, year.start_year, case.municipality_id, ("handovers",))
        closed = case.closed_on
        if (
            closed is not None
            and closed <= window.as_of
            and case.closing_reason in terms.reenrolled_reasons
        ):
            tally.add(FIGURE, year.start_year, case.municipality_id, ("reenrolled",))
