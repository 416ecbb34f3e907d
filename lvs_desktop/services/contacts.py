"""Contacts (conversations and attempts) with their agreements as tasks; completing tasks.

A contact may be a verhoor (`is_interrogation`): then it records who was heard (the youth, or
one of his guardians by id), the cautie, whether the suspicion was explained, counsel
(waived or present), an interpreter, the statement in the suspect's own words, whether it was
read back, and whether it was signed or signing was refused. `consultant_id` is who held it.
A contact that is not a verhoor keeps none of these."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from lvs_desktop.models import Case, Contact, Task, UserError
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault


@dataclass
class Agreement:
    """An agreement made in a contact; it becomes a task with a due date."""

    description: str
    due_on: date


@dataclass
class ContactInput:
    occurred_at: datetime
    mode: str  # home_visit, phone, school, office, whatsapp, email, letter, video
    kind: str = "conversation"  # conversation, attempt, invitation
    answered: bool | None = None
    summary: str = ""
    participants: str | None = None
    # the guardian ids at the conversation (issue 11, defect 8); None: not given (an update
    # keeps what was recorded)
    guardians_present: list[str] | None = None
    location: str | None = None
    agreements: list[Agreement] = field(default_factory=list)
    is_interrogation: bool = False
    cautie_given: bool = False
    statement: str | None = None
    heard_role: str | None = None  # youth / guardian (a verhoor only)
    heard_guardian_id: str | None = None
    suspicion_explained: bool = False
    counsel: str | None = None  # waived / present
    counsel_name: str | None = None
    interpreter: str | None = None
    read_back: bool = False
    signature: str | None = None  # signed / refused


HEARD_ROLES = ("youth", "guardian")
COUNSEL = ("waived", "present")
SIGNATURES = ("signed", "refused")
VERHOOR_FIELDS = (
    "heard_role",
    "heard_guardian_id",
    "suspicion_explained",
    "counsel",
    "counsel_name",
    "interpreter",
    "read_back",
    "signature",
)


def _check_verhoor(c: Checker, case: Case, data: ContactInput) -> None:
    """A verhoor names who was heard (the youth or one of his live guardians), how counsel
    stood and how the statement was closed; the cautie was given (Sv 29)."""
    if not data.is_interrogation:
        return
    c.check(data.cautie_given, "Bij een verhoor moet de cautie gegeven zijn en vastgelegd worden.")
    c.check(
        data.heard_role in HEARD_ROLES,
        "Verhoor: kies wie er is gehoord, de jeugdige of een ouder.",
    )
    if data.heard_role == "guardian":
        ids = {g.id for g in case.youth.guardians if not g.deleted}
        c.check(
            data.heard_guardian_id in ids,
            "Verhoor: de gehoorde ouder hoort niet bij deze jeugdige.",
        )
    c.check(
        data.counsel in COUNSEL,
        "Verhoor: leg vast of de verdachte afstand deed van een advocaat of dat er een "
        "advocaat aanwezig was.",
    )
    if data.counsel == "present":
        c.required(data.counsel_name or "", "Naam van de advocaat")
    c.check(
        data.signature in SIGNATURES,
        "Verhoor: leg vast of de verdachte de verklaring heeft ondertekend of dat heeft geweigerd.",
    )


def _verhoor_values(data: ContactInput) -> dict[str, object]:
    """The verhoor fields as stored: empty for a contact that is not a verhoor."""
    if not data.is_interrogation:
        return {
            f: (False if f in ("suspicion_explained", "read_back") else None)
            for f in VERHOOR_FIELDS
        }
    values: dict[str, object] = {f: getattr(data, f) for f in VERHOOR_FIELDS}
    if data.heard_role != "guardian":
        values["heard_guardian_id"] = None
    if data.counsel != "present":
        values["counsel_name"] = None
    for f in ("counsel_name", "interpreter"):
        text = values[f]
        values[f] = text.strip() or None if isinstance(text, str) else None
    return values


def _check_present(c: Checker, case: Case, data: ContactInput) -> None:
    if data.guardians_present:
        ids = {g.id for g in case.youth.guardians if not g.deleted}
        c.check(
            set(data.guardians_present) <= ids,
            "Aanwezig: een gekozen ouder hoort niet bij deze jeugdige.",
        )


def _present(data: ContactInput) -> str | None:
    return ",".join(sorted(set(data.guardians_present or ()))) or None


def log_contact(
    vault: Vault, case_id: str, data: ContactInput, now: datetime | None = None
) -> ChangeSummary:
    """Log a conversation, an attempt or an (unanswered) invitation; agreements become tasks."""
    now = now or datetime.now()
    with UnitOfWork(vault, "log_contact") as uow:
        s = uow.session
        case = get_live(s, Case, case_id, "Dossier")
        c = Checker()
        c.code(s, "contact_mode", data.mode, "Manier van contact")
        c.code(s, "contact_kind", data.kind, "Soort contact")
        c.check(data.occurred_at <= now, "Het contact ligt in de toekomst.")
        c.check(
            data.kind != "conversation" or bool(data.summary.strip()),
            "Schrijf een korte samenvatting van het gesprek.",
        )
        _check_verhoor(c, case, data)
        _check_present(c, case, data)
        for a in data.agreements:
            c.required(a.description, "Omschrijving van de afspraak")
            c.check(a.due_on >= data.occurred_at.date(), "Een afspraak is pas na het gesprek.")
        c.done()
        agreements_text = "\n".join(a.description for a in data.agreements) or None
        contact = Contact(
            case_id=case.id,
            consultant_id=vault.owner_id,
            occurred_at=data.occurred_at,
            mode=data.mode,
            kind=data.kind,
            answered=data.answered,
            summary=data.summary,
            participants=data.participants,
            guardians_present=_present(data),
            location=data.location,
            agreements=agreements_text,
            is_interrogation=data.is_interrogation,
            cautie_given=data.cautie_given,
            statement=data.statement,
            **_verhoor_values(data),
        )
        s.add(contact)
        s.flush()
        for a in data.agreements:
            s.add(
                Task(
                    case_id=case.id,
                    contact_id=contact.id,
                    assignee_id=case.consultant_id,
                    description=a.description,
                    due_on=a.due_on,
                )
            )
        return uow.commit("Contact vastgelegd.")


def update_contact(
    vault: Vault, contact_id: str, data: ContactInput, now: datetime | None = None
) -> ChangeSummary:
    """Correct a contact's facts. Agreements already made stay tasks of their own (edited or
    ticked off on the agenda); `data.agreements` is ignored here."""
    now = now or datetime.now()
    with UnitOfWork(vault, "update_contact") as uow:
        s = uow.session
        contact = get_live(s, Contact, contact_id, "Contact")
        if contact.voided_on is not None:
            raise UserError("Een ongeldig gemaakt contact kan niet meer worden bewerkt.")
        c = Checker()
        c.code(s, "contact_mode", data.mode, "Manier van contact")
        c.code(s, "contact_kind", data.kind, "Soort contact")
        c.check(data.occurred_at <= now, "Het contact ligt in de toekomst.")
        c.check(
            data.kind != "conversation" or bool(data.summary.strip()),
            "Schrijf een korte samenvatting van het gesprek.",
        )
        _check_verhoor(c, contact.case, data)
        _check_present(c, contact.case, data)
        c.done()
        new = {
            "occurred_at": data.occurred_at,
            "mode": data.mode,
            "kind": data.kind,
            "answered": data.answered,
            "summary": data.summary,
            "participants": data.participants,
            "location": data.location,
            "is_interrogation": data.is_interrogation,
            "cautie_given": data.cautie_given,
            "statement": data.statement,
            **_verhoor_values(data),
        }
        if data.guardians_present is not None:
            new["guardians_present"] = _present(data)
        for key, value in new.items():
            if getattr(contact, key) != value:
                setattr(contact, key, value)
        return uow.commit("Contact bijgewerkt.")


def add_task(vault: Vault, case_id: str, description: str, due_on: date) -> ChangeSummary:
    with UnitOfWork(vault, "add_task") as uow:
        case = get_live(uow.session, Case, case_id, "Dossier")
        c = Checker()
        c.required(description, "Omschrijving")
        c.done()
        uow.session.add(
            Task(
                case_id=case.id,
                assignee_id=case.consultant_id,
                description=description,
                due_on=due_on,
            )
        )
        return uow.commit("Taak toegevoegd.")


def complete_task(vault: Vault, task_id: str, done_on: date) -> ChangeSummary:
    """Done on a day, without a note (`services.tasks.finish_task` checks and notes more)."""
    with UnitOfWork(vault, "complete_task") as uow:
        task = get_live(uow.session, Task, task_id, "Taak")
        task.done_on, task.status = done_on, "done"
        return uow.commit("Taak afgerond.")


@dataclass(frozen=True)
class HeardChoice:
    """Who can be heard in a verhoor of this case: the youth, or one of his guardians."""

    role: str  # youth / guardian
    guardian_id: str | None
    name: str


def heard_choices(vault: Vault, case_id: str) -> list[HeardChoice]:
    """The youth first, then his live guardians (for the verhoor fields of a contact)."""
    with vault.session() as s:
        case = get_live(s, Case, case_id, "Dossier")
        youth = case.youth
        out = [HeardChoice("youth", None, youth.full_name)]
        out += [
            HeardChoice("guardian", g.id, g.full_name) for g in youth.guardians if not g.deleted
        ]
        return out


def contact_case_id(vault: Vault, contact_id: str) -> str:
    with vault.session() as s:
        return str(get_live(s, Contact, contact_id, "Contact").case_id)
