"""Contacts (conversations and attempts) with their agreements as tasks; completing tasks."""

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
    location: str | None = None
    agreements: list[Agreement] = field(default_factory=list)
    is_interrogation: bool = False
    cautie_given: bool = False
    statement: str | None = None


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
        c.check(
            not data.is_interrogation or data.cautie_given,
            "Bij een verhoor moet de cautie gegeven zijn en vastgelegd worden.",
        )
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
            location=data.location,
            agreements=agreements_text,
            is_interrogation=data.is_interrogation,
            cautie_given=data.cautie_given,
            statement=data.statement,
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
        c.check(
            not data.is_interrogation or data.cautie_given,
            "Bij een verhoor moet de cautie gegeven zijn en vastgelegd worden.",
        )
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
        }
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
