"""The audit log for the team lead (NEN 7513): who saw or changed which dossier, and when.

Reading: `list_events` with an `AuditFilter` (person, dossier reference, action, period), the
rows newest first as plain `AuditRow`s that name a dossier by its reference (never a BSN or a
name of a youth), and `to_csv` for an export. Writing: `record_read` audits a read of personal
data that changed nothing (a listing, a report, a letter not kept), one transaction through
the unit of work. Checking: `verify_chain` walks every replica's hash chain (`store.audit_chain`).

The command line audits every read of personal data: `cases`, `case show`, `report`,
`conflicts`, `print queue`, `letter --no-store`, `export` (in `services.sync`). Not
`import --dry-run`: a dry run writes nothing at all (issue 14, item 8), and it shows counts
only, no record of the bundle or of the vault; the real import is audited.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from lvs_desktop.models import AuditEvent, Case, Consultant, Guardian, UserError, YouthAlias
from lvs_desktop.services.audit_texts import detail_label
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.store.audit_chain import ChainReport, verify
from lvs_desktop.sync.labels import TABLE_LABELS
from lvs_desktop.sync.rows import table_named

READ = "view"
ACTION_LABELS = {
    "view": "bekeken",
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "export": "geëxporteerd",
    "import": "geïmporteerd",
    "accept_key": "sleutel vertrouwd",
    "keep_conflict": "conflict afgehandeld",
    "distinct": "niet dezelfde persoon",
    "purge": "vernietigd",
    "rekey": "wachtwoord gewijzigd",
}
EXTRA_ENTITY_LABELS = {
    "caseload": "Dossierlijst",
    "annual_report": "Jaarcijfers",
    "sync_conflict": "Conflicten",
    "bundle": "Exportbestand",
    "peer_key": "Sleutel",
    "demo": "Demo",
}
CSV_HEADERS = ("Wanneer (UTC)", "Wie", "Handeling", "Onderdeel", "Dossier", "Record", "Toelichting")
# Tables whose rows belong to one case (their case_id names the dossier).
CASE_OWNED = ("report", "contact", "task", "route_decision", "letter", "exemption", "enforcement")


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show; every part is optional. `actor` matches a name (part of it)."""

    actor: str | None = None
    case_reference: str | None = None
    action: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime  # UTC, naive as stored
    actor: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    dossier: str  # case reference(s), comma-separated; empty when the event names no dossier
    record_id: str
    detail: str  # as stored
    detail_label: str  # in Dutch (`audit_texts`)


def record_read(
    vault: Vault,
    what: str,
    entity: str,
    *,
    record_id: str | None = None,
    count: int | None = None,
) -> ChangeSummary:
    """Audit a read of personal data (`what`: the command, e.g. "cases"): which record, or how
    many. The detail holds no personal data."""
    detail = what if count is None else f"{what}: {count}"
    with UnitOfWork(vault, what) as uow:
        uow.audit(READ, entity, record_id, detail)
        return uow.commit()


def verify_chain(vault: Vault) -> ChainReport:
    """Every replica's chain checked; the first broken link, if any, in the report."""
    with vault.session() as session:
        return verify(session, vault.replica_id)


def actions() -> list[tuple[str, str]]:
    """(code, Dutch label) of the actions a filter offers."""
    return list(ACTION_LABELS.items())


def list_events(vault: Vault, flt: AuditFilter = AuditFilter()) -> list[AuditRow]:
    """The events that pass the filter, newest first."""
    with vault.session() as session:
        stmt = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        if flt.action:
            stmt = stmt.where(AuditEvent.action == flt.action)
        if flt.since:
            stmt = stmt.where(AuditEvent.at >= datetime.combine(flt.since, time()))
        if flt.until:
            stmt = stmt.where(AuditEvent.at < datetime.combine(flt.until + timedelta(1), time()))
        names = {i: n for i, n in session.execute(select(Consultant.id, Consultant.name))}
        if flt.actor:
            wanted = flt.actor.casefold().strip()
            ids = [i for i, n in names.items() if wanted in (n or "").casefold()]
            stmt = stmt.where(AuditEvent.actor_id.in_(ids))
        if flt.case_reference:
            stmt = stmt.where(_of_case(session, flt.case_reference))
        if flt.limit:
            stmt = stmt.limit(flt.limit)
        events = list(session.scalars(stmt))
        dossiers = Dossiers(session, events)
        return [
            AuditRow(
                id=e.id,
                at=e.at,
                actor=names.get(e.actor_id or "", "") or "onbekend",
                action=e.action,
                action_label=ACTION_LABELS.get(e.action, e.action),
                entity=e.entity,
                entity_label=entity_label(e.entity),
                dossier=dossiers.of(e.entity, e.record_id),
                record_id=e.record_id or "",
                detail=e.detail or "",
                detail_label=detail_label(e.detail or ""),
            )
            for e in events
        ]


def entity_label(entity: str) -> str:
    return TABLE_LABELS.get(entity) or EXTRA_ENTITY_LABELS.get(entity, entity)


def _of_case(session: Session, reference: str) -> ColumnElement[bool]:
    """A condition: the event names the case with this reference or a record it owns."""
    ref = reference.strip().upper()
    case = session.execute(select(Case.id, Case.youth_id).where(Case.reference == ref)).first()
    if case is None:
        raise UserError(f"Geen dossier met kenmerk {ref}.")
    youth_ids = {case.youth_id}
    youth_ids |= set(
        session.scalars(select(YouthAlias.alias_id).where(YouthAlias.canonical_id == case.youth_id))
    )
    record_ids = {case.id}
    for name in CASE_OWNED:
        t = table_named(name).table
        record_ids |= set(session.scalars(select(t.c.id).where(t.c.case_id == case.id)))
    guardians = set(session.scalars(select(Guardian.id).where(Guardian.youth_id.in_(youth_ids))))
    return or_(
        AuditEvent.record_id.in_(record_ids),
        (AuditEvent.entity == "youth") & AuditEvent.record_id.in_(youth_ids),
        (AuditEvent.entity == "guardian") & AuditEvent.record_id.in_(guardians),
    )


class Dossiers:
    """Case references for the records a list of events names, read in a few queries."""

    def __init__(self, session: Session, events: Sequence[AuditEvent]) -> None:
        wanted: dict[str, set[str]] = {}
        for e in events:
            if e.record_id:
                wanted.setdefault(e.entity, set()).add(e.record_id)
        self.refs: dict[str, str] = {}  # case id -> reference
        self.case_of: dict[tuple[str, str], str] = {}  # (entity, record id) -> case id
        self.youth_cases: dict[str, list[str]] = {}
        for name in CASE_OWNED:
            if wanted.get(name):
                t = table_named(name).table
                for rid, case_id in _in(session, t.c.id, t.c.case_id, wanted[name]):
                    self.case_of[(name, rid)] = case_id
        youths = set(wanted.get("youth", ()))
        guardian_youth: dict[str, str] = {}
        if wanted.get("guardian"):
            guardian_youth = dict(_in(session, Guardian.id, Guardian.youth_id, wanted["guardian"]))
            youths |= set(guardian_youth.values())
        alias = dict(_in(session, YouthAlias.alias_id, YouthAlias.canonical_id, youths))
        self.alias = alias
        self.guardian_youth = guardian_youth
        canon = {alias.get(y, y) for y in youths}
        case_ids = set(wanted.get("case_file", ())) | set(self.case_of.values())
        for cid, ref, yid in session.execute(
            select(Case.id, Case.reference, Case.youth_id).where(
                or_(Case.id.in_(case_ids), Case.youth_id.in_(canon))
            )
        ):
            self.refs[cid] = ref
            if yid in canon:
                self.youth_cases.setdefault(yid, []).append(ref)

    def of(self, entity: str, record_id: str | None) -> str:
        if not record_id:
            return ""
        if entity == "case_file":
            return self.refs.get(record_id, "")
        if (entity, record_id) in self.case_of:
            return self.refs.get(self.case_of[(entity, record_id)], "")
        youth = record_id if entity == "youth" else self.guardian_youth.get(record_id)
        if youth is None:
            return ""
        return ", ".join(sorted(self.youth_cases.get(self.alias.get(youth, youth), [])))


def _in(session: Session, key: object, value: object, ids: Iterable[str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    values = list(ids)
    for start in range(0, len(values), 500):
        batch = values[start : start + 500]
        query = select(key, value).where(key.in_(batch))  # type: ignore[attr-defined, call-overload]
        out += [(str(k), str(v)) for k, v in session.execute(query)]
    return out


def to_csv(rows: Iterable[AuditRow]) -> str:
    """The rows as CSV (semicolon-separated, as Dutch spreadsheets expect), with a header."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(CSV_HEADERS)
    for r in rows:
        cells = (
            r.at.replace(tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S"),
            r.actor,
            r.action_label,
            r.entity_label,
            r.dossier,
            r.record_id,
            r.detail_label,
        )
        writer.writerow([_cell(c) for c in cells])
    return out.getvalue()


def write_csv(vault: Vault, flt: AuditFilter, path: Path) -> int:
    """The filtered events as a CSV file at `path` (the screen's export); how many rows."""
    rows = list_events(vault, flt)
    try:
        path.write_text(to_csv(rows), encoding="utf-8")
    except OSError as exc:
        raise UserError(f"Kan {path} niet schrijven: {exc.strerror}.") from exc
    return len(rows)


def _cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (a name starting "=")."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
