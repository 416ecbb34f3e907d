"""The audit log append-only and hash-chained per replica (issue 14, item 3).

Adds the chain fields to `audit_event` (writing replica, place, previous hash, own hash), the
purge marks (`audit_purge`) and this vault's chain head (`audit_head`); chains the events
already present, per writing replica (the replica of the event's first dot, else this vault's)
in time order; then creates the triggers that refuse UPDATE and DELETE of an audit event
(except a DELETE the purge has marked). The triggers are written out here as they were at this
revision; `models.audit.TRIGGERS` holds the same text (a test compares the two).

A later migration that rebuilds `audit_event` (batch mode) must create these triggers again.

Revision ID: 0009
Revises: 0008
"""

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from lvs_desktop.store.audit_chain import link

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TRIGGERS = (
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
    "WHEN NOT EXISTS (SELECT 1 FROM audit_purge WHERE event_id = OLD.id) "
    "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
    "CREATE TRIGGER audit_purge_no_update BEFORE UPDATE ON audit_purge "
    "BEGIN SELECT RAISE(ABORT, 'audit_purge is append-only'); END",
    "CREATE TRIGGER audit_purge_no_delete BEFORE DELETE ON audit_purge "
    "BEGIN SELECT RAISE(ABORT, 'audit_purge is append-only'); END",
)
TRIGGER_NAMES = (
    "audit_event_no_update",
    "audit_event_no_delete",
    "audit_purge_no_update",
    "audit_purge_no_delete",
)


def upgrade() -> None:
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("replica_id", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
        batch.create_index("ix_audit_event_chain", ["replica_id", "seq"], unique=False)
        batch.create_index("ix_audit_event_actor_at", ["actor_id", "at"], unique=False)
        batch.create_index("ix_audit_event_at", ["at"], unique=False)
    op.create_table(
        "audit_purge",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("replica_id", sa.String(length=36), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("event_id"),
    )
    op.create_table(
        "audit_head",
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("replica_id"),
    )
    chain_existing_events(op.get_bind())
    for sql in TRIGGERS:
        op.execute(sql)


def origin(dots: Any, own: str) -> str:
    """The replica that wrote an event: that of its first dot (the "*" default), else ours."""
    try:
        parsed = json.loads(dots) if isinstance(dots, str) else dots
        dot = (parsed or {}).get("*")
        return str(dot[0]) if dot else own
    except (ValueError, TypeError, AttributeError, IndexError):
        return own


def chain_existing_events(bind: sa.Connection) -> None:
    own_row = bind.exec_driver_sql("SELECT replica_id FROM replica_state LIMIT 1").first()
    own = str(own_row[0]) if own_row else "onbekend"
    names = ("id", "at", "actor_id", "action", "entity", "record_id", "detail", "deleted", "dots")
    rows = [
        dict(zip(names, raw, strict=True))
        for raw in bind.exec_driver_sql(
            "SELECT id, at, actor_id, action, entity, record_id, detail, deleted, dots "
            "FROM audit_event ORDER BY at, id"
        )
    ]
    heads: dict[str, tuple[int, str | None]] = {}
    updates = []
    for row in rows:
        replica_id = origin(row.pop("dots"), own)
        seq, prev = heads.get(replica_id, (0, None))
        row["deleted"] = bool(row["deleted"])
        digest = link(row, replica_id, seq + 1, prev)
        heads[replica_id] = (seq + 1, digest)
        updates.append({"i": row["id"], "r": replica_id, "s": seq + 1, "p": prev, "h": digest})
    if updates:
        bind.execute(
            sa.text(
                "UPDATE audit_event SET replica_id = :r, seq = :s, prev_hash = :p, hash = :h "
                "WHERE id = :i"
            ),
            updates,
        )
    if own in heads:
        head_seq, head_hash = heads[own]
        bind.execute(
            sa.text("INSERT INTO audit_head (replica_id, seq, hash) VALUES (:r, :s, :h)"),
            {"r": own, "s": head_seq, "h": head_hash},
        )


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("audit_head")
    op.drop_table("audit_purge")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index("ix_audit_event_at")
        batch.drop_index("ix_audit_event_actor_at")
        batch.drop_index("ix_audit_event_chain")
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("seq")
        batch.drop_column("replica_id")
