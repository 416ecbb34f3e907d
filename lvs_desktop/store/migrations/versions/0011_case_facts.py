"""Per-case contact facts, kept up to date by triggers, read by the annual report (issue 15, item 4).

`case_fact`: per case and school year, the first live contact that is not an invitation and
whether a live conversation took place (see `models.case_fact`). Local and derived: it does not
travel in bundles. The table is filled from the contacts already in the vault; the triggers on
`contact` keep it equal from then on. The trigger SQL is written out here as it is at this
revision; `models.case_fact.TRIGGERS` holds the same text (a test compares the two).

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TRIGGERS = (
    (
        "CREATE TRIGGER case_fact_contact_insert AFTER INSERT ON contact WHEN NEW.deleted = 0 AND"
        " NEW.voided_on IS NULL BEGIN INSERT INTO case_fact (case_id, school_year, first_contact,"
        " conversation) VALUES (NEW.case_id, CAST(substr(NEW.occurred_at, 1, 4) AS INTEGER) - "
        "(substr(NEW.occurred_at, 6, 2) < '08'), CASE WHEN NEW.kind != 'invitation' THEN "
        "substr(NEW.occurred_at, 1, 10) END, NEW.kind = 'conversation') ON CONFLICT (case_id, "
        "school_year) DO UPDATE SET first_contact = CASE WHEN excluded.first_contact IS NULL THEN"
        " first_contact WHEN first_contact IS NULL THEN excluded.first_contact ELSE "
        "min(first_contact, excluded.first_contact) END, conversation = max(conversation, "
        "excluded.conversation); END"
    ),
    (
        "CREATE TRIGGER case_fact_contact_update AFTER UPDATE ON contact WHEN OLD.case_id IS NOT "
        "NEW.case_id OR OLD.occurred_at IS NOT NEW.occurred_at OR OLD.kind IS NOT NEW.kind OR "
        "OLD.deleted IS NOT NEW.deleted OR OLD.voided_on IS NOT NEW.voided_on BEGIN DELETE FROM "
        "case_fact WHERE case_id = OLD.case_id AND school_year = CAST(substr(OLD.occurred_at, 1, "
        "4) AS INTEGER) - (substr(OLD.occurred_at, 6, 2) < '08'); INSERT INTO case_fact (case_id,"
        " school_year, first_contact, conversation) SELECT c.case_id, CAST(substr(c.occurred_at, "
        "1, 4) AS INTEGER) - (substr(c.occurred_at, 6, 2) < '08'), min(CASE WHEN c.kind != "
        "'invitation' THEN substr(c.occurred_at, 1, 10) END), max(c.kind = 'conversation') FROM "
        "contact AS c WHERE c.case_id = OLD.case_id AND c.deleted = 0 AND c.voided_on IS NULL AND"
        " CAST(substr(c.occurred_at, 1, 4) AS INTEGER) - (substr(c.occurred_at, 6, 2) < '08') = "
        "CAST(substr(OLD.occurred_at, 1, 4) AS INTEGER) - (substr(OLD.occurred_at, 6, 2) < '08') "
        "GROUP BY 1, 2; DELETE FROM case_fact WHERE case_id = NEW.case_id AND school_year = "
        "CAST(substr(NEW.occurred_at, 1, 4) AS INTEGER) - (substr(NEW.occurred_at, 6, 2) < '08');"
        " INSERT INTO case_fact (case_id, school_year, first_contact, conversation) SELECT "
        "c.case_id, CAST(substr(c.occurred_at, 1, 4) AS INTEGER) - (substr(c.occurred_at, 6, 2) <"
        " '08'), min(CASE WHEN c.kind != 'invitation' THEN substr(c.occurred_at, 1, 10) END), "
        "max(c.kind = 'conversation') FROM contact AS c WHERE c.case_id = NEW.case_id AND "
        "c.deleted = 0 AND c.voided_on IS NULL AND CAST(substr(c.occurred_at, 1, 4) AS INTEGER) -"
        " (substr(c.occurred_at, 6, 2) < '08') = CAST(substr(NEW.occurred_at, 1, 4) AS INTEGER) -"
        " (substr(NEW.occurred_at, 6, 2) < '08') GROUP BY 1, 2; END"
    ),
    (
        "CREATE TRIGGER case_fact_contact_delete AFTER DELETE ON contact BEGIN DELETE FROM "
        "case_fact WHERE case_id = OLD.case_id AND school_year = CAST(substr(OLD.occurred_at, 1, "
        "4) AS INTEGER) - (substr(OLD.occurred_at, 6, 2) < '08'); INSERT INTO case_fact (case_id,"
        " school_year, first_contact, conversation) SELECT c.case_id, CAST(substr(c.occurred_at, "
        "1, 4) AS INTEGER) - (substr(c.occurred_at, 6, 2) < '08'), min(CASE WHEN c.kind != "
        "'invitation' THEN substr(c.occurred_at, 1, 10) END), max(c.kind = 'conversation') FROM "
        "contact AS c WHERE c.case_id = OLD.case_id AND c.deleted = 0 AND c.voided_on IS NULL AND"
        " CAST(substr(c.occurred_at, 1, 4) AS INTEGER) - (substr(c.occurred_at, 6, 2) < '08') = "
        "CAST(substr(OLD.occurred_at, 1, 4) AS INTEGER) - (substr(OLD.occurred_at, 6, 2) < '08') "
        "GROUP BY 1, 2; END"
    ),
)
TRIGGER_NAMES = ("case_fact_contact_insert", "case_fact_contact_update", "case_fact_contact_delete")
FILL = (
    "INSERT INTO case_fact (case_id, school_year, first_contact, conversation) SELECT "
    "c.case_id, CAST(substr(c.occurred_at, 1, 4) AS INTEGER) - (substr(c.occurred_at, 6, 2) <"
    " '08'), min(CASE WHEN c.kind != 'invitation' THEN substr(c.occurred_at, 1, 10) END), "
    "max(c.kind = 'conversation') FROM contact AS c WHERE c.deleted = 0 AND c.voided_on IS "
    "NULL GROUP BY 1, 2"
)


def upgrade() -> None:
    op.create_table(
        "case_fact",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("school_year", sa.Integer(), nullable=False),
        sa.Column("first_contact", sa.Date(), nullable=True),
        sa.Column("conversation", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("case_id", "school_year"),
    )
    op.execute(FILL)
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("case_fact")
