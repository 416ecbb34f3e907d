"""The case view's read model: header, deadlines, every tab's rows and the timeline,
read in one session as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lvs_desktop.models import (
    Case,
    Guardian,
    School,
    Youth,
)
from lvs_desktop.models.enrolment import enrolments_of, school_on
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
from lvs_desktop.services.case_timeline import build_timeline
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.enrolments import EnrolmentRow
from lvs_desktop.services.outcomes import exemption_stand, stand
from lvs_desktop.services.queries import CATEGORIES
from lvs_desktop.services.settings import get_terms
from lvs_desktop.services.tasks import effective_status
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault


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
    problems: str = ""  # the coded underlying problems, labelled, then the free text

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
    void_reason: str | None = None


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
    void_reason: str | None = None


@dataclass(frozen=True)
class TaskRow:
    id: str
    description: str
    due_on: date
    done_on: date | None
    status_label: str = ""  # "Gedaan", "Niet nodig" (list "task_status")


@dataclass(frozen=True)
class RouteRow:
    id: str
    decided_on: date
    route_label: str
    rationale: str
    eligible: bool
    override_reason: str | None
    void_reason: str | None = None


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
    void_reason: str | None = None


@dataclass(frozen=True)
class PersonRow:
    id: str
    role: str  # "youth" or the guardian's relation code
    name: str
    has_authority: bool | None
    address: str
    phone: str
    email: str
    lives_with_child: bool | None = None
    relation_label: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    """One event of the case in date order; `kind` names the tab it comes from."""

    at: datetime
    kind: str  # report, contact, task, route, exemption, enforcement, letter, opened, closed
    title: str
    detail: str
    record_id: str | None = None  # the row behind it (to edit or void it from the timeline)
    void_reason: str | None = None  # voided: shown struck through, with this reason


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
    enrolments: tuple[EnrolmentRow, ...] = ()


def _address(p: Youth | Guardian) -> str:
    street = " ".join(x for x in (p.street, p.house_number) if x)
    place = " ".join(x for x in (p.postcode, p.city) if x)
    return ", ".join(x for x in (street, place) if x)


def current_school(youth: Youth, case: Case, today: date) -> School | None:
    """The school now: from the enrolment history, else the youth's, else the case's."""
    if enrolments_of(youth):
        return school_on(youth, today)
    return youth.school or case.school


def problems_text(case: Case, problem_labels: dict[str, str]) -> str:
    """ "Pesten, Psychische problemen — Wil niet naar school sinds de zomer." """
    codes = [c for c in (case.problem_codes or "").split(",") if c]
    coded = ", ".join(problem_labels.get(c, c) for c in codes)
    return " — ".join(x for x in (coded, (case.underlying_problems or "").strip()) if x)


def _deadlines(case: Case, terms: DeadlineTerms, today: date) -> list[DeadlineRow]:
    out: list[tuple[str, str, date]] = []
    if case.closed_on is not None:
        return []
    reports = [r for r in case.reports if r.is_live]
    contacts = [c for c in case.contacts if c.is_live]
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
        lab = {c: labels(s, c) for c in (*CATEGORIES, "guardian_relation", "underlying_problem")}
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
        unanswered = sum(
            1 for c in contacts if c.is_live and c.kind == "invitation" and not c.answered
        )
        school = current_school(youth, case, today)
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
            school=school.name if school else None,
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
            problems=problems_text(case, lab["underlying_problem"]),
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
                r.void_reason if r.is_void else None,
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
                c.void_reason if c.is_void else None,
            )
            for c in contacts
        )
        tasks = tuple(
            TaskRow(
                t.id,
                t.description,
                t.due_on,
                t.done_on,
                lab["task_status"].get(effective_status(t.status, t.done_on), ""),
            )
            for t in case.tasks
            if not t.deleted
        )
        routes = tuple(
            RouteRow(
                d.id,
                d.decided_on,
                lab["mas_route"].get(d.route, d.route),
                d.rationale,
                d.eligible,
                d.override_reason,
                d.void_reason if d.is_void else None,
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
                exemption_stand(e, lab["exemption_outcome"]),
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
                stand(e, lab),
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
                x.void_reason if x.is_void else None,
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
                    g.is_carer,
                    lab["guardian_relation"].get(g.relation, g.relation),
                )
                for g in youth.guardians
                if not g.deleted
            ),
        )
        history = tuple(
            EnrolmentRow(e.id, e.school_id, e.school.name, e.starts_on, e.ends_on, e.grade)
            for e in enrolments_of(youth)
        )
        if not history and youth.school is not None:  # no history yet: the one school known
            history = (
                EnrolmentRow(
                    "", youth.school.id, youth.school.name, youth.enrolled_on, None, youth.grade
                ),
            )
    timeline = build_timeline(
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
        history,
    )
