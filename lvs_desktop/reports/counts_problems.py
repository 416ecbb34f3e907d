"""The causes behind the absence: the coded underlying problems recorded on the cases, as
the region's annual report names them (mental health, family, bullying, school fit, ...)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lvs_desktop.reports.facts import case_table
from lvs_desktop.reports.grouped import fetch, in_window, school_year
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
    # grouped per set of codes as stored (a few dozen), each set split into its codes here
    sql = f"""
    SELECT {school_year("c.opened_on")}, c.municipality_id, f.problem_codes, count(*)
    FROM case_file AS f JOIN {case_table(tally)} AS c ON c.case_id = f.id
    WHERE f.deleted = 0 AND f.problem_codes IS NOT NULL
      AND c.opened_on >= ? AND c.opened_on <= ?
    GROUP BY 1, 2, 3
    """
    for year, municipality, codes, n in fetch(session, sql, in_window(window)):
        for code in sorted(set(codes.split(","))):
            if code:
                tally.add("underlying_problems", year, municipality, (code,), n)
