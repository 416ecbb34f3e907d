"""The VO→MBO transfer (issue 13, items 3 and 7): pupils who left VO without an mbo enrolment
by the region's VO→MBO date, and of those how many LVS guided.

The register (residents and enrolments, issue 12) is local to the team lead's vault, so the
figure reads it there; the rule of who is a VO leaver is the register list's own
(`models.rules.register_lists.vo_leaver`), so the figure and the `vo-mbo` list taken on the
date always agree. A vault without register data (a consultant's laptop, or a region that
has not imported it yet) gets no figure at all: the table says so instead of showing zeros.

SQL narrows the register to the candidates (one pass over the enrolments, the rest by the
index on the number): a VO enrolment that ended in a year's window, without a
startkwalificatie on it and without an mbo enrolment started between its end and that
year's date. Only those candidates' residents, enrolments, youths, cases and outreach steps
come into Python, where the list's rule decides (the narrowing only leaves out people the
rule refuses).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.register_lists import (
    VO_MBO_AGES,
    Enrolment,
    living_on,
    vo_leaver,
    vo_mbo_deadline_in,
    vo_mbo_window,
)
from lvs_desktop.models.rules.startkwalificatie import LEVELS, is_startkwalificatie
from lvs_desktop.reports.facts import Days
from lvs_desktop.reports.grouped import NO_DATA, fetch, marks
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

FIGURE = "vo_mbo"
NO_REGISTER = (
    "Deze kluis bevat geen registergegevens (inwoners en inschrijvingen van de "
    "leerplichtadministratie), dus voor deze tabel is er geen cijfer: geen registergegevens."
)

#: (VO→MBO date, number) of each VO enrolment that ended after `?` up to `?`, for the first
#: VO→MBO date on or after its end (`?` = "MM-DD", twice), without a startkwalificatie on it by
#: that date and with no mbo enrolment started from its end up to the date: a superset of the
#: VO leavers without mbo of those dates (`vo_leaver` decides). One pass over the enrolments;
#: the mbo check goes by the index on the number.
CANDIDATES_SQL = """
SELECT v.deadline, v.person_number FROM (
    SELECT person_number, ends_on, diploma_level, diploma_on,
           CASE WHEN substr(ends_on, 6, 5) <= ?1 THEN substr(ends_on, 1, 4)
                ELSE CAST(substr(ends_on, 1, 4) AS INTEGER) + 1 END || '-' || ?1 AS deadline
    FROM register_enrolment
    WHERE school_type = 'VO' AND ends_on > ?2 AND ends_on <= ?3
) v
WHERE (v.diploma_on IS NULL OR v.diploma_on > v.deadline OR v.diploma_level IS NULL
       OR v.diploma_level NOT IN ({levels}))
  AND NOT EXISTS (
      SELECT 1 FROM register_enrolment m
      WHERE m.person_number = v.person_number AND m.school_type = 'MBO'
        AND m.starts_on >= v.ends_on AND m.starts_on <= v.deadline
  )
"""
RESIDENTS_SQL = """
SELECT bsn, municipality_id, birth_date, moved_in_on, moved_out_on FROM register_resident
WHERE bsn IN ({numbers})
"""
ENROLMENTS_SQL = """
SELECT person_number, school_type, starts_on, ends_on, diploma_level, diploma_on
FROM register_enrolment WHERE person_number IN ({numbers})
"""
YOUTHS_SQL = "SELECT id, bsn FROM youth WHERE deleted = 0 AND bsn IN ({numbers})"
CASES_SQL = (
    "SELECT id, youth_id, opened_on, closed_on FROM case_file"
    " WHERE youth_id IN ({ids}) AND deleted = 0"
)
STEPS_SQL = "SELECT case_id, taken_on FROM outreach_step WHERE deleted = 0 AND case_id IN ({ids})"
CHUNK = 500  # values per IN list

Resident = tuple[str | None, date, date | None, date | None]  # municipality, birth, in, out
Span = tuple[date, date]


def count_vo_mbo(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Overstap VO–MBO, uit het register (inwoners en inschrijvingen) van deze kluis: de
    jongeren van 12 tot 23 jaar die op de overstapdatum van de regio in dat schooljaar
    (instelling, standaard 1 oktober) in de regio woonden, het VO verlieten in het jaar tot en
    met die datum, geen startkwalificatie hadden en op die datum niet in het VO of mbo stonden
    ingeschreven (en sinds het verlaten geen mbo-inschrijving begonnen): dezelfde regel als de
    lijst 'vo-mbo' op die datum. Waarvan begeleid door LVS: van wie (op BSN) een
    niet-verwijderd dossier open was of een outreachstap had op een dag vanaf het verlaten van
    het VO tot 31 juli (of de peildatum). Een schooljaar waarin de overstapdatum nog niet
    voorbij is, heeft nog geen cijfer (0). Voor de woongemeente in het register."""
    if not fetch(session, "SELECT 1 FROM register_resident LIMIT 1"):
        tally.cache[NO_DATA + FIGURE] = NO_REGISTER
        return
    years = []
    for year in window.years:
        deadline = vo_mbo_deadline_in(terms.vo_mbo_date, year)
        cutoff = window.cutoff(year)
        if cutoff is not None and deadline <= cutoff:
            years.append((year.start_year, deadline, cutoff))
    if not years:
        return
    candidates = _candidates(session, [(sy, d) for sy, d, _ in years], terms.vo_mbo_date)
    numbers = sorted({bsn for bsns in candidates.values() for bsn in bsns})
    days = Days()
    residents: dict[str, Resident] = {}
    for bsn, town, born, moved_in, moved_out in _chunked(session, RESIDENTS_SQL, numbers):
        residents[bsn] = (town, days[born], days.get(moved_in), days.get(moved_out))
    enrolments: dict[str, list[Enrolment]] = defaultdict(list)
    for bsn, kind, start, end, level, diploma in _chunked(session, ENROLMENTS_SQL, numbers):
        enrolments[bsn].append(
            Enrolment(kind, days[start], days.get(end), level, days.get(diploma))
        )
    guidance = _guidance(session, numbers)
    youngest, oldest = VO_MBO_AGES
    for year_start, deadline, cutoff in years:
        for bsn in candidates.get(year_start, ()):
            if bsn not in residents:
                continue  # an enrolment of someone the residents extract does not hold
            town, born, moved_in, moved_out = residents[bsn]
            if not living_on(moved_in, moved_out, deadline):
                continue
            if not youngest <= age_on(born, deadline) < oldest:
                continue
            left = vo_leaver(enrolments[bsn], deadline)
            if left is None:
                continue
            tally.add(FIGURE, year_start, town, ("without_mbo",))
            if any(left <= end and start <= cutoff for start, end in guidance.get(bsn, ())):
                tally.add(FIGURE, year_start, town, ("guided",))


def _candidates(
    session: Session, years: list[tuple[int, date]], month_day: tuple[int, int]
) -> dict[int, set[str]]:
    """School year → the numbers `CANDIDATES_SQL` finds for its VO→MBO date."""
    year_of = {deadline.isoformat(): year_start for year_start, deadline in years}
    after = vo_mbo_window(min(d for _, d in years))[0].isoformat()
    until = max(d for _, d in years).isoformat()
    levels = sorted(level for level in LEVELS if is_startkwalificatie(level))
    sql = CANDIDATES_SQL.format(levels=", ".join(f"?{4 + i}" for i in range(len(levels))))
    params = [f"{month_day[0]:02d}-{month_day[1]:02d}", after, until, *levels]
    out: dict[int, set[str]] = defaultdict(set)
    for deadline, bsn in fetch(session, sql, params):
        if deadline in year_of:
            out[year_of[deadline]].add(bsn)
    return out


def _chunked(session: Session, sql: str, values: list[str]) -> list[tuple[Any, ...]]:
    """`sql` with `{numbers}`/`{ids}` as an IN list, run per chunk of `values`."""
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(values), CHUNK):
        chunk = values[start : start + CHUNK]
        text = sql.format(numbers=marks(chunk), ids=marks(chunk))
        out += fetch(session, text, chunk)
    return out


def _guidance(session: Session, numbers: list[str]) -> dict[str, list[Span]]:
    """BSN → the spans LVS worked with the youth of that number: each live case's (opened,
    closed or open-ended) and each live outreach step's (its day, its day). Only these
    youths' cases are read, by the index on the youth (never every case)."""
    bsn_of = {yid: bsn for yid, bsn in _chunked(session, YOUTHS_SQL, numbers)}
    out: dict[str, list[Span]] = defaultdict(list)
    days = Days()
    case_bsn: dict[str, str] = {}
    for case_id, youth_id, opened, closed in _chunked(session, CASES_SQL, sorted(bsn_of)):
        case_bsn[case_id] = bsn_of[youth_id]
        out[bsn_of[youth_id]].append((days[opened], days.get(closed) or date.max))
    for case_id, taken in _chunked(session, STEPS_SQL, sorted(case_bsn)):
        on = days[taken]
        out[case_bsn[case_id]].append((on, on))
    return out
