"""The first schema: every core entity with its sync bookkeeping, and the reference lists.

Revision ID: 0001
Revises: -
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# Reference lists as the law and the region had them when this schema was made (DOMAIN §2–§4,
# §6). Later changes come in later migrations; a region may switch entries off.
REFERENCE: dict[str, list[tuple[str, str]]] = {
    "report_type": [
        ("16_hours", "16 uur in 4 weken"),
        ("long_term_relative", "Langdurig relatief verzuim"),
        ("luxe", "Luxe verzuim"),
        ("other", "Overig verzuim"),
        ("18_plus", "18-plus verzuim"),
    ],
    "case_kind": [
        ("relative_absence", "Relatief verzuim"),
        ("luxe", "Luxe verzuim"),
        ("absolute_absence", "Absoluut verzuim"),
        ("thuiszitter", "Thuiszitter"),
        ("exemption", "Vrijstelling"),
        ("replacement_education", "Vervangende leerplicht"),
        ("absence_18_plus", "18-plus verzuim"),
        ("early_school_leaver", "Voortijdig schoolverlaten"),
        ("screening_17", "Screening 17-jarige"),
    ],
    "case_status": [
        ("in_behandeling", "In behandeling"),
        ("afgesloten", "Afgesloten"),
        ("ter_kennisgeving", "Ter kennisgeving aangenomen"),
    ],
    "closing_reason": [
        ("back_to_school", "Terug naar school / onderwijs hervat"),
        ("enrolment_ended_education", "Inschrijving beëindigd – ander onderwijs"),
        ("enrolment_ended_work", "Inschrijving beëindigd – werk"),
        ("enrolment_ended_other", "Inschrijving beëindigd – overig"),
        ("deceased", "Inschrijving beëindigd – leerling overleden"),
        ("no_absence_ill", "Geen verzuim – langdurig ziek"),
        ("no_absence_legitimate", "Geen verzuim – geoorloofd afwezig"),
    ],
    "closing_note": [
        ("seen", "Leerling gezien door de gemeente"),
        ("action_taken", "Er wordt actie ondernomen"),
        ("no_action", "Geen verdere actie"),
    ],
    "mas_route": [
        ("voluntary_care", "Vrijwillige hulp"),
        ("halt", "Halt"),
        ("civil", "Civielrechtelijk (Raad voor de Kinderbescherming)"),
        ("criminal", "Strafrechtelijk (proces-verbaal)"),
    ],
    "exemption_article": [
        ("5a", "Art. 5 onder a – lichamelijk of psychisch ongeschikt"),
        ("5b", "Art. 5 onder b – bedenkingen tegen de richting"),
        ("5c", "Art. 5 onder c – ingeschreven bij een school in het buitenland"),
        ("15", "Art. 15 – kwalificatieplicht op andere wijze"),
        ("3a", "Art. 3a – vervangende leerplicht"),
        ("3b", "Art. 3b – vervangende leerplicht laatste jaar"),
        ("11g", "Art. 11 onder g / 14 – extra verlof meer dan 10 dagen"),
        ("13a", "Art. 13a – vakantieverlof wegens beroep ouder"),
    ],
    "exemption_outcome": [
        ("pending", "In behandeling"),
        ("afgegeven", "Afgegeven"),
        ("ingetrokken", "Ingetrokken"),
        ("ongegrond", "Ongegrond"),
        ("afgewezen", "Afgewezen"),
    ],
    "contact_mode": [
        ("home_visit", "Huisbezoek"),
        ("phone", "Telefoon"),
        ("school", "Op school"),
        ("office", "Op kantoor"),
        ("whatsapp", "WhatsApp"),
        ("email", "E-mail"),
        ("letter", "Brief"),
        ("video", "Beeldbellen"),
    ],
    "contact_kind": [
        ("conversation", "Gesprek"),
        ("attempt", "Contactpoging"),
        ("invitation", "Uitnodiging"),
    ],
    "enforcement_kind": [
        ("warning", "Waarschuwing"),
        ("halt", "Halt-verwijzing"),
        ("pv_parent", "Proces-verbaal ouder"),
        ("pv_pupil", "Proces-verbaal leerling"),
        ("fine", "Strafbeschikking / boete"),
        ("svb_report", "Melding SVB (kinderbijslag)"),
        ("rvdk_request", "Verzoek aan de Raad voor de Kinderbescherming"),
    ],
    "enforcement_outcome": [
        ("pending", "Loopt"),
        ("completed", "Afgerond"),
        ("failed", "Mislukt"),
        ("dismissed", "Geseponeerd"),
        ("convicted", "Veroordeeld"),
        ("fined", "Boete opgelegd"),
    ],
    "absence_kind": [
        ("relative", "Relatief verzuim"),
        ("absolute", "Absoluut verzuim"),
        ("luxe", "Luxe verzuim"),
    ],
    "school_type": [
        ("PO", "Primair onderwijs"),
        ("SO", "Speciaal onderwijs"),
        ("VSO", "Voortgezet speciaal onderwijs"),
        ("VO", "Voortgezet onderwijs"),
        ("MBO", "Middelbaar beroepsonderwijs"),
    ],
    "letter_kind": [
        ("invitation-1", "Uitnodiging gesprek (1e)"),
        ("invitation-2", "Uitnodiging gesprek (2e)"),
        ("invitation-3", "Uitnodiging gesprek (3e)"),
        ("summons", "Oproeping verhoor als verdachte"),
        ("warning", "Waarschuwing"),
        ("notice", "Schriftelijke kennisgeving licht verzuim"),
        ("agreements", "Bevestiging van afspraken"),
        ("absolute-enquiry", "Absoluut verzuim: bij welke school ingeschreven?"),
        ("decision", "Besluit op aanvraag"),
        ("exemption-ending", "Brief aan 17-jarige: vrijstelling eindigt"),
        ("early-leaver", "Brief aan voortijdig schoolverlater"),
        ("halt-referral", "Halt-verwijzing (concept)"),
        ("proces-verbaal", "Proces-verbaal (concept)"),
    ],
}


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_audit_event_record_id"), "audit_event", ["record_id"], unique=False)
    op.create_table(
        "consultant",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("function_title", sa.String(length=120), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("boa_number", sa.String(length=40), nullable=True),
        sa.Column("akte_expires_on", sa.Date(), nullable=True),
        sa.Column("is_team_lead", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "municipality",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("cbs_code", sa.String(length=8), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "reference_code",
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label_nl", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("category", "code"),
    )
    op.create_table(
        "replica_state",
        sa.Column("replica_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=True),
        sa.Column("clock_flagged_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("replica_id"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "school",
        sa.Column("brin", sa.String(length=8), nullable=True),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("school_type", sa.String(length=8), nullable=False),
        sa.Column("subtype", sa.String(length=40), nullable=True),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("contact_name", sa.String(length=120), nullable=True),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "youth",
        sa.Column("bsn", sa.String(length=9), nullable=True),
        sa.Column("given_names", sa.String(length=120), nullable=False),
        sa.Column("surname_prefix", sa.String(length=20), nullable=True),
        sa.Column("surname", sa.String(length=120), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("birth_place", sa.String(length=80), nullable=True),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("grade", sa.String(length=20), nullable=True),
        sa.Column("startkwalificatie_on", sa.Date(), nullable=True),
        sa.Column("no_kwalificatieplicht", sa.Boolean(), nullable=False),
        sa.Column("first_school_day", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
        ),
        sa.ForeignKeyConstraint(
            ["school_id"],
            ["school.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_youth_bsn"), "youth", ["bsn"], unique=False)
    op.create_index(op.f("ix_youth_surname"), "youth", ["surname"], unique=False)
    op.create_table(
        "case_file",
        sa.Column("reference", sa.String(length=24), nullable=False),
        sa.Column("youth_id", sa.String(length=36), nullable=False),
        sa.Column("consultant_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("closing_reason", sa.String(length=40), nullable=True),
        sa.Column("closing_note", sa.String(length=40), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("underlying_problems", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
        ),
        sa.ForeignKeyConstraint(
            ["school_id"],
            ["school.id"],
        ),
        sa.ForeignKeyConstraint(
            ["youth_id"],
            ["youth.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_case_file_consultant_id"), "case_file", ["consultant_id"], unique=False
    )
    op.create_index(op.f("ix_case_file_reference"), "case_file", ["reference"], unique=False)
    op.create_index(op.f("ix_case_file_youth_id"), "case_file", ["youth_id"], unique=False)
    op.create_table(
        "guardian",
        sa.Column("youth_id", sa.String(length=36), nullable=False),
        sa.Column("given_names", sa.String(length=120), nullable=True),
        sa.Column("initials", sa.String(length=20), nullable=True),
        sa.Column("surname_prefix", sa.String(length=20), nullable=True),
        sa.Column("surname", sa.String(length=120), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("has_authority", sa.Boolean(), nullable=False),
        sa.Column("is_carer", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=120), nullable=True),
        sa.Column("street", sa.String(length=120), nullable=True),
        sa.Column("house_number", sa.String(length=20), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["youth_id"],
            ["youth.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_guardian_youth_id"), "guardian", ["youth_id"], unique=False)
    op.create_table(
        "contact",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("consultant_id", sa.String(length=36), nullable=True),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=True),
        sa.Column("participants", sa.Text(), nullable=True),
        sa.Column("location", sa.String(length=160), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=True),
        sa.Column("is_interrogation", sa.Boolean(), nullable=False),
        sa.Column("cautie_given", sa.Boolean(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["consultant_id"],
            ["consultant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_contact_case_id"), "contact", ["case_id"], unique=False)
    op.create_table(
        "enforcement",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("absence_kind", sa.String(length=20), nullable=False),
        sa.Column("subject_guardian_id", sa.String(length=36), nullable=True),
        sa.Column("dated_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=True),
        sa.Column("halt_hours", sa.Float(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["subject_guardian_id"],
            ["guardian.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_enforcement_case_id"), "enforcement", ["case_id"], unique=False)
    op.create_table(
        "exemption",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("youth_id", sa.String(length=36), nullable=False),
        sa.Column("article", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["youth_id"],
            ["youth.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_exemption_case_id"), "exemption", ["case_id"], unique=False)
    op.create_index(op.f("ix_exemption_youth_id"), "exemption", ["youth_id"], unique=False)
    op.create_table(
        "letter",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("recipient_kind", sa.String(length=20), nullable=False),
        sa.Column("recipient_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_name", sa.String(length=240), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("printed_at", sa.DateTime(), nullable=True),
        sa.Column("finalised", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["consultant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_letter_case_id"), "letter", ["case_id"], unique=False)
    op.create_table(
        "report",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=True),
        sa.Column("report_type", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("hours_absent", sa.Float(), nullable=False),
        sa.Column("days_absent", sa.Float(), nullable=False),
        sa.Column("late_count", sa.Integer(), nullable=False),
        sa.Column("hours_unit", sa.String(length=10), nullable=False),
        sa.Column("all_lessons_missed", sa.Boolean(), nullable=False),
        sa.Column("suspected_reason", sa.Text(), nullable=True),
        sa.Column("school_actions", sa.Text(), nullable=True),
        sa.Column("school_wants_action", sa.Boolean(), nullable=False),
        sa.Column("reporter_name", sa.String(length=120), nullable=True),
        sa.Column("reporter_function", sa.String(length=120), nullable=True),
        sa.Column("reporter_phone", sa.String(length=40), nullable=True),
        sa.Column("reporter_email", sa.String(length=120), nullable=True),
        sa.Column("duo_number", sa.String(length=40), nullable=True),
        sa.Column("duo_status", sa.String(length=40), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["school_id"],
            ["school.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_report_case_id"), "report", ["case_id"], unique=False)
    op.create_table(
        "route_decision",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("route", sa.String(length=40), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by_id", sa.String(length=36), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("eligible", sa.Boolean(), nullable=False),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["consultant.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_route_decision_case_id"), "route_decision", ["case_id"], unique=False)
    op.create_table(
        "task",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("vv", sa.JSON(), nullable=False),
        sa.Column("dots", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["consultant.id"],
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_task_case_id"), "task", ["case_id"], unique=False)
    table = sa.table(
        "reference_code",
        sa.column("category", sa.String),
        sa.column("code", sa.String),
        sa.column("label_nl", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        table,
        [
            {"category": cat, "code": code, "label_nl": label, "sort_order": i, "active": True}
            for cat, items in REFERENCE.items()
            for i, (code, label) in enumerate(items)
        ],
    )


def downgrade() -> None:
    op.drop_table("task")
    op.drop_table("route_decision")
    op.drop_table("report")
    op.drop_table("letter")
    op.drop_table("exemption")
    op.drop_table("enforcement")
    op.drop_table("contact")
    op.drop_table("guardian")
    op.drop_table("case_file")
    op.drop_table("youth")
    op.drop_table("school")
    op.drop_table("setting")
    op.drop_table("replica_state")
    op.drop_table("reference_code")
    op.drop_table("municipality")
    op.drop_table("consultant")
    op.drop_table("audit_event")
