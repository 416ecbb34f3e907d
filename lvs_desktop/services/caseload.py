"""Read models for the caseload table and the agenda: plain rows, one query each.

The caseload query joins each case with its youth, school, municipality, consultant, latest
route and earliest open task, so a screen never runs a query per row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, exists, func, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

from lvs_desktop.models import (
    Base,
    Case,
    Consultant,
    Contact,
    Municipality,
    ReferenceCode,
    Report,
    RouteDecision,
    School,
    Task,
    Youth,
)
from lvs_desktop.models.rules import search as rules_search
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.deadlines import DeadlineTerms, first_contact_due
from lvs_desktop.services.settings import get_terms
from lvs_desktop.store import Vault


@dataclass(frozen=True)
class CaseRow:
    """One line of the caseload."""

    case_id: str
    reference: str
    youth_id: str
    youth_name: str  # "Berg, Daan van den"
    bsn: str | None
    birth_date: date
    school: str | None
    school_type: str | None
    municipality: str | None
    kind: str
    status: str
    route: str | None
    consultant_id: str
    consultant: str
    opened_on: date
    closed_on: date | None
    next_due: date | None
    next_due_label: str | None

    def age(self, on: date) -> int:
        return age_on(self.birth_date, on)

    def overdue(self, on: date) -> bool:
        return self.closed_on is None and self.next_due is not None and self.next_due < on


@dataclass(frozen=True)
class CaseloadFilter:
    """What the caseload shows; empty fields do not filter."""

    text: str = ""  # name, BSN, school or reference
    open_only: bool = True
    consultant_id: str | None = None  # "mine" = the vault owner's id
    kind: str | None = None
    status: str | None = None
    municipality: str | None = None
    school_type: str | None = None


def labels(session: Session, category: str) -> dict[str, str]:
    """Code → Dutch label for one reference list, in its own order."""
    rows = session.execute(
        select(ReferenceCode.code, ReferenceCode.label_nl)
        .where(ReferenceCode.category == category)
        .order_by(ReferenceCode.sort_order)
    ).all()
    return {code: label for code, label in rows}


def reference_labels(vault: Vault, category: str) -> dict[str, str]:
    with vault.session() as session:
        return labels(session, category)


_SCHOOL = aliased(School)
_MUNICIPALITY = aliased(Municipality)


def _caseload_query(flt: CaseloadFilter):  # type: ignore[no-untyped-def]
    """The caseload rows matching `flt`, newest first (the SQL of `list_cases`)."""
    query = _case_rows_query().order_by(Case.opened_on.desc(), Case.reference.desc())
    sch, mun = _SCHOOL, _MUNICIPALITY
    if flt.open_only:
        query = query.where(Case.closed_on.is_(None))
    for column, value in (
        (Case.consultant_id, flt.consultant_id),
        (Case.kind, flt.kind),
        (Case.status, flt.status),
        (mun.name, flt.municipality),
        (sch.school_type, flt.school_type),
    ):
        if value:
            query = query.where(column == value)
    text_ = flt.text.strip()
    if text_:
        like = f"%{text_}%"
        name = func.trim(
            Youth.given_names + " " + func.coalesce(Youth.surname_prefix + " ", "") + Youth.surname
        )
        query = query.where(
            or_(
                name.ilike(like),
                Youth.surname.ilike(like),
                and_(Youth.bsn.is_not(None), Youth.bsn.like(like)),
                sch.name.ilike(like),
                Case.reference.ilike(like),
            )
        )
    return query


def list_cases(
    vault: Vault,
    flt: CaseloadFilter = CaseloadFilter(),
    *,
    terms: DeadlineTerms | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[CaseRow]:
    """The caseload rows matching `flt`, newest first; `limit`/`offset` page through them."""
    terms = terms or get_terms(vault)
    query = _caseload_query(flt)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    with vault.session() as session:
        rows = session.execute(query).all()
    return [_to_row(r, terms) for r in rows]


# -- the caseload, in pieces ---------------------------------------------------------------
#
# The desk loads the newest page first
# (ids sorted without the subqueries, then the details for those ids only), then the rest in
# rowid ranges, each a short transaction, so the vault is never held for long; after a change
# it reloads only the cases the change touched. The rows are the same `CaseRow`s.

_CASE_CHILD_TABLES = (
    "report",
    "contact",
    "task",
    "route_decision",
    "exemption",
    "enforcement",
    "letter",
)


def _case_rows_query():  # type: ignore[no-untyped-def]
    """Every live case with what its caseload row shows; deadline subqueries only for open
    cases, so closed ones cost a join and nothing more."""
    is_open = Case.closed_on.is_(None)
    latest_route = (
        select(RouteDecision.route)
        .where(
            RouteDecision.case_id == Case.id,
            ~RouteDecision.deleted,
            RouteDecision.voided_on.is_(None),
        )
        .order_by(RouteDecision.decided_on.desc(), RouteDecision.created_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    next_task = case(
        (
            is_open,
            select(func.min(Task.due_on))
            .where(Task.case_id == Case.id, Task.done_on.is_(None), ~Task.deleted)
            .scalar_subquery(),
        ),
    )
    first_report = case(
        (
            is_open,
            select(func.min(Report.received_on))
            .where(Report.case_id == Case.id, ~Report.deleted, Report.voided_on.is_(None))
            .scalar_subquery(),
        ),
    )
    has_contact = case(
        (
            is_open,
            exists().where(
                Contact.case_id == Case.id,
                ~Contact.deleted,
                Contact.voided_on.is_(None),
                Contact.kind != "invitation",
            ),
        ),
    )
    sch, mun = _SCHOOL, _MUNICIPALITY
    return (
        select(
            Case.id,
            Case.reference,
            Case.youth_id,
            Youth.given_names,
            Youth.surname_prefix,
            Youth.surname,
            Youth.bsn,
            Youth.birth_date,
            sch.name,
            sch.school_type,
            mun.name,
            Case.kind,
            Case.status,
            latest_route,
            Case.consultant_id,
            Consultant.name,
            Case.opened_on,
            Case.closed_on,
            next_task,
            first_report,
            has_contact,
        )
        .join(Youth, Youth.id == Case.youth_id)
        .join(Consultant, Consultant.id == Case.consultant_id)
        .outerjoin(sch, sch.id == Case.school_id)
        .outerjoin(mun, mun.id == Case.municipality_id)
        .where(~Case.deleted)
    )


def _to_row(r: Any, terms: DeadlineTerms) -> CaseRow:
    """One result row of `_case_rows_query` as a CaseRow, with its next deadline."""
    given, prefix, surname = r[3:6]
    closed, task_due, first_report, contacted = r[17:21]
    due, label = task_due, ("Taak" if task_due else None)
    if closed is None and first_report and not contacted:
        contact_due = first_contact_due(first_report, terms)
        if due is None or contact_due < due:
            due, label = contact_due, "Eerste contact"
    name = f"{surname}, {given}" + (f" {prefix}" if prefix else "")
    # ids, then the name, then bsn … closed_on as selected, then the deadline
    return CaseRow(*r[:3], name, *r[6:18], due, label)


def newest_cases(vault: Vault, limit: int, terms: DeadlineTerms | None = None) -> list[CaseRow]:
    """The `limit` most recently opened cases, newest first."""
    terms = terms or get_terms(vault)
    with vault.session() as s:
        ids = s.scalars(
            select(Case.id)
            .where(~Case.deleted)
            .order_by(Case.opened_on.desc(), Case.reference.desc())
            .limit(limit)
        ).all()
        rows = s.execute(_case_rows_query().where(Case.id.in_(ids))).all()
    order = {cid: n for n, cid in enumerate(ids)}
    return sorted((_to_row(r, terms) for r in rows), key=lambda row: order[row.case_id])


def case_chunks(vault: Vault, size: int) -> list[tuple[int, int]]:
    """Rowid ranges of about `size` cases each, to load the whole caseload piece by piece."""
    with vault.session() as s:
        low, high = s.execute(
            select(func.min(text("rowid")), func.max(text("rowid"))).select_from(Case)
        ).one()
    if low is None:
        return []
    return [(a, min(a + size - 1, high)) for a in range(low, high + 1, size)]


def cases_in_chunk(
    vault: Vault, chunk: tuple[int, int], terms: DeadlineTerms | None = None
) -> list[CaseRow]:
    terms = terms or get_terms(vault)
    rowid = literal_column("case_file.rowid")
    with vault.session() as s:
        rows = s.execute(_case_rows_query().where(rowid.between(*chunk))).all()
    return [_to_row(r, terms) for r in rows]


def cases_by_id(
    vault: Vault, ids: Iterable[str], terms: DeadlineTerms | None = None
) -> list[CaseRow]:
    """The rows of these cases (those deleted or unknown are simply missing)."""
    terms = terms or get_terms(vault)
    ids = list(ids)
    if not ids:
        return []
    with vault.session() as s:
        rows = s.execute(_case_rows_query().where(Case.id.in_(ids))).all()
    return [_to_row(r, terms) for r in rows]


def cases_touched(vault: Vault, changed: Iterable[tuple[str, str]]) -> set[str]:
    """The ids of the cases a change summary's rows belong to (for a partial refresh)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in changed:
        by_table.setdefault(table, []).append(row_id)
    out = set(by_table.get("case_file", ()))
    with vault.session() as s:
        for table in _CASE_CHILD_TABLES:
            if table in by_table:
                t = Base.metadata.tables[table]
                out |= set(s.scalars(select(t.c.case_id).where(t.c.id.in_(by_table[table]))))
        for table, column in (("youth", Case.youth_id), ("school", Case.school_id)):
            if table in by_table:
                out |= set(s.scalars(select(Case.id).where(column.in_(by_table[table]))))
    return out


@dataclass(frozen=True)
class AgendaItem:
    """An open task (or deadline) with the case it belongs to."""

    task_id: str
    case_id: str
    reference: str
    youth_name: str
    description: str
    due_on: date

    def bucket(self, on: date) -> str:
        """ "overdue", "today", "week" or "later"."""
        if self.due_on < on:
            return "overdue"
        if self.due_on == on:
            return "today"
        if (self.due_on - on).days < 7:
            return "week"
        return "later"


def agenda(vault: Vault, consultant_id: str | None = None) -> list[AgendaItem]:
    """Open tasks across the open caseload, earliest first."""
    query = (
        select(
            Task.id,
            Case.id,
            Case.reference,
            Youth.surname,
            Youth.given_names,
            Youth.surname_prefix,
            Task.description,
            Task.due_on,
        )
        .join(Case, Case.id == Task.case_id)
        .join(Youth, Youth.id == Case.youth_id)
        .where(~Task.deleted, Task.done_on.is_(None), ~Case.deleted, Case.closed_on.is_(None))
        .order_by(Task.due_on)
    )
    if consultant_id:
        query = query.where(Case.consultant_id == consultant_id)
    with vault.session() as session:
        rows = session.execute(query).all()
    return [
        AgendaItem(tid, cid, ref, f"{sur}, {given}" + (f" {pre}" if pre else ""), desc, due)
        for tid, cid, ref, sur, given, pre, desc, due in rows
    ]


def search_key(row: CaseRow) -> str:
    """What search-as-you-type looks in, folded: the name, BSN, school, case reference and
    the birth date as dd-mm-jjjj and d-m-jjjj (`models.rules.search`). The name once is
    enough: a query's words are found in any order ("daan van den berg" finds
    "Berg, Daan van den"), and a shorter key is a faster keystroke."""
    return rules_search.search_key(
        (row.youth_name, row.bsn, row.school, row.reference), (row.birth_date,)
    )


class CaseloadIndex:
    """The caseload held in memory for search-as-you-type: one query to build, then every
    keystroke filters in memory (accents folded, words in any order), no query per keystroke."""

    def __init__(self, rows: list[CaseRow]) -> None:
        self.rows = rows
        self._keys = [search_key(r) for r in rows]

    @classmethod
    def load(
        cls,
        vault: Vault,
        flt: CaseloadFilter = CaseloadFilter(open_only=False),
        terms: DeadlineTerms | None = None,
    ) -> CaseloadIndex:
        return cls(list_cases(vault, flt, terms=terms))

    def search(self, text: str) -> list[CaseRow]:
        words = rules_search.query_terms(text)
        if not words:
            return list(self.rows)
        return [
            row
            for row, key in zip(self.rows, self._keys, strict=True)
            if rules_search.matches(key, words)
        ]
