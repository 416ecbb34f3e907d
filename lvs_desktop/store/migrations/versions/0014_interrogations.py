"""A verhoor bound to its suspect, and the verbalisant's appointment (issue 11, L1).

- `contact`: who was heard (`heard_role` youth / guardian, `heard_guardian_id`), whether the
  suspicion was explained, counsel (waived / present, with a name), an interpreter, whether the
  statement was read back, and whether it was signed or signing was refused. Plain ADD COLUMNs
  (no table rebuild: contact is among the largest tables and carries the report-fact triggers).
  The guardian id has no foreign key, like `voided_by_id`.
- `consultant`: the appointment as leerplichtambtenaar (art. 16 Lpw): by whom and on which date.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

CONTACT_COLUMNS = (
    ("heard_role", sa.String(length=10)),
    ("heard_guardian_id", sa.String(length=36)),
    ("counsel", sa.String(length=20)),
    ("counsel_name", sa.String(length=120)),
    ("interpreter", sa.String(length=120)),
    ("signature", sa.String(length=10)),
)
CONTACT_FLAGS = ("suspicion_explained", "read_back")


def upgrade() -> None:
    for name, kind in CONTACT_COLUMNS:
        op.add_column("contact", sa.Column(name, kind, nullable=True))
    for name in CONTACT_FLAGS:
        op.add_column(
            "contact", sa.Column(name, sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.add_column("consultant", sa.Column("appointed_by", sa.String(length=160), nullable=True))
    op.add_column("consultant", sa.Column("appointed_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("consultant") as batch:
        batch.drop_column("appointed_on")
        batch.drop_column("appointed_by")
    for name in (*CONTACT_FLAGS, *(n for n, _ in reversed(CONTACT_COLUMNS))):
        op.drop_column("contact", name)
