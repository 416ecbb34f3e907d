"""The register (leerplichtadministratie, issue 12): residents, enrolments, list runs.

Local tables (`models.register`): they never travel in bundles. New vaults start empty; an
existing vault gets the empty tables.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_resident",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("bsn", sa.String(9), nullable=False, unique=True),
        sa.Column("given_names", sa.String(120), nullable=False),
        sa.Column("surname_prefix", sa.String(20), nullable=True),
        sa.Column("surname", sa.String(120), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("street", sa.String(120), nullable=True),
        sa.Column("house_number", sa.String(20), nullable=True),
        sa.Column("postcode", sa.String(10), nullable=True),
        sa.Column("city", sa.String(80), nullable=True),
        sa.Column("municipality_id", sa.String(36), nullable=False),
        sa.Column("moved_in_on", sa.Date(), nullable=True),
        sa.Column("moved_out_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_register_resident_birth_date", "register_resident", ["birth_date"])
    op.create_table(
        "register_enrolment",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("person_number", sa.String(9), nullable=False),
        sa.Column("number_kind", sa.String(4), nullable=False),
        sa.Column("brin", sa.String(8), nullable=False),
        sa.Column("vestiging", sa.String(4), nullable=False),
        sa.Column("school_id", sa.String(36), nullable=False),
        sa.Column("school_type", sa.String(8), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("diploma_level", sa.String(12), nullable=True),
        sa.Column("diploma_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ix_register_enrolment_key",
        "register_enrolment",
        ["person_number", "brin", "vestiging", "starts_on"],
        unique=True,
    )
    op.create_table(
        "register_list_run",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("list_name", sa.String(20), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_register_list_run_list_name", "register_list_run", ["list_name"])


def downgrade() -> None:
    op.drop_table("register_list_run")
    op.drop_table("register_enrolment")
    op.drop_table("register_resident")
