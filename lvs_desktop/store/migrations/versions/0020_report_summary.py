"""One narrow row per live case for the annual report (issue 15, item 4): `case_summary`.

Per live case the columns the case figures read, the first live report and the first contact
that is not an invitation (see `models.case_summary`). Local and derived: it does not travel in
bundles. Filled from the vault at upgrade; the triggers on `case_file`, `report` and `case_fact`
keep it equal from then on. The trigger SQL is written out as it is at this revision;
`models.case_summary.TRIGGERS` holds the same text (a test compares the two).

Revision ID: 0020
Revises: 0019
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

TRIGGERS = (
    (
        "CREATE TRIGGER case_summary_case_insert AFTER INSERT ON case_file WHEN NEW.deleted = 0 "
        "BEGIN INSERT OR REPLACE INTO case_summary (case_id, youth_id, municipality_id, "
        "school_id, consultant_id, kind, opened_on, closed_on, closing_reason, first_report, "
        "first_contact) VALUES (NEW.id, NEW.youth_id, NEW.municipality_id, NEW.school_id, "
        "NEW.consultant_id, NEW.kind, NEW.opened_on, NEW.closed_on, NEW.closing_reason, (SELECT "
        "min(r.received_on) FROM report AS r WHERE r.case_id = NEW.id AND r.deleted = 0 AND "
        "r.voided_on IS NULL), (SELECT min(f.first_contact) FROM case_fact AS f WHERE f.case_id ="
        " NEW.id)); END"
    ),
    (
        "CREATE TRIGGER case_summary_case_update AFTER UPDATE ON case_file WHEN OLD.id IS NOT "
        "NEW.id OR OLD.youth_id IS NOT NEW.youth_id OR OLD.municipality_id IS NOT "
        "NEW.municipality_id OR OLD.school_id IS NOT NEW.school_id OR OLD.consultant_id IS NOT "
        "NEW.consultant_id OR OLD.kind IS NOT NEW.kind OR OLD.opened_on IS NOT NEW.opened_on OR "
        "OLD.closed_on IS NOT NEW.closed_on OR OLD.closing_reason IS NOT NEW.closing_reason OR "
        "OLD.deleted IS NOT NEW.deleted BEGIN DELETE FROM case_summary WHERE case_id = OLD.id; "
        "INSERT OR REPLACE INTO case_summary (case_id, youth_id, municipality_id, school_id, "
        "consultant_id, kind, opened_on, closed_on, closing_reason, first_report, first_contact) "
        "SELECT NEW.id, NEW.youth_id, NEW.municipality_id, NEW.school_id, NEW.consultant_id, "
        "NEW.kind, NEW.opened_on, NEW.closed_on, NEW.closing_reason, (SELECT min(r.received_on) "
        "FROM report AS r WHERE r.case_id = NEW.id AND r.deleted = 0 AND r.voided_on IS NULL), "
        "(SELECT min(f.first_contact) FROM case_fact AS f WHERE f.case_id = NEW.id) WHERE "
        "NEW.deleted = 0; END"
    ),
    (
        "CREATE TRIGGER case_summary_case_delete AFTER DELETE ON case_file BEGIN DELETE FROM "
        "case_summary WHERE case_id = OLD.id; END"
    ),
    (
        "CREATE TRIGGER case_summary_report_insert AFTER INSERT ON report WHEN NEW.deleted = 0 "
        "AND NEW.voided_on IS NULL BEGIN UPDATE case_summary SET first_report = (SELECT "
        "min(r.received_on) FROM report AS r WHERE r.case_id = NEW.case_id AND r.deleted = 0 AND "
        "r.voided_on IS NULL) WHERE case_id = NEW.case_id; END"
    ),
    (
        "CREATE TRIGGER case_summary_report_update AFTER UPDATE ON report WHEN OLD.case_id IS NOT"
        " NEW.case_id OR OLD.received_on IS NOT NEW.received_on OR OLD.deleted IS NOT NEW.deleted"
        " OR OLD.voided_on IS NOT NEW.voided_on BEGIN UPDATE case_summary SET first_report = "
        "(SELECT min(r.received_on) FROM report AS r WHERE r.case_id = OLD.case_id AND r.deleted "
        "= 0 AND r.voided_on IS NULL) WHERE case_id = OLD.case_id; UPDATE case_summary SET "
        "first_report = (SELECT min(r.received_on) FROM report AS r WHERE r.case_id = NEW.case_id"
        " AND r.deleted = 0 AND r.voided_on IS NULL) WHERE case_id = NEW.case_id; END"
    ),
    (
        "CREATE TRIGGER case_summary_report_delete AFTER DELETE ON report BEGIN UPDATE "
        "case_summary SET first_report = (SELECT min(r.received_on) FROM report AS r WHERE "
        "r.case_id = OLD.case_id AND r.deleted = 0 AND r.voided_on IS NULL) WHERE case_id = "
        "OLD.case_id; END"
    ),
    (
        "CREATE TRIGGER case_summary_fact_insert AFTER INSERT ON case_fact BEGIN UPDATE "
        "case_summary SET first_contact = (SELECT min(f.first_contact) FROM case_fact AS f WHERE "
        "f.case_id = NEW.case_id) WHERE case_id = NEW.case_id; END"
    ),
    (
        "CREATE TRIGGER case_summary_fact_update AFTER UPDATE ON case_fact BEGIN UPDATE "
        "case_summary SET first_contact = (SELECT min(f.first_contact) FROM case_fact AS f WHERE "
        "f.case_id = OLD.case_id) WHERE case_id = OLD.case_id; UPDATE case_summary SET "
        "first_contact = (SELECT min(f.first_contact) FROM case_fact AS f WHERE f.case_id = "
        "NEW.case_id) WHERE case_id = NEW.case_id; END"
    ),
    (
        "CREATE TRIGGER case_summary_fact_delete AFTER DELETE ON case_fact BEGIN UPDATE "
        "case_summary SET first_contact = (SELECT min(f.first_contact) FROM case_fact AS f WHERE "
        "f.case_id = OLD.case_id) WHERE case_id = OLD.case_id; END"
    ),
)
TRIGGER_NAMES = (
    "case_summary_case_insert",
    "case_summary_case_update",
    "case_summary_case_delete",
    "case_summary_report_insert",
    "case_summary_report_update",
    "case_summary_report_delete",
    "case_summary_fact_insert",
    "case_summary_fact_update",
    "case_summary_fact_delete",
)
FILL = (
    "INSERT OR REPLACE INTO case_summary (case_id, youth_id, municipality_id, school_id, "
    "consultant_id, kind, opened_on, closed_on, closing_reason, first_report, first_contact) "
    "SELECT c.id, c.youth_id, c.municipality_id, c.school_id, c.consultant_id, c.kind, "
    "c.opened_on, c.closed_on, c.closing_reason, (SELECT min(r.received_on) FROM report AS r "
    "WHERE r.case_id = c.id AND r.deleted = 0 AND r.voided_on IS NULL), (SELECT "
    "min(f.first_contact) FROM case_fact AS f WHERE f.case_id = c.id) FROM case_file AS c "
    "WHERE c.deleted = 0"
)


def upgrade() -> None:
    op.create_table(
        "case_summary",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("youth_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("consultant_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_reason", sa.String(length=40), nullable=True),
        sa.Column("first_report", sa.Date(), nullable=True),
        sa.Column("first_contact", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("case_id"),
    )
    op.execute(FILL)
    for sql in TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("case_summary")
