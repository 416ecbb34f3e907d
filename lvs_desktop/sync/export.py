"""Export: a consultant's cases and all they reference, as a signed, encrypted bundle.

`prepare_export` reads the vault and builds the bundle bytes; `record_export` notes it in the
export log once the file is safely written. A full export holds the whole scope (see
`scope`); an export "since the last one" holds the rows of that scope that changed since the
last export for the same consultant, the whole family of any case that came into scope since
(a reassigned case travels with its contacts and letters), and every row those point to, so
that each bundle can be imported on its own and in any order.

A row counts as changed when its version vector holds a change the last export had not seen
(an edit here, or a change from elsewhere that export did not cover), or when an import wrote
it after that export: the importer stamps `updated_at` from the replica's clock, which never
goes backwards, and the export log keeps that clock's time at export. Sending a row twice is
harmless, missing one is not.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lvs_desktop import __version__
from lvs_desktop.models import Consultant, ExportLog, ReplicaState
from lvs_desktop.models.base import expand_dots
from lvs_desktop.sync import bundle, hlc, tombstones
from lvs_desktop.sync.header import FORMAT_VERSION
from lvs_desktop.sync.hlc import Dot
from lvs_desktop.sync.merge import covers, vv_leq, vv_max
from lvs_desktop.sync.rows import AUDIT, raw_cursor, sync_tables, table_named
from lvs_desktop.sync.scope import (
    CASE,
    ENROLMENT,
    GUARDIAN,
    Ids,
    Rows,
    case_children,
    chunks,
    close_rows_over_references,
    collect,
    fetch,
)
from lvs_desktop.sync.signing import (
    SignerInfo,
    fingerprint,
    public_key_bytes,
    sign_payload,
    signing_key_from_seed,
)
from lvs_desktop.sync.trust import replica_owners
from lvs_desktop.sync.writer import DocumentStream, TableEncoder

READ_CHUNK = 2000  # ids per SELECT ... WHERE id IN (...)


@dataclass(frozen=True)
class PreparedExport:
    """A bundle ready to be written, and what to note in the export log afterwards."""

    data: bytes
    consultant_id: str
    sequence: int
    since_sequence: int | None
    counts: dict[str, int]
    covers_vv: dict[str, int]
    up_to_counter: int
    created_at: datetime
    marker: datetime  # the replica clock's time at export (see the module docstring)
    fingerprint: str
    rows: int = field(default=0)


def prepare_export(
    session: Session,
    *,
    consultant_id: str,
    passphrase: str,
    since_last: bool = False,
    now: datetime | None = None,
) -> PreparedExport:
    """Decide the scope on narrow rows, then stream the chosen rows into the bundle.

    Peak memory is the scope's ids and references plus one row being written and the
    compressed bundle: no table is held in memory as Python objects.
    """
    now = now or datetime.fromtimestamp(hlc.now_ms() / 1000, UTC)
    state = session.scalars(select(ReplicaState)).one()
    owner = session.get(Consultant, state.owner_id) if state.owner_id else None
    replicas = [r for r, c in replica_owners(session).items() if c == consultant_id]
    if state.owner_id == consultant_id:
        replicas = []  # our own laptop: no "held elsewhere" cases
    rows = collect(session, consultant_id, replicas)
    if state.owner_id:  # who sent it: names the "who" of conflicts
        fetch(session, rows, table_named("consultant"), "id", {state.owner_id})
    scope: Ids = {name: set(table_rows) for name, table_rows in rows.items()}
    last = last_export(session, consultant_id) if since_last else None
    if last is not None:
        chosen = changed_since(rows, scope, consultant_id, *baseline(last))
    else:
        chosen = scope
    knowledge = scope_knowledge(rows)
    del rows  # from here on only ids: the rows themselves are read again one at a time
    cursor = raw_cursor(session)
    try:
        sequence = next_sequence(session, consultant_id)
        role: Literal["consultant", "team"] = "team" if state.role == "team" else "consultant"
        since_sequence = last.sequence if last is not None else None
        manifest: dict[str, Any] = {
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "source_replica_id": state.replica_id,
            "source_consultant_id": state.owner_id,
            "source_consultant_name": owner.name if owner else "",
            "source_role": role,
            "subject_consultant_id": consultant_id,
            "export_sequence": sequence,
            "since_sequence": since_sequence,
            "since_vv": baseline(last)[0] if last is not None else {},
            "covers_vv": knowledge,
            "created_at": now.isoformat(),
        }
        stream = DocumentStream()
        counts: dict[str, int] = {}
        for table in sync_tables():
            if chosen[table.name]:
                encoder = TableEncoder.of(table)
                counts[table.name] = stream.table(
                    table.name, encoded_rows(cursor, encoder, chosen[table.name])
                )
        since = baseline(last)[1] if last is not None else None
        compressed, size = stream.finish(manifest, tombstones.for_export(session, since))
    finally:
        cursor.close()
    key = signing_key_from_seed(state.signing_key or b"")
    signer = SignerInfo(
        replica_id=state.replica_id,
        consultant_id=state.owner_id,
        consultant_name=owner.name if owner else "",
        role=role,
    )
    data = bundle.seal(sign_payload(key, signer, size, compressed), passphrase)
    return PreparedExport(
        data=data,
        consultant_id=consultant_id,
        sequence=sequence,
        since_sequence=since_sequence,
        counts=counts,
        covers_vv=knowledge,
        up_to_counter=state.counter,
        created_at=now,
        marker=hlc.as_datetime(state.hlc),
        fingerprint=fingerprint(public_key_bytes(key)),
        rows=sum(counts.values()),
    )


def encoded_rows(cursor: Any, encoder: TableEncoder, ids: set[str]) -> Iterator[tuple[str, str]]:
    """(id, bundle JSON) of the rows with these ids, in ascending id order, one at a time."""
    for batch in chunks(sorted(ids), READ_CHUNK):
        marks = ",".join("?" * len(batch))
        for raw in cursor.execute(encoder.select_sql(f'"id" IN ({marks})'), batch):
            yield raw[0], encoder.encode(raw)


def scope_knowledge(rows: Rows) -> dict[str, int]:
    """The element-wise maximum of the version vectors of every row in scope (the bundle's
    `covers_vv`). Rows share vectors (a change stamps all it touches alike): each distinct
    stored text is decoded once."""
    knowledge: dict[str, int] = {}
    texts = {row["vv"] for table_rows in rows.values() for row in table_rows.values()}
    for text in texts:
        knowledge = vv_max(knowledge, _json(text))
    return knowledge


def record_export(session: Session, prepared: PreparedExport) -> None:
    """Note a written export in the log (the caller commits)."""
    session.add(
        ExportLog(
            sequence=prepared.sequence,
            consultant_id=prepared.consultant_id,
            up_to_counter=prepared.up_to_counter,
            created_at=prepared.marker,
            summary=json.dumps({"covers_vv": prepared.covers_vv, "counts": prepared.counts}),
        )
    )


def last_export(session: Session, consultant_id: str) -> ExportLog | None:
    return session.scalars(
        select(ExportLog)
        .where(ExportLog.consultant_id == consultant_id)
        .order_by(ExportLog.sequence.desc())
        .limit(1)
    ).first()


def next_sequence(session: Session, consultant_id: str) -> int:
    top = session.scalar(
        select(func.max(ExportLog.sequence)).where(ExportLog.consultant_id == consultant_id)
    )
    return int(top or 0) + 1


def baseline(log: ExportLog) -> tuple[dict[str, int], datetime]:
    try:
        covered = json.loads(log.summary or "{}").get("covers_vv", {})
    except ValueError:
        covered = {}
    return {str(k): int(v) for k, v in covered.items()}, log.created_at


def changed_since(
    rows: Rows, scope: Ids, consultant_id: str, since_vv: dict[str, int], since_at: datetime
) -> Ids:
    """The rows of `scope` to send after an export that covered `since_vv` at `since_at`."""
    cutoff = since_at
    chosen: Ids = {name: set() for name in scope}
    seen: dict[str | None, bool] = {}  # stored vv text -> covered by since_vv (decoded once)
    for name, table_rows in rows.items():
        for row_id, row in table_rows.items():
            stamp = _moment(row["updated_at"])
            covered = seen.get(row["vv"])
            if covered is None:
                covered = seen[row["vv"]] = vv_leq(_json(row["vv"]), since_vv)
            if not covered or (stamp is not None and stamp >= cutoff):
                chosen[name].add(row_id)
    case_table = table_named(CASE)
    arrived = set()
    for case_id, row in rows[CASE].items():
        if row["consultant_id"] != consultant_id:
            continue
        dot = expand_dots(_json(row["dots"]), case_table.fields).get("consultant_id")
        if dot is not None and not covers(since_vv, Dot(dot[0], int(dot[1]), int(dot[2]))):
            arrived.add(case_id)
    if arrived:
        chosen[CASE] |= arrived
        for child in case_children():
            chosen[child.name] |= {
                i for i, r in rows[child.name].items() if r["case_id"] in arrived
            }
        youths = {rows[CASE][c]["youth_id"] for c in arrived}
        for table in (GUARDIAN, ENROLMENT):
            chosen[table] |= {i for i, r in rows[table].items() if r["youth_id"] in youths}
        record_ids = set().union(*(v for k, v in chosen.items() if k != AUDIT))
        chosen[AUDIT] |= {i for i, r in rows[AUDIT].items() if r["record_id"] in record_ids}
    close_rows_over_references(rows, chosen)
    return chosen


def _moment(stored: str | None) -> datetime | None:
    """A stored (naive UTC) timestamp, as read through the raw cursor."""
    return None if stored is None else datetime.fromisoformat(stored)


def _json(stored: str | None) -> dict[str, Any]:
    """Stored bookkeeping JSON text (`vv`, `dots`) as a dict; absent is empty."""
    value = json.loads(stored) if stored else {}
    return value if isinstance(value, dict) else {}
