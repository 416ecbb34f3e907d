"""Sync state: conflicts, youth aliases, peers' public keys, export and import logs.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("consultant_id", sa.String(length=36), nullable=True),
        sa.Column("up_to_counter", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "import_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("source_replica_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_import_log_source_replica_id"), "import_log", ["source_replica_id"], unique=False
    )
    op.create_table(
        "peer_key",
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("consultant_id", sa.String(length=36), nullable=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("replica_id"),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("winner_value", sa.JSON(), nullable=False),
        sa.Column("winner_dot", sa.JSON(), nullable=False),
        sa.Column("loser_value", sa.JSON(), nullable=False),
        sa.Column("loser_dot", sa.JSON(), nullable=False),
        sa.Column("loser_actor", sa.String(length=120), nullable=True),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_sync_conflict_record_id"), "sync_conflict", ["record_id"], unique=False
    )
    op.create_table(
        "youth_alias",
        sa.Column("alias_id", sa.String(length=36), nullable=False),
        sa.Column("canonical_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("linked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("alias_id"),
    )
    op.create_index(
        op.f("ix_youth_alias_canonical_id"), "youth_alias", ["canonical_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("youth_alias")
    op.drop_table("sync_conflict")
    op.drop_table("peer_key")
    op.drop_table("import_log")
    op.drop_table("export_log")
