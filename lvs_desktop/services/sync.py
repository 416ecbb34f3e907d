"""Sync use cases: export, open and preview bundles, import, conflicts, duplicates, reassign.

Every change goes through the unit of work with an audit event, except the import itself,
which is one merge transaction of its own (`sync.importer`) and writes its own audit event.
Values go out as plain dataclasses; conflict values are shown as text, never logged.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from lvs_desktop.models import Case, Conflict, Consultant, Setting, UserError, Youth, YouthAlias
from lvs_desktop.models.base import utcnow
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault
from lvs_desktop.store.private_files import private_dir
from lvs_desktop.sync import export as exporter
from lvs_desktop.sync import trust
from lvs_desktop.sync.authority import refusal_line
from lvs_desktop.sync.bundle import OpenedBundle, read_bundle_file
from lvs_desktop.sync.codec import decode_value
from lvs_desktop.sync.errors import UnknownSignerError
from lvs_desktop.sync.hlc import wall_of
from lvs_desktop.sync.importer import DISMISSED_DUPLICATES, Progress, run_import
from lvs_desktop.sync.labels import TABLE_LABELS, record_label
from lvs_desktop.sync.linking import duplicate_candidates
from lvs_desktop.sync.outcome import ImportReport, RecordOutcome
from lvs_desktop.sync.rows import sync_tables, table_named
from lvs_desktop.sync.signing import SignerInfo
from lvs_desktop.sync.untrusted import printable

__all__ = [
    "TABLE_LABELS",
    "ConflictRow",
    "ExportOutcome",
    "ImportReport",
    "OpenedBundle",
    "Progress",
    "RecordOutcome",
    "UnknownSignerError",
    "YouthCard",
    "accept_signer",
    "apply_import",
    "consultant_choices",
    "delete_anyway",
    "dismiss_duplicate",
    "export_bundle",
    "keep_as_is",
    "list_conflicts",
    "list_duplicates",
    "merge_youths",
    "open_bundles",
    "preview_import",
    "printable",
    "reassign_case",
    "refusal_line",
    "resolve_consultant",
    "take_other",
]

MERGE_FIELDS = (
    "bsn", "given_names", "surname_prefix", "surname", "gender", "birth_date", "birth_place",
    "street", "house_number", "postcode", "city", "municipality_id", "school_id", "enrolled_on",
    "grade", "startkwalificatie_on", "no_kwalificatieplicht", "first_school_day", "phone",
    "email",
)  # fmt: skip


# -- export ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportOutcome:
    path: Path
    consultant_name: str
    sequence: int
    since_sequence: int | None
    rows: int
    counts: dict[str, int]
    fingerprint: str


def resolve_consultant(vault: Vault, wanted: str | None) -> tuple[str, str]:
    """(id, name) of the consultant named by id, code or name; by default the vault's owner.

    A team vault has no default: the team lead exports per consultant.
    """
    with vault.session() as session:
        if not wanted:
            if vault.role == "team" or vault.owner_id is None:
                raise UserError("Kies voor welke consulent u exporteert (--consultant NAAM).")
            owner = session.get_one(Consultant, vault.owner_id)
            return owner.id, owner.name
        text = wanted.strip().lower()
        people = list(session.scalars(select(Consultant).where(~Consultant.deleted)))
        for test in (
            lambda c: c.id == wanted.strip(),
            lambda c: c.code.lower() == text,
            lambda c: c.name.lower() == text,
            lambda c: text in c.name.lower(),
        ):
            hits = [c for c in people if test(c)]
            if len(hits) == 1:
                return hits[0].id, hits[0].name
            if len(hits) > 1:
                raise UserError(f"Meer dan één consulent past bij '{wanted}'; wees preciezer.")
    raise UserError(f"Geen consulent gevonden met de naam '{wanted}'.")


def consultant_choices(vault: Vault) -> list[tuple[str, str]]:
    """(id, name) of every live consultant, by name."""
    with vault.session() as session:
        rows = session.scalars(
            select(Consultant).where(~Consultant.deleted).order_by(Consultant.name)
        )
        return [(c.id, c.name) for c in rows]


def export_bundle(
    vault: Vault,
    out: Path,
    transfer_passphrase: str,
    *,
    consultant: str | None = None,
    since_last: bool = False,
) -> ExportOutcome:
    """Write an exportbestand for one consultant to `out` and note it in the export log."""
    consultant_id, name = resolve_consultant(vault, consultant)
    with vault.session() as session:
        prepared = exporter.prepare_export(
            session,
            consultant_id=consultant_id,
            passphrase=transfer_passphrase,
            since_last=since_last,
        )
    write_atomically(Path(out), prepared.data)
    with UnitOfWork(vault, "export") as uow:
        exporter.record_export(uow.session, prepared)
        uow.audit(
            "export",
            "bundle",
            None,
            f"export {prepared.sequence} voor consulent {consultant_id[:8]}: {prepared.rows} rijen",
        )
        uow.commit("Exportbestand gemaakt.")
    return ExportOutcome(
        path=Path(out),
        consultant_name=name,
        sequence=prepared.sequence,
        since_sequence=prepared.since_sequence,
        rows=prepared.rows,
        counts=prepared.counts,
        fingerprint=prepared.fingerprint,
    )


def write_atomically(path: Path, data: bytes) -> None:
    try:
        private_dir(path.parent, owned=False)  # a folder made for it is 0700; the file 0600
        fd, tmp = tempfile.mkstemp(prefix=".lvsbundle-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise UserError(f"Kan het exportbestand niet schrijven naar {path.name}.") from exc


# -- import ----------------------------------------------------------------------------------


def open_bundles(
    vault: Vault,
    paths: Sequence[Path],
    transfer_passphrase: str,
    *,
    trust_for_now: Sequence[UnknownSignerError] = (),
) -> list[OpenedBundle]:
    """Read and verify bundles (passphrase, integrity, signature, trust, content).

    `trust_for_now`: senders accepted for this call only, not recorded (a dry run)."""
    with vault.session() as session:
        check = trust.also_trusting(trust.trust_check(session), trust_for_now)
    bundles = [
        read_bundle_file(Path(p), passphrase=transfer_passphrase, trust=check) for p in paths
    ]
    for opened in bundles:
        manifest = opened.document.manifest
        meant_for = manifest.subject_consultant_id
        if vault.role != "team" and meant_for not in (None, vault.owner_id):
            raise UserError(  # need to know: a team lead's export for a colleague
                "Dit exportbestand is bestemd voor een andere consulent; het is niet ingelezen."
            )
    return bundles


def accept_signer(vault: Vault, error: UnknownSignerError) -> ChangeSummary:
    """Trust the key in `error` for its replica from now on (the team lead compared it)."""
    signer = SignerInfo(
        replica_id=error.replica_id,
        consultant_id=error.consultant_id,
        consultant_name=error.consultant_name[:200],
    )
    with UnitOfWork(vault, "accept_key") as uow:
        trust.accept(uow.session, signer, error.public_key)
        uow.audit("accept_key", "peer_key", error.replica_id, f"vingerafdruk {error.fingerprint}")
        return uow.commit("Vingerafdruk geaccepteerd.")


def _owners(vault: Vault, bundles: Sequence[OpenedBundle] = ()) -> dict[str, str]:
    with vault.session() as session:
        names = {i: n for i, n in session.execute(select(Consultant.id, Consultant.name))}
        owners = {r: names.get(c or "", "") for r, c in trust.replica_owners(session).items()}
    for b in bundles:
        m = b.document.manifest
        owners.setdefault(m.source_replica_id, m.source_consultant_name)
    return {r: n for r, n in owners.items() if n}


def preview_import(
    vault: Vault, bundles: Sequence[OpenedBundle], *, progress: Progress | None = None
) -> ImportReport:
    """What an import would do, per record; nothing is changed."""
    return run_import(
        vault, bundles, apply=False, details=True, progress=progress, owners=_owners(vault, bundles)
    )


def apply_import(
    vault: Vault,
    bundles: Sequence[OpenedBundle],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import for real: a backup first, then one transaction (audited). Afterwards, twins in
    the registers (one CBS code, one BRIN + vestiging) are linked (`region.linking`)."""
    try:
        report = run_import(
            vault,
            bundles,
            apply=True,
            progress=progress,
            cancelled=cancelled,
            owners=_owners(vault, bundles),
        )
    except BaseException:
        vault.drop_unkept_backups()  # a failed import keeps no backup
        raise
    if report.destroyed:  # tombstones came in: the backups follow, as after our own purge
        from lvs_desktop.services.retention import backups_after_import

        report.warnings.append(backups_after_import(vault, report.destroyed))
    from lvs_desktop.services.region.linking import link_register_twins  # (a cycle otherwise)

    link_register_twins(vault)
    return report


def import_changes(report: ImportReport, message: str = "") -> ChangeSummary:
    """What an applied import changed, as the change summary the screens refresh from."""
    return ChangeSummary(
        updated=list(report.touched), message=message, everything=report.touched_all
    )


# -- conflicts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as the team lead sees it: both values side by side, who and when."""

    id: str
    entity: str
    entity_label: str
    record_id: str
    record_label: str
    field: str
    kind: str  # field, delete
    live_value: str
    live_who: str
    live_when: datetime | None
    other_value: str
    other_who: str
    other_when: datetime | None
    detected_at: datetime
    resolution: str | None


def _when(dot: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(wall_of(int(dot[2])) / 1000, UTC)
    except (TypeError, ValueError, IndexError, OverflowError, OSError):
        return None


def show_value(value: Any) -> str:
    value = decode_value(value)
    if value is None or value == "":
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, bytes):
        return f"(bestand, {len(value)} bytes)"
    return str(value)


def list_conflicts(vault: Vault, *, include_resolved: bool = False) -> list[ConflictRow]:
    owners = _owners(vault)
    with vault.session() as session:
        query = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.resolved_at.is_(None))
        out = []
        for c in session.scalars(query):
            table = table_named(c.entity)
            row = session.get(table.model, c.record_id)
            values = {f: getattr(row, f) for f in table.fields} if row is not None else {}
            live_dot, other_dot = c.winner_dot or [], c.loser_dot or []
            out.append(
                ConflictRow(
                    id=c.id,
                    entity=c.entity,
                    entity_label=TABLE_LABELS.get(c.entity, c.entity),
                    record_id=c.record_id,
                    record_label=record_label(c.entity, values) if values else "",
                    field=c.field,
                    kind=c.kind,
                    live_value=show_value(c.winner_value),
                    live_who=owners.get(str(live_dot[0]) if live_dot else "", "onbekend"),
                    live_when=_when(live_dot),
                    other_value=show_value(c.loser_value),
                    other_who=c.loser_actor
                    or owners.get(str(other_dot[0]) if other_dot else "", "onbekend"),
                    other_when=_when(other_dot),
                    detected_at=c.detected_at,
                    resolution=c.resolution,
                )
            )
        return out


SETTLED_AS = {
    "swapped": "de andere waarde is overgenomen",
    "deleted": "toch verwijderd",
    "kept": "gehouden zoals het was",
}


def _open_conflict(uow: UnitOfWork, conflict_id: str) -> Conflict:
    """The conflict, if it is still open. Settling is done once: a settled conflict is
    refused (taking the other value again would bring the losing value back)."""
    conflict = uow.session.get(Conflict, conflict_id)
    if conflict is None:
        raise UserError("Dit conflict bestaat niet meer.")
    if conflict.resolved_at is not None:
        how = SETTLED_AS.get(conflict.resolution or "", "afgehandeld")
        raise UserError(f"Dit conflict is al afgehandeld ({how}); er is niets veranderd.")
    return conflict


def take_other(vault: Vault, conflict_id: str) -> ChangeSummary:
    """Put the kept value live (a new edit, so it wins everywhere); the conflict swaps sides."""
    with UnitOfWork(vault, "take_other") as uow:
        conflict = _open_conflict(uow, conflict_id)
        table = table_named(conflict.entity)
        row = uow.session.get(table.model, conflict.record_id)
        if row is None:
            raise UserError("Het gegeven van dit conflict bestaat niet meer.")
        value = table.decode_column(conflict.field, conflict.loser_value)
        setattr(row, conflict.field, value)
        conflict.winner_value, conflict.loser_value = conflict.loser_value, conflict.winner_value
        conflict.winner_dot, conflict.loser_dot = conflict.loser_dot, conflict.winner_dot
        conflict.resolution = "swapped"
        conflict.resolved_at = utcnow().replace(tzinfo=None)
        return uow.commit("De andere waarde is overgenomen.")


def delete_anyway(vault: Vault, conflict_id: str) -> ChangeSummary:
    """A delete that lost to an edit: delete after all (a delete that has seen the edit)."""
    with UnitOfWork(vault, "delete_anyway") as uow:
        conflict = _open_conflict(uow, conflict_id)
        if conflict.kind != "delete":
            raise UserError("Dit is geen conflict over verwijderen.")
        row = uow.session.get(table_named(conflict.entity).model, conflict.record_id)
        if row is not None:
            row.deleted = True
        conflict.resolution = "deleted"
        conflict.resolved_at = utcnow().replace(tzinfo=None)
        return uow.commit("Toch verwijderd.")


def keep_as_is(vault: Vault, conflict_id: str) -> ChangeSummary:
    """The live value is right: close the conflict without changing the record."""
    with UnitOfWork(vault, "keep_conflict") as uow:
        conflict = _open_conflict(uow, conflict_id)
        conflict.resolution = "kept"
        conflict.resolved_at = utcnow().replace(tzinfo=None)
        uow.audit("keep_conflict", conflict.entity, conflict.record_id, conflict.field)
        return uow.commit("Conflict afgehandeld.")


# -- duplicate youths ------------------------------------------------------------------------


@dataclass(frozen=True)
class YouthCard:
    id: str
    label: str
    values: dict[str, Any]
    cases: int


def _card(session: Any, youth: Youth) -> YouthCard:
    cases = session.scalar(select(func.count()).where(Case.youth_id == youth.id, ~Case.deleted))
    values = {f: getattr(youth, f) for f in MERGE_FIELDS}
    return YouthCard(youth.id, record_label("youth", values), values, int(cases or 0))


def list_duplicates(vault: Vault) -> list[tuple[YouthCard, YouthCard]]:
    """Youths with the same name and birth date where a BSN is missing: for a person to judge."""
    with vault.session() as session:
        row = session.get(Setting, DISMISSED_DUPLICATES)
        dismissed = row.value if row is not None and isinstance(row.value, list) else []
        pairs = duplicate_candidates(session, None, [tuple(p) for p in dismissed])
        return [
            (_card(session, session.get_one(Youth, a)), _card(session, session.get_one(Youth, b)))
            for a, b in pairs
        ]


def dismiss_duplicate(vault: Vault, first_id: str, second_id: str) -> ChangeSummary:
    """These two are different people: do not offer them as duplicates again."""
    pair = sorted((first_id, second_id))
    with UnitOfWork(vault, "distinct_youths") as uow:
        row = uow.session.get(Setting, DISMISSED_DUPLICATES)
        pairs = list(row.value) if row is not None and isinstance(row.value, list) else []
        if pair not in pairs:
            pairs.append(pair)
        if row is None:
            uow.session.add(Setting(key=DISMISSED_DUPLICATES, value=pairs))
        else:
            row.value = pairs
        uow.audit("distinct", "youth", pair[0], f"niet dezelfde als {pair[1][:8]}")
        return uow.commit("Gemarkeerd als twee verschillende jeugdigen.")


def merge_youths(
    vault: Vault, first_id: str, second_id: str, take_from_second: Sequence[str] = ()
) -> ChangeSummary:
    """Merge two youths into one (the smaller id stays), field by field as the team lead chose.

    `take_from_second` names the fields whose value comes from `second_id`; all others keep
    `first_id`'s value. Every reference moves to the youth that stays (as edits, so that every
    vault follows), the other youth is deleted, and an alias keeps its id.
    """
    if first_id == second_id:
        raise UserError("Kies twee verschillende jeugdigen.")
    unknown = set(take_from_second) - set(MERGE_FIELDS)
    if unknown:
        raise UserError(f"Onbekend veld: {sorted(unknown)[0]}.")
    keep_id, gone_id = sorted((first_id, second_id))
    with UnitOfWork(vault, "merge_youths") as uow:
        s = uow.session
        first = get_live(s, Youth, first_id, "Jeugdige")
        second = get_live(s, Youth, second_id, "Jeugdige")
        chosen = {f: getattr(second if f in take_from_second else first, f) for f in MERGE_FIELDS}
        keep, gone = (first, second) if first.id == keep_id else (second, first)
        if chosen["bsn"] and gone.bsn == chosen["bsn"]:
            gone.bsn = None
            s.flush()  # no two live youths with one BSN, not even within this transaction
        for name, value in chosen.items():
            if getattr(keep, name) != value:
                setattr(keep, name, value)
        for table in (t for t in _youth_referencing_tables()):
            for column in table.references_to("youth"):
                col = getattr(table.model, column)
                for row in s.scalars(select(table.model).where(col == gone_id)):
                    setattr(row, column, keep_id)
        letters = table_named("letter").model
        for letter in s.scalars(
            select(letters).where(
                letters.recipient_kind == "youth", letters.recipient_id == gone_id
            )
        ):
            letter.recipient_id = keep_id
        gone.deleted = True
        alias = s.get(YouthAlias, gone_id)
        if alias is None:
            s.add(YouthAlias(alias_id=gone_id, canonical_id=keep_id, reason="manual"))
        for other in s.scalars(select(YouthAlias).where(YouthAlias.canonical_id == gone_id)):
            other.canonical_id = keep_id
        return uow.commit("Jeugdigen samengevoegd.")


def _youth_referencing_tables() -> list[Any]:
    return [t for t in sync_tables() if t.references_to("youth")]


# -- reassign --------------------------------------------------------------------------------


def reassign_case(vault: Vault, case_id: str, consultant_id: str) -> ChangeSummary:
    """Give a case to another consultant; it travels to them with the next export for them."""
    with UnitOfWork(vault, "reassign_case") as uow:
        case = get_live(uow.session, Case, case_id, "Dossier")
        get_live(uow.session, Consultant, consultant_id, "Consulent")
        if case.consultant_id == consultant_id:
            raise UserError("Dit dossier is al van deze consulent.")
        case.consultant_id = consultant_id
        return uow.commit("Dossier overgedragen.")
