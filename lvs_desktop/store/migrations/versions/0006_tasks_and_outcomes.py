"""Tasks that can be finished and outcomes recorded later (exemptions, Halt, PV, RvdK, SVB).

- `task.status` (open / done / not_needed) and `task.done_note`; a task already done keeps
  its `done_on` and becomes "done".
- `exemption.advice_requested_on`, `exemption.advice_from`: received -> advice asked ->
  decided on the one record.
- `enforcement`: `outcome_note`, and a PV's course: `sent_on` (to the OM), `om_decision`
  (+ date), `court_outcome` (+ date), `fine_cents`.
- Reference lists: "task_status", "om_decision", "court_outcome", an outcome list per kind of
  step ("outcome_halt", "outcome_rvdk_request", "outcome_svb_report", "outcome_warning",
  "outcome_fine"), and the lists that say how a course may go on: "court_after" (OM
  decisions after which a court rules), "amount_required" (outcomes that carry an amount),
  "outcome_interim" (outcomes that a later one may follow). The new outcome codes are added
  to "enforcement_outcome" for their labels, and its "failed" reads "Niet afgerond".

Revision ID: 0006
Revises: 0005
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

REFERENCE: dict[str, list[tuple[str, str]]] = {
    "task_status": [
        ("open", "Open"),
        ("done", "Gedaan"),
        ("not_needed", "Niet nodig"),
    ],
    "om_decision": [
        ("sepot", "Sepot"),
        ("strafbeschikking", "Strafbeschikking"),
        ("dagvaarding", "Dagvaarding"),
    ],
    "court_outcome": [
        ("geldboete", "Geldboete"),
        ("taakstraf", "Taakstraf"),
        ("jeugdreclassering", "Jeugdreclassering"),
        ("vrijspraak", "Vrijspraak"),
    ],
    "court_after": [
        ("dagvaarding", "Na een dagvaarding doet de rechter uitspraak"),
    ],
    "amount_required": [
        ("geldboete", "Een geldboete heeft een bedrag"),
    ],
    "outcome_halt": [
        ("completed", "Afgerond"),
        ("failed", "Niet afgerond, terug naar LVS"),
    ],
    "outcome_rvdk_request": [
        ("rvdk_investigation", "Raad start onderzoek"),
        ("rvdk_measure", "Kinderbeschermingsmaatregel"),
        ("rvdk_no_measure", "Geen maatregel, terug naar LVS"),
        ("rvdk_declined", "Verzoek niet in behandeling genomen"),
    ],
    "outcome_svb_report": [
        ("svb_stopped", "Kinderbijslag stopgezet of teruggevorderd"),
        ("svb_no_change", "Geen gevolgen voor de kinderbijslag"),
    ],
    "outcome_warning": [
        ("completed", "Afgerond: verzuim gestopt"),
        ("failed", "Niet opgevolgd"),
    ],
    "outcome_fine": [
        ("fined", "Boete opgelegd"),
        ("dismissed", "Geseponeerd"),
        ("convicted", "Veroordeeld"),
        ("completed", "Afgerond"),
    ],
    "outcome_interim": [
        ("rvdk_investigation", "Raad start onderzoek"),
    ],
}

# New codes of the general list, after its six entries of 0001.
ENFORCEMENT_OUTCOMES = [
    ("rvdk_investigation", "Raad start onderzoek"),
    ("rvdk_measure", "Kinderbeschermingsmaatregel"),
    ("rvdk_no_measure", "Geen maatregel, terug naar LVS"),
    ("rvdk_declined", "Verzoek niet in behandeling genomen"),
    ("svb_stopped", "Kinderbijslag stopgezet of teruggevorderd"),
    ("svb_no_change", "Geen gevolgen voor de kinderbijslag"),
]

REFERENCE_TABLE = sa.table(
    "reference_code",
    sa.column("category", sa.String),
    sa.column("code", sa.String),
    sa.column("label_nl", sa.String),
    sa.column("sort_order", sa.Integer),
    sa.column("active", sa.Boolean),
)


def enforcement_columns() -> list[sa.Column[Any]]:
    """New each call: a Column belongs to one table."""
    return [
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("om_decision", sa.String(length=20), nullable=True),
        sa.Column("om_decision_on", sa.Date(), nullable=True),
        sa.Column("court_outcome", sa.String(length=20), nullable=True),
        sa.Column("court_outcome_on", sa.Date(), nullable=True),
        sa.Column("fine_cents", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    # Plain ADD COLUMNs: no table rebuild.
    op.add_column(
        "task", sa.Column("status", sa.String(length=20), nullable=False, server_default="open")
    )
    op.add_column("task", sa.Column("done_note", sa.Text(), nullable=True))
    op.execute("UPDATE task SET status = 'done' WHERE done_on IS NOT NULL")
    op.add_column("exemption", sa.Column("advice_requested_on", sa.Date(), nullable=True))
    op.add_column("exemption", sa.Column("advice_from", sa.String(length=120), nullable=True))
    for column in enforcement_columns():
        op.add_column("enforcement", column)
    rows = [
        {"category": cat, "code": code, "label_nl": label, "sort_order": i, "active": True}
        for cat, items in REFERENCE.items()
        for i, (code, label) in enumerate(items)
    ]
    rows += [
        {
            "category": "enforcement_outcome",
            "code": code,
            "label_nl": label,
            "sort_order": 10 + i,
            "active": True,
        }
        for i, (code, label) in enumerate(ENFORCEMENT_OUTCOMES)
    ]
    op.bulk_insert(REFERENCE_TABLE, rows)
    _relabel_failed("Niet afgerond")  # the Halt figures say what the dialog says


def _relabel_failed(label: str) -> None:
    op.execute(
        REFERENCE_TABLE.update()
        .where(
            REFERENCE_TABLE.c.category == "enforcement_outcome",
            REFERENCE_TABLE.c.code == "failed",
        )
        .values(label_nl=label)
    )


def downgrade() -> None:
    _relabel_failed("Mislukt")
    codes = [code for code, _ in ENFORCEMENT_OUTCOMES]
    op.execute(
        REFERENCE_TABLE.delete().where(
            sa.or_(
                REFERENCE_TABLE.c.category.in_(list(REFERENCE)),
                sa.and_(
                    REFERENCE_TABLE.c.category == "enforcement_outcome",
                    REFERENCE_TABLE.c.code.in_(codes),
                ),
            )
        )
    )
    with op.batch_alter_table("enforcement") as batch:
        for column in reversed(enforcement_columns()):
            batch.drop_column(column.name)
    with op.batch_alter_table("exemption") as batch:
        batch.drop_column("advice_from")
        batch.drop_column("advice_requested_on")
    with op.batch_alter_table("task") as batch:
        batch.drop_column("done_note")
        batch.drop_column("status")
