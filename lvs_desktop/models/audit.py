"""The audit log kept as evidence (issue 14, NEN 7513): append-only, hash-chained per replica.

`AuditEvent` (in `decisions`) is a synced row like any other, but the vault refuses to change
or remove one: the triggers below abort every UPDATE of `audit_event`, and every DELETE except
of an event the retention purge has first marked in `audit_purge` (the purge's own path: it
marks the events it removes, in its own transaction, then deletes them; see
`store.audit_chain.purge_events`). The marks stay, so a verification knows a gap in a chain was
a purge, not a hand. Marks themselves cannot be changed or removed.

`AuditHead` keeps, for this vault's own replica, the last link written: a deleted last event
(which leaves no gap) still shows as a broken chain.

The same trigger SQL is in migration 0009; `tests/store/test_vault.py` checks that a vault
from the migrations has exactly the triggers `Base.metadata.create_all` makes from here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DDL, DateTime, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, utcnow

APPEND_ONLY_MESSAGE = "audit_event is append-only"

TRIGGERS: dict[str, str] = {
    "audit_event_no_update": (
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
    ),
    "audit_event_no_delete": (
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "WHEN NOT EXISTS (SELECT 1 FROM audit_purge WHERE event_id = OLD.id) "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
    ),
    "audit_purge_no_update": (
        "CREATE TRIGGER audit_purge_no_update BEFORE UPDATE ON audit_purge "
        "BEGIN SELECT RAISE(ABORT, 'audit_purge is append-only'); END"
    ),
    "audit_purge_no_delete": (
        "CREATE TRIGGER audit_purge_no_delete BEFORE DELETE ON audit_purge "
        "BEGIN SELECT RAISE(ABORT, 'audit_purge is append-only'); END"
    ),
}


class AuditPurge(Base):
    """An audit event the retention purge removed: which, from which chain, when. No data."""

    __tablename__ = "audit_purge"

    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    replica_id: Mapped[str | None] = mapped_column(String(36), default=None)
    seq: Mapped[int | None] = mapped_column(Integer, default=None)
    purged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(String(80), default="retention")


class AuditHead(Base):
    """The last link this vault wrote to its own chain (one row per writing replica)."""

    __tablename__ = "audit_head"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str | None] = mapped_column(String(64), default=None)


def _create_triggers(target: Any, connection: Any, **kw: Any) -> None:
    for sql in TRIGGERS.values():
        DDL(sql).execute_if(dialect="sqlite")(target, connection, **kw)  # type: ignore[no-untyped-call]


event.listen(Base.metadata, "after_create", _create_triggers)
