"""Absence figures: relative-absence reports, 18-plus reports and absolute-absence cases,
each counted by one grouped query (`reports.grouped`). The live cases come from the narrow
`case_summary` (`models.case_summary`: exactly the live case rows, kept by triggers).

Each function is the one definition of its figure; its docstring says what it counts and is
printed as the figure's definition in the app and the PDF.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lvs_desktop.reports.grouped import cached, fetch, in_window, marks, school_year, years_cte
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import RELATIVE_REPORT_TYPES, ReportTerms

UNKNOWN = "?"
NO_MUNICIPALITY = "-"

#: The school type a report counts for: of the school that reported, else (no school on the
#: report) of the school the pupil was enrolled at on the day it came in, else of the case's
#: school, else unknown.
REPORTS_SQL = f"""
SELECT {school_year("r.received_on")}, c.municipality_id, r.report_type,
       coalesce(
         nullif((SELECT s.school_type FROM school s WHERE s.id = coalesce(r.school_id,
           (SELECT e.school_id FROM enrolment e
            WHERE e.youth_id = c.youth_id AND e.deleted = 0 AND e.starts_on <= r.received_on
              AND (e.ends_on IS NULL OR r.received_on <= e.ends_on)
            ORDER BY e.starts_on DESC, e.school_id DESC LIMIT 1))), ''),
         nullif((SELECT s.school_type FROM school s WHERE s.id = c.school_id), ''),
         '{UNKNOWN}'),
       count(*)
FROM report r JOIN case_summary c ON c.case_id = r.case_id
WHERE r.deleted = 0 AND r.voided_on IS NULL
  AND r.received_on >= ? AND r.received_on <= ?
GROUP BY 1, 2, 3, 4
"""


def _reports(session: Session, window: Window, tally: Tally) -> list[tuple[Any, ...]]:
    """(school year, municipality, report type, school type, number) of live reports."""
    return cached(tally, "grouped:reports", lambda: fetch(session, REPORTS_SQL, in_window(window)))


def count_relative_reports(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Meldingen relatief verzuim: elke niet-verwijderde, niet ongeldig gemaakte melding van het
    soort 16 uur, langdurig relatief, luxe of overig verzuim, in het schooljaar van de datum van
    ontvangst, voor de gemeente van het dossier bij opening, naar soort melding en het soort
    school dat meldde (anders de school van het dossier; "onbekend" als geen van beide bekend
    is). Elke volgende melding in hetzelfde dossier telt opnieuw: DUO telt meldingen, geen
    leerlingen."""
    wanted = set(RELATIVE_REPORT_TYPES)
    for year, municipality, report_type, school, n in _reports(session, window, tally):
        if report_type in wanted:
            tally.add("relative_reports", year, municipality, (report_type, school), n)


def count_reports_18_plus(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Meldingen 18-plus verzuim: elke niet-verwijderde, niet ongeldig gemaakte melding van het
    soort 18-plus verzuim, in het schooljaar van de datum van ontvangst, voor de gemeente van
    het dossier bij opening."""
    for year, municipality, report_type, _school, n in _reports(session, window, tally):
        if report_type == "18_plus":
            tally.add("reports_18_plus", year, municipality, ("reports",), n)


def count_absolute_absence(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Absoluut verzuim: niet-verwijderde dossiers van het soort absoluut verzuim.
    Behandeld: op enige dag van het schooljaar open (geopend uiterlijk 31 juli, niet gesloten
    vóór 1 augustus); een dossier dat over 31 juli heen loopt, telt dus in beide jaren.
    Vervolg nodig: op 31 juli (of op de peildatum in een lopend jaar) nog open.
    Weer ingeschreven: in het schooljaar gesloten met de reden "terug naar school" of
    "inschrijving beëindigd – ander onderwijs" (een instelling)."""
    years, params = years_cte(window)
    reasons = list(terms.reenrolled_reasons)
    sql = f"""
    WITH {years}
    SELECT y.sy, c.municipality_id, count(*),
           sum(c.closed_on IS NULL OR c.closed_on > y.cutoff),
           sum(c.closed_on >= y.start AND c.closed_on <= y.cutoff
               AND c.closing_reason IN ({marks(reasons)}))
    FROM case_summary c CROSS JOIN y
    WHERE c.kind = 'absolute_absence' AND c.opened_on <= y.cutoff
      AND (c.closed_on IS NULL OR c.closed_on >= y.start)
    GROUP BY 1, 2
    """
    for year, municipality, handled, follow_up, back in fetch(session, sql, [*params, *reasons]):
        tally.add("absolute_absence", year, municipality, ("handled",), handled)
        tally.add("absolute_absence", year, municipality, ("follow_up",), follow_up or 0)
        tally.add("absolute_absence", year, municipality, ("reenrolled",), back or 0)


def count_reports_per_municipality(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Meldingen relatief verzuim per gemeente: dezelfde meldingen als in de tabel "Meldingen
    relatief verzuim naar soort en schoolsoort" (16 uur, langdurig relatief, luxe en overig
    verzuim, per schooljaar van ontvangst), opgeteld per gemeente van het dossier bij opening,
    de gemeenten naast elkaar; een dossier zonder gemeente staat onder "geen gemeente"."""
    wanted = set(RELATIVE_REPORT_TYPES)
    for year, municipality, report_type, _school, n in _reports(session, window, tally):
        if report_type in wanted:
            dims = (municipality or NO_MUNICIPALITY,)
            tally.add("reports_per_municipality", year, municipality, dims, n)
