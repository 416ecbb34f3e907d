"""Purges that stay purged (DESIGN §5 "Purges", issue 14 item 1).

A retention purge hard-deletes a youth's whole file and leaves a `PurgeTombstone` per
destroyed record: table, id, purge date; no personal data. Tombstones travel in every bundle
(both ways) and win over any edit:

- `destroy` deletes a file (the youths named, the youths merged into them as aliases, and
  every row that hangs off them, found over the foreign keys) and writes the tombstones. The
  retention purge and the importer both use it.
- `Graveyard` is the importer's side: it knows this vault's tombstones, takes in the ones a
  bundle carries (destroying the local rows they name), and keeps out every incoming row that
  is tombstoned or points at a tombstoned row, counting them as "vernietigd, niet teruggezet".

`destroy` also makes the intake inbox (a local table) forget the destroyed youths and cases
(`forget_intake`): whether the purge was this vault's own or arrived in a bundle.

A consultant's bundle may only destroy what that consultant holds: a tombstone for a youth
with a live case of another consultant in this vault is not taken over (and said so).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Case,
    Conflict,
    IntakeReport,
    PurgeTombstone,
    ReplicaState,
    YouthAlias,
)
from lvs_desktop.models.clock import tick
from lvs_desktop.sync import hlc
from lvs_desktop.sync.document import Document, TombstoneEntry
from lvs_desktop.sync.rows import AUDIT, YOUTH, SyncTable, sync_tables, table_named
from lvs_desktop.sync.scope import CASE, chunks

Family = dict[str, set[str]]  # table name -> ids
INTAKE_PERSONAL_FIELDS = (
    "bsn", "given_names", "surname_prefix", "surname", "birth_date", "street", "house_number",
    "postcode", "city", "reporter_name", "reporter_function", "reporter_phone", "reporter_email",
)  # fmt: skip


def forget_intake(session: Session, youth_ids: Iterable[str], case_ids: Iterable[str]) -> None:
    """Intake rows of destroyed youths or cases forget them: an assigned row keeps only its
    DUO number (so a re-import is still recognised); a waiting row keeps the report as the
    file gave it but no longer points at the destroyed youth."""
    youths, cases = list(youth_ids), list(case_ids)
    for ids, column in ((youths, IntakeReport.youth_id), (youths, IntakeReport.candidate_youth_id),
                        (cases, IntakeReport.case_id)):  # fmt: skip
        for batch in chunks(set(ids)):
            for row in session.scalars(select(IntakeReport).where(column.in_(batch))):
                row.youth_id = row.candidate_youth_id = row.case_id = None
                if row.status == "candidate":
                    row.status = "new"
                if row.status != "new":
                    row.onderwijsnummer = None
                    for name in INTAKE_PERSONAL_FIELDS:
                        setattr(row, name, None)


@cache
def purgeable_tables() -> frozenset[str]:
    """The tables a purge destroys rows of: the youth and every table that hangs off it.
    A tombstone for any other table (a school, a consultant, an audit event) is never taken:
    destroying a school would take every youth who went there with it."""
    names = {YOUTH}
    grew = True
    while grew:
        grew = False
        for table in sync_tables():
            if table.name in names or table.name == AUDIT:
                continue
            if any(target in names for _, target in table.references):
                names.add(table.name)
                grew = True
    return frozenset(names)


def clock_time(session: Session) -> datetime:
    """The replica clock's next time (it never goes backwards), as the vault stores times."""
    state = session.scalars(select(ReplicaState)).one()
    state.hlc = tick(state.hlc, hlc.now_ms()).hlc
    return hlc.as_datetime(state.hlc)


def known_ids(session: Session) -> set[str]:
    return set(session.scalars(select(PurgeTombstone.record_id)))


def with_aliases(session: Session, youth_ids: Iterable[str]) -> set[str]:
    """The youths and every youth id merged into (or merged with) them."""
    ids = set(youth_ids)
    while True:
        more: set[str] = set()
        for batch in chunks(ids):
            for alias, canonical in session.execute(
                select(YouthAlias.alias_id, YouthAlias.canonical_id).where(
                    or_(YouthAlias.canonical_id.in_(batch), YouthAlias.alias_id.in_(batch))
                )
            ):
                more.update((alias, canonical))
        if more <= ids:
            return ids
        ids |= more


def family(session: Session, named: Family) -> Family:
    """`named` and every row that points at them, over and over (a case's contacts, a
    contact's tasks, …). Audit events stay: they hold ids, no personal data."""
    found: Family = {t.name: set(named.get(t.name, ())) for t in sync_tables()}
    tables = [t for t in sync_tables() if t.name != AUDIT]
    grew = True
    while grew:
        grew = False
        for table in tables:
            column_of = table.table.c
            for column, target in table.references:
                if not found[target]:
                    continue
                for batch in chunks(found[target]):
                    ids = set(
                        session.scalars(select(column_of.id).where(column_of[column].in_(batch)))
                    )
                    if not ids <= found[table.name]:
                        found[table.name] |= ids
                        grew = True
    return {name: ids for name, ids in found.items() if ids}


def destroy(session: Session, named: Family, on: date, now: datetime) -> Family:
    """Hard-delete the named rows and all that hangs off them, leave a tombstone for each
    (and for each named id not present here), drop their conflicts and aliases. The session
    must be allowed to hard-delete (a purge or a merge session); foreign keys are satisfied
    once every part is gone. Returns what was deleted."""
    named = {name: set(ids) for name, ids in named.items()}
    if named.get(YOUTH):
        named[YOUTH] = with_aliases(session, named[YOUTH])
    doomed = family(session, named)
    known = known_ids(session)
    for table in reversed(sync_tables()):  # children first
        ids = doomed.get(table.name, set())
        for batch in chunks(ids):
            session.execute(delete(table.model).where(table.model.id.in_(batch)))
        if table.name == AUDIT:
            continue
        for record_id in sorted(ids | named.get(table.name, set())):
            if record_id not in known:
                known.add(record_id)
                session.add(
                    PurgeTombstone(
                        record_id=record_id, entity=table.name, purged_on=on, recorded_at=now
                    )
                )
    forget_intake(session, doomed.get(YOUTH, set()), doomed.get(CASE, set()))
    every = set().union(*doomed.values()) if doomed else set()
    for batch in chunks(every):
        session.execute(delete(Conflict).where(Conflict.record_id.in_(batch)))
        session.execute(
            delete(YouthAlias).where(
                or_(YouthAlias.alias_id.in_(batch), YouthAlias.canonical_id.in_(batch))
            )
        )
    session.flush()
    return doomed


def for_export(session: Session, since: datetime | None) -> list[dict[str, Any]]:
    """The tombstones a bundle carries: all of them, or those recorded since `since`."""
    query = select(PurgeTombstone).order_by(PurgeTombstone.record_id)
    if since is not None:
        query = query.where(PurgeTombstone.recorded_at >= since)
    return [
        {"table": t.entity, "id": t.record_id, "purged_on": t.purged_on.isoformat()}
        for t in session.scalars(query)
    ]


class Graveyard:
    """The importer's view of the tombstones (see the module docstring)."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.dead = known_ids(session)
        self.kept_out: set[str] = set()  # incoming ids dropped because of a tombstone
        self.refused = 0  # tombstones from a consultant about what is not theirs
        self.destroyed = 0
        self.doomed: Family = {}  # what `bury` destroyed here, per table
        self._pending: dict[date, Family] = {}

    # -- tombstones coming in --------------------------------------------------------------

    def receive(self, document: Document) -> None:
        """Take in a bundle's tombstones (the local rows go in `bury`, after the merge)."""
        fresh = [e for e in document.tombstones if e.id not in self.dead]
        entries = [e for e in fresh if e.table in purgeable_tables()]
        self.refused += len(fresh) - len(entries)
        if not entries:
            return
        manifest = document.manifest
        if manifest.source_role != "team":
            entries = self._within_sender(entries, manifest.source_consultant_id)
        for entry in entries:
            names = self._pending.setdefault(date.fromisoformat(entry.purged_on), {})
            names.setdefault(entry.table, set()).add(entry.id)
            self.dead.add(entry.id)

    def _within_sender(
        self, entries: Sequence[TombstoneEntry], consultant_id: str | None
    ) -> list[TombstoneEntry]:
        """A consultant's tombstones for what is theirs here, or not here at all; one that
        would destroy a live case of another consultant is refused and counted."""
        kept = []
        for entry in entries:
            cases = self._cases_touched(entry)
            foreign = False
            for batch in chunks(cases):
                foreign = foreign or bool(
                    self.session.scalar(
                        select(Case.id)
                        .where(Case.id.in_(batch), Case.consultant_id != consultant_id)
                        .where(~Case.deleted)
                        .limit(1)
                    )
                )
            if foreign:
                self.refused += 1
            else:
                kept.append(entry)
        return kept

    def _cases_touched(self, entry: TombstoneEntry) -> set[str]:
        """The cases destroying this record would destroy or belongs to (empty when the
        record is not here)."""
        try:
            table = table_named(entry.table)
        except KeyError:
            return set()
        c = table.table.c
        row = self.session.execute(select(table.table).where(c.id == entry.id)).first()
        if row is None:
            return set()
        named = {entry.table: {entry.id}}
        if entry.table == YOUTH:
            named[YOUTH] = with_aliases(self.session, {entry.id})
        cases = set(family(self.session, named).get(CASE, set()))
        values = row._mapping
        if "case_id" in c and values["case_id"]:
            cases.add(values["case_id"])
        if "youth_id" in c and values["youth_id"]:
            youths = with_aliases(self.session, {values["youth_id"]})
            cases |= set(self.session.scalars(select(Case.id).where(Case.youth_id.in_(youths))))
        return cases

    def bury(self) -> None:
        """Destroy the local rows the received tombstones name (and what hangs off them)."""
        for on, named in sorted(self._pending.items()):
            doomed = destroy(self.session, named, on, self.now)
            self.destroyed += sum(len(ids) for name, ids in doomed.items() if name != AUDIT)
            for name, ids in doomed.items():
                self.doomed.setdefault(name, set()).update(ids)
            for ids in doomed.values():
                self.dead |= ids
        self._pending.clear()

    # -- rows coming in --------------------------------------------------------------------

    def keep(self, table: SyncTable, rid: str, values: dict[str, Any]) -> bool:
        """False for a row that is tombstoned or points at a tombstoned (or kept-out) row."""
        if table.name == AUDIT:
            return True
        dead, out = self.dead, self.kept_out  # not their union: that is a new set per row
        if rid in dead or rid in out:
            self.kept_out.add(rid)
            return False
        for column, _ in table.references:
            value = values.get(column)
            if value in dead or value in out:
                self.kept_out.add(rid)
                return False
        return True

    def gone(self, rid: str) -> bool:
        """Whether an incoming row's absence is due to a tombstone (for the manifest check)."""
        return rid in self.dead or rid in self.kept_out

    def warnings(self) -> list[str]:
        lines = []
        if self.kept_out:
            lines.append(
                f"{len(self.kept_out)} gegeven(s) vernietigd, niet teruggezet: ze horen bij een "
                "dossier dat na de bewaartermijn is vernietigd."
            )
        if self.destroyed:
            lines.append(
                f"{self.destroyed} gegeven(s) vernietigd: een ander heeft het dossier na de "
                "bewaartermijn vernietigd."
            )
        if self.refused:
            lines.append(
                f"{self.refused} vernietiging(en) niet overgenomen: het gegeven hoort niet bij "
                "een dossier van de afzender, of is geen dossiergegeven."
            )
        return lines
