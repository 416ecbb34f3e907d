"""Absence figures: relative-absence reports, 18-plus reports and absolute-absence cases.

Each function is the one definition of its figure; its docstring says what it counts and is
printed as the figure's definition in the app and the PDF.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lvs_desktop.reports import facts
from lvs_desktop.reports.facts import school_types
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import RELATIVE_REPORT_TYPES, ReportTerms

UNKNOWN = "?"


def count_relative_reports(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Meldingen relatief verzuim: elke niet-verwijderde, niet ongeldig gemaakte melding van het
    soort 16 uur, langdurig relatief, luxe of overig verzuim, in het schooljaar van de datum van
    ontvangst, voor de gemeente van het dossier bij opening, naar soort melding en het soort
    school dat meldde (anders de school van het dossier; "onbekend" als geen van beide bekend
    is). Elke volgende melding in hetzelfde dossier telt opnieuw: DUO telt meldingen, geen
    leerlingen."""
    types = school_types(session, tally)
    wanted = set(RELATIVE_REPORT_TYPES)
    for r in facts.reports(session, tally):
        year = window.year_of(r.received_on)
        if year is None or r.report_type not in wanted:
            continue
        school = types.get(r.school_id or "") or types.get(r.case.school_id or "") or UNKNOWN
        dims = (r.report_type, school)
        tally.add("relative_reports", year.start_year, r.case.municipality_id, dims)


def count_reports_18_plus(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Meldingen 18-plus verzuim: elke niet-verwijderde, niet ongeldig gemaakte melding van het
    soort 18-plus verzuim, in het schooljaar van de datum van ontvangst, voor de gemeente van
    het dossier bij opening."""
    for r in facts.reports(session, tally):
        year = window.year_of(r.received_on)
        if year is not None and r.report_type == "18_plus":
            tally.add("reports_18_plus", year.start_year, r.case.municipality_id, ("reports",))


def count_absolute_absence(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Absoluut verzuim: niet-verwijderde dossiers van het soort absoluut verzuim.
    Behandeld: op enige dag van het schooljaar open (geopend uiterlijk 31 juli, niet gesloten
    vóór 1 augustus); een dossier dat over 31 juli heen loopt, telt dus in beide jaren.
    Vervolg nodig: op 31 juli (of op de peildatum in een lopend jaar) nog open.
    Weer ingeschreven: in het schooljaar gesloten met de reden "terug naar school" of
    "inschrijving beëindigd – ander onderwijs" (een instelling)."""
    absolute = [c for c in facts.cases(session, tally).values() if c.kind == "absolute_absence"]
    for year in window.years:
        cutoff = window.cutoff(year)
        if cutoff is None:
            continue
        for case in absolute:
            if not case.open_during(year.start, cutoff):
                continue
            where = (year.start_year, case.municipality_id)
            tally.add("absolute_absence", *where, ("handled",))
            if case.open_on(cutoff):
                tally.add("absolute_absence", *where, ("follow_up",))
            closed = case.closed_on
            back = case.closing_reason in terms.reenrolled_reasons
            if back and closed is not None and year.start <= closed <= cutoff:
                tally.add("absolute_absence", *where, ("reenrolled",))
