"""Caseload facts a team lead manages by: open cases per consultant, cases past a deadline,
days from report to first contact. Internal figures: a published report leaves them out.
They count over the narrow per-case facts read once (`reports.facts`).

Each function is the one definition of its figure; its docstring is its printed definition.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from datetime import date

from sqlalchemy.orm import Session

from lvs_desktop.models.rules.deadlines import first_contact_due
from lvs_desktop.reports import facts
from lvs_desktop.reports.facts import CaseFact
from lvs_desktop.reports.grouped import cached
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms


def count_open_per_consultant(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Open dossiers per consulent: niet-verwijderde dossiers die op 31 juli (of op de
    peildatum in een lopend jaar) open waren, naar de consulent bij wie het dossier nu ligt
    (na een herverdeling of het samenvoegen van de kluizen van twee consulenten: die ene
    eigenaar)."""
    for year, _cutoff, open_then in open_at_cutoffs(session, window, tally):
        per = Counter((case.municipality_id, case.consultant_id) for case in open_then)
        for (municipality, consultant), n in per.items():
            tally.add("open_per_consultant", year, municipality, (consultant,), n)


def open_at_cutoffs(
    session: Session, window: Window, tally: Tally
) -> list[tuple[int, date, list[CaseFact]]]:
    """Per school year that has started: (start year, reference date, the live cases open on
    it, `CaseFact.open_on`). Each case finds its reference dates by bisection (opened on or
    before, closed after), so the cases are walked once, not once per year."""

    def load() -> list[tuple[int, date, list[CaseFact]]]:
        years = [(y.start_year, c) for y in window.years if (c := window.cutoff(y)) is not None]
        cutoffs = [c for _, c in years]
        found: list[list[CaseFact]] = [[] for _ in cutoffs]
        after = len(cutoffs)
        for case in facts.cases(session, tally).values():
            first = bisect_left(cutoffs, case.opened_on)
            last = after if case.closed_on is None else bisect_left(cutoffs, case.closed_on)
            for i in range(first, last):
                found[i].append(case)
        return [(sy, c, found[i]) for i, (sy, c) in enumerate(years)]

    return cached(tally, "open_at_cutoffs", load)


def count_past_deadline(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Dossiers met een verlopen termijn: niet-verwijderde dossiers die op 31 juli (of
    de peildatum) open waren en toen een taak hadden waarvan de datum verstreken was en die
    nog niet was afgerond, of waarvan het eerste contact te laat was: de eerste melding kwam
    meer dan het ingestelde aantal werkdagen (standaard 10) eerder binnen en er was nog geen
    contact (een uitnodiging is geen contact). De eerste regel telt elk dossier één keer, ook
    als beide gelden."""
    reported = facts.first_reports(session, tally)
    contacted = facts.contacts(session, tally).first_contact
    cutoffs = [c for c in map(window.cutoff, window.years) if c is not None]
    late_tasks = facts.late_tasks(session, tally, cutoffs)
    contact_due: dict[date, date] = {}  # first report -> last day for the first contact
    for year, cutoff, open_then in open_at_cutoffs(session, window, tally):
        late_at = late_tasks[cutoff]
        per: Counter[tuple[str | None, str]] = Counter()
        for case in open_then:
            task_late = case.id in late_at
            first_report = reported.get(case.id)
            contact_late = False
            if first_report is not None and first_report <= cutoff:
                due = contact_due.get(first_report)
                if due is None:
                    due = contact_due[first_report] = first_contact_due(
                        first_report, terms.deadlines
                    )
                if due < cutoff:
                    first_contact = contacted.get(case.id)
                    contact_late = first_contact is None or first_contact > cutoff
            if task_late:
                per[(case.municipality_id, "task")] += 1
            if contact_late:
                per[(case.municipality_id, "first_contact")] += 1
            if task_late or contact_late:
                per[(case.municipality_id, "any")] += 1
        for (municipality, measure), n in per.items():
            tally.add("past_deadline", year, municipality, (measure,), n)


def count_days_to_contact(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Dagen van melding tot eerste contact: voor niet-verwijderde dossiers waarvan de
    eerste melding in het schooljaar binnenkwam, het aantal kalenderdagen van die melding tot
    het eerste contact dat geen uitnodiging is (contact vóór de melding telt als 0); de
    mediaan over die dossiers. Dossiers zonder contact tot nu toe staan apart en tellen niet
    mee in de mediaan."""
    reported = facts.first_reports(session, tally)
    contacted = facts.contacts(session, tally).first_contact
    for case in facts.cases(session, tally).values():
        first_report = reported.get(case.id)
        year = window.year_of(first_report) if first_report else None
        if first_report is None or year is None:
            continue
        first_contact = contacted.get(case.id)
        if first_contact is None:
            tally.add("days_to_contact", year.start_year, case.municipality_id, ("without",))
            continue
        days = max(0, (first_contact - first_report).days)
        tally.sample("days_to_contact", year.start_year, case.municipality_id, float(days))
        tally.add("days_to_contact", year.start_year, case.municipality_id, ("with",))
