"""Recorded responses to letters sent (issue 11, L2: defect 4).

`letter_response`: per letter and recipient, whether they responded and on which day (or the
day no response was noted), by whom. A synced case child: it travels with its case.
`letter.override_reason`: why a PV the OM rules advise against was drawn anyway (a plain ADD
COLUMN: letters are among the largest tables).

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("letter", sa.Column("override_reason", sa.Text(), nullable=True))
    op.create_table(
        "letter_response",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("letter_id", sa.String(length=36), nullable=False),
        sa.Column("recipient_kind", sa.String(length=20), nullable=False),
        sa.Column("recipient_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_name", sa.String(length=240), nullable=False),
        sa.Column("responded", sa.Boolean(), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"]),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["consultant.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_letter_response_case_id"), "letter_response", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_letter_response_letter_id"), "letter_response", ["letter_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_letter_response_letter_id"), table_name="letter_response")
    op.drop_index(op.f("ix_letter_response_case_id"), table_name="letter_response")
    op.drop_table("letter_response")
    with op.batch_alter_table("letter") as batch:
        batch.drop_column("override_reason")
