"""Import: merge bundles into a vault in one transaction, as a preview or for real.

`run_import` reads nothing from disk: it takes bundles already opened and verified
(`bundle.read_bundle`). In one session that writes with the rows' own bookkeeping
(`sync_merge`), it merges every row (`merge.merge_row`), links youths by BSN (`linking`),
records conflicts, moves the replica clock, logs and audits each bundle, and then checks that
the vault holds every row each manifest lists (a mismatch rolls it all back). A preview does
all of this and rolls back; applying first makes a backup and then commits. Foreign keys are
checked at commit, so the order of tables and bundles does not matter.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lvs_desktop.models import AuditEvent, Conflict, ImportLog, ReplicaState, YouthAlias
from lvs_desktop.models.base import DEFAULT_DOT, new_id
from lvs_desktop.store import Vault
from lvs_desktop.sync import hlc
from lvs_desktop.sync.authority import Authority, refused_summary
from lvs_desktop.sync.bundle import OpenedBundle
from lvs_desktop.sync.codec import encode_value, ids_sha256
from lvs_desktop.sync.document import Row
from lvs_desktop.sync.errors import ImportCancelledError, ImportMismatchError, InvalidContentError
from lvs_desktop.sync.hlc import Dot, ReplicaClock
from lvs_desktop.sync.labels import record_label
from lvs_desktop.sync.linking import duplicate_candidates, link_by_bsn
from lvs_desktop.sync.merge import FieldConflict, Judge, Outcome, RowState, merge_row, vv_leq
from lvs_desktop.sync.outcome import Counts, ImportReport, RecordOutcome
from lvs_desktop.sync.rawio import RawIO
from lvs_desktop.sync.rows import (
    AUDIT,
    YOUTH,
    SyncTable,
    dots_from_bundle,
    naive_time,
    sync_tables,
)
from lvs_desktop.sync.tombstones import Graveyard
from lvs_desktop.sync.untrusted import printable

Progress = Callable[[int, int], None]  # rows merged so far, rows in all bundles
DISMISSED_DUPLICATES = "sync.distinct_youths"


class _Import:
    def __init__(
        self, session: Session, details: bool, progress: Progress | None, total: int
    ) -> None:
        self.session = session
        self.raw = RawIO(session)  # bulk reads and inserts through the DBAPI cursor
        self.details = details
        self.progress = progress
        self.total = total
        self.done = 0
        self.state = session.scalars(select(ReplicaState)).one()
        self.clock = ReplicaClock(
            self.state.replica_id, self.state.counter, self.state.hlc, wall=lambda: hlc.now_ms()
        )
        self.judge: Judge | None = None
        self.aliases = {a.alias_id: a.canonical_id for a in session.scalars(select(YouthAlias))}
        # Rows this import writes get this time as `updated_at`: taken from the replica's
        # clock, which never goes backwards, so "changed since the last export" cannot miss
        # them (see `export`).
        self.clock.hlc = hlc.tick(self.clock.hlc, hlc.now_ms()).hlc
        self.now = hlc.as_datetime(self.clock.hlc)
        self.graves = Graveyard(session, self.now)  # purged records stay purged
        self.report = ImportReport()
        self.touched_youths: set[str] = set()
        self.conflicts: list[tuple[str, str, FieldConflict]] = []

    # -- merging -------------------------------------------------------------------------

    def merge_bundle(self, opened: OpenedBundle, cancelled: Callable[[], bool]) -> None:
        known = {t.name for t in sync_tables()}
        unknown = set(opened.document.tables) - known
        if unknown:
            raise InvalidContentError(f"onbekende tabel {sorted(unknown)[0]}")
        self.judge = self.judge_for(opened)
        self.graves.receive(opened.document)
        self.authority = Authority(self.session, opened, self.state.replica_id, self.aliases)
        for table in sync_tables():
            rows = opened.document.tables.get(table.name, [])
            for batch in _slices(rows, 2000):
                if cancelled():
                    raise ImportCancelledError()
                self.merge_rows(table, batch)
                self.done += len(batch)
                if self.progress is not None:
                    self.progress(self.done, self.total)

    def judge_for(self, opened: OpenedBundle) -> Judge | None:
        """Judge the sender's own dots by the skew between its clock (the manifest's time of
        export) and ours, when it runs fast; see `merge.Judge`."""
        manifest = opened.document.manifest
        skew_ms = int(manifest.created_at.timestamp() * 1000) - hlc.now_ms()
        if skew_ms <= hlc.MAX_DRIFT_MS:
            return None
        hours = max(1, round(skew_ms / 3_600_000))
        who = printable(manifest.source_consultant_name or "de afzender")
        self.report.warnings.append(
            f"De klok van de laptop van {who} "
            f"loopt ongeveer {hours} uur voor; zijn tijden zijn daarvoor gecorrigeerd. "
            "Laat die klok gelijkzetten."
        )
        source, shift = manifest.source_replica_id, skew_ms << hlc.LOGICAL_BITS

        def judge(dot: Dot) -> int:
            return dot.hlc - shift if dot.replica == source else dot.hlc

        return judge

    def merge_rows(self, table: SyncTable, rows: Sequence[Row]) -> None:
        incoming = [self.incoming(table, row) for row in rows]
        incoming = [i for i in incoming if self.graves.keep(table, i[0], i[3])]
        incoming = [  # what the sender may not change is refused, row by row
            i
            for i in incoming
            if self.authority.admit(table.name, i[0], i[3], self.report, self.details)
        ]
        local = self.load(table, {rid for rid, *_ in incoming})
        inserts: dict[str, dict[str, Any]] = {}
        updates: dict[str, dict[str, Any]] = {}
        tally = self.report.tables.setdefault(table.name, Counts())
        limit = self.clock.trust_limit()
        for rid, source, created, values in incoming:
            base = inserts.get(rid) or updates.get(rid) or local.get(rid)
            if base is None and self.judge is None:
                newest = max((dot[2] for dot in source.dots.values()), default=0)
                if newest <= limit:  # a new row with trusted times: stored as it came
                    self.insert_as_is(table, rid, source, created, values, newest, inserts, tally)
                    continue
            if base is not None and base is local.get(rid) and self.seen_as_is(table, base, source):
                self.count(tally, table, rid, "unchanged", base, ())  # a re-import
                continue
            state = RowState(values, dict(source.vv), dots_from_bundle(source.dots, table.fields))
            result = merge_row(table.state(base) if base else None, state, self.clock, self.judge)
            if table.name == YOUTH and result.changed:
                self.touched_youths.add(rid)
            if result.outcome is Outcome.NEW:
                self.check_complete(table, values)
                row = {"id": rid, "created_at": created or self.now}
                target = inserts
            elif result.changed:
                row = dict(base or {})
                target = inserts if rid in inserts else updates
            else:
                self.count(tally, table, rid, "unchanged", base or {}, ())
                continue
            row.update(result.state.values)
            row.update(vv=dict(result.state.vv), dots=table.stored_dots(result.state))
            row["updated_at"] = self.now
            target[rid] = row
            self.conflicts.extend((table.name, rid, c) for c in result.conflicts)
            outcome = (
                "conflict"
                if result.conflicts
                else ("new" if result.outcome is Outcome.NEW else "updated")
            )
            changed = tuple(c.field for c in result.conflicts)
            self.count(tally, table, rid, outcome, row, changed, len(result.conflicts))
        t = table.table
        if inserts:
            self.raw.insert(table, inserts.values())
        if updates:
            columns = [*table.fields, "vv", "dots", "updated_at"]
            stmt = (
                t.update()
                .where(t.c.id == bindparam("b_id"))
                .values({c: bindparam(c) for c in columns})
            )
            params = [{"b_id": rid, **{c: row[c] for c in columns}} for rid, row in updates.items()]
            self.session.execute(stmt, params)

    def insert_as_is(
        self,
        table: SyncTable,
        rid: str,
        source: Row,
        created: Any,
        values: dict[str, Any],
        newest: int,
        inserts: dict[str, dict[str, Any]],
        tally: Counts,
    ) -> None:
        """A row we do not have, with no time to distrust: what `merge_row` would do for it
        (take it whole; the receive rule), without expanding its dots one per field."""
        self.check_complete(table, values)
        self.clock.observe(newest)
        self.clock.flag_if_ahead(newest)
        row = {"id": rid, "created_at": created or self.now, "updated_at": self.now, **values}
        row["vv"] = dict(source.vv)
        row["dots"] = dict(source.dots)  # (replica, counter, hlc) tuples: stored as lists
        inserts[rid] = row
        if table.name == YOUTH:
            self.touched_youths.add(rid)
        self.count(tally, table, rid, "new", row, ())

    def seen_as_is(self, table: SyncTable, stored: dict[str, Any], source: Row) -> bool:
        """Whether a stored row has seen the incoming one and holds its very dots (a re-import,
        an old export): what `merge_row` decides then (unchanged), without expanding both
        sides' dots one per field. The clock observes the incoming dots as `merge_row` does.
        False where that takes more than a look (then `merge_row` decides)."""
        dots = stored["dots"] or {}
        if len(dots) != len(source.dots) or not vv_leq(source.vv, stored["vv"] or {}):
            return False
        for key, dot in source.dots.items():
            mine = dots.get(key)
            if mine is None or tuple(mine) != tuple(dot):
                return False
        # The dots the fields use (`expand_dots`): their own, and the default for the rest.
        named = [Dot(*dot) for key, dot in source.dots.items() if key in table.field_set]
        default = source.dots.get(DEFAULT_DOT)
        if default is not None and len(named) < len(table.fields):
            named.append(Dot(*default))
        if named:
            limit, judge = self.clock.trust_limit(), self.judge
            self.clock.observe(max(min(judge(d) if judge else d.hlc, limit) for d in named))
            self.clock.flag_if_ahead(max(d.hlc for d in named))
        return True

    @staticmethod
    def check_complete(table: SyncTable, values: dict[str, Any]) -> None:
        if len(values) != len(table.fields):
            missing = sorted(set(table.fields) - set(values))
            raise InvalidContentError(f"tabel {table.name}: veld {missing[0]} ontbreekt")

    def incoming(self, table: SyncTable, row: Row) -> tuple[str, Row, Any, dict[str, Any]]:
        raw = row.values()
        if not table.field_set.issuperset(raw):
            extra = set(raw) - table.field_set
            raise InvalidContentError(f"tabel {table.name}: onbekend veld {sorted(extra)[0]}")
        try:
            decoded = table.decode(raw)
            created = naive_time(row.created_at["$dt"])  # tagged: `document.Row`
        except (ValueError, TypeError) as exc:
            raise InvalidContentError(f"tabel {table.name}: veld {exc}") from None
        rid = row.id
        if table.name == YOUTH:
            rid = self.aliases.get(rid, rid)
        for column in self.youth_columns(table, decoded):
            value = decoded.get(column)
            if isinstance(value, str):
                decoded[column] = self.aliases.get(value, value)
        return rid, row, created, decoded

    @staticmethod
    def youth_columns(table: SyncTable, values: dict[str, Any]) -> list[str]:
        """The columns of this row that name a youth (and so follow the youth's alias)."""
        columns = list(table.references_to(YOUTH))
        if table.name == "letter" and values.get("recipient_kind") == YOUTH:
            columns.append("recipient_id")
        # An audit event's record_id stays as written (its hash covers it); the audit
        # viewer follows the youth's alias.
        return columns

    def load(self, table: SyncTable, ids: set[str]) -> dict[str, dict[str, Any]]:
        return self.raw.load(table, ids)

    def count(
        self,
        tally: Counts,
        table: SyncTable,
        rid: str,
        outcome: str,
        values: dict[str, Any],
        fields: tuple[str, ...],
        conflicts: int = 0,
    ) -> None:
        kind = "updated" if outcome == "conflict" else outcome
        setattr(tally, kind, getattr(tally, kind) + 1)
        tally.conflicts += conflicts
        if table.name != AUDIT:
            totals = self.report.counts
            setattr(totals, kind, getattr(totals, kind) + 1)
            totals.conflicts += conflicts
            if outcome != "unchanged":
                self.report.touch(table.name, rid)
            if self.details:
                label = record_label(table.name, values)
                self.report.records.append(RecordOutcome(table.name, rid, outcome, label, fields))

    # -- after the rows ------------------------------------------------------------------

    def finish(self, bundles: Sequence[OpenedBundle], owners: dict[str, str]) -> None:
        self.graves.bury()
        self.conflicts = [c for c in self.conflicts if not self.graves.gone(c[1])]  # no values kept
        linked = link_by_bsn(
            self.session,
            self.touched_youths,
            self.clock,
            self.aliases,
            lambda table, rid, c: self.conflicts.append((table, rid, c)),
        )
        self.report.linked = linked
        focus = {self.aliases.get(y, y) for y in self.touched_youths}
        dismissed = self.dismissed()
        self.report.duplicates = duplicate_candidates(self.session, focus, dismissed)
        self.report.counts.duplicates = len(self.report.duplicates)
        self.write_conflicts(owners)
        self.state.counter = self.clock.counter
        self.state.hlc = self.clock.hlc
        if self.clock.clamped:
            self.state.clock_flagged_at = self.now
            if not self.report.warnings:
                self.report.warnings.append(
                    "Een exportbestand bevat tijden die ver in de toekomst liggen: de klok van "
                    "een laptop loopt voor. Laat de klokken controleren."
                )
        for opened in bundles:
            self.log_and_audit(opened)
        self.report.warnings.extend(self.graves.warnings())
        if self.report.refused:  # rows outside what their sender may change (`authority`)
            self.report.warnings.append(refused_summary(self.report))
        self.report.purged_kept_out = len(self.graves.kept_out)
        self.report.destroyed = {t: sorted(ids) for t, ids in self.graves.doomed.items()}
        self.session.flush()

    def dismissed(self) -> list[tuple[str, str]]:
        from lvs_desktop.models import Setting

        row = self.session.get(Setting, DISMISSED_DUPLICATES)
        pairs = row.value if row is not None and isinstance(row.value, list) else []
        return [(str(a), str(b)) for a, b in pairs]

    def write_conflicts(self, owners: dict[str, str]) -> None:
        seen = {
            (c.entity, c.record_id, c.field, tuple(c.loser_dot or ()))
            for c in self.session.scalars(select(Conflict).where(Conflict.resolved_at.is_(None)))
        }
        for table, rid, conflict in self.conflicts:
            rid = self.aliases.get(rid, rid) if table == YOUTH else rid
            key = (table, rid, conflict.field, tuple(conflict.loser_dot))
            if key in seen:
                continue
            seen.add(key)
            self.session.add(
                Conflict(
                    entity=table,
                    record_id=rid,
                    field=conflict.field,
                    kind="delete" if conflict.kind == "delete" else "field",
                    winner_value=encode_value(conflict.winner_value),
                    winner_dot=list(conflict.winner_dot),
                    loser_value=encode_value(conflict.loser_value),
                    loser_dot=list(conflict.loser_dot),
                    loser_actor=owners.get(conflict.loser_dot.replica),
                    detected_at=self.now,
                )
            )
        self.report.counts.conflicts = len(self.conflicts)

    def log_and_audit(self, opened: OpenedBundle) -> None:
        manifest = opened.document.manifest
        summary = self.report.counts.line()
        if self.report.refused:  # what the senders were not allowed to change, counted
            summary += f", refused {len(self.report.refused)}"
        self.session.add(
            ImportLog(
                source_replica_id=manifest.source_replica_id,
                sequence=manifest.export_sequence,
                imported_at=self.now,
                summary=json.dumps({"subject": manifest.subject_consultant_id, "counts": summary}),
            )
        )
        dot = self.clock.next_dot()
        self.state.counter, self.state.hlc = self.clock.counter, self.clock.hlc
        self.session.add(
            AuditEvent(
                id=new_id(),
                at=self.now,
                actor_id=self.state.owner_id,
                action="import",
                entity="bundle",
                record_id=None,
                detail=f"export {manifest.export_sequence} van replica "
                f"{manifest.source_replica_id[:8]}: {summary}",
                created_at=self.now,
                updated_at=self.now,
                deleted=False,
                vv={dot.replica: dot.counter},
                dots={"*": list(dot)},
            )
        )

    def verify(self, opened: OpenedBundle) -> None:
        """Every row the manifest lists is in the vault (under its canonical id)."""
        for name, rows in opened.document.tables.items():
            table = next(t for t in sync_tables() if t.name == name)
            mapped = {
                row.id: self.aliases.get(row.id, row.id) if name == YOUTH else row.id
                for row in rows
            }
            present = set(self.load_ids(table, set(mapped.values())))
            refused = {r.record_id for r in self.report.refused if r.table == name}
            present |= refused  # refused rows are listed, counted, and did not land
            found = [o for o, rid in mapped.items() if rid in present or self.graves.gone(rid)]
            summary = opened.document.manifest.tables[name]
            if len(found) != summary.count or ids_sha256(found) != summary.ids_sha256:
                raise ImportMismatchError(name)

    def load_ids(self, table: SyncTable, ids: set[str]) -> list[str]:
        return self.raw.existing_ids(table, ids)


def _slices(rows: Sequence[Row], size: int) -> list[Sequence[Row]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def run_import(
    vault: Vault,
    bundles: Sequence[OpenedBundle],
    *,
    apply: bool,
    details: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    owners: dict[str, str] | None = None,
) -> ImportReport:
    """Merge `bundles` (sorted by source and sequence) into the vault; see the module docstring.

    `owners` maps replica ids to consultant names, for the "who" of a conflict.
    """
    ordered = sorted(
        bundles,
        key=lambda b: (b.document.manifest.source_replica_id, b.document.manifest.export_sequence),
    )
    total = sum(len(rows) for b in ordered for rows in b.document.tables.values())
    # Made now, kept only once the import has committed: a failed import leaves no backup
    # (so it cannot push an older one out); its copy is removed (`backup.remove_partials`).
    backup = vault.backup("before-import", keep=False) if apply else None
    with vault.session(sync_merge=True) as session:
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        job = _Import(session, details, progress, total)
        for opened in ordered:
            job.merge_bundle(opened, cancelled)
        job.finish(ordered, owners or {})
        for opened in ordered:
            job.verify(opened)
        if cancelled():
            raise ImportCancelledError()
        if apply:
            try:
                session.commit()  # foreign keys are checked here (deferred)
            except IntegrityError:
                raise InvalidContentError("het verwijst naar gegevens die ontbreken") from None
            job.report.applied = True
            job.report.backup = vault.keep_backup(backup) if backup else None
    return job.report
