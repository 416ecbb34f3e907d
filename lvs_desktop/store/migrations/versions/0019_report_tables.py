"""Official early school leavers for the annual report (issue 13, item 7): `vsv_figure`
(local, never synced), DUO's new early leavers and denominator per school year and
municipality, entered by the team lead.

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vsv_figure",
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=False),
        sa.Column("leavers", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("school_year", "municipality_id"),
    )


def downgrade() -> None:
    op.drop_table("vsv_figure")
