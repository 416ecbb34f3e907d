"""What an export holds (need to know): one consultant's cases and all that they reference.

For a consultant's cases: the case rows; everything hanging off them (reports, route decisions,
contacts, tasks, letters, exemptions, enforcement); the youths with their guardians; and,
closing over every foreign key, the schools, municipalities, consultants and guardians those
rows point to. Then the audit events of all those records, and every audit event the
consultant wrote (ids and counts, no personal data). Nothing else: no other youth, no other
consultant's case.

A team vault also sends a consultant the case rows of cases that consultant's laptop already
holds but that are now someone else's (reassigned): only those rows and what they reference,
so that the laptop learns of the reassignment without receiving the new owner's work.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.sync.rows import AUDIT, SyncTable, raw_cursor, sync_tables, table_named

CASE = "case_file"
GUARDIAN = "guardian"
ENROLMENT = "enrolment"  # a youth's schools travel with the youth, like its guardians
CONSULTANT = "consultant"
PREVENTION = "prevention_activity"
CHUNK = 5000

Ids = dict[str, set[str]]
Rows = dict[str, dict[str, dict[str, Any]]]


def chunks(values: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def case_children() -> list[SyncTable]:
    return [t for t in sync_tables() if CASE in dict(t.references).values() and t.name != CASE]


def collect(session: Session, consultant_id: str, consultant_replicas: Iterable[str] = ()) -> Rows:
    """The rows (per table, by id) a bundle for this consultant may hold, each read once.

    Rows are narrow (`SyncTable.scope_names`: ids, references, clock, bookkeeping as text):
    the export reads the rows it sends again, one at a time, as it writes them."""
    rows: Rows = {t.name: {} for t in sync_tables()}
    case_table = table_named(CASE)
    c = case_table.table.c
    fetch(session, rows, case_table, "consultant_id", {consultant_id})
    own = set(rows[CASE])
    replicas = set(consultant_replicas)
    if replicas:
        held = {
            case_id
            for case_id, vv in session.execute(
                select(c.id, c.vv).where(c.consultant_id != consultant_id)
            )
            if replicas.intersection(vv or {})
        }
        fetch(session, rows, case_table, "id", held)
    for child in case_children():
        fetch(session, rows, child, "case_id", own)
    youths = {rows[CASE][i]["youth_id"] for i in own}
    fetch(session, rows, table_named(GUARDIAN), "youth_id", youths)
    fetch(session, rows, table_named(ENROLMENT), "youth_id", youths)
    fetch(session, rows, table_named(CONSULTANT), "id", {consultant_id})
    # Region-wide work of the consultant's own, not tied to a case (issue 13): her prevention
    # register travels to the team lead like her cases.
    fetch(session, rows, table_named(PREVENTION), "consultant_id", {consultant_id})
    close_over_references(session, rows)
    record_ids = set().union(*(r.keys() for name, r in rows.items() if name != AUDIT))
    fetch(session, rows, table_named(AUDIT), "record_id", record_ids)
    # And every audit event of the consultant's own (their reads of lists and reports name no
    # record): the team vault then holds their whole chain (`store.audit_chain`).
    fetch(session, rows, table_named(AUDIT), "actor_id", {consultant_id})
    return rows


def fetch(session: Session, rows: Rows, table: SyncTable, column: str, values: set[str]) -> None:
    """Read the rows of `table` whose `column` is one of `values` (those not read already)."""
    if column == "id":
        values = values - rows[table.name].keys()
    cursor = raw_cursor(session)
    for batch in chunks(values):
        for row in table.read_scope(cursor, column, batch):
            rows[table.name][row["id"]] = row


def close_over_references(session: Session, rows: Rows) -> None:
    """Add every row the chosen rows point to (children first, so one pass is enough)."""
    for table in reversed(sync_tables()):
        for column, target in table.references:
            wanted = {r[column] for r in rows[table.name].values() if r[column] is not None}
            fetch(session, rows, table_named(target), "id", wanted)


def close_rows_over_references(rows: Rows, chosen: Ids) -> None:
    """`close_over_references` within rows already loaded (for exports since the last one)."""
    for table in reversed(sync_tables()):
        for column, target in table.references:
            for row_id in list(chosen[table.name]):
                value = rows[table.name][row_id][column]
                if value is not None and value in rows[target]:
                    chosen[target].add(value)
