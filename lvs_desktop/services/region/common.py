"""What the register services share: archive/restore, safe delete, trimmed text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lvs_desktop.models import Case, Report, UserError, Youth
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault


def clean(value: str | None) -> str | None:
    """Outer spaces off, inner runs of spaces to one; empty → None."""
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


def apply_fields(row: Any, values: dict[str, Any]) -> None:
    """Set only the fields that differ, so an unchanged save writes no dot and no audit."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def case_uses(session: Session, column: str, row_id: str) -> int:
    """How many live cases, reports or youths point at this municipality or school."""
    total = 0
    for model in (Case, Report, Youth):
        col = getattr(model, column, None)
        if col is None:
            continue
        total += int(
            session.scalar(select(func.count()).select_from(model).where(col == row_id)) or 0
        )
    return total


def set_archived(
    vault: Vault, model: type[Any], row_id: str, label: str, archived: bool = True
) -> ChangeSummary:
    """Archive (or bring back) a register row: hidden from pick lists, kept on old cases."""
    with UnitOfWork(vault, "archive" if archived else "restore") as uow:
        row = get_live(uow.session, model, row_id, label)
        if hasattr(row, "archived"):
            row.archived = archived
        else:  # the consultant: `active` is the other way round
            row.active = not archived
        word = "gearchiveerd" if archived else "teruggezet"
        return uow.commit(f"{label} {word}.")


def remove_unused(
    vault: Vault, model: type[Any], row_id: str, label: str, column: str
) -> ChangeSummary:
    """Delete (tombstone) a register row that nothing points at; otherwise refuse and say to
    archive it, as a case must keep showing its school or municipality."""
    with UnitOfWork(vault, "delete") as uow:
        row = get_live(uow.session, model, row_id, label)
        uses = case_uses(uow.session, column, row_id)
        if uses:
            raise UserError(
                f"{label} wordt gebruikt in {uses} dossier(s), melding(en) of jeugdige(n); "
                "archiveer in plaats van verwijderen."
            )
        row.deleted = True
        return uow.commit(f"{label} verwijderd.")


def live_or_archived(query: Any, model: type[Any], include_archived: bool) -> Any:
    query = query.where(~model.deleted)
    if not include_archived:
        query = query.where(~model.archived)
    return query
