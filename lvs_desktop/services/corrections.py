"""Corrections without losing history: void a wrong report, contact, route decision or letter.

A voided entry keeps every field; it gets the day, the reason and who voided it. The timeline
shows it struck through with the reason, the audit has the event, and the figures, letters
and deadlines leave it out (`Voidable.is_live`); the open tasks made from a voided contact's
agreements close as "not needed". A void is an edit like any other, so it
travels through sync with the dots of its three fields.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import Contact, Letter, Report, RouteDecision, Task, UserError
from lvs_desktop.models.voiding import VOID_REASON_MAX
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

VOIDABLE = {
    "report": (Report, "Melding"),
    "contact": (Contact, "Contact"),
    "route_decision": (RouteDecision, "Routebesluit"),
    "letter": (Letter, "Brief"),
}


def void_record(
    vault: Vault, entity: str, record_id: str, reason: str, today: date | None = None
) -> ChangeSummary:
    """Void one entry with a reason; it stays visible, struck through, and counts no more."""
    if entity not in VOIDABLE:
        raise UserError("Dit soort gegeven kan niet ongeldig worden gemaakt.")
    model, label = VOIDABLE[entity]
    c = Checker()
    c.required(reason, "De reden")
    c.check(len(reason or "") <= VOID_REASON_MAX, "De reden is te lang (hooguit 500 tekens).")
    c.done()
    with UnitOfWork(vault, f"void_{entity}") as uow:
        row = get_live(uow.session, model, record_id, label)
        if row.voided_on is not None:
            raise UserError(f"{label} is al ongeldig gemaakt op {row.voided_on:%d-%m-%Y}.")
        row.voided_on = today or date.today()
        row.void_reason = reason.strip()
        row.voided_by_id = uow.actor_id
        closed = _close_agreements(uow.session, row) if entity == "contact" else 0
        words = "afspraak daaruit is" if closed == 1 else "afspraken daaruit zijn"
        extra = f" {closed} {words} afgesloten als niet nodig." if closed else ""
        return uow.commit(f"{label} ongeldig gemaakt.{extra}")


def _close_agreements(session: Session, contact: Contact) -> int:
    """The open tasks made from a voided contact's agreements close as "not needed" (with the
    reason; the agenda can reopen one that still stands)."""
    tasks = session.scalars(
        select(Task).where(Task.contact_id == contact.id, Task.done_on.is_(None), ~Task.deleted)
    ).all()
    for task in tasks:
        task.status, task.done_on = "not_needed", contact.voided_on
        task.done_note = f"Het contact is ongeldig gemaakt: {contact.void_reason}"
    return len(tasks)
