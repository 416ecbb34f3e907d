"""RMC outreach figures (issue 13, items 1 and 7): the phases reached per school year, the
positive outflows, and the MatchMakers outflows by destination, counted from the dated
outreach steps (`models.outreach`) with the rules of `models.rules.outreach` (the one
definition of a phase reached in a year and of "positive")."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy.orm import Session

from lvs_desktop.models.rules import outreach as rules
from lvs_desktop.reports.grouped import cached, fetch
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

STEPS_SQL = """
SELECT s.case_id, c.municipality_id, s.phase, s.taken_on, s.destination, s.programme
FROM outreach_step s JOIN case_file c ON c.id = s.case_id
WHERE s.deleted = 0 AND c.deleted = 0
"""

Steps = dict[str, tuple[str | None, list[rules.Step]]]


def _steps(session: Session, tally: Tally) -> Steps:
    """Case id → (municipality at opening, its live steps)."""

    def load() -> Steps:
        out: dict[str, tuple[str | None, list[rules.Step]]] = {}
        for case_id, municipality, phase, on, destination, programme in fetch(session, STEPS_SQL):
            step = rules.Step(phase, date.fromisoformat(on), destination, programme)
            out.setdefault(case_id, (municipality, []))[1].append(step)
        return out

    return cached(tally, "outreach_steps", load)


def count_outreach(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """RMC-trajecten (16 tot 23 jaar zonder startkwalificatie, en MatchMakers): per fase het
    aantal niet-verwijderde dossiers dat in het schooljaar een stap in die fase had (in beeld,
    benaderd, gesproken, traject, uitgestroomd; een dossier telt één keer per fase, en een
    traject over 31 juli heen telt elke stap in het jaar van zijn datum). Positief
    uitgestroomd: uitgestroomd naar school, werk of leren en werken. Voor de gemeente van het
    dossier bij opening."""
    for year in window.years:
        for municipality, steps in _steps(session, tally).values():
            for phase in rules.reached_in_year(steps, year):
                tally.add("outreach", year.start_year, municipality, (phase,))
            if rules.positive_in_year(steps, year):
                tally.add("outreach", year.start_year, municipality, ("positive",))


def count_matchmakers(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """MatchMakers-plaatsingen: de uitstroom (18 tot 27 jaar) van niet-verwijderde dossiers
    met ten minste één stap in het programma MatchMakers, in het schooljaar van de datum van
    de uitstroom, naar bestemming, voor de gemeente van het dossier bij opening."""
    counted: dict[tuple[int, str | None, str], int] = defaultdict(int)
    for year in window.years:
        for municipality, steps in _steps(session, tally).values():
            if not any(s.programme == rules.MATCHMAKERS for s in steps):
                continue
            for s in rules.steps_in_year(steps, year):
                if s.phase == rules.OUTFLOW and s.destination:
                    counted[(year.start_year, municipality, s.destination)] += 1
    for (year_start, municipality, destination), n in counted.items():
        tally.add("matchmakers", year_start, municipality, (destination,), n)
