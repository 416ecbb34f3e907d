"""The intake of absence reports (issue 12, items 1–3): mapping profiles and the intake inbox.

Two local tables (they do not travel in bundles; see `models.intake`): `intake_profile`, a
region's named mapping of a download's columns, and `intake_report`, imported reports waiting
for a consultant or for a person to confirm a candidate youth.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "intake_profile",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "intake_report",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("duo_number", sa.String(length=40), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=True),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column("onderwijsnummer", sa.String(length=9), nullable=True),
        sa.Column("given_names", sa.String(length=120), nullable=True),
        sa.Column("surname_prefix", sa.String(length=20), nullable=True),
        sa.Column("surname", sa.String(length=120), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("report_type", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("hours_absent", sa.Float(), nullable=False),
        sa.Column("hours_unit", sa.String(length=10), nullable=False),
        sa.Column("reporter_name", sa.String(length=120), nullable=True),
        sa.Column("reporter_function", sa.String(length=120), nullable=True),
        sa.Column("reporter_phone", sa.String(length=40), nullable=True),
        sa.Column("reporter_email", sa.String(length=120), nullable=True),
        sa.Column("youth_id", sa.String(length=36), nullable=True),
        sa.Column("candidate_youth_id", sa.String(length=36), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("assigned_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_intake_report_status", "intake_report", ["status", "received_on"])
    op.create_index("ix_intake_report_duo_number", "intake_report", ["duo_number"])
    op.create_index("ix_intake_report_bsn", "intake_report", ["bsn"])
    op.create_index("ix_intake_report_onderwijsnummer", "intake_report", ["onderwijsnummer"])


def downgrade() -> None:
    op.drop_table("intake_report")
    op.drop_table("intake_profile")
