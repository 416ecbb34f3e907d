"""Indexes for the annual report's grouped counts (issue 15, item 4).

On `case_summary` (local and derived, see `models.case_summary`): open cases per municipality
and consultant with their open days, the first report and first contact of each case, and
the case kind. On `task`: a partial covering index of the tasks that were ever late (not done,
or done after the due date), so the late-task pass reads the index alone, grouped by case in
index order. On `case_file`: a partial covering index of the cases with underlying problems
ticked, so that figure does not read the wide case rows. No table changes; the triggers of 0011 and 0020 stay as they are.

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_case_summary_open",
        "case_summary",
        ["municipality_id", "consultant_id", "opened_on", "closed_on"],
    )
    op.create_index(
        "ix_case_summary_report",
        "case_summary",
        ["first_report", "first_contact", "municipality_id", "opened_on", "closed_on"],
    )
    op.create_index("ix_case_summary_kind", "case_summary", ["kind"])
    op.create_index(
        "ix_task_late",
        "task",
        ["case_id", "due_on", "done_on"],
        sqlite_where=sa.text("deleted = 0 AND (done_on IS NULL OR done_on > due_on)"),
    )
    op.create_index(
        "ix_case_file_problems",
        "case_file",
        ["id", "problem_codes"],
        sqlite_where=sa.text("deleted = 0 AND problem_codes IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_case_file_problems", table_name="case_file")
    op.drop_index("ix_task_late", table_name="task")
    op.drop_index("ix_case_summary_kind", table_name="case_summary")
    op.drop_index("ix_case_summary_report", table_name="case_summary")
    op.drop_index("ix_case_summary_open", table_name="case_summary")
