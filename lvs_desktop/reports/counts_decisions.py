"""Decision figures: exemptions by article and outcome, PVs, Halt referrals, SVB reports,
each counted by a grouped query (`reports.grouped`).

Each function is the one definition of its figure; its docstring is its printed definition.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lvs_desktop.reports.grouped import cached, fetch, in_window, school_year
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

ENFORCEMENTS_SQL = f"""
SELECT {school_year("e.dated_on")}, c.municipality_id, e.kind, e.absence_kind, e.outcome,
       count(*)
FROM enforcement e JOIN case_summary c ON c.case_id = e.case_id
WHERE e.deleted = 0 AND e.dated_on >= ? AND e.dated_on <= ?
GROUP BY 1, 2, 3, 4, 5
"""


def _enforcements(session: Session, window: Window, tally: Tally) -> list[tuple[Any, ...]]:
    """(school year, municipality, kind, absence kind, outcome, number) of live steps."""
    return cached(
        tally,
        "grouped:enforcements",
        lambda: fetch(session, ENFORCEMENTS_SQL, in_window(window)),
    )


def count_exemptions(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Vrijstellingen en verlof: elke niet-verwijderde aanvraag of kennisgeving (artikel
    5a, 5b, 5c, 15, 3a, 3b, 11g/14 en 13a), in het schooljaar waarin zij binnenkwam, naar
    artikel en de uitkomst van nu (afgegeven, ingetrokken, ongegrond, afgewezen, of nog in
    behandeling), voor de gemeente van het dossier bij opening. Een verlenging is een nieuwe
    kennisgeving en telt opnieuw."""
    sql = f"""
    SELECT {school_year("e.received_on")}, c.municipality_id, e.article, e.outcome, count(*)
    FROM exemption e JOIN case_summary c ON c.case_id = e.case_id
    WHERE e.deleted = 0 AND e.received_on >= ? AND e.received_on <= ?
    GROUP BY 1, 2, 3, 4
    """
    for year, municipality, article, outcome, n in fetch(session, sql, in_window(window)):
        tally.add("exemptions", year, municipality, (article, outcome), n)


def count_pvs(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Processen-verbaal: elk niet-verwijderd proces-verbaal tegen een ouder of tegen de
    leerling, in het schooljaar van de datum van het proces-verbaal, naar tegen wie en het
    soort verzuim (absoluut, relatief, luxe), voor de gemeente van het dossier bij opening.
    Een proces-verbaal tegen elk van twee ouders telt twee keer."""
    for year, municipality, kind, absence, _outcome, n in _enforcements(session, window, tally):
        if kind in ("pv_parent", "pv_pupil"):
            tally.add("pvs", year, municipality, (kind, absence), n)


def count_halt(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Halt-verwijzingen: elke niet-verwijderde verwijzing naar Halt, in het schooljaar
    van de verwijzingsdatum, naar de uitkomst van nu (loopt, afgerond, mislukt, …), voor de
    gemeente van het dossier bij opening."""
    for year, municipality, kind, _absence, outcome, n in _enforcements(session, window, tally):
        if kind == "halt":
            tally.add("halt", year, municipality, (outcome,), n)


def count_svb(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Meldingen aan de SVB (kinderbijslag): elke niet-verwijderde melding aan de SVB, in
    het schooljaar van de datum van de melding, voor de gemeente van het dossier bij
    opening."""
    for year, municipality, kind, _absence, _outcome, n in _enforcements(session, window, tally):
        if kind == "svb_report":
            tally.add("svb", year, municipality, ("reports",), n)
