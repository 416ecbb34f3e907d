"""Tombstones left by a retention purge (issue 14, item 1).

`purge_tombstone`: one row per destroyed record (table, id, purge date, when recorded), no
personal data. It travels in bundles so that a purged file never comes back.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "purge_tombstone",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("purged_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_id"),
    )
    op.create_index(
        "ix_purge_tombstone_recorded_at", "purge_tombstone", ["recorded_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_purge_tombstone_recorded_at", table_name="purge_tombstone")
    op.drop_table("purge_tombstone")
