"""RMC outreach, referrals to partners and the newcomer marker (issue 13, items 1, 2, 6).

Tables `outreach_step` and `referral` (synced, owned by a case; see `models.outreach`), two
columns on `youth` (the newcomer marker), and the reference lists they use: the outreach
phases, destinations and programmes, referral results, consent givers, newcomer origins; the
new case kinds (mbo signal "zonder perspectief", exit interview, RMC outreach) and the contact
mode "via een netwerkpartner".

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

REFERENCE: dict[str, list[tuple[str, str]]] = {
    "outreach_phase": [
        ("in_beeld", "In beeld"),
        ("benaderd", "Benaderd"),
        ("gesproken", "Gesproken"),
        ("traject", "Traject"),
        ("uitgestroomd", "Uitgestroomd"),
    ],
    "outreach_destination": [
        ("school", "School"),
        ("work", "Werk"),
        ("learning_working", "Leren en werken"),
        ("care", "Zorg"),
        ("dagbesteding", "Dagbesteding"),
        ("programme", "Programma"),
        ("moved", "Verhuisd"),
        ("not_reached", "Niet bereikt"),
    ],
    "outreach_programme": [("matchmakers", "MatchMakers")],
    "referral_result": [
        ("help_started", "Hulp of traject gestart"),
        ("not_started", "Niet gestart"),
        ("youth_declined", "Jongere zag ervan af"),
        ("other", "Anders"),
    ],
    "consent_by": [
        ("youth", "De jongere zelf"),
        ("guardian", "Ouder met gezag"),
    ],
    "newcomer_origin": [
        ("ukraine", "Oekraïne"),
        ("asylum", "Asiel (azc, statushouder)"),
        ("labour_migrant", "Arbeidsmigratie"),
        ("other", "Overig"),
    ],
}
# Added to lists that exist already, after their current entries.
APPENDED: dict[str, list[tuple[str, str]]] = {
    "case_kind": [
        ("rmc_outreach", "RMC-outreach (16-23 zonder startkwalificatie)"),
        ("mbo_no_perspective", "Mbo-signaal: student zonder perspectief"),
        ("exit_interview", "Exitgesprek (pilot)"),
    ],
    "contact_mode": [("network_partner", "Via een netwerkpartner")],
}


def _bookkeeping() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "outreach_step",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("consultant_id", sa.String(length=36), nullable=True),
        sa.Column("phase", sa.String(length=20), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("destination", sa.String(length=24), nullable=True),
        sa.Column("programme", sa.String(length=24), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["consultant_id"], ["consultant.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_outreach_step_case_id", "outreach_step", ["case_id"], unique=False)
    op.create_table(
        "referral",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("partner_id", sa.String(length=36), nullable=False),
        sa.Column("consultant_id", sa.String(length=36), nullable=True),
        sa.Column("referred_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("warm", sa.Boolean(), nullable=False),
        sa.Column("consent_by", sa.String(length=20), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("task_id", sa.String(length=36), nullable=True),
        sa.Column("accepted", sa.Boolean(), nullable=True),
        sa.Column("result_code", sa.String(length=24), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("result_on", sa.Date(), nullable=True),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(["case_id"], ["case_file.id"]),
        sa.ForeignKeyConstraint(["partner_id"], ["partner.id"]),
        sa.ForeignKeyConstraint(["consultant_id"], ["consultant.id"]),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_referral_case_id", "referral", ["case_id"], unique=False)
    op.add_column("youth", sa.Column("newcomer_origin", sa.String(length=20), nullable=True))
    op.add_column("youth", sa.Column("newcomer_arrived_on", sa.Date(), nullable=True))
    conn = op.get_bind()
    rows = [
        {"category": cat, "code": code, "label_nl": label, "sort_order": i, "active": True}
        for cat, items in REFERENCE.items()
        for i, (code, label) in enumerate(items)
    ]
    for cat, items in APPENDED.items():
        start = conn.execute(
            sa.text(
                "SELECT coalesce(max(sort_order), -1) + 1 FROM reference_code WHERE category = :c"
            ),
            {"c": cat},
        ).scalar_one()
        rows += [
            {
                "category": cat,
                "code": code,
                "label_nl": label,
                "sort_order": start + i,
                "active": True,
            }
            for i, (code, label) in enumerate(items)
        ]
    reference = sa.table(
        "reference_code",
        sa.column("category", sa.String),
        sa.column("code", sa.String),
        sa.column("label_nl", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(reference, rows)


def downgrade() -> None:
    for cat, items in APPENDED.items():
        for code, _label in items:
            op.execute(
                sa.text("DELETE FROM reference_code WHERE category = :c AND code = :k").bindparams(
                    c=cat, k=code
                )
            )
    for cat in REFERENCE:
        op.execute(sa.text("DELETE FROM reference_code WHERE category = :c").bindparams(c=cat))
    with op.batch_alter_table("youth") as batch:
        batch.drop_column("newcomer_arrived_on")
        batch.drop_column("newcomer_origin")
    op.drop_index("ix_referral_case_id", "referral")
    op.drop_table("referral")
    op.drop_index("ix_outreach_step_case_id", "outreach_step")
    op.drop_table("outreach_step")
