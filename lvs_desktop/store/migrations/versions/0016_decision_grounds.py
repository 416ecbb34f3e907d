"""Decision letters and who was at a conversation (issue 11, defects 3 and 8).

`exemption.grounds`: the motivation of a decision, required before a decision letter is drawn
(the letter used to fall back on "Uw aanvraag voldoet aan de voorwaarden" for every outcome).
`exemption.head_consulted_on`: extra leave over ten days is decided after hearing the head of
the school (art. 14 lid 3 Lpw); the letter says when. `contact.guardians_present`: the ids of
the parents who were at a conversation (comma-separated), so that a parent who was not there
gets the informational agreements letter.

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exemption") as batch:
        batch.add_column(sa.Column("grounds", sa.Text(), nullable=True))
        batch.add_column(sa.Column("head_consulted_on", sa.Date(), nullable=True))
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("guardians_present", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("guardians_present")
    with op.batch_alter_table("exemption") as batch:
        batch.drop_column("head_consulted_on")
        batch.drop_column("grounds")
