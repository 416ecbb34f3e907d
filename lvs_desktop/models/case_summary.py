"""One narrow row per live case for the annual report (issue 15, item 4): local, derived, never
synced.

`case_summary` holds what the case figures read of a case (youth, municipality and school at
opening, consultant, kind, opened/closed days, closing reason) plus two derived days: the
first live report (`min(report.received_on)` over live, not voided reports) and the first
contact that is not an invitation (`min(case_fact.first_contact)`, itself kept from the
contacts). So the report reads one row of about 200 bytes per case instead of the case rows
(with their free text), a grouping of every report and the contact facts.

Kept equal by the triggers below, in the same transaction as every write, whatever writes it
(services, the sync importer, a purge, a merge, raw SQL): on `case_file` (a live case has a
row; a change to a column it copies rewrites the row; a tombstone or delete removes it), on
`report` (the case's first report recomputed by `ix_report_case_id`) and on `case_fact` (the
case's first contact recomputed from its few year rows). Ids, codes and days: no personal data.

The same trigger SQL is in migration 0020 (which also fills the table for existing vaults);
`services.reports.rebuild_case_facts` recomputes it with `case_fact`. A later migration that
rebuilds `case_file`, `report` or `case_fact` (batch mode) must create these triggers again.

The indexes (migration 0021) let the case figures count in grouped SQL over index pages alone,
a few dozen rows back instead of one Python object per case: open cases per consultant at
each reference date (`ix_case_summary_open`), the first report and first contact
(`ix_case_summary_report`), the cases of one kind (`ix_case_summary_kind`), the tasks that
were ever late, per case (`ix_task_late`, a partial index on `task`), and the cases with
underlying problems ticked (`ix_case_file_problems`, a partial index on `case_file`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import DDL, Date, Index, String, event, text
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base
from lvs_desktop.models.casework import Case, Task

#: Copied from `case_file` (its `id` as `case_id`); a change to one of these (or `deleted`)
#: rewrites the row.
COPIED = (
    "youth_id",
    "municipality_id",
    "school_id",
    "consultant_id",
    "kind",
    "opened_on",
    "closed_on",
    "closing_reason",
)
COLUMNS = ("case_id", *COPIED, "first_report", "first_contact")


def first_report(case: str) -> str:
    """SQL: the day the first live, not voided report on case `case` came in (or NULL)."""
    return (
        "(SELECT min(r.received_on) FROM report AS r WHERE r.case_id = "
        f"{case} AND r.deleted = 0 AND r.voided_on IS NULL)"
    )


def first_contact(case: str) -> str:
    """SQL: the first contact that is not an invitation on case `case` (or NULL)."""
    return f"(SELECT min(f.first_contact) FROM case_fact AS f WHERE f.case_id = {case})"


def _row(case: str) -> str:
    copied = ", ".join(f"{case}.{c}" for c in COPIED)
    return f"{case}.id, {copied}, {first_report(case + '.id')}, {first_contact(case + '.id')}"


_INSERT = f"INSERT OR REPLACE INTO case_summary ({', '.join(COLUMNS)}) "


def _set(column: str, value: str, case: str) -> str:
    return f"UPDATE case_summary SET {column} = {value} WHERE case_id = {case}; "


_REPORT_DEPENDS = ("case_id", "received_on", "deleted", "voided_on")
_CASE_DEPENDS = ("id", *COPIED, "deleted")


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)


TRIGGERS: dict[str, str] = {
    "case_summary_case_insert": (
        "CREATE TRIGGER case_summary_case_insert AFTER INSERT ON case_file "
        f"WHEN NEW.deleted = 0 BEGIN {_INSERT}VALUES ({_row('NEW')}); END"
    ),
    "case_summary_case_update": (
        "CREATE TRIGGER case_summary_case_update AFTER UPDATE ON case_file "
        f"WHEN {_changed(_CASE_DEPENDS)} BEGIN "
        "DELETE FROM case_summary WHERE case_id = OLD.id; "
        f"{_INSERT}SELECT {_row('NEW')} WHERE NEW.deleted = 0; END"
    ),
    "case_summary_case_delete": (
        "CREATE TRIGGER case_summary_case_delete AFTER DELETE ON case_file "
        "BEGIN DELETE FROM case_summary WHERE case_id = OLD.id; END"
    ),
    "case_summary_report_insert": (
        "CREATE TRIGGER case_summary_report_insert AFTER INSERT ON report "
        "WHEN NEW.deleted = 0 AND NEW.voided_on IS NULL BEGIN "
        f"{_set('first_report', first_report('NEW.case_id'), 'NEW.case_id')}END"
    ),
    "case_summary_report_update": (
        "CREATE TRIGGER case_summary_report_update AFTER UPDATE ON report "
        f"WHEN {_changed(_REPORT_DEPENDS)} BEGIN "
        f"{_set('first_report', first_report('OLD.case_id'), 'OLD.case_id')}"
        f"{_set('first_report', first_report('NEW.case_id'), 'NEW.case_id')}END"
    ),
    "case_summary_report_delete": (
        "CREATE TRIGGER case_summary_report_delete AFTER DELETE ON report BEGIN "
        f"{_set('first_report', first_report('OLD.case_id'), 'OLD.case_id')}END"
    ),
    "case_summary_fact_insert": (
        "CREATE TRIGGER case_summary_fact_insert AFTER INSERT ON case_fact BEGIN "
        f"{_set('first_contact', first_contact('NEW.case_id'), 'NEW.case_id')}END"
    ),
    "case_summary_fact_update": (
        "CREATE TRIGGER case_summary_fact_update AFTER UPDATE ON case_fact BEGIN "
        f"{_set('first_contact', first_contact('OLD.case_id'), 'OLD.case_id')}"
        f"{_set('first_contact', first_contact('NEW.case_id'), 'NEW.case_id')}END"
    ),
    "case_summary_fact_delete": (
        "CREATE TRIGGER case_summary_fact_delete AFTER DELETE ON case_fact BEGIN "
        f"{_set('first_contact', first_contact('OLD.case_id'), 'OLD.case_id')}END"
    ),
}

#: Fill (or refill) the whole table from the cases, reports and contact facts: the migration
#: and the rebuild (after `case_fact` is filled).
REBUILD_SQL = f"{_INSERT}SELECT {_row('c')} FROM case_file AS c WHERE c.deleted = 0"

#: The summary as the report reads it (dates as ISO text).
READ_SQL = f"SELECT {', '.join(COLUMNS)} FROM case_summary"

#: The same rows computed from the source rows themselves (the contacts, not `case_fact`): the
#: definition the table is kept equal to, for the tests and `compute(..., from_rows=True)`.
FROM_ROWS_SQL = (
    f"SELECT c.id, {', '.join(f'c.{c}' for c in COPIED)}, {first_report('c.id')}, "
    "(SELECT min(substr(k.occurred_at, 1, 10)) FROM contact AS k WHERE k.case_id = c.id "
    "AND k.deleted = 0 AND k.voided_on IS NULL AND k.kind != 'invitation') "
    "FROM case_file AS c WHERE c.deleted = 0"
)


class CaseSummary(Base):
    """Per live case: the columns the report reads, its first live report and its first
    contact that is not an invitation. Derived from `case_file`, `report`, `case_fact`; not
    synced."""

    __tablename__ = "case_summary"
    __table_args__ = (
        Index("ix_case_summary_open", "municipality_id", "consultant_id", "opened_on", "closed_on"),
        Index(
            "ix_case_summary_report",
            "first_report",
            "first_contact",
            "municipality_id",
            "opened_on",
            "closed_on",
        ),
        Index("ix_case_summary_kind", "kind"),
    )

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    youth_id: Mapped[str] = mapped_column(String(36))
    municipality_id: Mapped[str | None] = mapped_column(String(36), default=None)
    school_id: Mapped[str | None] = mapped_column(String(36), default=None)
    consultant_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closing_reason: Mapped[str | None] = mapped_column(String(40), default=None)
    first_report: Mapped[date | None] = mapped_column(Date, default=None)
    first_contact: Mapped[date | None] = mapped_column(Date, default=None)


#: The condition of `ix_task_late`: a live task that was (or is) late at some date: not done,
#: or done after its due date. A query must repeat it word for word to use the index.
TASK_LATE_WHERE = "deleted = 0 AND (done_on IS NULL OR done_on > due_on)"

#: Per case its tasks that were ever late, (case, due, done) in index order: the late-task
#: pass of the report reads this index alone, grouped by case without a sort.
TASK_LATE_INDEX = Index(
    "ix_task_late", Task.case_id, Task.due_on, Task.done_on, sqlite_where=text(TASK_LATE_WHERE)
)


#: The cases with underlying problems ticked, (id, codes): the report groups these without
#: reading the wide case rows.
PROBLEMS_WHERE = "deleted = 0 AND problem_codes IS NOT NULL"
PROBLEMS_INDEX = Index(
    "ix_case_file_problems", Case.id, Case.problem_codes, sqlite_where=text(PROBLEMS_WHERE)
)


def _create_triggers(target: Any, connection: Any, **kw: Any) -> None:
    for sql in TRIGGERS.values():
        DDL(sql).execute_if(dialect="sqlite")(target, connection, **kw)  # type: ignore[no-untyped-call]


event.listen(Base.metadata, "after_create", _create_triggers)  # after its source tables exist
