"""Guardians' birth date, birth place and BSN (the PV against a parent needs them), and the
indexes the caseload, the annual figures and search-before-create read by.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("guardian") as batch:
        batch.add_column(sa.Column("birth_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("birth_place", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("bsn", sa.String(length=9), nullable=True))
    op.create_index(
        "ix_contact_case_time", "contact", ["case_id", "occurred_at", "kind", "deleted"]
    )
    op.create_index("ix_case_file_opened_on", "case_file", ["opened_on"])
    op.create_index("ix_youth_birth_date", "youth", ["birth_date"])


def downgrade() -> None:
    op.drop_index("ix_youth_birth_date", "youth")
    op.drop_index("ix_case_file_opened_on", "case_file")
    op.drop_index("ix_contact_case_time", "contact")
    with op.batch_alter_table("guardian") as batch:
        batch.drop_column("bsn")
        batch.drop_column("birth_place")
        batch.drop_column("birth_date")
