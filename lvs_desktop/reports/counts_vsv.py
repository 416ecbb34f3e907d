"""Official early school leavers (VSV): DUO's figures as the team lead entered them
(`models.vsv`), with the one-year lag DUO publishes them with."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lvs_desktop.reports.grouped import fetch
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms


def count_vsv(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Voortijdig schoolverlaters volgens DUO (officieel): het aantal nieuwe voortijdig
    schoolverlaters en de noemer (de deelnemers van 12 tot 23 jaar waartegen DUO telt), zoals
    ingevoerd per gemeente. DUO publiceert een schooljaar ongeveer een jaar later, dus in de
    kolom van een schooljaar staat het cijfer van het schooljaar ervóór. Het percentage vsv is
    het aantal gedeeld door de noemer. Een gemeente zonder ingevoerd cijfer telt niet mee."""
    wanted = {y.previous().label: y.start_year for y in window.years}
    sql = "SELECT school_year, municipality_id, leavers, participants FROM vsv_figure"
    for label, municipality, leavers, participants in fetch(session, sql):
        year = wanted.get(label)
        if year is not None:
            tally.add("vsv", year, municipality, ("leavers",), leavers)
            tally.add("vsv", year, municipality, ("participants",), participants)
