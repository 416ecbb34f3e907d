"""Tasks (afspraken) that can be finished: done with a date and a note, not needed, moved to
another day, added by hand, handed to a colleague; and the agenda that lists them.

A task that is done or not needed gets `done_on` (the day it was closed) and a status from
the list "task_status", so every query that counts open tasks (`done_on IS NULL`: the
caseload's next deadline, the overdue figures) leaves it out without knowing about statuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from lvs_desktop.models import Case, Consultant, Task, UserError, Youth
from lvs_desktop.models.rules.deadlines import DEADLINE_LABELS
from lvs_desktop.services.caseload import CaseloadFilter, labels, list_cases
from lvs_desktop.services.queries import Choice
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

Show = Literal["open", "done", "all"]
CLOSED = ("done", "not_needed")


def effective_status(status: str, done_on: date | None) -> str:
    """A task closed before statuses existed (or by `contacts.complete_task`) is "done"."""
    if done_on is None:
        return "open"
    return "done" if status == "open" else status


def _open_task(session: Session, task_id: str) -> Task:
    task: Task = get_live(session, Task, task_id, "Taak")
    if task.done_on is not None:
        label = labels(session, "task_status").get(task.status, task.status).lower()
        raise UserError(f"Deze taak is al afgesloten ({label} op {task.done_on:%d-%m-%Y}).")
    return task


def _check_assignee(session: Session, c: Checker, assignee_id: str | None) -> None:
    if assignee_id is None:
        return
    who = session.get(Consultant, assignee_id)
    c.check(
        who is not None and not who.deleted and who.active,
        "Die collega staat niet (meer) in de lijst van consulenten.",
    )


def add_task(
    vault: Vault,
    case_id: str,
    description: str,
    due_on: date,
    assignee_id: str | None = None,
) -> ChangeSummary:
    """A task added by hand, for the case's consultant unless a colleague is named."""
    with UnitOfWork(vault, "add_task") as uow:
        s = uow.session
        case: Case = get_live(s, Case, case_id, "Dossier")
        c = Checker()
        c.required(description, "Omschrijving")
        c.check(case.closed_on is None, "Het dossier is gesloten: voeg geen taak meer toe.")
        _check_assignee(s, c, assignee_id)
        c.done()
        s.add(
            Task(
                case_id=case.id,
                assignee_id=assignee_id or case.consultant_id,
                description=description.strip(),
                due_on=due_on,
            )
        )
        return uow.commit("Taak toegevoegd.")


def finish_task(
    vault: Vault,
    task_id: str,
    status: str,
    on: date,
    note: str | None = None,
    today: date | None = None,
) -> ChangeSummary:
    """Close a task as "done" or "not_needed" on day `on`, with a note (required for
    "not needed": say why)."""
    today = today or date.today()
    with UnitOfWork(vault, "finish_task") as uow:
        s = uow.session
        task = _open_task(s, task_id)
        c = Checker()
        c.code(s, "task_status", status, "Status")
        c.check(status in CLOSED, "Kies 'gedaan' of 'niet nodig'.")
        c.not_future(on, today, "De datum")
        c.check(
            status != "not_needed" or bool(note and note.strip()),
            "Schrijf kort waarom de taak niet nodig is.",
        )
        c.done()
        task.status, task.done_on = status, on
        task.done_note = (note or "").strip() or None
        message = "Taak afgerond." if status == "done" else "Taak als niet nodig afgesloten."
        return uow.commit(message)


def reopen_task(vault: Vault, task_id: str) -> ChangeSummary:
    """Undo a "done" or "not needed" that was a mistake (the audit log keeps both steps)."""
    with UnitOfWork(vault, "reopen_task") as uow:
        task: Task = get_live(uow.session, Task, task_id, "Taak")
        if task.done_on is None:
            raise UserError("Deze taak staat al open.")
        task.status, task.done_on, task.done_note = "open", None, None
        return uow.commit("Taak staat weer open.")


def reschedule_task(
    vault: Vault, task_id: str, due_on: date, today: date | None = None
) -> ChangeSummary:
    """Move an open task to another day (not into the past)."""
    today = today or date.today()
    with UnitOfWork(vault, "reschedule_task") as uow:
        task = _open_task(uow.session, task_id)
        c = Checker()
        c.check(due_on >= today, "De nieuwe datum ligt in het verleden.")
        c.check(due_on != task.due_on, "Kies een andere datum dan de huidige.")
        c.done()
        task.due_on = due_on
        return uow.commit(f"Taak verzet naar {due_on:%d-%m-%Y}.")


def assign_task(vault: Vault, task_id: str, assignee_id: str) -> ChangeSummary:
    """Hand an open task to a colleague (a consultant of the vault)."""
    with UnitOfWork(vault, "assign_task") as uow:
        s = uow.session
        task = _open_task(s, task_id)
        c = Checker()
        _check_assignee(s, c, assignee_id)
        c.done()
        task.assignee_id = assignee_id
        return uow.commit("Taak toegewezen.")


def colleagues(vault: Vault) -> list[Choice]:
    """The consultants a task can go to (active, by name)."""
    with vault.session() as s:
        rows = s.execute(
            select(Consultant.id, Consultant.name)
            .where(~Consultant.deleted, Consultant.active)
            .order_by(Consultant.name)
        ).all()
    return [Choice(i, n) for i, n in rows]


@dataclass(frozen=True)
class AgendaRow:
    """A task or a deadline on the agenda; `task_id` is None for a deadline."""

    case_id: str
    reference: str
    youth_name: str
    what: str
    due_on: date
    task_id: str | None
    status: str  # open, done, not_needed
    status_label: str
    done_on: date | None
    note: str
    assignee: str

    @property
    def is_open(self) -> bool:
        return self.done_on is None

    def overdue(self, today: date) -> bool:
        return self.is_open and self.due_on < today


def agenda_rows(
    vault: Vault, consultant_id: str | None = None, show: Show = "open"
) -> list[AgendaRow]:
    """Tasks (open, closed or all) of the open caseload that are the consultant's (their case
    or handed to them), plus the first-contact deadlines when open ones are shown; earliest
    first, closed ones by the day they were closed."""
    assignee = aliased(Consultant)
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
            Task.status,
            Task.done_on,
            Task.done_note,
            assignee.name,
        )
        .join(Case, Case.id == Task.case_id)
        .join(Youth, Youth.id == Case.youth_id)
        .outerjoin(assignee, assignee.id == Task.assignee_id)
        .where(~Task.deleted, ~Case.deleted, Case.closed_on.is_(None))
    )
    if show == "open":
        query = query.where(Task.done_on.is_(None))
    elif show == "done":
        query = query.where(Task.done_on.is_not(None))
    if consultant_id:
        query = query.where(
            or_(Case.consultant_id == consultant_id, Task.assignee_id == consultant_id)
        )
    with vault.session() as s:
        status_labels = labels(s, "task_status")
        rows = s.execute(query).all()
    out = [
        AgendaRow(
            cid,
            ref,
            f"{sur}, {given}" + (f" {pre}" if pre else ""),
            desc,
            due,
            tid,
            effective_status(status, done),
            status_labels.get(effective_status(status, done), status),
            done,
            note or "",
            who or "",
        )
        for tid, cid, ref, sur, given, pre, desc, due, status, done, note, who in rows
    ]
    if show != "done":
        cases = list_cases(vault, CaseloadFilter(open_only=True, consultant_id=consultant_id))
        out += [
            AgendaRow(
                r.case_id,
                r.reference,
                r.youth_name,
                DEADLINE_LABELS["first_contact"],
                r.next_due,
                None,
                "open",
                status_labels.get("open", "Open"),
                None,
                "",
                r.consultant,
            )
            for r in cases
            if r.next_due is not None and r.next_due_label == "Eerste contact"
        ]
    out.sort(key=lambda e: (e.done_on is not None, e.done_on or e.due_on, e.reference))
    return out
