"""Prevention register, thuiszitter offers and the annual report's texts (issue 13, items 4, 5, 8).

- `prevention_activity` (synced): preventive work and advice not tied to a case.
- `thuiszitter_offer` (synced, a child of the case): the offer made to a thuiszitter.
- `report_text` (local): a team lead's text under a table of the annual report, per school
  year, area and table.
- Reference lists "prevention_kind", "prevention_requester" and "thuiszitter_offer_kind".

Revision ID: 0018
Revises: 0017
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

REFERENCE: dict[str, list[tuple[str, str]]] = {
    "prevention_kind": [
        ("presentation", "Voorlichting of presentatie"),
        ("meeting", "Overleg"),
        ("school_visit", "Schoolbezoek"),
        ("advice", "Advies"),
        ("question", "Vraag"),
    ],
    "prevention_requester": [
        ("school", "School"),
        ("partner", "Partnerorganisatie"),
        ("parent", "Ouder of verzorger"),
        ("youth", "Jongere"),
        ("other", "Overig"),
    ],
    "thuiszitter_offer_kind": [
        ("education", "Onderwijsaanbod"),
        ("care", "Zorgaanbod"),
        ("education_care", "Onderwijs-zorgarrangement"),
        ("other", "Ander aanbod"),
    ],
}

REFERENCE_TABLE = sa.table(
    "reference_code",
    sa.column("category", sa.String),
    sa.column("code", sa.String),
    sa.column("label_nl", sa.String),
    sa.column("sort_order", sa.Integer),
    sa.column("active", sa.Boolean),
)

BOOKKEEPING = (
    ("id", sa.String(length=36)),
    ("created_at", sa.DateTime(timezone=True)),
    ("updated_at", sa.DateTime(timezone=True)),
    ("deleted", sa.Boolean()),
    ("vv", sa.JSON()),
    ("dots", sa.JSON()),
)


def _bookkeeping() -> list[sa.Column[Any]]:
    return [sa.Column(name, kind, nullable=False) for name, kind in BOOKKEEPING]


def upgrade() -> None:
    op.create_table(
        "prevention_activity",
        sa.Column("consultant_id", sa.String(length=36), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("requester", sa.String(length=40), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("partner_id", sa.String(length=36), nullable=True),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(["consultant_id"], ["consultant.id"]),
        sa.ForeignKeyConstraint(["school_id"], ["school.id"]),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_prevention_activity_consultant_id"), "prevention_activity", ["consultant_id"]
    )
    op.create_index(
        op.f("ix_prevention_activity_occurred_on"), "prevention_activity", ["occurred_on"]
    )
    op.create_table(
        "thuiszitter_offer",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("offered_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=True),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_thuiszitter_offer_case_id"), "thuiszitter_offer", ["case_id"])
    op.create_table(
        "report_text",
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("area", sa.String(length=80), nullable=False),
        sa.Column("table_key", sa.String(length=60), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("school_year", "area", "table_key"),
    )
    op.bulk_insert(
        REFERENCE_TABLE,
        [
            {"category": cat, "code": code, "label_nl": label, "sort_order": i, "active": True}
            for cat, codes in REFERENCE.items()
            for i, (code, label) in enumerate(codes)
        ],
    )


def downgrade() -> None:
    categories = ", ".join(f"'{c}'" for c in REFERENCE)
    op.execute(f"DELETE FROM reference_code WHERE category IN ({categories})")
    op.drop_table("report_text")
    op.drop_index(op.f("ix_thuiszitter_offer_case_id"), "thuiszitter_offer")
    op.drop_table("thuiszitter_offer")
    op.drop_index(op.f("ix_prevention_activity_occurred_on"), "prevention_activity")
    op.drop_index(op.f("ix_prevention_activity_consultant_id"), "prevention_activity")
    op.drop_table("prevention_activity")
