"""The rows of the case view's read model: plain dataclasses, no session behind them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lvs_desktop.services.enrolments import EnrolmentRow


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
