"""What the sender of a bundle may change here (DESIGN §5 "Who may change what").

A valid signature says who sent a bundle, not what they may change. Before a bundle's rows
are merged, every row is judged against the sender's role, as this vault knows it:

* the audit trail is append-only for everyone: an audit event this vault holds is never
  changed or deleted by an import (identical: unchanged; different in anything: refused);
* this vault's own bundle coming back, and a team lead's bundle, may change everything else
  (a team lead reassigns cases and carries the region's registers);
* a consultant's bundle may change only the cases assigned to that consultant here (a new
  case only as the consultant's own; the assignment itself only a team lead changes), the rows
  those cases own (contacts, letters, reports, routes, tasks, exemptions, enforcement), the
  youths of those cases with their guardians and enrolments, the consultant's own roster row
  (not a role), register rows it adds or added before (schools, partners, municipalities: the
  Region page's own rule), and it may only *add* audit events that are its own (its replicas,
  its consultant as actor, its chain's replica). A case reassigned away from the consultant
  while her laptop had not seen it yet (the bundle's `covers_vv` does not cover the
  reassignment) still takes her edits as concurrent ones, never her old assignment. That
  rests on what the bundle says it has seen: a consultant can claim it for a case she once
  held (her replica is in its version vector), never for a case she never held.

A row outside the scope that brings nothing this vault has not seen (its version vector
covered here) is unchanged; any other is refused, one by one, with a Dutch reason, and nothing
of it lands. A row that points at a refused row this vault does not have is refused too, so
that what lands never points at nothing.

Who the sender is comes from the trust store (the replica's accepted key names the
consultant). The role is the one this vault's roster gives that consultant; a sender the
roster does not know yet is a team lead only when its signed role says so (shown when its
fingerprint was accepted) and its own roster row in the bundle, if any, agrees.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Text, cast, or_, select
from sqlalchemy.orm import Session

from lvs_desktop.models import AuditEvent, Consultant, PeerKey
from lvs_desktop.models.base import DEFAULT_DOT, expand_dots
from lvs_desktop.store.audit_chain import event_hash
from lvs_desktop.sync.bundle import OpenedBundle
from lvs_desktop.sync.document import Row
from lvs_desktop.sync.hlc import Dot
from lvs_desktop.sync.labels import TABLE_LABELS, record_label
from lvs_desktop.sync.merge import covers, vv_leq
from lvs_desktop.sync.outcome import Counts, ImportReport, RecordOutcome, RefusedRow
from lvs_desktop.sync.rows import AUDIT, YOUTH, SyncTable, sync_tables, table_named
from lvs_desktop.sync.scope import CASE, CONSULTANT, PREVENTION, chunks

LEAD_ROLE = "team_lead"
ROLE_FIELDS = ("role", "is_team_lead")

# Why a row was refused (Dutch, shown in the preview and the command line's summary).
OTHER_CASE = "dossier van een andere consulent"
REASSIGN = "alleen de teamleider draagt een dossier over"
OTHER_CASE_CHILD = "hoort bij een dossier van een andere consulent"
OTHER_YOUTH = "jeugdige zonder dossier van de afzender"
AUDIT_CHANGED = "een bestaande logregel wordt nooit gewijzigd of verwijderd"
AUDIT_FOREIGN = "logregel van een ander dan de afzender"
AUDIT_FORGED = "logregel waarvan de hash niet klopt of die een bestaande plaats in de keten inneemt"
OTHER_PERSON = "gegevens van een andere medewerker"
ROLE_CHANGE = "alleen de teamleider wijst een rol toe"
REGISTER = "register van de regio: alleen de teamleider wijzigt dit"
POINTS_AT_REFUSED = "verwijst naar een geweigerd gegeven"


def refusal_line(refused: RefusedRow) -> str:
    """One line for a screen or a terminal: the kind of record, its id and why (no data)."""
    kind = TABLE_LABELS.get(refused.table, refused.table)
    return f"{kind} {refused.record_id[:8]}: {refused.reason}"


def refused_summary(report: ImportReport) -> str:
    """The Dutch line that counts the refusals ("" when there are none)."""
    n = len(report.refused)
    if not n:
        return ""
    what = "1 gegeven" if n == 1 else f"{n} gegevens"
    return f"Geweigerd: {what} buiten wat de afzender mag wijzigen; dat is niet ingelezen."


class Verdict(Enum):
    MERGE = "merge"
    UNCHANGED = "unchanged"  # outside the scope, but brings nothing new: skipped
    REFUSED = "refused"


@dataclass(frozen=True)
class Sender:
    replica_id: str
    consultant_id: str | None
    replicas: frozenset[str]  # every replica this vault knows as the consultant's
    full: bool  # this vault's own bundle, or a team lead's


def sender_of(session: Session, opened: OpenedBundle, own_replica: str) -> Sender:
    """The sender as this vault's trust store and roster know it."""
    manifest = opened.document.manifest
    replica, consultant = manifest.source_replica_id, manifest.source_consultant_id
    replicas = {replica}
    if consultant is not None:
        replicas.update(
            session.scalars(select(PeerKey.replica_id).where(PeerKey.consultant_id == consultant))
        )
    if replica == own_replica:
        return Sender(replica, consultant, frozenset(replicas), True)
    known = session.execute(
        select(Consultant.role, Consultant.is_team_lead).where(Consultant.id == consultant)
    ).first()
    if known is not None:
        lead = known.role == LEAD_ROLE or bool(known.is_team_lead)
    else:  # first sight: the signed role, if the bundle's own roster row agrees
        claimed = [r for r in opened.document.tables.get(CONSULTANT, []) if r.id == consultant]
        agrees = all(
            _data(r, "role") == LEAD_ROLE or bool(_data(r, "is_team_lead")) for r in claimed
        )
        lead = manifest.source_role == "team" and agrees
    return Sender(replica, consultant, frozenset(replicas), lead)


def _data(row: Row, column: str) -> Any:
    return row.data.get(column)


class Authority:
    """The verdict on every row of one bundle, decided before its rows are merged."""

    def __init__(
        self,
        session: Session,
        opened: OpenedBundle,
        own_replica: str,
        aliases: Mapping[str, str],
    ) -> None:
        self.session = session
        self.sender = sender_of(session, opened, own_replica)
        self._colleagues: set[str] | None = None  # live consultants other than the sender
        self.aliases = aliases
        self.tables = {
            t.name: opened.document.tables.get(t.name, [])
            for t in sync_tables()
            if opened.document.tables.get(t.name)
        }
        self.covers_vv = dict(opened.document.manifest.covers_vv)
        self.unseen_reassign: dict[str, str] = {}
        self.refused: dict[tuple[str, str], str] = {}
        self.unchanged: set[tuple[str, str]] = set()
        self.local: dict[str, dict[str, dict[str, Any]]] = {}
        self._judge()

    # -- the verdicts --------------------------------------------------------------------

    def verdict(self, table: str, record_id: str) -> Verdict:
        key = (table, record_id)
        if key in self.refused:
            return Verdict.REFUSED
        if key in self.unchanged:
            return Verdict.UNCHANGED
        return Verdict.MERGE

    def admit(
        self,
        table: str,
        record_id: str,
        values: Mapping[str, Any],
        report: ImportReport,
        details: bool,
    ) -> bool:
        """Whether the importer merges this row; a row it does not merge is counted here
        (unchanged, or refused with its reason)."""
        verdict = self.verdict(table, record_id)
        if verdict is Verdict.MERGE:
            return True
        label = record_label(table, dict(values))
        if verdict is Verdict.UNCHANGED:
            report.tables.setdefault(table, Counts()).unchanged += 1
            if table != AUDIT:
                report.counts.unchanged += 1
                if details:
                    report.records.append(RecordOutcome(table, record_id, "unchanged", label))
            return False
        why = self.refused[(table, record_id)]
        report.refused.append(RefusedRow(table, record_id, why))
        if details:
            shown = f"{label} ({why})" if label else why
            report.records.append(RecordOutcome(table, record_id, "refused", shown))
        return False

    # -- judging -------------------------------------------------------------------------

    def _rid(self, table: str, row: Row) -> str:
        return self.aliases.get(row.id, row.id) if table == YOUTH else row.id

    def _youth(self, value: Any) -> Any:
        return self.aliases.get(value, value) if isinstance(value, str) else value

    def _judge(self) -> None:
        for name, rows in self.tables.items():
            if name == AUDIT or not self.sender.full:
                ids = {self._rid(name, r) for r in rows}
                self.local[name] = self._load(table_named(name), ids)
        if AUDIT in self.tables:
            self._judge_audit(self.tables[AUDIT])
        if self.sender.full:
            return
        cases, youths = self._case_scope()
        for name, rows in self.tables.items():
            if name == AUDIT:
                continue
            table = table_named(name)
            for row in rows:
                rid = self._rid(name, row)
                why = self._outside(table, rid, row, cases, youths)
                if why is not None:
                    self._out_of_scope(name, rid, row, why)
        self._refuse_what_points_at_refused()

    def _outside(
        self, table: SyncTable, rid: str, row: Row, cases: set[str], youths: set[str]
    ) -> str | None:
        """Why a consultant may not change this row (None: it may)."""
        local = self.local[table.name].get(rid)
        me = self.sender.consultant_id
        if table.name == YOUTH:
            return None if rid in youths else OTHER_YOUTH
        if table.name == CASE:
            if rid in self.unseen_reassign:  # hers until her laptop saw it go: not the owner
                return None if self._assignment_unchanged(row, local) else REASSIGN
            if local is not None and local["consultant_id"] != me:
                return OTHER_CASE
            if _data(row, "consultant_id") != me:
                return REASSIGN if local is not None else OTHER_CASE
            if self._youth(_data(row, "youth_id")) not in youths:
                return OTHER_YOUTH
            return None
        if "case_id" in table.field_set and (
            _data(row, "case_id") is not None or (local and local["case_id"])
        ):
            wanted = {_data(row, "case_id"), local["case_id"] if local else None} - {None}
            return None if wanted <= cases else OTHER_CASE_CHILD
        if table.name == PREVENTION:  # her own register entries, never a colleague's
            owners = {_data(row, "consultant_id"), local["consultant_id"] if local else me}
            return None if owners == {me} else OTHER_PERSON
        youth_columns = table.references_to(YOUTH)
        if youth_columns:
            wanted = {self._youth(_data(row, c)) for c in youth_columns}
            if local is not None:
                wanted |= {local[c] for c in youth_columns}
            return None if wanted - {None} <= youths else OTHER_YOUTH
        if table.name == CONSULTANT:
            return self._consultant_row(rid, row, local)
        if local is None:
            return None  # a register row this consultant adds (a school of her own)
        return None if self.sender.replicas & set(_vv(local["vv"])) else REGISTER

    @staticmethod
    def _assignment_unchanged(row: Row, local: dict[str, Any] | None) -> bool:
        """The incoming case row brings no assignment this vault has not seen."""
        if local is None:
            return False
        dot = row.dots.get("consultant_id", row.dots.get(DEFAULT_DOT))
        return dot is None or covers(_vv(local["vv"]), Dot(dot[0], dot[1], dot[2]))

    def _consultant_row(self, rid: str, row: Row, local: dict[str, Any] | None) -> str | None:
        lead_claimed = _data(row, "role") == LEAD_ROLE or bool(_data(row, "is_team_lead"))
        if local is None:
            return ROLE_CHANGE if lead_claimed else None
        if any(_data(row, f) != local[f] for f in ROLE_FIELDS if f in row.data):
            return ROLE_CHANGE
        return None if rid == self.sender.consultant_id else OTHER_PERSON

    def _case_scope(self) -> tuple[set[str], set[str]]:
        """The cases this consultant's bundle may touch, and the youths those cases own."""
        me = self.sender.consultant_id
        case_table = table_named(CASE)
        c = case_table.table.c
        cases: set[str] = set()
        youths: set[str] = set()
        for case_id, youth_id in self.session.execute(
            select(c.id, c.youth_id).where(c.consultant_id == me)
        ):
            cases.add(case_id)
            youths.add(youth_id)
        self.unseen_reassign = self._reassigned_unseen()
        for case_id, youth_id in self.unseen_reassign.items():
            cases.add(case_id)
            youths.add(youth_id)
        local_cases = self.local.get(CASE, {})
        for row in self.tables.get(CASE, []):
            local = local_cases.get(row.id)
            if row.id in self.unseen_reassign:
                continue
            if _data(row, "consultant_id") != me or (
                local is not None and local["consultant_id"] != me
            ):
                cases.discard(row.id)
                continue
            cases.add(row.id)
            youths.add(self._youth(_data(row, "youth_id")))
        return cases, youths

    def _reassigned_unseen(self) -> dict[str, str]:
        """Cases this consultant held that were reassigned after the bundle's knowledge: her
        laptop had not seen it, so what she did meanwhile merges as a concurrent edit (a
        conflict where both sides changed a field). Case id -> youth id.

        Only cases whose version vector holds one of her replicas, and only while the bundle's
        `covers_vv` has not seen the reassignment; the assignment itself never changes back
        from her side (see `_outside`)."""
        me = self.sender.consultant_id
        c = table_named(CASE).table.c
        marks = [cast(c.vv, Text).like(f'%"{r}"%') for r in sorted(self.sender.replicas)]
        seen = self.covers_vv
        out: dict[str, str] = {}
        query = select(c.id, c.youth_id, c.vv, c.dots).where(c.consultant_id != me, or_(*marks))
        for case_id, youth_id, vv, dots in self.session.execute(query):
            if not self.sender.replicas & set(_vv(vv)):
                continue
            dot = expand_dots(_vv_any(dots), ("consultant_id",)).get("consultant_id")
            if dot is not None and not covers(seen, Dot(str(dot[0]), int(dot[1]), int(dot[2]))):
                out[case_id] = youth_id
        return out

    def _judge_audit(self, rows: Iterable[Row]) -> None:
        table = table_named(AUDIT)
        local_rows = self.local[AUDIT]
        new: list[Row] = []
        for row in rows:
            local = local_rows.get(row.id)
            if local is not None:
                if self._identical(table, row, local):
                    self.unchanged.add((AUDIT, row.id))
                else:
                    self.refused[(AUDIT, row.id)] = AUDIT_CHANGED
            elif not self.sender.full and not self._own_event(row):
                self.refused[(AUDIT, row.id)] = AUDIT_FOREIGN
            else:
                new.append(row)
        hashed = {row.id: self._hashed(table, row) for row in new}
        taken = self._places_taken(v for v in hashed.values() if v is not None)
        for row in new:
            values = hashed[row.id]
            place = None if values is None else (values["replica_id"], values["seq"])
            if place is None or taken.get(place, row.id) != row.id:
                # a new event that does not hash to itself, or takes the place of an event
                # this vault has, would land for good and break `vault audit --verify` here
                self.refused[(AUDIT, row.id)] = AUDIT_FORGED

    @staticmethod
    def _hashed(table: SyncTable, row: Row) -> dict[str, Any] | None:
        """The event's values when it hashes to itself (None: it does not, or is unchained)."""
        try:
            values = {**table.decode(row.values()), "id": row.id}
        except (ValueError, TypeError):
            return None
        if values.get("hash") is None or values.get("replica_id") is None:
            return None  # every event is chained when written (migration 0009 chained the rest)
        try:
            if event_hash(values) != values["hash"]:
                return None
        except (KeyError, TypeError, ValueError):
            return None
        return values

    def _places_taken(self, events: Iterable[dict[str, Any]]) -> dict[tuple[Any, Any], str]:
        """The places in a chain (replica, seq) these events claim that this vault's events
        already hold: place -> the id holding it. One query per replica and chunk."""
        wanted: dict[Any, set[Any]] = {}
        taken: dict[tuple[Any, Any], str] = {}
        for values in events:
            if values["seq"] is None:  # no place in a chain: any such event of that replica
                unplaced = select(AuditEvent.id).where(
                    AuditEvent.replica_id == values["replica_id"], AuditEvent.seq.is_(None)
                )
                held = self.session.scalars(unplaced.limit(1)).first()
                if held is not None:
                    taken[(values["replica_id"], None)] = held
                continue
            wanted.setdefault(values["replica_id"], set()).add(values["seq"])
        for replica, seqs in wanted.items():
            for batch in chunks(seqs):
                query = select(AuditEvent.replica_id, AuditEvent.seq, AuditEvent.id).where(
                    AuditEvent.replica_id == replica, AuditEvent.seq.in_(batch)
                )
                for rep, seq, event_id in self.session.execute(query):
                    taken[(rep, seq)] = event_id
        return taken

    def _own_event(self, row: Row) -> bool:
        replicas = set(row.vv) | {dot[0] for dot in row.dots.values()}
        written_on = _data(row, "replica_id")  # the audit chain's replica, where it has one
        if written_on is not None:
            replicas.add(str(written_on))
        return (
            self._actor_may_be_sender(_data(row, "actor_id"))
            and bool(replicas)
            and replicas <= self.sender.replicas
        )

    def _actor_may_be_sender(self, actor: Any) -> bool:
        """The sender, or no colleague this vault knows: a laptop's log from before it took
        its owner's place on the roster names the first owner row `vault init` made (see
        `take_roster_place`), which the team never had. Never another live consultant."""
        if actor == self.sender.consultant_id:
            return True
        if self._colleagues is None:
            query = select(Consultant.id).where(~Consultant.deleted)
            self._colleagues = set(self.session.scalars(query)) - {self.sender.consultant_id}
        return actor not in self._colleagues

    def _identical(self, table: SyncTable, row: Row, local: dict[str, Any]) -> bool:
        try:
            values = table.decode(row.values())
        except (ValueError, TypeError):
            return False
        if set(values) != set(table.fields):
            return False
        same_data = all(values[f] == local[f] for f in table.fields)
        return same_data and vv_leq(row.vv, _vv(local["vv"]))

    def _out_of_scope(self, table: str, rid: str, row: Row, why: str) -> None:
        local = self.local[table].get(rid)
        if local is not None and vv_leq(row.vv, _vv(local["vv"])):
            self.unchanged.add((table, rid))  # nothing this vault has not seen
        else:
            self.refused[(table, rid)] = why

    def _refuse_what_points_at_refused(self) -> None:
        """A row that would point at a refused row this vault does not have is refused too."""
        grew = True
        while grew:
            grew = False
            missing = {key for key in self.refused if key[1] not in self.local.get(key[0], {})}
            if not missing:
                return
            for name, rows in self.tables.items():
                table = table_named(name)
                for row in rows:
                    rid = self._rid(name, row)
                    if (name, rid) in self.refused:
                        continue
                    for column, target in table.references:
                        value = _data(row, column)
                        if target == YOUTH:
                            value = self._youth(value)
                        if (target, value) in missing:
                            self._out_of_scope(name, rid, row, POINTS_AT_REFUSED)
                            grew = grew or (name, rid) in self.refused
                            break

    def _load(self, table: SyncTable, ids: set[str]) -> dict[str, dict[str, Any]]:
        """The local rows with these ids: whole audit events (to compare), and of any other
        row only what judging reads (id, `vv`, references, roles), never a letter's PDF."""
        found: dict[str, dict[str, Any]] = {}
        t = table.table
        if table.name == AUDIT:
            columns = list(t.c)
        else:
            names = ["id", "vv", *(c for c, _ in table.references)]
            names += [f for f in ("case_id", *ROLE_FIELDS) if f in t.c and f not in names]
            columns = [t.c[n] for n in names]
        for batch in chunks(ids):
            for row in self.session.execute(select(*columns).where(t.c.id.in_(batch))):
                found[row.id] = dict(row._mapping)
        return found


def _vv_any(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        value = json.loads(value)
    return dict(value or {})


def _vv(value: Any) -> dict[str, int]:
    return _vv_any(value)
