"""Caseload facts a team lead manages by: open cases per consultant, cases past a deadline,
days from report to first contact. Internal figures: a published report leaves them out.
They count over the narrow per-case facts read once (`reports.facts`).

Each function is the one definition of its figure; its docstring is its printed definition.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy.orm import Session

from lvs_desktop.models.rules.deadlines import first_contact_due
from lvs_desktop.reports import facts
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms


def count_open_per_consultant(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Open dossiers per consulent: niet-verwijderde dossiers die op 31 juli (of op de
    peildatum in een lopend jaar) open waren, naar de consulent bij wie het dossier nu ligt
    (na een herverdeling of het samenvoegen van de kluizen van twee consulenten: die ene
    eigenaar)."""
    live = facts.cases(session, tally).values()
    for year in window.years:
        cutoff = window.cutoff(year)
        if cutoff is None:
            continue
        per = Counter(
            (case.municipality_id, case.consultant_id) for case in live if case.open_on(cutoff)
        )
        for (municipality, consultant), n in per.items():
            tally.add("open_per_consultant", year.start_year, municipality, (consultant,), n)


def count_past_deadline(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Dossiers met een verlopen termijn: niet-verwijderde dossiers die op 31 juli (of
    de peildatum) open waren en toen een taak hadden waarvan de datum verstreken was en die
    nog niet was afgerond, of waarvan het eerste contact te laat was: de eerste melding kwam
    meer dan het ingestelde aantal werkdagen (standaard 10) eerder binnen en er was nog geen
    contact (een uitnodiging is geen contact). De eerste regel telt elk dossier één keer, ook
    als beide gelden."""
    live = facts.cases(session, tally).values()
    reported = facts.first_reports(session, tally)
    contacted = facts.contacts(session, tally).first_contact
    cutoffs = [c for c in map(window.cutoff, window.years) if c is not None]
    late_tasks = facts.late_tasks(session, tally, cutoffs)
    contact_due: dict[date, date] = {}  # first report -> last day for the first contact
    for year in window.years:
        cutoff = window.cutoff(year)
        if cutoff is None:
            continue
        late_at = late_tasks[cutoff]
        per: Counter[tuple[str | None, str]] = Counter()
        for case in live:
            if not case.open_on(cutoff):
                continue
            task_late = case.id in late_at
            first_report = reported.get(case.id)
            first_contact = contacted.get(case.id)
            contact_late = False
            if first_report is not None and first_report <= cutoff:
                if first_report not in contact_due:
                    contact_due[first_report] = first_contact_due(first_report, terms.deadlines)
                contact_late = contact_due[first_report] < cutoff and (
                    first_contact is None or first_contact > cutoff
                )
            if task_late:
                per[(case.municipality_id, "task")] += 1
            if contact_late:
                per[(case.municipality_id, "first_contact")] += 1
            if task_late or contact_late:
                per[(case.municipality_id, "any")] += 1
        for (municipality, measure), n in per.items():
            tally.add("past_deadline", year.start_year, municipality, (measure,), n)


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
