"""Caseload facts a team lead manages by: open cases per consultant, cases past a deadline,
days from report to first contact. Internal figures: a published report leaves them out.

They count over `case_summary` (one narrow row per live case, kept by triggers) in grouped SQL
that reads its indexes alone (`models.case_summary`, migration 0021): a few dozen rows come
back instead of a Python object per case. Measured on the five-year large region (50,000
cases), past deadline went from about 0.3 s (over the cases read into Python) to about 0.1 s.
The Python counts they replaced live on as the oracle the tests compare with
(`tests/reports/row_oracle.py`).

Each function is the one definition of its figure; its docstring is its printed definition.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy.orm import Session

from lvs_desktop.models.rules.deadlines import DeadlineTerms, first_contact_due
from lvs_desktop.reports.facts import Days, case_table, late_tasks_sql
from lvs_desktop.reports.grouped import fetch
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

#: An open case on the reference date `y.cutoff`: opened on or before, not closed by then.
OPEN_AT_CUTOFF = "c.opened_on <= y.cutoff AND (c.closed_on IS NULL OR c.closed_on > y.cutoff)"

#: Its first contact too late on `y.cutoff`: the first report came in on or before `y.last`
#: (the last day whose first-contact deadline lies before the reference date, see
#: `last_report_day`) and there was no contact (other than an invitation) by then.
CONTACT_LATE = (
    "c.first_report <= y.last AND (c.first_contact IS NULL OR c.first_contact > y.cutoff)"
)


def _cutoffs(window: Window) -> list[tuple[int, date]]:
    """(start year, reference date) of each school year that has started on `as_of`."""
    return [(y.start_year, c) for y in window.years if (c := window.cutoff(y)) is not None]


def count_open_per_consultant(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Open dossiers per consulent: niet-verwijderde dossiers die op 31 juli (of op de
    peildatum in een lopend jaar) open waren, naar de consulent bij wie het dossier nu ligt
    (na een herverdeling of het samenvoegen van de kluizen van twee consulenten: die ene
    eigenaar)."""
    cutoffs = _cutoffs(window)
    if not cutoffs:
        return
    # a column per reference date over the covering index (municipality, consultant, days):
    # no sort, no table page, one row per municipality and consultant
    flags = ", ".join(
        "sum(c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on > ?))" for _ in cutoffs
    )
    sql = (
        f"SELECT c.municipality_id, c.consultant_id, {flags} "
        f"FROM {case_table(tally)} AS c GROUP BY 1, 2"
    )
    params = [iso for _, c in cutoffs for iso in (c.isoformat(), c.isoformat())]
    for municipality, consultant, *per_year in fetch(session, sql, params):
        for (year, _cutoff), n in zip(cutoffs, per_year, strict=True):
            tally.add("open_per_consultant", year, municipality, (consultant,), n or 0)


def last_report_day(cutoff: date, deadlines: DeadlineTerms) -> date:
    """The last day a first report may have come in for its first-contact deadline
    (`first_contact_due`) to lie before `cutoff`, and no later than `cutoff`. The deadline never
    moves back when the report comes later, so this one day splits the reports: found by
    bisection over the days, the test `first_contact_due(report) < cutoff` becomes
    `report <= last_report_day(cutoff)` in SQL."""
    low = cutoff.toordinal() - 36_600  # a century back: before any report in a vault
    days = range(low, cutoff.toordinal() + 1)

    def due_not_before(ordinal: int) -> bool:
        return first_contact_due(date.fromordinal(ordinal), deadlines) >= cutoff

    first_not_late = bisect_left(days, True, key=due_not_before)
    return date.fromordinal(low + first_not_late) - timedelta(days=1)


def count_past_deadline(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Dossiers met een verlopen termijn: niet-verwijderde dossiers die op 31 juli (of
    de peildatum) open waren en toen een taak hadden waarvan de datum verstreken was en die
    nog niet was afgerond, of waarvan het eerste contact te laat was: de eerste melding kwam
    meer dan het ingestelde aantal werkdagen (standaard 10) eerder binnen en er was nog geen
    contact (een uitnodiging is geen contact). De eerste regel telt elk dossier één keer, ook
    als beide gelden."""
    cutoffs = _cutoffs(window)
    if not cutoffs:
        return
    years = ", ".join("(?, ?, ?, ?)" for _ in cutoffs)
    params: list[object] = []
    for i, (year, cutoff) in enumerate(cutoffs):
        last = last_report_day(cutoff, terms.deadlines)
        params += [i, year, cutoff.isoformat(), last.isoformat()]
    cases = case_table(tally)
    with_years = f"WITH y(i, sy, cutoff, last) AS (VALUES {years})"
    # first contact late: over the index on (first report, first contact, municipality, days)
    contact_sql = f"""
    {with_years}
    SELECT y.sy, c.municipality_id, count(*)
    FROM y JOIN {cases} AS c ON {CONTACT_LATE} AND {OPEN_AT_CUTOFF}
    GROUP BY 1, 2
    """
    # a late task: the cases with a task late on some reference date (`late_tasks_sql`: over
    # the partial index of the tasks ever late, grouped by case in index order, a 0/1 column
    # per date), then their case, open on that date; "both" is counted here too, so that
    # "any" = task + first contact - both
    columns = ", ".join(f"late{i}" for i in range(len(cutoffs)))
    pick = " ".join(f"WHEN {i} THEN l.late{i}" for i in range(len(cutoffs)))
    task_sql = f"""
    {with_years}, l(case_id, {columns}) AS ({late_tasks_sql([c for _, c in cutoffs])})
    SELECT y.sy, c.municipality_id, count(*), sum({CONTACT_LATE})
    FROM l JOIN {cases} AS c ON c.case_id = l.case_id
    JOIN y ON (CASE y.i {pick} END) AND {OPEN_AT_CUTOFF}
    GROUP BY 1, 2
    """
    contact: dict[tuple[int, str | None], int] = {}
    for year, municipality, n in fetch(session, contact_sql, params):
        contact[(year, municipality)] = n
        tally.add("past_deadline", year, municipality, ("first_contact",), n)
    for year, municipality, n, both in fetch(session, task_sql, params):
        tally.add("past_deadline", year, municipality, ("task",), n)
        tally.add("past_deadline", year, municipality, ("any",), n - (both or 0))
    for (year, municipality), n in contact.items():
        tally.add("past_deadline", year, municipality, ("any",), n)


def count_days_to_contact(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> None:
    """Dagen van melding tot eerste contact: voor niet-verwijderde dossiers waarvan de
    eerste melding in het schooljaar binnenkwam, het aantal kalenderdagen van die melding tot
    het eerste contact dat geen uitnodiging is (contact vóór de melding telt als 0); de
    mediaan over die dossiers. Dossiers zonder contact tot nu toe staan apart en tellen niet
    mee in de mediaan."""
    # the cases whose first report lies in the window, read from the covering index
    sql = (
        f"SELECT c.municipality_id, c.first_report, c.first_contact FROM {case_table(tally)} AS c"
        " WHERE c.first_report >= ? AND c.first_report <= ?"
    )
    days = Days()
    year_of: dict[str, int | None] = {}  # first report (ISO) -> start year in the window
    without: Counter[tuple[int, str | None]] = Counter()
    waited: dict[tuple[int, str | None], list[float]] = defaultdict(list)
    params = (window.start.isoformat(), window.end.isoformat())
    for municipality, reported, contacted in fetch(session, sql, params):
        if reported not in year_of:
            year = window.year_of(days[reported])
            year_of[reported] = None if year is None else year.start_year
        start_year = year_of[reported]
        if start_year is None:
            continue
        if contacted is None:
            without[(start_year, municipality)] += 1
        else:
            days_waited = (days[contacted] - days[reported]).days
            waited[(start_year, municipality)].append(float(max(0, days_waited)))
    for (start_year, municipality), n in without.items():
        tally.add("days_to_contact", start_year, municipality, ("without",), n)
    for (start_year, municipality), values in waited.items():
        tally.sample_all("days_to_contact", start_year, municipality, values)
        tally.add("days_to_contact", start_year, municipality, ("with",), len(values))
