"""Read models for the consultant's desk: one case in full, choice lists for forms and filters.

Plain frozen dataclasses out (no ORM objects, no Qt); codes come with their Dutch labels from
the reference lists, and derived facts (age, leerplicht status, deadlines) from the rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import case, exists, func, literal_column, select, text
from sqlalchemy.orm import Session, aliased

from lvs_desktop.models import (
    Base,
    Case,
    Consultant,
    Contact,
    Guardian,
    Municipality,
    Report,
    RouteDecision,
    School,
    Task,
    Youth,
)
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.deadlines import (
    DEADLINE_LABELS,
    DeadlineTerms,
    escalation_due,
    first_contact_due,
    pv_due,
    screening_17_due,
    thuiszitter_offer_due,
)
from lvs_desktop.models.rules.leerplicht import YouthFacts, status_on
from lvs_desktop.services.caseload import CaseRow, agenda, labels
from lvs_desktop.services.settings import get_terms
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

CATEGORIES = (
    "case_kind",
    "case_status",
    "report_type",
    "contact_mode",
    "contact_kind",
    "mas_route",
    "exemption_article",
    "exemption_outcome",
    "enforcement_kind",
    "enforcement_outcome",
    "closing_reason",
    "closing_note",
    "letter_kind",
)


@dataclass(frozen=True)
class Choice:
    """A value a form or filter offers: a code (or id) and its Dutch label."""

    code: str
    label: str


@dataclass(frozen=True)
class DeadlineRow:
    kind: str  # task, first_contact, pv, thuiszitter_offer, screening_17
    label: str
    due: date
    overdue: bool


@dataclass(frozen=True)
class CaseHeader:
    case_id: str
    reference: str
    youth_id: str
    youth_name: str
    birth_date: date
    age: int
    bsn: str | None
    duty_label: str
    duty_until: date | None
    school: str | None
    municipality: str | None
    consultant: str
    kind: str
    kind_label: str
    status_label: str
    opened_on: date
    closed_on: date | None
    route_label: str | None
    deadlines: tuple[DeadlineRow, ...]
    unanswered_invitations: int
    escalate: bool

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class ReportRow:
    id: str
    received_on: date
    type_label: str
    period_start: date | None
    period_end: date | None
    hours_absent: float
    late_count: int
    school: str | None


@dataclass(frozen=True)
class ContactRow:
    id: str
    occurred_at: datetime
    mode_label: str
    kind: str
    kind_label: str
    answered: bool | None
    participants: str
    summary: str
    agreements: str


@dataclass(frozen=True)
class TaskRow:
    id: str
    description: str
    due_on: date
    done_on: date | None


@dataclass(frozen=True)
class RouteRow:
    id: str
    decided_on: date
    route_label: str
    rationale: str
    eligible: bool
    override_reason: str | None


@dataclass(frozen=True)
class ExemptionRow:
    id: str
    article_label: str
    received_on: date
    starts_on: date | None
    ends_on: date | None
    outcome_label: str
    decided_on: date | None


@dataclass(frozen=True)
class EnforcementRow:
    id: str
    kind_label: str
    dated_on: date
    subject: str | None
    outcome_label: str
    notes: str


@dataclass(frozen=True)
class LetterRow:
    id: str
    kind_label: str
    recipient_name: str
    sent_on: date
    printed: bool


@dataclass(frozen=True)
class PersonRow:
    id: str
    role: str  # "youth" or the guardian's relation code
    name: str
    has_authority: bool | None
    address: str
    phone: str
    email: str


@dataclass(frozen=True)
class TimelineEntry:
    """One event of the case in date order; `kind` names the tab it comes from."""

    at: datetime
    kind: str  # report, contact, task, route, exemption, enforcement, letter, opened, closed
    title: str
    detail: str


@dataclass(frozen=True)
class CaseDetail:
    header: CaseHeader
    reports: tuple[ReportRow, ...]
    contacts: tuple[ContactRow, ...]
    tasks: tuple[TaskRow, ...]
    routes: tuple[RouteRow, ...]
    exemptions: tuple[ExemptionRow, ...]
    enforcements: tuple[EnforcementRow, ...]
    letters: tuple[LetterRow, ...]
    people: tuple[PersonRow, ...]
    timeline: tuple[TimelineEntry, ...]


def _address(p: Youth | Guardian) -> str:
    street = " ".join(x for x in (p.street, p.house_number) if x)
    place = " ".join(x for x in (p.postcode, p.city) if x)
    return ", ".join(x for x in (street, place) if x)


def _at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _deadlines(case: Case, terms: DeadlineTerms, today: date) -> list[DeadlineRow]:
    out: list[tuple[str, str, date]] = []
    if case.closed_on is not None:
        return []
    reports = [r for r in case.reports if not r.deleted]
    contacts = [c for c in case.contacts if not c.deleted]
    out += [
        ("task", t.description, t.due_on) for t in case.tasks if not t.deleted and not t.done_on
    ]
    first_report = min((r.received_on for r in reports), default=None)
    if first_report and not any(c.kind != "invitation" for c in contacts):
        out.append(
            (
                "first_contact",
                DEADLINE_LABELS["first_contact"],
                first_contact_due(first_report, terms),
            )
        )
    route = case.current_route()
    if route is not None and route.route == "criminal" and first_report:
        interrogations = [c.occurred_at.date() for c in contacts if c.is_interrogation]
        out.append(
            (
                "pv",
                DEADLINE_LABELS["pv"],
                pv_due(first_report, min(interrogations, default=None), terms),
            )
        )
    if case.kind == "thuiszitter":
        out.append(
            (
                "thuiszitter_offer",
                DEADLINE_LABELS["thuiszitter_offer"],
                thuiszitter_offer_due(case.opened_on, terms),
            )
        )
    if case.kind == "screening_17":
        out.append(
            (
                "screening_17",
                DEADLINE_LABELS["screening_17"],
                screening_17_due(case.youth.birth_date, terms),
            )
        )
    out.sort(key=lambda x: x[2])
    return [DeadlineRow(k, label, due, due < today) for k, label, due in out]


def case_detail(vault: Vault, case_id: str, today: date | None = None) -> CaseDetail:
    """Everything the case view shows, read in one session."""
    today = today or date.today()
    terms = get_terms(vault)
    with vault.session() as s:
        lab = {c: labels(s, c) for c in CATEGORIES}
        case: Case = get_live(s, Case, case_id, "Dossier")
        youth = case.youth
        facts = YouthFacts(
            birth_date=youth.birth_date,
            startkwalificatie_on=youth.startkwalificatie_on,
            no_kwalificatieplicht=youth.no_kwalificatieplicht,
            first_school_day=youth.first_school_day,
        )
        duty = status_on(facts, today)
        route = case.current_route()
        contacts = [c for c in case.contacts if not c.deleted]
        unanswered = sum(1 for c in contacts if c.kind == "invitation" and not c.answered)
        header = CaseHeader(
            case_id=case.id,
            reference=case.reference,
            youth_id=youth.id,
            youth_name=youth.full_name,
            birth_date=youth.birth_date,
            age=age_on(youth.birth_date, max(today, youth.birth_date)),
            bsn=youth.bsn,
            duty_label=duty.label,
            duty_until=duty.until,
            school=case.school.name if case.school else None,
            municipality=case.municipality.name if case.municipality else None,
            consultant=case.consultant.name,
            kind=case.kind,
            kind_label=lab["case_kind"].get(case.kind, case.kind),
            status_label=lab["case_status"].get(case.status, case.status),
            opened_on=case.opened_on,
            closed_on=case.closed_on,
            route_label=lab["mas_route"].get(route.route, route.route) if route else None,
            deadlines=tuple(_deadlines(case, terms, today)),
            unanswered_invitations=unanswered,
            escalate=case.closed_on is None and escalation_due(unanswered, terms),
        )
        reports = tuple(
            ReportRow(
                r.id,
                r.received_on,
                lab["report_type"].get(r.report_type, r.report_type),
                r.period_start,
                r.period_end,
                r.hours_absent,
                r.late_count,
                r.school.name if r.school else None,
            )
            for r in case.reports
            if not r.deleted
        )
        contact_rows = tuple(
            ContactRow(
                c.id,
                c.occurred_at,
                lab["contact_mode"].get(c.mode, c.mode),
                c.kind,
                lab["contact_kind"].get(c.kind, c.kind),
                c.answered,
                c.participants or "",
                c.summary or "",
                c.agreements or "",
            )
            for c in contacts
        )
        tasks = tuple(
            TaskRow(t.id, t.description, t.due_on, t.done_on) for t in case.tasks if not t.deleted
        )
        routes = tuple(
            RouteRow(
                d.id,
                d.decided_on,
                lab["mas_route"].get(d.route, d.route),
                d.rationale,
                d.eligible,
                d.override_reason,
            )
            for d in case.route_decisions
            if not d.deleted
        )
        exemptions = tuple(
            ExemptionRow(
                e.id,
                lab["exemption_article"].get(e.article, e.article),
                e.received_on,
                e.starts_on,
                e.ends_on,
                lab["exemption_outcome"].get(e.outcome, e.outcome),
                e.decided_on,
            )
            for e in case.exemptions
            if not e.deleted
        )
        enforcements = tuple(
            EnforcementRow(
                e.id,
                lab["enforcement_kind"].get(e.kind, e.kind),
                e.dated_on,
                e.subject_guardian.full_name if e.subject_guardian else None,
                lab["enforcement_outcome"].get(e.outcome, e.outcome),
                e.notes or "",
            )
            for e in case.enforcements
            if not e.deleted
        )
        letters = tuple(
            LetterRow(
                x.id,
                lab["letter_kind"].get(x.kind, x.kind),
                x.recipient_name,
                x.sent_on,
                x.printed_at is not None,
            )
            for x in case.letters
            if not x.deleted
        )
        people = (
            PersonRow(
                youth.id,
                "youth",
                youth.full_name,
                None,
                _address(youth),
                youth.phone or "",
                youth.email or "",
            ),
            *(
                PersonRow(
                    g.id,
                    g.relation,
                    g.full_name,
                    g.has_authority,
                    _address(g),
                    g.phone or "",
                    g.email or "",
                )
                for g in youth.guardians
                if not g.deleted
            ),
        )
    timeline = _timeline(
        header, reports, contact_rows, tasks, routes, exemptions, enforcements, letters
    )
    return CaseDetail(
        header,
        reports,
        contact_rows,
        tasks,
        routes,
        exemptions,
        enforcements,
        letters,
        people,
        timeline,
    )


def _timeline(
    header: CaseHeader,
    reports: tuple[ReportRow, ...],
    contacts: tuple[ContactRow, ...],
    tasks: tuple[TaskRow, ...],
    routes: tuple[RouteRow, ...],
    exemptions: tuple[ExemptionRow, ...],
    enforcements: tuple[EnforcementRow, ...],
    letters: tuple[LetterRow, ...],
) -> tuple[TimelineEntry, ...]:
    items = [TimelineEntry(_at(header.opened_on), "opened", header.kind_label, header.reference)]
    items += [
        TimelineEntry(
            _at(r.received_on),
            "report",
            r.type_label,
            f"{r.hours_absent:g} uur" if r.hours_absent else "",
        )
        for r in reports
    ]
    items += [
        TimelineEntry(c.occurred_at, "contact", f"{c.kind_label} ({c.mode_label})", c.summary)
        for c in contacts
    ]
    items += [
        TimelineEntry(
            _at(t.done_on or t.due_on), "task", t.description, "afgerond" if t.done_on else "open"
        )
        for t in tasks
    ]
    items += [TimelineEntry(_at(r.decided_on), "route", r.route_label, r.rationale) for r in routes]
    items += [
        TimelineEntry(_at(e.received_on), "exemption", e.article_label, e.outcome_label)
        for e in exemptions
    ]
    items += [
        TimelineEntry(_at(e.dated_on), "enforcement", e.kind_label, e.outcome_label)
        for e in enforcements
    ]
    items += [
        TimelineEntry(_at(x.sent_on), "letter", x.kind_label, x.recipient_name) for x in letters
    ]
    if header.closed_on:
        items.append(TimelineEntry(_at(header.closed_on), "closed", header.status_label, ""))
    items.sort(key=lambda e: e.at)
    return tuple(items)


def choices(vault: Vault, category: str) -> list[Choice]:
    """The active entries of one reference list, in order."""
    with vault.session() as s:
        return [Choice(code, label) for code, label in labels(s, category).items()]


def all_labels(vault: Vault) -> dict[str, dict[str, str]]:
    """Code → label for every list the desk shows, in one session."""
    with vault.session() as s:
        return {c: labels(s, c) for c in (*CATEGORIES, "school_type", "absence_kind")}


def _named(session: Session, model: type[School] | type[Municipality]) -> list[Choice]:
    rows = session.execute(
        select(model.id, model.name).where(~model.deleted).order_by(model.name)
    ).all()
    return [Choice(i, n) for i, n in rows]


def schools(vault: Vault) -> list[Choice]:
    with vault.session() as s:
        return _named(s, School)


def municipalities(vault: Vault) -> list[Choice]:
    with vault.session() as s:
        return _named(s, Municipality)


def guardians_of_case(vault: Vault, case_id: str) -> list[Choice]:
    with vault.session() as s:
        case: Case = get_live(s, Case, case_id, "Dossier")
        return [Choice(g.id, g.full_name) for g in case.youth.guardians if not g.deleted]


def owner_name(vault: Vault) -> str:
    with vault.session() as s:
        owner = s.get(Consultant, vault.owner_id or "")
        return owner.name if owner else ""


@dataclass(frozen=True)
class AgendaEntry:
    """A task or a deadline on the agenda; `task_id` is None for a deadline."""

    case_id: str
    reference: str
    youth_name: str
    what: str
    due_on: date
    task_id: str | None


def agenda_entries(vault: Vault, consultant_id: str | None = None) -> list[AgendaEntry]:
    """Open tasks and first-contact deadlines across the open caseload, earliest first."""
    out = [
        AgendaEntry(a.case_id, a.reference, a.youth_name, a.description, a.due_on, a.task_id)
        for a in agenda(vault, consultant_id)
    ]
    terms = get_terms(vault)
    query = _case_rows_query().where(Case.closed_on.is_(None))
    if consultant_id:
        query = query.where(Case.consultant_id == consultant_id)
    with vault.session() as s:
        rows = [_to_row(r, terms) for r in s.execute(query).all()]
    out += [
        AgendaEntry(
            r.case_id, r.reference, r.youth_name, DEADLINE_LABELS["first_contact"], r.next_due, None
        )
        for r in rows
        if r.next_due is not None and r.next_due_label == "Eerste contact"
    ]
    out.sort(key=lambda e: (e.due_on, e.reference))
    return out


# -- the caseload, in pieces ---------------------------------------------------------------
#
# `caseload.list_cases` computes four correlated subqueries for every case before it sorts,
# which takes seconds on the 25,000-case region. The desk instead loads the newest page first
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
    is_open = Case.closed_on.is_(None)
    latest_route = (
        select(RouteDecision.route)
        .where(RouteDecision.case_id == Case.id, ~RouteDecision.deleted)
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
            .where(Report.case_id == Case.id, ~Report.deleted)
            .scalar_subquery(),
        ),
    )
    has_contact = case(
        (
            is_open,
            exists().where(
                Contact.case_id == Case.id, ~Contact.deleted, Contact.kind != "invitation"
            ),
        ),
    )
    sch, mun = aliased(School), aliased(Municipality)
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
    (
        cid,
        ref,
        yid,
        given,
        prefix,
        surname,
        bsn,
        born,
        school,
        stype,
        mun,
        kind,
        status,
        route,
        cons_id,
        cons,
        opened,
        closed,
        task_due,
        first_report,
        contacted,
    ) = r
    due, label = task_due, ("Taak" if task_due else None)
    if closed is None and first_report and not contacted:
        contact_due = first_contact_due(first_report, terms)
        if due is None or contact_due < due:
            due, label = contact_due, "Eerste contact"
    name = f"{surname}, {given}" + (f" {prefix}" if prefix else "")
    return CaseRow(
        cid,
        ref,
        yid,
        name,
        bsn,
        born,
        school,
        stype,
        mun,
        kind,
        status,
        route,
        cons_id,
        cons,
        opened,
        closed,
        due,
        label,
    )


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
