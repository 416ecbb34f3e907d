"""Casework records: enrolment history, voided entries, guardian relations, case problems.

- `enrolment`: a youth's schools with from/to dates. Nothing is copied in: a youth without
  enrolment rows keeps its one `school_id` (the services start the history from it on the
  first change of school), so no laptop invents rows that another laptop invents too.
- `voided_on`, `void_reason`, `voided_by_id` on report, contact, route decision and letter.
- `case_file.problem_codes`: the coded underlying problems beside the free text.
- Reference lists "guardian_relation" and "underlying_problem".

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VOIDABLE = ("report", "contact", "route_decision", "letter")

REFERENCE: dict[str, list[tuple[str, str]]] = {
    "guardian_relation": [
        ("mother", "Moeder"),
        ("father", "Vader"),
        ("foster_parent", "Pleegouder"),
        ("guardian", "Voogd"),
        ("other", "Overig"),
        ("parent", "Ouder"),
        ("carer", "Verzorger"),
    ],
    "underlying_problem": [
        ("mental_health", "Psychische problemen"),
        ("family", "Gezinsproblematiek"),
        ("bullying", "Pesten"),
        ("school_fit", "Onderwijs past niet"),
        ("sleep_gaming", "Slaapproblemen / gamen"),
        ("illness", "Ziekte"),
        ("other", "Overig"),
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


def upgrade() -> None:
    op.create_table(
        "enrolment",
        sa.Column("youth_id", sa.String(length=36), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("grade", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["school_id"], ["school.id"]),
        sa.ForeignKeyConstraint(["youth_id"], ["youth.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_enrolment_youth_id"), "enrolment", ["youth_id"], unique=False)
    # Plain ADD COLUMNs (no table rebuild: contacts and letters are the largest tables).
    for table in VOIDABLE:
        op.add_column(table, sa.Column("voided_on", sa.Date(), nullable=True))
        op.add_column(table, sa.Column("void_reason", sa.Text(), nullable=True))
        op.add_column(table, sa.Column("voided_by_id", sa.String(length=36), nullable=True))
    op.add_column("case_file", sa.Column("problem_codes", sa.String(length=200), nullable=True))
    op.bulk_insert(
        REFERENCE_TABLE,
        [
            {"category": cat, "code": code, "label_nl": label, "sort_order": i, "active": True}
            for cat, items in REFERENCE.items()
            for i, (code, label) in enumerate(items)
        ],
    )


def downgrade() -> None:
    op.execute(
        sa.text("DELETE FROM reference_code WHERE category IN (:a, :b)").bindparams(
            a="guardian_relation", b="underlying_problem"
        )
    )
    with op.batch_alter_table("case_file") as batch:
        batch.drop_column("problem_codes")
    for table in VOIDABLE:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("voided_by_id")
            batch.drop_column("void_reason")
            batch.drop_column("voided_on")
    op.drop_index(op.f("ix_enrolment_youth_id"), table_name="enrolment")
    op.drop_table("enrolment")
