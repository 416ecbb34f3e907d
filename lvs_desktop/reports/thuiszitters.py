"""Thuiszitters counted on the facts (DOMAIN §2), not on the case-kind label.

The candidate stretches (absence periods of reports, open spans of absolute-absence cases)
and the exemptions in force come from the shared narrow facts (`reports.facts`); Python joins
one youth's stretches, cuts out exempted days and measures what is left.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from lvs_desktop.models.rules.dates import SchoolYear, add_months
from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.models.rules.leerplicht import DutyStatus, DutyTimeline, YouthFacts
from lvs_desktop.reports import facts
from lvs_desktop.reports.facts import CaseFact
from lvs_desktop.reports.tally import Tally, Window
from lvs_desktop.reports.terms import ReportTerms

DAY = timedelta(days=1)
UNDER_DUTY = (DutyStatus.LEERPLICHTIG, DutyStatus.KWALIFICATIEPLICHTIG)


@dataclass(frozen=True)
class Stretch:
    """Days at home from `start` to `end` (inclusive), from a case (`case_id`) in
    `municipality_id`."""

    start: date
    end: date
    municipality_id: str | None
    case_id: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def join_stretches(stretches: list[Stretch], max_gap_days: int) -> list[Stretch]:
    """Overlapping stretches, and stretches less than `max_gap_days` apart, become one; the
    joined stretch keeps the municipality (and case) of the earliest."""
    out: list[Stretch] = []
    for s in sorted(stretches, key=lambda s: (s.start, s.end)):
        if out and (s.start - out[-1].end).days <= max_gap_days:
            last = out[-1]
            out[-1] = Stretch(last.start, max(last.end, s.end), last.municipality_id, last.case_id)
        else:
            out.append(s)
    return out


def cut_out(stretch: Stretch, exempt: list[tuple[date, date]]) -> list[Stretch]:
    """The parts of `stretch` outside the exempted periods."""
    pieces = [stretch]
    for e_start, e_end in exempt:
        next_pieces = []
        for p in pieces:
            if e_end < p.start or e_start > p.end:
                next_pieces.append(p)
                continue
            if p.start < e_start:
                next_pieces.append(Stretch(p.start, e_start - DAY, p.municipality_id, p.case_id))
            if e_end < p.end:
                next_pieces.append(Stretch(e_end + DAY, p.end, p.municipality_id, p.case_id))
        pieces = next_pieces
    return pieces


def count_thuiszitters(session: Session, window: Window, tally: Tally, terms: ReportTerms) -> None:
    """Thuiszitters, op de feiten: het aantal verschillende jeugdigen dat in het
    schooljaar 4 weken of langer (28 dagen, een instelling) aaneen niet op school was, terwijl
    zij leer- of kwalificatieplichtig waren (5 tot 18 jaar, volgens de regels van de
    leerplicht, op de eerste dag van die periode binnen het schooljaar). Een periode thuis is
    de verzuimperiode van een niet-verwijderde melding waarin alle lessen zijn gemist, of van
    een melding langdurig relatief verzuim (wekenlang afwezig per definitie), of de tijd dat
    een dossier absoluut verzuim open is (niet ingeschreven: "ingeschreven of niet"); een
    melding van 16 uur in 4 weken is op zich geen periode thuis. Zonder einddatum loopt een
    periode tot de sluiting van het dossier of de peildatum. Perioden van één jeugdige die
    minder dan 3 dagen (een weekend) uit elkaar liggen, tellen als één; dagen met een
    afgegeven vrijstelling of verlof vallen weg; dossiers gesloten als "geen verzuim" (ziek of
    geoorloofd afwezig) tellen niet. Het dossiersoort "thuiszitter" speelt geen rol. Een
    periode over 31 juli heen telt in elk schooljaar waarin het deel binnen dat schooljaar
    zelf 4 weken of langer is (thuis van 20 juli tot 15 september telt alleen in het nieuwe
    schooljaar); een jeugdige telt één keer per jaar, voor de gemeente van het dossier van de
    eerste periode. Waarvan langer dan 3 maanden: de jeugdigen die in het schooljaar langer
    dan 3 maanden (de regionale termijn voor een aanbod) thuis waren, gerekend vanaf de eerste
    dag thuis van de periode, ook als die in het vorige schooljaar lag, tot de laatste dag
    thuis binnen het schooljaar: de termijn voor een aanbod is in het schooljaar verstreken
    terwijl de jeugdige thuis was."""
    for found in thuiszitters(session, window, tally, terms):
        municipality = found.municipality_id
        tally.add("thuiszitters", found.year.start_year, municipality, ("all",))
        if found.long:
            tally.add("thuiszitters", found.year.start_year, municipality, ("long",))


@dataclass(frozen=True)
class AtHome:
    """One youth counted as a thuiszitter in one school year (see `count_thuiszitters`): the
    pieces at home that qualify there (the first names the case and municipality it counts
    for), and the granted exemptions of the youth (start, end)."""

    youth_id: str
    year: SchoolYear
    pieces: tuple[Stretch, ...]
    long: bool
    exemptions: tuple[tuple[date, date], ...] = ()

    @property
    def municipality_id(self) -> str | None:
        return self.pieces[0].municipality_id

    @property
    def case_id(self) -> str:
        return self.pieces[0].case_id


def thuiszitters(
    session: Session, window: Window, tally: Tally, terms: ReportTerms
) -> list[AtHome]:
    """Every youth counted as a thuiszitter, once per school year of `window`: the one
    definition behind the annual figure (`count_thuiszitters`) and the named list."""
    found: list[AtHome] = []
    as_of = window.as_of
    not_counted = set(terms.thuiszitter_not_counted_reasons)
    at_home_types = set(terms.thuiszitter_report_types)
    stretches: dict[str, list[Stretch]] = defaultdict(list)
    youth_of: dict[str, str] = {}

    def add(case: CaseFact, start: date | None, end: date | None) -> None:
        end = min(end or case.closed_on or as_of, as_of)
        if start is None or end < start or start > window.end:
            return
        stretches[case.id].append(Stretch(start, end, case.municipality_id, case.id))
        youth_of[case.id] = case.youth_id

    for r in facts.at_home_reports(session, tally, tuple(sorted(at_home_types))):
        if r.case.closing_reason in not_counted:
            continue
        if r.all_lessons_missed or r.report_type in at_home_types:
            add(r.case, r.period_start, r.period_end)
    if terms.thuiszitter_include_absolute:
        for case in facts.cases_of_kind(session, tally, "absolute_absence"):
            if case.closing_reason not in not_counted:
                add(case, case.opened_on, case.closed_on)
    if not stretches:
        return found
    per_youth: dict[str, list[Stretch]] = defaultdict(list)
    for case_id, own in stretches.items():
        per_youth[youth_of[case_id]].extend(own)
    exempt: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for _case, youth_id, _article, outcome, received, starts, ends, decided in facts.exemptions(
        session, tally
    ):
        if outcome == "afgegeven" and youth_id in per_youth:
            exempt[youth_id].append((starts or decided or received, ends or date.max))
    # a piece counts only through its part in a year of the window, at least the minimum
    reach = window.start + timedelta(days=terms.thuiszitter_min_days - 1)
    pieces_of: dict[str, list[Stretch]] = {}
    for youth_id, own in per_youth.items():
        pieces = [
            piece
            for joined in join_stretches(own, terms.thuiszitter_max_gap_days)
            for piece in cut_out(joined, exempt.get(youth_id, []))
            if piece.days >= terms.thuiszitter_min_days and piece.end >= reach
        ]
        if pieces:
            pieces_of[youth_id] = pieces
    youths = _facts(session, set(pieces_of))
    for youth_id, pieces in pieces_of.items():
        timeline = youths.get(youth_id)
        if timeline is None:
            continue
        first, last = min(p.start for p in pieces), max(p.end for p in pieces)
        for year in window.years:
            if year.end < first or year.start > last:
                continue
            counted = _count_year(year, pieces, timeline, terms)
            if counted is not None:
                exemptions = tuple(exempt.get(youth_id, []))
                found.append(AtHome(youth_id, year, counted[0], counted[1], exemptions))
    return found


def _count_year(
    year: SchoolYear,
    pieces: list[Stretch],
    duty: DutyTimeline,
    terms: ReportTerms,
) -> tuple[tuple[Stretch, ...], bool] | None:
    """The pieces that make one youth count in `year` (once), and whether one of them had
    lasted longer than the offer term by its last day in the year; None if none qualifies.

    A piece qualifies when its part inside the school year is itself at least the minimum and
    the youth was under duty on the first day of that part (the 1 August cut)."""
    qualifying = []
    long = False
    for piece in pieces:
        first = max(piece.start, year.start)
        last = min(piece.end, year.end)
        if (last - first).days + 1 < terms.thuiszitter_min_days:
            continue
        if duty.period_on(first).status in UNDER_DUTY:
            qualifying.append(piece)
            long = long or add_months(piece.start, terms.thuiszitter_long_months) < last
    if not qualifying:
        return None
    return tuple(qualifying), long


YOUTH_SQL = (
    "SELECT id, birth_date, startkwalificatie_on, no_kwalificatieplicht FROM youth"
    " WHERE deleted = 0 AND id IN ({marks})"
)
CHUNK = 900  # ids per query, under SQLite's bound-parameter limit


def _facts(session: Session, youths: set[str]) -> dict[str, DutyTimeline]:
    """The duty timeline of each youth in `youths`, computed once (a youth whose facts are
    invalid has none, so never counts). Read by primary key, in chunks: the youths at home are
    a small part of the register, and a scan of every youth cost five times as much."""
    wanted = sorted(youths)
    out = {}
    days = facts.Days()
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        for i in range(0, len(wanted), CHUNK):
            chunk = wanted[i : i + CHUNK]
            sql = YOUTH_SQL.format(marks=", ".join("?" for _ in chunk))
            for youth_id, born, diploma, none in cursor.execute(sql, chunk):
                try:
                    out[youth_id] = DutyTimeline(
                        YouthFacts(days[born], days.get(diploma), bool(none))
                    )
                except InvalidFacts:
                    continue
    finally:
        cursor.close()
    return out
