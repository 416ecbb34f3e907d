"""Per-case contact facts for the annual report (issue 15, item 4): local, derived, never synced.

`case_fact` holds, per case and school year (by start year), what the report needs from the
contacts: the day of the first live contact that is not an invitation, and whether there was a
live conversation. It is exactly the result of `CONTACTS_SQL` (`reports.facts`) over the
contact table, so the report reads about 50,000 small rows instead of aggregating 300,000
contacts (1.0 s of SQLCipher reading on the five-year region).

Kept equal to the contacts by the triggers below, in the same transaction as every write to
`contact`, whatever writes it: a service's unit of work, the sync importer, a purge, the demo
builder or raw SQL. An insert of a live contact folds into its group (first day = the smaller,
conversation = either); any other change to a field the facts depend on, and any delete,
recomputes the old and the new group from the contact table (the case's contacts, by
`ix_contact_case_time`). Ids, a school year, a day and a flag: no personal data.

The same trigger SQL is in migration 0011 (which also fills the table for existing vaults);
`services.reports.rebuild_case_facts` recomputes it all. A later migration that rebuilds the
`contact` table (batch mode) must create these triggers again.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import DDL, Boolean, Date, Integer, String, event
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base


def _year(row: str) -> str:
    at = f"{row}.occurred_at"
    return f"CAST(substr({at}, 1, 4) AS INTEGER) - (substr({at}, 6, 2) < '08')"


def _first(row: str) -> str:
    return f"CASE WHEN {row}.kind != 'invitation' THEN substr({row}.occurred_at, 1, 10) END"


def _live(row: str) -> str:
    return f"{row}.deleted = 0 AND {row}.voided_on IS NULL"


def _recompute(row: str) -> str:
    """Statements that make the group of `row` (OLD or NEW) equal to its live contacts."""
    return (
        f"DELETE FROM case_fact WHERE case_id = {row}.case_id AND school_year = {_year(row)}; "
        "INSERT INTO case_fact (case_id, school_year, first_contact, conversation) "
        f"SELECT c.case_id, {_year('c')}, min({_first('c')}), max(c.kind = 'conversation') "
        f"FROM contact AS c WHERE c.case_id = {row}.case_id AND {_live('c')} "
        f"AND {_year('c')} = {_year(row)} GROUP BY 1, 2; "
    )


#: The group of a contact depends on these fields; a change to any other leaves the facts alone.
DEPENDS_ON = ("case_id", "occurred_at", "kind", "deleted", "voided_on")

TRIGGERS: dict[str, str] = {
    "case_fact_contact_insert": (
        "CREATE TRIGGER case_fact_contact_insert AFTER INSERT ON contact "
        f"WHEN {_live('NEW')} BEGIN "
        "INSERT INTO case_fact (case_id, school_year, first_contact, conversation) "
        f"VALUES (NEW.case_id, {_year('NEW')}, {_first('NEW')}, NEW.kind = 'conversation') "
        "ON CONFLICT (case_id, school_year) DO UPDATE SET "
        "first_contact = CASE WHEN excluded.first_contact IS NULL THEN first_contact "
        "WHEN first_contact IS NULL THEN excluded.first_contact "
        "ELSE min(first_contact, excluded.first_contact) END, "
        "conversation = max(conversation, excluded.conversation); END"
    ),
    "case_fact_contact_update": (
        "CREATE TRIGGER case_fact_contact_update AFTER UPDATE ON contact WHEN "
        + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in DEPENDS_ON)
        + f" BEGIN {_recompute('OLD')}{_recompute('NEW')}END"
    ),
    "case_fact_contact_delete": (
        "CREATE TRIGGER case_fact_contact_delete AFTER DELETE ON contact "
        f"BEGIN {_recompute('OLD')}END"
    ),
}

#: Fill (or refill) the whole table from the contacts: the migration and the rebuild.
REBUILD_SQL = (
    "INSERT INTO case_fact (case_id, school_year, first_contact, conversation) "
    f"SELECT c.case_id, {_year('c')}, min({_first('c')}), max(c.kind = 'conversation') "
    f"FROM contact AS c WHERE {_live('c')} GROUP BY 1, 2"
)


class CaseYearFact(Base):
    """Per case and school year: the first live contact that is not an invitation (a day, or
    none), and whether a live conversation took place. Derived from `contact`; not synced."""

    __tablename__ = "case_fact"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    school_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    first_contact: Mapped[date | None] = mapped_column(Date, default=None)
    conversation: Mapped[bool] = mapped_column(Boolean, default=False)


def _create_triggers(target: Any, connection: Any, **kw: Any) -> None:
    for sql in TRIGGERS.values():
        DDL(sql).execute_if(dialect="sqlite")(target, connection, **kw)  # type: ignore[no-untyped-call]


event.listen(Base.metadata, "after_create", _create_triggers)  # after `contact` exists
