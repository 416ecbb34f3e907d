"""Decision figures: exemptions by article and outcome, PVs, Halt referrals, SVB reports.

Each function is the one definition of its figure; its docstring is its printed definition.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from lvs_desktop.reports import facts
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms


def count_exemptions(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Vrijstellingen en verlof: elke niet-verwijderde aanvraag of kennisgeving (artikel
    5a, 5b, 5c, 15, 3a, 3b, 11g/14 en 13a), in het schooljaar waarin zij binnenkwam, naar
    artikel en de uitkomst van nu (afgegeven, ingetrokken, ongegrond, afgewezen, of nog in
    behandeling), voor de gemeente van het dossier bij opening. Een verlenging is een nieuwe
    kennisgeving en telt opnieuw."""
    for case, _youth, article, outcome, received, *_ in facts.exemptions(session, tally):
        year = window.year_of(received)
        if year is not None:
            tally.add("exemptions", year.start_year, case.municipality_id, (article, outcome))


def count_pvs(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Processen-verbaal: elk niet-verwijderd proces-verbaal tegen een ouder of tegen de
    leerling, in het schooljaar van de datum van het proces-verbaal, naar tegen wie en het
    soort verzuim (absoluut, relatief, luxe), voor de gemeente van het dossier bij opening.
    Een proces-verbaal tegen elk van twee ouders telt twee keer."""
    for case, kind, absence, _outcome, dated in facts.enforcements(session, tally):
        year = window.year_of(dated)
        if year is not None and kind in ("pv_parent", "pv_pupil"):
            tally.add("pvs", year.start_year, case.municipality_id, (kind, absence))


def count_halt(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Halt-verwijzingen: elke niet-verwijderde verwijzing naar Halt, in het schooljaar
    van de verwijzingsdatum, naar de uitkomst van nu (loopt, afgerond, mislukt, …), voor de
    gemeente van het dossier bij opening."""
    for case, kind, _absence, outcome, dated in facts.enforcements(session, tally):
        year = window.year_of(dated)
        if year is not None and kind == "halt":
            tally.add("halt", year.start_year, case.municipality_id, (outcome,))


def count_svb(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Meldingen aan de SVB (kinderbijslag): elke niet-verwijderde melding aan de SVB, in
    het schooljaar van de datum van de melding, voor de gemeente van het dossier bij
    opening."""
    for case, kind, _absence, _outcome, dated in facts.enforcements(session, tally):
        year = window.year_of(dated)
        if year is not None and kind == "svb_report":
            tally.add("svb", year.start_year, case.municipality_id, ("reports",))
