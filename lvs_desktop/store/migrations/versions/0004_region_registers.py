"""The region's registers: municipalities, schools, partners and the team roster.

Adds the college's postal address to municipalities; vestiging code, e-mail, website,
denomination and samenwerkingsverband to schools; akte number, sworn by and role to
consultants; an `archived` flag to every register (rows a case points to are never deleted);
the synced tables `partner`, `coverage` and `region_setting`; the reference lists
"partner_kind" and the school type "OVERIG". The region's settings (letterhead, deadline
terms, region name, suppression threshold) move from the local `setting` table into the
synced `region_setting` table so that they travel with the region bundle.

Revision ID: 0004
Revises: 0003
"""


import uuid
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Kept equal to lvs_desktop.models.region (a migration does not import the models).
REGION_SETTING_NAMESPACE = uuid.UUID("5b0d7c1e-3f0a-4c55-9a7e-2d41e6f0b9a3")
REGION_SETTING_KEYS = (
    "region_name",
    "letterhead",
    "deadline_terms",
    "report_suppression_threshold",
)

PARTNER_KINDS = [
    ("jeugdhulp", "Jeugdhulp"),
    ("wijkteam", "Wijkteam of sociaal team"),
    ("samenwerkingsverband", "Samenwerkingsverband passend onderwijs"),
    ("halt", "Halt"),
    ("om", "Openbaar Ministerie"),
    ("rvdk", "Raad voor de Kinderbescherming"),
    ("svb", "Sociale Verzekeringsbank"),
    ("ggd_jgz", "GGD / jeugdgezondheidszorg"),
    ("matchmakers", "MatchMakers"),
    ("programma", "Programma of project"),
    ("overig", "Overig"),
]

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
    false = sa.false()
    with op.batch_alter_table("municipality") as batch:
        batch.add_column(sa.Column("college_name", sa.String(length=160), nullable=True))
        batch.add_column(sa.Column("postal_street", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("postal_house_number", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("postal_postcode", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("postal_city", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("archived", sa.Boolean(), nullable=False, server_default=false))
    with op.batch_alter_table("school") as batch:
        batch.add_column(sa.Column("vestiging", sa.String(length=4), nullable=True))
        batch.add_column(sa.Column("email", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("website", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("denomination", sa.String(length=60), nullable=True))
        batch.add_column(sa.Column("samenwerkingsverband", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("archived", sa.Boolean(), nullable=False, server_default=false))
    op.create_index("ix_school_brin_vestiging", "school", ["brin", "vestiging"])
    with op.batch_alter_table("consultant") as batch:
        batch.add_column(sa.Column("akte_number", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("sworn_by", sa.String(length=10), nullable=True))
        batch.add_column(
            sa.Column("role", sa.String(length=16), nullable=False, server_default="consultant")
        )
    op.execute("UPDATE consultant SET role = 'team_lead' WHERE is_team_lead")
    op.create_table(
        "partner",
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("contact_name", sa.String(length=120), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("notes", sa.String(length=500), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        *_bookkeeping(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "coverage",
        sa.Column("consultant_id", sa.String(length=36), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        *_bookkeeping(),
        sa.ForeignKeyConstraint(["consultant_id"], ["consultant.id"]),
        sa.ForeignKeyConstraint(["municipality_id"], ["municipality.id"]),
        sa.ForeignKeyConstraint(["school_id"], ["school.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_coverage_consultant_id"), "coverage", ["consultant_id"], unique=False)
    op.create_table(
        "region_setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        *_bookkeeping(),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    _move_region_settings()
    reference = sa.table(
        "reference_code",
        sa.column("category", sa.String),
        sa.column("code", sa.String),
        sa.column("label_nl", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    rows = [
        {"category": "partner_kind", "code": c, "label_nl": label, "sort_order": i, "active": True}
        for i, (c, label) in enumerate(PARTNER_KINDS)
    ]
    rows.append(
        {
            "category": "school_type",
            "code": "OVERIG",
            "label_nl": "Overig onderwijs",
            "sort_order": 5,
            "active": True,
        }
    )
    op.bulk_insert(reference, rows)


def _move_region_settings() -> None:
    """Region settings leave the local table for the synced one (no bookkeeping yet: the
    next change stamps it; until then any incoming version wins)."""
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    for key in REGION_SETTING_KEYS:
        value = conn.execute(
            sa.text("SELECT value FROM setting WHERE key = :key"), {"key": key}
        ).scalar()
        if value is None:
            continue
        conn.execute(
            sa.text(
                "INSERT INTO region_setting (id, key, value, created_at, updated_at, deleted, "
                "vv, dots) VALUES (:id, :key, :value, :now, :now, 0, '{}', '{}')"
            ),
            {
                "id": str(uuid.uuid5(REGION_SETTING_NAMESPACE, key)),
                "key": key,
                "value": value,
                "now": now,
            },
        )
        conn.execute(sa.text("DELETE FROM setting WHERE key = :key"), {"key": key})


def downgrade() -> None:
    conn = op.get_bind()
    for key, value in conn.execute(sa.text("SELECT key, value FROM region_setting")).all():
        if value is not None:
            conn.execute(
                sa.text("INSERT OR REPLACE INTO setting (key, value) VALUES (:key, :value)"),
                {"key": key, "value": value},
            )
    op.execute(
        "DELETE FROM reference_code WHERE category = 'partner_kind' "
        "OR (category = 'school_type' AND code = 'OVERIG')"
    )
    op.drop_table("region_setting")
    op.drop_index(op.f("ix_coverage_consultant_id"), "coverage")
    op.drop_table("coverage")
    op.drop_table("partner")
    with op.batch_alter_table("consultant") as batch:
        batch.drop_column("role")
        batch.drop_column("sworn_by")
        batch.drop_column("akte_number")
    op.drop_index("ix_school_brin_vestiging", "school")
    with op.batch_alter_table("school") as batch:
        for column in (
            "archived",
            "samenwerkingsverband",
            "denomination",
            "website",
            "email",
            "vestiging",
        ):
            batch.drop_column(column)
    with op.batch_alter_table("municipality") as batch:
        for column in (
            "archived",
            "postal_city",
            "postal_postcode",
            "postal_house_number",
            "postal_street",
            "college_name",
        ):
            batch.drop_column(column)
