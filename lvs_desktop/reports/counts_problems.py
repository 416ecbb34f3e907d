"""The causes behind the absence: the coded underlying problems recorded on the cases, as
the region's annual report names them (mental health, family, bullying, school fit, ...)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Case
from lvs_desktop.reports import facts
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms


def count_underlying_problems(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Onderliggende problemen: niet-verwijderde dossiers die in het schooljaar zijn geopend,
    voor de gemeente van het dossier bij opening, naar elk onderliggend probleem dat de
    consulent bij het dossier heeft aangevinkt. Een dossier met twee problemen telt bij allebei
    (de rijen tellen dus niet op tot het aantal dossiers); een dossier zonder aangevinkt
    probleem telt niet mee."""
    live = facts.cases(session, tally)
    query = select(Case.id, Case.problem_codes).where(
        ~Case.deleted, Case.problem_codes.is_not(None)
    )
    for case_id, codes in session.execute(query):
        case = live.get(case_id)
        year = window.year_of(case.opened_on) if case is not None else None
        if case is None or year is None:
            continue
        for code in sorted(set(codes.split(","))):
            if code:
                tally.add("underlying_problems", year.start_year, case.municipality_id, (code,))
