"""The region bundle: the team's registers, sent to every consultant.

A team lead exports the region's municipalities, schools, partner organisations, roster
(consultants and what each covers) and the region settings (letterhead, deadline terms, region
name, suppression threshold: the synced `region_setting` rows) in the ordinary signed,
encrypted bundle, with no subject consultant (it is meant for everyone in the team). It holds
no youth, case or audit event: nothing a consultant may not see. A consultant imports it with
the ordinary import; the rows merge like any other, so a school the consultant added herself
stays, and travels to the team in her own bundles (a case closes over its school).

Tombstoned and archived rows travel too: an archive or a removal on the team vault must reach
the laptops. Always the whole register (a few thousand rows at most), never "since the last".
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop import __version__
from lvs_desktop.models import Consultant, ReplicaState
from lvs_desktop.sync import bundle, hlc
from lvs_desktop.sync.document import build_document
from lvs_desktop.sync.export import PreparedExport, next_sequence
from lvs_desktop.sync.header import FORMAT_VERSION
from lvs_desktop.sync.merge import vv_max
from lvs_desktop.sync.rows import table_named
from lvs_desktop.sync.signing import (
    SignerInfo,
    fingerprint,
    public_key_bytes,
    signing_key_from_seed,
)

REGION_TABLES = (
    "municipality",
    "school",
    "partner",
    "consultant",
    "coverage",
    "region_setting",
)


def collect_region(session: Session) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of the register tables (archived and tombstoned ones included)."""
    rows: dict[str, dict[str, dict[str, Any]]] = {}
    for name in REGION_TABLES:
        table = table_named(name).table
        rows[name] = {r.id: dict(r._mapping) for r in session.execute(select(table))}
    return rows


def prepare_region_export(
    session: Session, *, passphrase: str, now: datetime | None = None
) -> PreparedExport:
    """The region bundle's bytes and what to note in the export log (`record_export`)."""
    now = now or datetime.fromtimestamp(hlc.now_ms() / 1000, UTC)
    state = session.scalars(select(ReplicaState)).one()
    owner = session.get(Consultant, state.owner_id) if state.owner_id else None
    rows = collect_region(session)
    knowledge: dict[str, int] = {}
    for table_rows in rows.values():
        for row in table_rows.values():
            knowledge = vv_max(knowledge, row["vv"] or {})
    tables = {
        name: [table_named(name).encode(rows[name][i]) for i in sorted(rows[name])]
        for name in REGION_TABLES
        if rows[name]
    }
    sequence = next_sequence(session, None)  # type: ignore[arg-type]
    role = "team" if state.role == "team" else "consultant"
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "source_replica_id": state.replica_id,
        "source_consultant_id": state.owner_id,
        "source_consultant_name": owner.name if owner else "",
        "source_role": role,
        "subject_consultant_id": None,
        "export_sequence": sequence,
        "since_sequence": None,
        "since_vv": {},
        "covers_vv": knowledge,
        "created_at": now.isoformat(),
    }
    key = signing_key_from_seed(state.signing_key or b"")
    signer = SignerInfo(
        replica_id=state.replica_id,
        consultant_id=state.owner_id,
        consultant_name=owner.name if owner else "",
        role=role,  # type: ignore[arg-type]
    )
    data = bundle.write_bundle(
        build_document(manifest, tables), passphrase=passphrase, signing_key=key, signer=signer
    )
    return PreparedExport(
        data=data,
        consultant_id=None,  # type: ignore[arg-type]
        sequence=sequence,
        since_sequence=None,
        counts={name: len(table_rows) for name, table_rows in tables.items()},
        covers_vv=knowledge,
        up_to_counter=state.counter,
        created_at=now,
        marker=hlc.as_datetime(state.hlc),
        fingerprint=fingerprint(public_key_bytes(key)),
        rows=sum(len(table_rows) for table_rows in tables.values()),
    )
