"""An independent oracle of the thuiszitter figure, day by day, for tests only.

Written from the figure's printed definition (`reports.thuiszitters.count_thuiszitters`), not
from its code: every at-home day of a youth is a member of a set; gaps of fewer than the
allowed days are filled; exempted days are removed; each maximal run of days left is a piece.
A youth counts in a school year when a piece's days inside that year number at least the
minimum and `status_on` (the reference duty rule, not the fast lookup) puts the youth under
duty on the first of those days. "Langer dan 3 maanden": the 3-month mark, counted from the
piece's first day, falls before its last day inside the year. The ORM reads every row; slow,
and meant for small constructed vaults.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Case, Exemption, Report, Youth
from lvs_desktop.models.rules.dates import SchoolYear, add_months
from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.models.rules.leerplicht import DutyStatus, YouthFacts, status_on
from lvs_desktop.reports.terms import ReportTerms

ONE = timedelta(days=1)
Key = tuple[int, str | None, str]  # (school year's start year, municipality id, all/long)


def days(first: date, last: date) -> list[date]:
    return [first + ONE * i for i in range((last - first).days + 1)]


def oracle_thuiszitters(
    session: Session, years: tuple[SchoolYear, ...], as_of: date, terms: ReportTerms
) -> dict[Key, int]:
    """(year, municipality, "all" | "long") → the number of youths, as the definition reads."""
    skip = set(terms.thuiszitter_not_counted_reasons)
    home_types = set(terms.thuiszitter_report_types)
    live = {c.id: c for c in session.scalars(select(Case).where(~Case.deleted))}
    # per youth: (first day, last day, municipality) of each stretch at home
    stretches: dict[str, list[tuple[date, date, str | None]]] = defaultdict(list)

    def stretch(case: Case, first: date | None, last: date | None) -> None:
        end = min(last or case.closed_on or as_of, as_of)
        if first is not None and first <= end:
            stretches[case.youth_id].append((first, end, case.municipality_id))

    for r in session.scalars(select(Report).where(~Report.deleted, Report.voided_on.is_(None))):
        case = live.get(r.case_id)
        if case is None or case.closing_reason in skip:
            continue
        if r.all_lessons_missed or r.report_type in home_types:
            stretch(case, r.period_start, r.period_end)
    if terms.thuiszitter_include_absolute:
        for case in live.values():
            if case.kind == "absolute_absence" and case.closing_reason not in skip:
                stretch(case, case.opened_on, case.closed_on)
    exempt: dict[str, list[tuple[date, date | None]]] = defaultdict(list)
    for e in session.scalars(select(Exemption).where(~Exemption.deleted)):
        if e.outcome == "afgegeven" and e.case_id in live:
            exempt[e.youth_id].append((e.starts_on or e.decided_on or e.received_on, e.ends_on))

    out: dict[Key, int] = defaultdict(int)
    for youth_id, own in stretches.items():
        youth = session.get(Youth, youth_id)
        if youth is None or youth.deleted:
            continue
        try:
            facts = YouthFacts(
                youth.birth_date, youth.startkwalificatie_on, bool(youth.no_kwalificatieplicht)
            )
        except InvalidFacts:
            continue
        for year in years:
            found = _in_year(own, exempt[youth_id], facts, year, terms)
            if found is not None:
                municipality, long = found
                out[(year.start_year, municipality, "all")] += 1
                if long:
                    out[(year.start_year, municipality, "long")] += 1
    return dict(out)


def _in_year(
    own: list[tuple[date, date, str | None]],
    exempt: list[tuple[date, date | None]],
    facts: YouthFacts,
    year: SchoolYear,
    terms: ReportTerms,
) -> tuple[str | None, bool] | None:
    """(municipality, longer than 3 months) if the youth counts in `year`, else None."""
    # the municipality of a day: of the earliest stretch (by first day, then last) holding it
    place: dict[date, str | None] = {}
    for first, last, municipality in sorted(own, key=lambda s: (s[0], s[1])):
        for d in days(first, last):
            place.setdefault(d, municipality)
    # fill gaps of fewer than max_gap_days missing days: the next stretch's days join the run
    ordered = sorted(place)
    runs: list[list[date]] = [[ordered[0]]]
    for d in ordered[1:]:
        if (d - runs[-1][-1]).days <= terms.thuiszitter_max_gap_days:
            runs[-1].extend(days(runs[-1][-1] + ONE, d))
        else:
            runs.append([d])
    counted: list[tuple[date, str | None, bool]] = []
    for run in runs:
        municipality = place[run[0]]
        left = [d for d in run if not any(s <= d and (e is None or d <= e) for s, e in exempt)]
        for piece in _consecutive(left):
            inside = [d for d in piece if year.start <= d <= year.end]
            if len(inside) < terms.thuiszitter_min_days:
                continue
            if status_on(facts, inside[0]).status not in (
                DutyStatus.LEERPLICHTIG,
                DutyStatus.KWALIFICATIEPLICHTIG,
            ):
                continue
            long = add_months(piece[0], terms.thuiszitter_long_months) < inside[-1]
            counted.append((piece[0], municipality, long))
    if not counted:
        return None
    counted.sort(key=lambda c: c[0])
    return counted[0][1], any(c[2] for c in counted)


def _consecutive(ds: list[date]) -> list[list[date]]:
    out: list[list[date]] = []
    for d in ds:
        if out and d - out[-1][-1] == ONE:
            out[-1].append(d)
        else:
            out.append([d])
    return out
