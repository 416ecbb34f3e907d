"""Preventive work and advice (issue 13): the prevention register counted per school year."""

from __future__ import annotations

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from lvs_desktop.models import PreventionActivity, School
from lvs_desktop.reports.facts import rows
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms


def count_prevention(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Preventieve activiteiten: het aantal niet-verwijderde activiteiten in het
    preventieregister (voorlichting, overleg, schoolbezoek, advies, vraag; los van een
    dossier) met een datum in het schooljaar, naar soort. Een activiteit telt voor de gemeente
    van haar school; een activiteit zonder school telt alleen in de regio."""
    day = PreventionActivity.occurred_on
    iso = func.strftime("%Y-%m", day)
    year = cast(func.substr(iso, 1, 4), Integer) - cast(func.substr(iso, 6, 2) < "08", Integer)
    query = (
        select(year, School.municipality_id, PreventionActivity.kind, func.count())
        .outerjoin(School, School.id == PreventionActivity.school_id)
        .where(~PreventionActivity.deleted, day.between(window.start, window.end))
        .group_by(year, School.municipality_id, PreventionActivity.kind)
    )
    tally.add_rows("prevention", rows(session, query))
