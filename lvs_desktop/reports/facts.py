"""Narrow facts shared by the figures of one computation, and the SQL pieces they count on.

History, as measured on the five-year large region (50,000 cases, 277,000 contacts): with a
2 MiB page cache every pass over a table decrypted its pages again, so SQL read each table
once into Python and the figures counted there (15-20 s down to about 4 s). Since the page
cache is 64 MiB (`store.connection`) a second pass over the report's tables hits the cache:
only the first read of a page decrypts it. What costs now is turning rows into Python
objects (all 50,000 cases as `CaseFact`s: about 0.3 s). So the figures count in grouped SQL
over `case_summary` and its indexes where they can (`case_table`, `fact_table`), and the
readers of a few cases (`cases_of_kind`, `at_home_reports`, `exemptions`) bring their own case
rows along; `cases` reads every case only for a caller that walks them all. The cache lives
in the `Tally` of one computation, so nothing outlives it; it holds ids, codes and dates, no
personal data.

The cases come from `case_summary` (migration 0020, kept by triggers): one narrow row per live
case with its first report and first contact, so no figure reads the wide case rows, groups
every report or joins a case page at random; `FROM_ROWS` computes the same rows from the case,
report and contact tables instead (the tests compare the two).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, ItemsView, Iterator, Mapping, ValuesView
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple, cast

from sqlalchemy import String, select, text, type_coerce
from sqlalchemy.orm import Session

from lvs_desktop.models import Enrolment, School
from lvs_desktop.models.case_summary import COLUMNS as SUMMARY_COLUMNS
from lvs_desktop.models.case_summary import FROM_ROWS_SQL
from lvs_desktop.models.case_summary import READ_SQL as SUMMARY_SQL
from lvs_desktop.reports.tally import Tally


def iso(column: Any) -> Any:
    """Read a date column as its ISO text (parsed with `day`, much faster than the ORM)."""
    return type_coerce(column, String)


def day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value[:10])


class Days(dict[str, date]):
    """ISO text → `date`, each distinct day parsed once (a region has a few thousand distinct
    days over 100,000 date cells): `days[text]`, or `days.get(text)` for a nullable column."""

    def __missing__(self, value: str) -> date:
        made = self[value] = date.fromisoformat(value[:10])
        return made

    def get(self, value: str | None, default: Any = None) -> date | None:  # type: ignore[override]
        return None if value is None else self[value]


def rows(session: Session, query: Any) -> list[tuple[Any, ...]]:
    """Run a narrow select through the raw DBAPI cursor (inside the session's transaction):
    plain tuples of stored values (dates as ISO text, booleans as 0/1), without SQLAlchemy's
    per-row result processing, which cost about as much as SQLCipher's reading itself."""
    connection = session.connection()
    compiled = query.compile(dialect=connection.dialect)
    params = compiled.construct_params()
    values = [params[name] for name in compiled.positiontup or ()]
    cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return list(cursor.execute(str(compiled), values))
    finally:
        cursor.close()


class CaseFact(NamedTuple):
    """One live case: where (municipality and school at opening), whose, what, when open."""

    id: str
    youth_id: str
    municipality_id: str | None
    school_id: str | None
    consultant_id: str
    kind: str
    opened_on: date
    closed_on: date | None
    closing_reason: str | None

    def open_on(self, on: date) -> bool:
        """Opened on or before `on` and not closed by then."""
        return self.opened_on <= on and (self.closed_on is None or self.closed_on > on)

    def open_during(self, start: date, end: date) -> bool:
        """Open on at least one day from `start` to `end`."""
        return self.opened_on <= end and (self.closed_on is None or self.closed_on >= start)


class ReportFact(NamedTuple):
    """One live report on a live case."""

    case: CaseFact
    report_type: str
    received_on: date
    school_id: str | None
    period_start: date | None
    period_end: date | None
    all_lessons_missed: bool


@dataclass
class ContactFacts:
    """Per case: the day of the first contact that is not an invitation (read with every case
    on first use, `summary`), and the (case id, school year by start year) pairs with a
    conversation."""

    conversations: set[tuple[str, int]] = field(default_factory=set)
    first_contacts: Callable[[], dict[str, date]] = dict

    @cached_property
    def first_contact(self) -> dict[str, date]:
        """Case id → the day of its first contact that is not an invitation."""
        return self.first_contacts()

    @cached_property
    def talked_cases(self) -> set[str]:
        """The cases with a conversation in any school year."""
        return {case_id for case_id, _ in self.conversations}

    @cached_property
    def conversation_years(self) -> dict[str, set[int]]:
        """Case id → the school years with a conversation (the same pairs, grouped)."""
        out: dict[str, set[int]] = defaultdict(set)
        for case_id, year in self.conversations:
            out[case_id].add(year)
        return out


def _cached(tally: Tally, key: str, load: Any) -> Any:
    if key not in tally.cache:
        tally.cache[key] = load()
    return tally.cache[key]


@dataclass
class Summary:
    """The live cases, and per case the first live report and the first contact that is not
    an invitation (days)."""

    cases: dict[str, CaseFact]
    first_report: dict[str, date]
    first_contact: dict[str, date]


def summary(session: Session, tally: Tally) -> Summary:
    """One narrow row per live case, read from `case_summary` (kept by triggers,
    `models.case_summary`), or computed from the case, report and contact rows when the
    tally asks for `FROM_ROWS` (the tests compare the two)."""

    def load() -> Summary:
        sql = FROM_ROWS_SQL if tally.cache.get(FROM_ROWS) else SUMMARY_SQL
        days = Days()
        out = Summary({}, {}, {})
        for cid, yid, mun, school, cons, kind, opened, closed, reason, report, contact in _raw(
            session, sql
        ):
            out.cases[cid] = CaseFact(
                cid, yid, mun, school, cons, kind, days[opened], days.get(closed), reason
            )
            if report is not None:
                out.first_report[cid] = days[report]
            if contact is not None:
                out.first_contact[cid] = days[contact]
        return out

    return _cached(tally, "summary", load)


class Cases(Mapping[str, CaseFact]):
    """Case id → facts, for every live case, read as far as needed: the readers of a few
    cases (`cases_of_kind`, `at_home_reports`, `exemptions`) fetch theirs with their own rows
    and keep them here, and a look-up of another case, or a walk over all, reads them all once
    (`summary`). Reading all 50,000 cases of the five-year region into facts costs about
    0.3 s, a third of the report, while most figures need a few thousand or count in SQL."""

    def __init__(self, session: Session, tally: Tally) -> None:
        self._session = session
        self._tally = tally
        self._known: dict[str, CaseFact] = {}
        self._complete = False

    def _all(self) -> dict[str, CaseFact]:
        if not self._complete:
            self._known = summary(self._session, self._tally).cases
            self._complete = True
        return self._known

    def keep(self, fact: CaseFact) -> CaseFact:
        """Remember `fact`, read with other rows (the one already known wins)."""
        return self._known.setdefault(fact.id, fact)

    def __getitem__(self, case_id: str) -> CaseFact:
        known = self._known.get(case_id)
        return known if known is not None else self._all()[case_id]

    def get(self, case_id: str, default: Any = None) -> Any:  # type: ignore[override]
        known = self._known.get(case_id)
        return known if known is not None else self._all().get(case_id, default)

    def __contains__(self, case_id: object) -> bool:
        return case_id in self._known or case_id in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def values(self) -> ValuesView[CaseFact]:
        return self._all().values()

    def items(self) -> ItemsView[str, CaseFact]:
        return self._all().items()


def cases(session: Session, tally: Tally) -> Cases:
    """Case id → facts, for every live case (read as far as needed, see `Cases`)."""
    return cast(Cases, _cached(tally, "cases", lambda: Cases(session, tally)))


#: The columns of a `CaseFact`, as `case_summary` (and `case_table`) name them.
CASE_COLUMNS = ("case_id", *SUMMARY_COLUMNS[1:9])


def _case_columns(alias: str) -> str:
    return ", ".join(f"{alias}.{column}" for column in CASE_COLUMNS)


def _fact(row: tuple[Any, ...], days: Days) -> CaseFact:
    """A `CaseFact` of the `CASE_COLUMNS` values in `row`."""
    cid, yid, mun, school, cons, kind, opened, closed, reason = row
    return CaseFact(cid, yid, mun, school, cons, kind, days[opened], days.get(closed), reason)


def school_types(session: Session, tally: Tally) -> dict[str, str]:
    """School id → school type (PO, SO, VSO, VO, MBO), deleted schools included: a report
    keeps the type of the school that made it."""
    return _cached(
        tally,
        "schools",
        lambda: {i: t for i, t in rows(session, select(School.id, School.school_type))},
    )


Enrolments = dict[str, list[tuple[date, date | None, str]]]


def enrolments(session: Session, tally: Tally) -> Enrolments:
    """Youth id → its live enrolments (from, until, school id): a report without a school of
    its own counts for the school the pupil was at on the day it came in."""

    def load() -> Enrolments:
        out: Enrolments = defaultdict(list)
        query = select(
            Enrolment.youth_id,
            iso(Enrolment.starts_on),
            iso(Enrolment.ends_on),
            Enrolment.school_id,
        ).where(~Enrolment.deleted)
        for youth_id, start, end, school in rows(session, query):
            out[youth_id].append((date.fromisoformat(start), day(end), school))
        return dict(out)

    return _cached(tally, "enrolments", load)


def _school_on(history: list[tuple[date, date | None, str]], on: date) -> str | None:
    found = [(s, school) for s, e, school in history if s <= on and (e is None or on <= e)]
    return max(found)[1] if found else None


def _raw(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return list(cursor.execute(sql, params))
    finally:
        cursor.close()


def at_home_reports(
    session: Session, tally: Tally, report_types: tuple[str, ...]
) -> list[ReportFact]:
    """The live reports on live cases that may mean days at home: every lesson missed, or of
    one of `report_types` (the thuiszitters read only these, not every report). The case comes
    from the summary: no case page is read at random for a join."""

    def load() -> list[ReportFact]:
        marks = ", ".join("?" for _ in report_types) or "NULL"
        sql = (
            "SELECT r.report_type, r.received_on, r.school_id, r.period_start, r.period_end, "
            f"r.all_lessons_missed, {_case_columns('c')} FROM report r"
            f" CROSS JOIN {case_table(tally)} AS c ON c.case_id = r.case_id"
            " WHERE r.deleted = 0 AND r.voided_on IS NULL"
            f" AND (r.all_lessons_missed OR r.report_type IN ({marks}))"
        )
        live = cases(session, tally)
        history: Enrolments | None = None
        days = Days()
        out = []
        for rtype, received, school, start, end, missed, *case_row in _raw(
            session, sql, tuple(report_types)
        ):
            case = live.keep(_fact(tuple(case_row), days))
            on = days[received]
            if school is None:
                history = enrolments(session, tally) if history is None else history
                if case.youth_id in history:
                    school = _school_on(history[case.youth_id], on)
            out.append(
                ReportFact(case, rtype, on, school, days.get(start), days.get(end), bool(missed))
            )
        return out

    return _cached(tally, "at_home_reports:" + ",".join(report_types), load)


def cases_of_kind(session: Session, tally: Tally, kind: str) -> list[CaseFact]:
    """The live cases of one kind (e.g. absolute absence), by the index on the kind."""

    def load() -> list[CaseFact]:
        sql = f"SELECT {_case_columns('c')} FROM {case_table(tally)} AS c WHERE c.kind = ?"
        live = cases(session, tally)
        days = Days()
        return [live.keep(_fact(row, days)) for row in _raw(session, sql, (kind,))]

    return list(_cached(tally, "cases_of_kind:" + kind, load))


def first_reports(session: Session, tally: Tally) -> dict[str, date]:
    """Case id → the date the first live report on it came in (live cases only)."""
    return summary(session, tally).first_report


#: The contacts grouped per case and school year, from the contact table itself: the one
#: definition of the contact facts. Measured on the five-year region (277,000 contacts):
#: about 1.0 s CPU of SQLCipher reading, half the report. So the report reads the same groups
#: from `case_fact`, kept equal to this query by triggers on `contact` (`models.case_fact`);
#: `compute(..., from_rows=True)` still counts from this query (the equivalence tests).
CONTACTS_SQL = text(
    """
    SELECT case_id,
           CAST(substr(occurred_at, 1, 4) AS INTEGER)
             - (substr(occurred_at, 6, 2) < '08') AS school_year,
           min(CASE WHEN kind != 'invitation' THEN substr(occurred_at, 1, 10) END)
             AS first_contact,
           max(kind = 'conversation') AS conversation
    FROM contact
    WHERE deleted = 0 AND voided_on IS NULL
    GROUP BY 1, 2
    """
)

#: The same groups, kept per case and school year in `case_fact`.
FACTS_SQL = text("SELECT case_id, school_year, first_contact, conversation FROM case_fact")

#: The `Tally.cache` key that makes `contacts` count from the contact rows instead.
FROM_ROWS = "contacts_from_rows"


def case_table(tally: Tally) -> str:
    """SQL for the FROM clause: the live cases with the columns of `case_summary` (the table,
    or with `FROM_ROWS` the same rows computed from the case, report and contact rows), so a
    grouped count over the cases has one text for both (the tests compare the two)."""
    if tally.cache.get(FROM_ROWS):
        return f"(WITH s({', '.join(SUMMARY_COLUMNS)}) AS ({FROM_ROWS_SQL}) SELECT * FROM s)"
    return "case_summary"


def fact_table(tally: Tally) -> str:
    """SQL for the FROM clause: the contacts per case and school year (`case_fact`, or with
    `FROM_ROWS` the same groups from the contact rows, `CONTACTS_SQL`)."""
    return f"({CONTACTS_SQL.text})" if tally.cache.get(FROM_ROWS) else "case_fact"


#: The school years with a conversation, from `case_fact`.
TALKED_SQL = text("SELECT case_id, school_year FROM case_fact WHERE conversation")


def contacts(session: Session, tally: Tally) -> ContactFacts:
    """Per live case the first contact (from the summary) and per case the school years with
    a conversation (from `case_fact`, or grouped from the contacts with `FROM_ROWS`)."""

    def load() -> ContactFacts:
        facts = ContactFacts(first_contacts=lambda: summary(session, tally).first_contact)
        if tally.cache.get(FROM_ROWS):
            talked = {(c, int(y)) for c, y, _first, t in rows(session, CONTACTS_SQL) if t}
        else:
            talked = set(rows(session, TALKED_SQL))
        facts.conversations = talked
        return facts

    return _cached(tally, "contacts", load)


def late_tasks_sql(cutoffs: list[date]) -> str:
    """The grouped pass of `late_tasks`: per case, a 0/1 column per reference date."""
    flags = ", ".join(
        f"max(due_on < '{c.isoformat()}' AND (done_on IS NULL OR done_on > '{c.isoformat()}'))"
        for c in cutoffs  # ISO text of `date` values, nothing from outside
    )
    return (
        f"SELECT case_id, {flags} FROM task "
        "WHERE deleted = 0 AND (done_on IS NULL OR done_on > due_on) GROUP BY case_id"
    )


def late_tasks(session: Session, tally: Tally, cutoffs: list[date]) -> dict[date, set[str]]:
    """Per reference date: the ids of the cases with a live task past its due date and not
    done by then (due before the date, and not done or done after it). One grouped pass over
    the tasks, a column per date, instead of every overdue task as a Python row."""

    def load() -> dict[date, set[str]]:
        if not cutoffs:
            return {}
        query = text(late_tasks_sql(cutoffs))
        out: dict[date, set[str]] = {c: set() for c in cutoffs}
        for case_id, *late in rows(session, query):
            for c, flag in zip(cutoffs, late, strict=True):
                if flag:
                    out[c].add(case_id)
        return out

    return _cached(tally, "late_tasks:" + ",".join(c.isoformat() for c in cutoffs), load)


def exemptions(
    session: Session, tally: Tally
) -> list[tuple[CaseFact, str, str, str, date, date | None, date | None, date | None]]:
    """(case, youth id, article, outcome, received, starts, ends, decided) of live exemptions
    on live cases (the case from the summary, so no case page is read for it)."""

    def load() -> list[Any]:
        sql = (
            "SELECT e.youth_id, e.article, e.outcome, e.received_on, e.starts_on, e.ends_on, "
            f"e.decided_on, {_case_columns('c')} FROM exemption e"
            f" CROSS JOIN {case_table(tally)} AS c ON c.case_id = e.case_id WHERE e.deleted = 0"
        )
        live = cases(session, tally)
        days = Days()
        out = []
        for yid, article, outcome, received, starts, ends, decided, *case_row in _raw(session, sql):
            out.append(
                (
                    live.keep(_fact(tuple(case_row), days)),
                    yid,
                    article,
                    outcome,
                    days[received],
                    days.get(starts),
                    days.get(ends),
                    days.get(decided),
                )
            )
        return out

    return _cached(tally, "exemptions", load)
