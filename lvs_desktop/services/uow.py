"""The unit of work: one transaction per use case, audited, returning a change summary.

Every synced row a service creates or changes gets an audit event (who, when, what, which
record, and which fields — never their values) written in the same transaction, so no service
can forget it. Views refresh from the `ChangeSummary` the service returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from lvs_desktop.models import AuditEvent, Synced, utcnow
from lvs_desktop.store import Vault

AUDIT_ENTITY = AuditEvent.__tablename__


@dataclass
class ChangeSummary:
    """What a service changed: (table, id) pairs, and a short Dutch message for the status bar."""

    created: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    message: str = ""
    # Too many rows changed to list them (a large import): every view reloads in full.
    everything: bool = False

    def ids(self, entity: str) -> list[str]:
        """Ids of created or changed rows of one table (e.g. "case_file")."""
        return [i for e, i in self.created + self.updated if e == entity]

    def first(self, entity: str) -> str:
        ids = self.ids(entity)
        if not ids:
            raise LookupError(entity)
        return ids[0]

    def touches(self, *entities: str) -> bool:
        return self.everything or any(e in entities for e, _ in self.created + self.updated)


class UnitOfWork:
    """`with UnitOfWork(vault, "log_contact") as uow: ...; return uow.commit("…")`."""

    def __init__(self, vault: Vault, action: str, actor_id: str | None = None) -> None:
        self.vault = vault
        self.action = action
        self.actor_id = actor_id or vault.owner_id
        self._cm: Any = None
        self.session: Session
        self._changes: dict[tuple[str, str], tuple[str, set[str]]] = {}

    def __enter__(self) -> UnitOfWork:
        self._cm = self.vault.session()
        self.session = self._cm.__enter__()
        event.listen(self.session, "after_flush", self._collect)
        return self

    def __exit__(self, *exc: Any) -> None:
        event.remove(self.session, "after_flush", self._collect)
        self._cm.__exit__(*exc)

    def _collect(self, session: Session, flush_context: Any) -> None:
        new = session.new  # an IdentitySet built anew on every access: take it once
        for obj in list(new) + list(session.dirty):
            if not isinstance(obj, Synced) or isinstance(obj, AuditEvent):
                continue
            is_new = obj in new
            if is_new:  # a new row: its event says "create", not which fields (they all are)
                fields = {"deleted"} if obj.deleted else set()
            else:
                state = inspect(obj)
                fields = {
                    f for f in type(obj).data_fields() if state.attrs[f].history.has_changes()
                }
            if not is_new and not fields:
                continue
            key = (type(obj).__tablename__, obj.id)  # type: ignore[attr-defined]
            kind, seen = self._changes.get(key, ("create" if is_new else "update", set()))
            if "deleted" in fields and obj.deleted:
                kind = "delete"
            self._changes[key] = (kind, seen | (set() if is_new else fields))

    def audit(
        self, action: str, entity: str, record_id: str | None, detail: str | None = None
    ) -> None:
        """An extra audit event (e.g. "view"); `detail` must hold no personal data."""
        self.session.add(
            AuditEvent(
                at=utcnow().replace(tzinfo=None),
                actor_id=self.actor_id,
                action=action,
                entity=entity,
                record_id=record_id,
                detail=detail,
            )
        )

    def commit(self, message: str = "") -> ChangeSummary:
        """Flush, write an audit event per changed row, commit, and say what changed."""
        self.session.flush()
        summary = ChangeSummary(message=message)
        for (entity, record_id), (kind, fields) in self._changes.items():
            detail = self.action
            if fields:
                detail += ": " + ", ".join(sorted(fields))
            self.audit(kind, entity, record_id, detail)
            (summary.created if kind == "create" else summary.updated).append((entity, record_id))
        self.session.commit()
        self._changes.clear()
        return summary
