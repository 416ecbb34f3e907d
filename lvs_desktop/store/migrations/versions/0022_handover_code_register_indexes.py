"""The hand-over report's type by name, and an index of a person's enrolments by type.

* `report_type` "absolute": the report a case opened from the register's not-enrolled list
  starts with (the administration's hand-over for vervolgonderzoek, issue 12/13) had no entry
  in the list, so the case view and the letters showed the code. It is added inactive: a
  consultant does not pick it for a school's report; only the hand-over writes it.
* `register_enrolment`: a person's enrolments of one school type from the index alone (the
  VO→MBO figure's mbo check, `reports.counts_transfer`, and the lists' "left VO"). An index
  led by school type and end date made SQLite scan a range per resident in the vo-mbo list.

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

HANDOVER_TYPE = ("report_type", "absolute", "Absoluut verzuim (overdracht administratie)")


def upgrade() -> None:
    category, code, label = HANDOVER_TYPE
    conn = op.get_bind()
    exists = conn.execute(
        sa.text("SELECT 1 FROM reference_code WHERE category = :c AND code = :k"),
        {"c": category, "k": code},
    ).first()
    if exists is None:  # a region may have added it by hand
        order = conn.execute(
            sa.text(
                "SELECT coalesce(max(sort_order), -1) + 1 FROM reference_code WHERE category = :c"
            ),
            {"c": category},
        ).scalar_one()
        reference = sa.table(
            "reference_code",
            sa.column("category", sa.String),
            sa.column("code", sa.String),
            sa.column("label_nl", sa.String),
            sa.column("sort_order", sa.Integer),
            sa.column("active", sa.Boolean),
        )
        op.bulk_insert(
            reference,
            [
                {
                    "category": category,
                    "code": code,
                    "label_nl": label,
                    "sort_order": order,
                    "active": False,
                }
            ],
        )
    op.create_index(
        "ix_register_enrolment_person",
        "register_enrolment",
        ["person_number", "school_type", "starts_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_register_enrolment_person", table_name="register_enrolment")
    category, code, _label = HANDOVER_TYPE
    op.execute(
        sa.text("DELETE FROM reference_code WHERE category = :c AND code = :k").bindparams(
            c=category, k=code
        )
    )
