"""The audit log's hash chain, one per replica (issue 14, item 3; NEN 7513).

Every audit event a vault writes gets, in the same flush, the id of the replica that wrote it,
its place `seq` in that replica's chain (1, 2, 3, …), the previous event's hash `prev_hash`
and its own `hash`: SHA-256 over a canonical JSON list of its content and `prev_hash`
(`canonical`). Events imported from other replicas arrive with their chain fields and keep
them, so the team vault holds every consultant's chain as written.

`verify` walks every chain and names the first broken link: an event whose content no longer
gives its hash, an event that points at a previous event that is not the one stored, a place
missing in this vault's own chain (or after its last recorded link, `AuditHead`) that the
retention purge did not mark. Chains of other replicas arrive in part (an export carries the
events of the records it holds), so a gap there is counted, not an error.

`verify` also checks that the append-only triggers are still there (a table rebuilt by a
later migration, or a hand, would drop them).

The purge's own path (`purge_events`) marks each event in `audit_purge` before it deletes it;
the triggers of `models.audit` refuse every other UPDATE or DELETE of an audit event.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, event, select
from sqlalchemy.orm import Session, sessionmaker

from lvs_desktop.models import AuditEvent, new_id, utcnow
from lvs_desktop.models.audit import TRIGGERS, AuditHead, AuditPurge

HASH_VERSION = "lvs-audit-1"
REPLICA_KEY = "replica_id"  # the same key the bookkeeping hook reads (`bookkeeping.REPLICA_KEY`)
CHAIN_COLUMNS = ("id", "at", "actor_id", "action", "entity", "record_id", "detail", "deleted")


def time_text(at: Any) -> str:
    """`at` as the chain hashes it: naive UTC, microseconds, "T" between date and time."""
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if not isinstance(at, datetime):
        raise TypeError("audit event without a time")
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return str(at.isoformat(timespec="microseconds"))


def canonical(values: Mapping[str, Any]) -> bytes:
    """The bytes an event's hash covers: its content, its place in the chain, the link back."""
    doc = [
        HASH_VERSION,
        values["id"],
        values["replica_id"],
        int(values["seq"]),
        time_text(values["at"]),
        values["actor_id"],
        values["action"],
        values["entity"],
        values["record_id"],
        values["detail"],
        bool(values["deleted"]),
        values["prev_hash"],
    ]
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def event_hash(values: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(values)).hexdigest()


def link(values: dict[str, Any], replica_id: str, seq: int, prev_hash: str | None) -> str:
    """Put an event at place `seq` of `replica_id`'s chain (fills the chain fields)."""
    values.update(replica_id=replica_id, seq=seq, prev_hash=prev_hash)
    values["hash"] = event_hash(values)
    return str(values["hash"])


# -- writing ----------------------------------------------------------------------------------


def chain_new_events(session: Session, flush_context: Any, instances: Any) -> None:
    """before_flush listener: link every new, unchained audit event into this vault's chain."""
    events = [o for o in session.new if isinstance(o, AuditEvent) and o.hash is None]
    if not events:
        return
    replica_id = str(session.info[REPLICA_KEY])
    with session.no_autoflush:
        head = session.get(AuditHead, replica_id)
        if head is None:
            last = session.execute(
                select(AuditEvent.seq, AuditEvent.hash)
                .where(AuditEvent.replica_id == replica_id, AuditEvent.seq.is_not(None))
                .order_by(AuditEvent.seq.desc())
                .limit(1)
            ).first()
            head = AuditHead(
                replica_id=replica_id,
                seq=int(last.seq) if last else 0,
                hash=last.hash if last else None,
            )
            session.add(head)
    for obj in events:  # session.new keeps the order the events were added in
        obj.id = obj.id or new_id()
        obj.at = obj.at or utcnow().replace(tzinfo=None)
        obj.deleted = bool(obj.deleted)
        values = {c: getattr(obj, c) for c in CHAIN_COLUMNS}
        head.hash = link(values, replica_id, head.seq + 1, head.hash)
        head.seq += 1
        obj.replica_id, obj.seq = replica_id, head.seq
        obj.prev_hash, obj.hash = values["prev_hash"], values["hash"]


def install(maker: sessionmaker[Session]) -> None:
    """Chain every audit event the sessions of this factory write (merge sessions too)."""
    event.listen(maker, "before_flush", chain_new_events)


def purge_events(session: Session, event_ids: Iterable[str], reason: str = "retention") -> int:
    """The retention purge's own path to remove audit events, inside the caller's transaction:
    mark each event in `audit_purge` (which the delete trigger checks), then delete it. The
    marks stay (no personal data: ids, chain place, date), so `verify` reads the gaps as
    purged. Returns how many events were removed."""
    ids = list(dict.fromkeys(event_ids))
    now = utcnow().replace(tzinfo=None)
    removed = 0
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        rows = session.execute(
            select(AuditEvent.id, AuditEvent.replica_id, AuditEvent.seq).where(
                AuditEvent.id.in_(batch)
            )
        ).all()
        for row in rows:
            session.add(
                AuditPurge(
                    event_id=row.id,
                    replica_id=row.replica_id,
                    seq=row.seq,
                    purged_at=now,
                    reason=reason,
                )
            )
        session.flush()
        session.execute(delete(AuditEvent).where(AuditEvent.id.in_([r.id for r in rows])))
        removed += len(rows)
    return removed


# -- verifying --------------------------------------------------------------------------------


@dataclass(frozen=True)
class BrokenLink:
    """The first place a chain does not hold."""

    replica_id: str
    event_id: str
    at: str
    reason: str

    def line(self) -> str:
        return (
            f"Auditlog niet intact: replica {self.replica_id}, gebeurtenis {self.event_id} "
            f"({self.at} UTC): {self.reason}."
        )


@dataclass
class ChainReport:
    """What `verify` found: events per replica, purged and missing places, the first break."""

    own_replica: str
    events: dict[str, int] = field(default_factory=dict)
    purged: int = 0
    gaps: int = 0  # places missing in other replicas' chains (they arrive in part)
    broken: BrokenLink | None = None
    unprotected: list[str] = field(default_factory=list)  # append-only triggers not there

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.unprotected

    def problem(self) -> str | None:
        """The one Dutch line to show when the log is not intact (the first break first)."""
        if self.broken is not None:
            return self.broken.line()
        if self.unprotected:
            return (
                "Auditlog niet beschermd: de bewaking tegen wijzigen en verwijderen "
                f"({', '.join(self.unprotected)}) is uit de kluis gehaald; de ketens kloppen wel."
            )
        return None

    def summary(self) -> str:
        total = sum(self.events.values())
        own = self.events.get(self.own_replica, 0)
        text = (
            f"Auditlog intact: {total} gebeurtenissen in {len(self.events)} keten(s) "
            f"(eigen keten: {own})"
        )
        if self.purged:
            text += f", {self.purged} vernietigd na de bewaartermijn"
        if self.gaps:
            text += f", {self.gaps} niet in deze kluis (van andere laptops niet meegekomen)"
        return text + "."


SELECT_CHAIN = (
    "SELECT id, replica_id, seq, at, actor_id, action, entity, record_id, detail, deleted, "
    "prev_hash, hash FROM audit_event ORDER BY replica_id, seq, at, id"
)
NAMES = (
    "id",
    "replica_id",
    "seq",
    "at",
    "actor_id",
    "action",
    "entity",
    "record_id",
    "detail",
    "deleted",
    "prev_hash",
    "hash",
)


def verify(session: Session, own_replica: str) -> ChainReport:
    """Walk every replica's chain in `seq` order; the first broken link (earliest in time of
    the first per chain) goes into the report."""
    report = ChainReport(own_replica=own_replica)
    purged: dict[str, set[int]] = {}
    for replica_id, seq in session.execute(select(AuditPurge.replica_id, AuditPurge.seq)):
        if replica_id is not None and seq is not None:
            purged.setdefault(replica_id, set()).add(int(seq))
    report.purged = sum(len(s) for s in purged.values())
    heads = {h.replica_id: h for h in session.scalars(select(AuditHead))}
    cursor = session.connection().exec_driver_sql(SELECT_CHAIN)
    breaks: list[BrokenLink] = []
    chain: _Chain | None = None
    for raw in cursor:
        row = dict(zip(NAMES, raw, strict=True))
        replica_id = row["replica_id"]
        if replica_id is None or row["seq"] is None or row["hash"] is None:
            breaks.append(_broken(row, "staat niet in een keten (buiten het programma geschreven)"))
            continue
        if chain is None or chain.replica_id != replica_id:
            if chain is not None:
                chain.close(heads.get(chain.replica_id), breaks)
                report.gaps += chain.gaps
            chain = _Chain(replica_id, replica_id == own_replica, purged.get(replica_id, set()))
        report.events[replica_id] = report.events.get(replica_id, 0) + 1
        chain.step(row, breaks)
    if chain is not None:
        chain.close(heads.get(chain.replica_id), breaks)
        report.gaps += chain.gaps
    for replica_id, head in heads.items():
        if replica_id not in report.events and head.seq > len(purged.get(replica_id, ())):
            breaks.append(
                BrokenLink(replica_id, "-", "-", f"alle {head.seq} gebeurtenissen ontbreken")
            )
    if breaks:
        report.broken = min(breaks, key=lambda b: (b.at == "-", b.at))
    present = {
        str(name)
        for (name,) in session.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        )
    }
    report.unprotected = [name for name in TRIGGERS if name not in present]
    return report


def _broken(row: Mapping[str, Any], reason: str) -> BrokenLink:
    try:
        at = time_text(row["at"]).replace("T", " ")[:19]
    except (TypeError, ValueError):
        at = "-"
    return BrokenLink(str(row["replica_id"] or "-"), str(row["id"]), at, reason)


class _Chain:
    """One replica's chain as `verify` walks it; remembers only its first break."""

    def __init__(self, replica_id: str, own: bool, purged: set[int]) -> None:
        self.replica_id = replica_id
        self.own = own
        self.purged = purged
        self.last: dict[str, Any] | None = None
        self.broken = False
        self.gaps = 0

    def step(self, row: dict[str, Any], breaks: list[BrokenLink]) -> None:
        seq = int(row["seq"])
        prev_seq = int(self.last["seq"]) if self.last else 0
        reason = None
        if event_hash(row) != row["hash"]:
            reason = "de inhoud is gewijzigd na het schrijven (de hash klopt niet)"
        elif seq == prev_seq:
            reason = f"plaats {seq} van de keten komt twee keer voor"
        elif seq == prev_seq + 1 and self.last is not None:
            if row["prev_hash"] != self.last["hash"]:
                reason = (
                    f"verwijst naar een andere vorige gebeurtenis dan {self.last['id']} "
                    "(die is gewijzigd of vervangen)"
                )
        elif seq == 1 and row["prev_hash"] is not None:
            reason = "de eerste gebeurtenis van de keten verwijst naar een vorige"
        elif seq > prev_seq + 1:
            missing = set(range(prev_seq + 1, seq)) - self.purged
            if missing and self.own:
                reason = f"{len(missing)} gebeurtenis(sen) vóór deze ontbreken"
            elif missing:
                self.gaps += len(missing)
        if reason and not self.broken:
            self.broken = True
            breaks.append(_broken(row, reason))
        self.last = row

    def close(self, head: AuditHead | None, breaks: list[BrokenLink]) -> None:
        """This vault's own chain must end where its head says it does."""
        if self.broken or head is None or self.last is None:
            return
        last_seq = int(self.last["seq"])
        missing = set(range(last_seq + 1, head.seq + 1)) - self.purged
        if missing:
            breaks.append(
                _broken(self.last, f"de {len(missing)} gebeurtenis(sen) na deze ontbreken")
            )
        elif head.seq == last_seq and head.hash != self.last["hash"]:
            breaks.append(_broken(self.last, "wijkt af van de laatst geschreven schakel"))
