"""Error details kept inside the vault, shown to the user only as an error id (issue 14, item 6).

`error_record`: one row per bug (id, when, context, exception type, file:line frames, for a
database error SQLite's own message), never row values. Local: it does not travel in bundles.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "error_record",
        sa.Column("error_id", sa.String(length=16), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("context", sa.String(length=80), nullable=False),
        sa.Column("error_type", sa.String(length=120), nullable=False),
        sa.Column("location", sa.String(length=600), nullable=False),
        sa.Column("db_message", sa.String(length=300), nullable=True),
        sa.Column("app_version", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("error_id"),
    )
    op.create_index("ix_error_record_occurred_at", "error_record", ["occurred_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_error_record_occurred_at", table_name="error_record")
    op.drop_table("error_record")
