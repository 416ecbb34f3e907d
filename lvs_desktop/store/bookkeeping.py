"""The one place where sync bookkeeping is stamped on every changed row (DESIGN §5).

A `before_flush` hook on the vault's sessions: every new or changed synced row gets the next
dot `(replica_id, counter, hlc)` on each changed data field, its version vector raised to the
counter, and `updated_at`. Rows are never hard-deleted (tombstones instead), except by a
session that declares itself a retention purge or a sync merge. A merge session
(`info["sync_merge"] = True`) writes rows with their incoming bookkeeping untouched.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lvs_desktop.models.base import DEFAULT_DOT, Synced, utcnow
from lvs_desktop.models.clock import tick
from lvs_desktop.models.local import ReplicaState
from lvs_desktop.store import audit_chain

MERGE_FLAG = "sync_merge"
PURGE_FLAG = "retention_purge"
REPLICA_KEY = "replica_id"


class HardDeleteRefused(RuntimeError):
    """A bug: code tried to delete a synced row instead of setting its tombstone."""


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def changed_fields(obj: Synced, is_new: bool) -> list[str]:
    """The data fields of `obj` that this flush writes."""
    fields = type(obj).data_fields()
    if is_new:
        return list(fields)
    state = inspect(obj)
    return [f for f in fields if state.attrs[f].history.has_changes()]


def stamp(session: Session, flush_context: Any, instances: Any) -> None:
    """before_flush listener: stamp dots and version vectors on every changed synced row."""
    if session.info.get(MERGE_FLAG):
        return
    if not session.info.get(PURGE_FLAG):
        for obj in session.deleted:
            if isinstance(obj, Synced):
                raise HardDeleteRefused(type(obj).__name__)
    new = session.new  # an IdentitySet built anew on every access: take it once
    work: list[tuple[Synced, list[str], bool]] = []
    for is_new, objs in ((True, new), (False, session.dirty)):
        for obj in objs:
            if isinstance(obj, Synced) and (fields := changed_fields(obj, is_new)):
                work.append((obj, fields, is_new))
    if not work:
        return
    replica = session.get(ReplicaState, session.info[REPLICA_KEY])
    if replica is None:
        raise RuntimeError("vault has no replica state")
    replica.counter += 1
    replica.hlc = tick(replica.hlc, wall_ms()).hlc
    dot = [replica.replica_id, replica.counter, replica.hlc]
    now = utcnow()
    for obj, fields, is_new in work:
        if is_new:
            obj.dots = {DEFAULT_DOT: dot}
        else:
            dots = dict(obj.dots or {})
            for f in fields:
                dots[f] = dot
            obj.dots = dots
        vv = dict(obj.vv or {})
        vv[replica.replica_id] = replica.counter
        obj.vv = vv
        obj.updated_at = now
        if obj.created_at is None:
            obj.created_at = now


def install(maker: sessionmaker[Session]) -> None:
    """Attach the bookkeeping hook to every session this factory makes, and the audit
    chain's (every new audit event linked into this vault's hash chain, `audit_chain`)."""
    event.listen(maker, "before_flush", stamp)
    audit_chain.install(maker)
