"""The case view's read model, part by part: each part of a case (header, reports, contacts,
…) is read by its own function, so that a change re-reads only the parts it can alter.

`read_parts` reads the asked parts in one session; `TABLE_PARTS` says which parts a change to
a table can alter (the header shows deadlines, so it follows most tables).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from lvs_desktop.models import Case, Guardian, School, Youth
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
from lvs_desktop.services.case_rows import (
    CaseHeader,
    ContactRow,
    DeadlineRow,
    EnforcementRow,
    ExemptionRow,
    LetterRow,
    PersonRow,
    ReportRow,
    RouteRow,
    TaskRow,
)
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.enrolments import EnrolmentRow
from lvs_desktop.services.outcomes import exemption_stand, stand
from lvs_desktop.services.settings import get_terms
from lvs_desktop.services.tasks import effective_status
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

PARTS = (
    "header",
    "reports",
    "contacts",
    "tasks",
    "routes",
    "exemptions",
    "enforcements",
    "letters",
    "people",
    "enrolments",
)
_HEADER = "header"
# Which parts of a case a change to a table can alter.
TABLE_PARTS: dict[str, frozenset[str]] = {
    "case_file": frozenset({_HEADER}),
    "report": frozenset({"reports", _HEADER}),
    "contact": frozenset({"contacts", _HEADER}),
    "task": frozenset({"tasks", _HEADER}),
    "route_decision": frozenset({"routes", _HEADER}),
    "exemption": frozenset({"exemptions"}),
    "enforcement": frozenset({"enforcements"}),
    "letter": frozenset({"letters"}),
    "youth": frozenset({"people", "enrolments", _HEADER}),
    "guardian": frozenset({"people", "enforcements"}),
    "enrolment": frozenset({"enrolments", _HEADER}),
    "school": frozenset({"reports", "enrolments", _HEADER}),
    "municipality": frozenset({_HEADER}),
    "consultant": frozenset({_HEADER}),
}


def parts_touched(tables: Iterable[str]) -> frozenset[str]:
    """The parts of a case that a change to these tables can alter."""
    out: set[str] = set()
    for table in tables:
        out |= TABLE_PARTS.get(table, frozenset())
    return frozenset(out)


class _Reader:
    """One case in one session, with labels read only when a part needs them."""

    def __init__(
        self, session: Session, case_id: str, today: date, terms: DeadlineTerms | None
    ) -> None:
        self.s, self.today, self._terms = session, today, terms
        self.case: Case = get_live(session, Case, case_id, "Dossier")
        self.youth: Youth = self.case.youth
        self._labels: dict[str, dict[str, str]] = {}

    def label(self, category: str) -> dict[str, str]:
        if category not in self._labels:
            self._labels[category] = labels(self.s, category)
        return self._labels[category]

    @property
    def terms(self) -> DeadlineTerms:
        assert self._terms is not None, "the header's deadline terms are read before"
        return self._terms


class _AllLabels(Mapping[str, Mapping[str, str]]):
    """Every label list, each read when first asked for (for `outcomes.stand`)."""

    def __init__(self, reader: _Reader) -> None:
        self._reader = reader

    def __getitem__(self, category: str) -> Mapping[str, str]:
        return self._reader.label(category)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def read_parts(vault: Vault, case_id: str, parts: Collection[str], today: date) -> dict[str, Any]:
    """The asked parts of one case, read in one session."""
    # The deadline terms have a session of their own: read them before this one opens.
    terms = get_terms(vault) if _HEADER in parts else None
    with vault.session() as s:
        reader = _Reader(s, case_id, today, terms)
        return {part: _READERS[part](reader) for part in PARTS if part in parts}


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


def _header(rd: _Reader) -> Any:
    case, youth, today, terms = rd.case, rd.youth, rd.today, rd.terms
    facts = YouthFacts(
        birth_date=youth.birth_date,
        startkwalificatie_on=youth.startkwalificatie_on,
        no_kwalificatieplicht=youth.no_kwalificatieplicht,
        first_school_day=youth.first_school_day,
    )
    duty = status_on(facts, today)
    route = case.current_route()
    contacts = [c for c in case.contacts if not c.deleted]
    unanswered = sum(1 for c in contacts if c.is_live and c.kind == "invitation" and not c.answered)
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
        kind_label=rd.label("case_kind").get(case.kind, case.kind),
        status_label=rd.label("case_status").get(case.status, case.status),
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        route_label=rd.label("mas_route").get(route.route, route.route) if route else None,
        deadlines=tuple(_deadlines(case, terms, today)),
        unanswered_invitations=unanswered,
        escalate=case.closed_on is None and escalation_due(unanswered, terms),
        problems=problems_text(case, rd.label("underlying_problem")),
    )
    return header


def _reports(rd: _Reader) -> Any:
    case = rd.case
    reports = tuple(
        ReportRow(
            r.id,
            r.received_on,
            rd.label("report_type").get(r.report_type, r.report_type),
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
    return reports


def _contacts(rd: _Reader) -> Any:
    case = rd.case
    contacts = [c for c in case.contacts if not c.deleted]
    contact_rows = tuple(
        ContactRow(
            c.id,
            c.occurred_at,
            rd.label("contact_mode").get(c.mode, c.mode),
            c.kind,
            rd.label("contact_kind").get(c.kind, c.kind),
            c.answered,
            c.participants or "",
            c.summary or "",
            c.agreements or "",
            c.void_reason if c.is_void else None,
        )
        for c in contacts
    )
    return contact_rows


def _tasks(rd: _Reader) -> Any:
    case = rd.case
    tasks = tuple(
        TaskRow(
            t.id,
            t.description,
            t.due_on,
            t.done_on,
            rd.label("task_status").get(effective_status(t.status, t.done_on), ""),
        )
        for t in case.tasks
        if not t.deleted
    )
    return tasks


def _routes(rd: _Reader) -> Any:
    case = rd.case
    routes = tuple(
        RouteRow(
            d.id,
            d.decided_on,
            rd.label("mas_route").get(d.route, d.route),
            d.rationale,
            d.eligible,
            d.override_reason,
            d.void_reason if d.is_void else None,
        )
        for d in case.route_decisions
        if not d.deleted
    )
    return routes


def _exemptions(rd: _Reader) -> Any:
    case = rd.case
    exemptions = tuple(
        ExemptionRow(
            e.id,
            rd.label("exemption_article").get(e.article, e.article),
            e.received_on,
            e.starts_on,
            e.ends_on,
            exemption_stand(e, rd.label("exemption_outcome")),
            e.decided_on,
        )
        for e in case.exemptions
        if not e.deleted
    )
    return exemptions


def _enforcements(rd: _Reader) -> Any:
    case = rd.case
    enforcements = tuple(
        EnforcementRow(
            e.id,
            rd.label("enforcement_kind").get(e.kind, e.kind),
            e.dated_on,
            e.subject_guardian.full_name if e.subject_guardian else None,
            stand(e, _AllLabels(rd)),
            e.notes or "",
        )
        for e in case.enforcements
        if not e.deleted
    )
    return enforcements


def _letters(rd: _Reader) -> Any:
    case = rd.case
    letters = tuple(
        LetterRow(
            x.id,
            rd.label("letter_kind").get(x.kind, x.kind),
            x.recipient_name,
            x.sent_on,
            x.printed_at is not None,
            x.void_reason if x.is_void else None,
        )
        for x in case.letters
        if not x.deleted
    )
    return letters


def _people(rd: _Reader) -> Any:
    youth = rd.youth
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
                rd.label("guardian_relation").get(g.relation, g.relation),
            )
            for g in youth.guardians
            if not g.deleted
        ),
    )
    return people


def _enrolments(rd: _Reader) -> Any:
    youth = rd.youth
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
    return history


_READERS: dict[str, Callable[[_Reader], Any]] = {
    "header": _header,
    "reports": _reports,
    "contacts": _contacts,
    "tasks": _tasks,
    "routes": _routes,
    "exemptions": _exemptions,
    "enforcements": _enforcements,
    "letters": _letters,
    "people": _people,
    "enrolments": _enrolments,
}
