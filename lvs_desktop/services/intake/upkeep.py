"""Keeping the intake inbox clean: "Verwijderen uit postvak" and the retention of rows that
were never assigned (issue 12 leftovers).

A removed row (a report sent by mistake, or one waiting past the retention term for
unassigned reports) keeps only its DUO number and the status "removed": the personal fields
are emptied, and a re-import of the same download recognises the number and leaves it out
(counted *unchanged*), as it does for assigned rows. The retention purge goes through
`services.retention` (the one retention flow: `lvs-desktop retention list|purge`, the
Instellingen dialog), which names the rows by their DUO number and rewrites the backups
without them. A purge that arrives in a bundle empties the rows of the purged youth
(`sync.tombstones.forget_intake`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import IntakeReport, UserError
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.sync.tombstones import INTAKE_PERSONAL_FIELDS

REMOVED = "removed"
WAITING = ("new", "candidate")
#: Why a report leaves the inbox unassigned: a fixed list, so the audit trail holds no free
#: text (and so no personal data).
REMOVE_REASONS = {
    "mistake": "per vergissing gemeld",
    "duplicate": "dubbele melding",
    "not_ours": "niet voor deze regio",
    "withdrawn": "door de school ingetrokken",
}


@dataclass(frozen=True)
class StaleRow:
    id: str
    duo_number: str
    imported_on: date
    kept_until: date


def _empty(row: IntakeReport) -> None:
    row.status = REMOVED
    row.youth_id = row.candidate_youth_id = None
    row.onderwijsnummer = None
    for name in INTAKE_PERSONAL_FIELDS:
        setattr(row, name, None)


def stale_rows(session: Session, on: date, days: int) -> list[StaleRow]:
    """Rows still waiting in the inbox whose import is more than `days` days before `on`."""
    cutoff = datetime.combine(on - timedelta(days=days), datetime.min.time())
    query = (
        select(IntakeReport.id, IntakeReport.duo_number, IntakeReport.imported_at)
        .where(IntakeReport.status.in_(WAITING), IntakeReport.imported_at < cutoff)
        .order_by(IntakeReport.imported_at, IntakeReport.duo_number)
    )
    return [
        StaleRow(rid, duo, at.date(), at.date() + timedelta(days=days))
        for rid, duo, at in session.execute(query)
    ]


def empty_rows(session: Session, ids: Iterable[str]) -> list[str]:
    """Empty the named waiting rows (inside the caller's transaction); returns their ids."""
    wanted = list(ids)
    done = []
    for start in range(0, len(wanted), 500):
        query = select(IntakeReport).where(
            IntakeReport.id.in_(wanted[start : start + 500]), IntakeReport.status.in_(WAITING)
        )
        for row in session.scalars(query):
            _empty(row)
            done.append(row.id)
    return done


def remove_from_inbox(vault: Vault, refs: Iterable[str], reason: str) -> ChangeSummary:
    """Verwijderen uit postvak: take waiting reports (ids or DUO numbers) out of the inbox,
    with a reason from `REMOVE_REASONS`; all or nothing, audited per row."""
    wanted = list(dict.fromkeys(ref.strip() for ref in refs if ref.strip()))
    if not wanted:
        raise UserError("Kies eerst een of meer meldingen.")
    if reason not in REMOVE_REASONS:
        choices = ", ".join(f"{k} ({v})" for k, v in REMOVE_REASONS.items())
        raise UserError(f"Kies een reden: {choices}.")
    why = REMOVE_REASONS[reason]
    with UnitOfWork(vault, "remove_from_intake") as uow:
        s = uow.session
        for ref in wanted:
            row = (
                s.get(IntakeReport, ref)
                or s.scalars(select(IntakeReport).where(IntakeReport.duo_number == ref)).first()
            )
            if row is None:
                raise UserError(f"Melding {ref} staat niet in de intake; er is niets verwijderd.")
            if row.status not in WAITING:
                state = "al toegewezen" if row.status == "assigned" else "al verwijderd"
                raise UserError(f"Melding {row.duo_number} is {state}; er is niets verwijderd.")
            _empty(row)
            uow.audit("delete", IntakeReport.__tablename__, row.id, f"uit postvak: {why}")
        return uow.commit(f"{len(wanted)} melding(en) uit het postvak verwijderd.")
