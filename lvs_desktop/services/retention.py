"""Retention (DOMAIN §8): flag files past their retention date and purge them on request.

The terms come from a secondary source on the VNG Selectielijst 2017, so they are a setting.
A youth's file is past retention when every case is closed and the latest retention date of
its cases has passed; a youth with no live case (none ever, or only removed ones) is past
retention some days after its last change. The purge is the only hard delete in the product:
it destroys the youth, the youths merged into it (aliases) and everything that hangs off them,
leaves a tombstone per record that travels in bundles so the file never comes back
(`sync.tombstones`), and then rewrites the backups without the purged rows or removes them,
per the setting. It keeps audit events (they hold ids, no personal data) and writes one more
per purged youth.

The intake inbox's reports that were never assigned have their own term
(`intake_unassigned_days`, counted from the import): past it they are listed here too (reason
"intake", named by their DUO number) and the same purge empties them (`intake.upkeep`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from lvs_desktop.models import (
    Case,
    IntakeReport,
    PurgeTombstone,
    UserError,
    Youth,
    YouthAlias,
)
from lvs_desktop.models.rules.dates import add_months, birthday
from lvs_desktop.models.rules.leerplicht import YouthFacts, full_leerplicht_end
from lvs_desktop.services.intake import inbox as intake_inbox
from lvs_desktop.services.intake import upkeep as intake_upkeep
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.store.bookkeeping import PURGE_FLAG
from lvs_desktop.sync import tombstones
from lvs_desktop.sync.rows import YOUTH, sync_tables

SETTING_KEY = "retention_terms"
BACKUPS_SETTING_KEY = "retention_backups"
BACKUP_POLICIES = {
    "rewrite": "herschrijven zonder de vernietigde gegevens",
    "remove": "verwijderen",
}
RMC_KINDS = frozenset({"early_school_leaver", "absence_18_plus", "rmc_outreach"})
KWALIFICATIEPLICHT_KINDS = frozenset({"screening_17"})


@dataclass(frozen=True)
class RetentionTerms:
    """Years and months files are kept (a setting; defaults from DOMAIN §8)."""

    leerplicht_years_after_birth: int = 21
    kwalificatieplicht_months_after_end: int = 24
    rmc_months_after_23: int = 24
    # A youth with no live case (none, or only removed ones): no file to keep it for.
    without_case_days: int = 30
    # [practice] A report in the intake inbox that nobody assigned: kept this long after import.
    intake_unassigned_days: int = 90


@dataclass(frozen=True)
class PastRetention:
    youth_id: str
    reference: str  # the latest case's reference, to name the file without personal data
    kept_until: date
    reason: str = "term"  # term, no_case (never had one), removed_cases (only removed ones)

    @property
    def label(self) -> str:
        """How the file is named on a screen or a command line (no personal data)."""
        if self.reason == "no_case":
            return f"jeugdige zonder dossier ({self.youth_id[:8]})"
        if self.reason == "intake":
            return f"melding {self.reference} (postvak intake)"
        if self.reason == "removed_cases":
            return f"{self.reference} (alleen verwijderde dossiers)"
        return self.reference


def get_terms(vault: Vault) -> RetentionTerms:
    stored: dict[str, Any] = vault.get_setting(SETTING_KEY, {}) or {}
    known = {f.name for f in fields(RetentionTerms)}
    return RetentionTerms(**{k: int(v) for k, v in stored.items() if k in known})


def set_terms(vault: Vault, terms: RetentionTerms) -> None:
    if min(asdict(terms).values()) < 0:
        raise UserError("Bewaartermijnen kunnen niet negatief zijn.")
    vault.set_setting(SETTING_KEY, asdict(terms))


def get_backup_policy(vault: Vault) -> str:
    """What a purge does to the backups: "rewrite" (the default) or "remove"."""
    value = vault.get_setting(BACKUPS_SETTING_KEY, "rewrite")
    return value if value in BACKUP_POLICIES else "rewrite"


def set_backup_policy(vault: Vault, policy: str) -> None:
    if policy not in BACKUP_POLICIES:
        raise UserError("Kies voor de reservekopieën 'rewrite' (herschrijven) of 'remove'.")
    vault.set_setting(BACKUPS_SETTING_KEY, policy)


def case_kept_until(case: Case, youth: Youth, terms: RetentionTerms) -> date:
    """The last day a closed case must be kept, by the duty it was about."""
    born = youth.birth_date
    facts = YouthFacts(birth_date=born, startkwalificatie_on=youth.startkwalificatie_on)
    if case.kind in RMC_KINDS or case.opened_on >= birthday(born, 18):
        return add_months(birthday(born, 23), terms.rmc_months_after_23)
    if case.kind in KWALIFICATIEPLICHT_KINDS or case.opened_on > full_leerplicht_end(facts):
        end = min(d for d in (birthday(born, 18), youth.startkwalificatie_on) if d is not None)
        return add_months(end, terms.kwalificatieplicht_months_after_end)
    return birthday(born, terms.leerplicht_years_after_birth)


def past_retention(
    vault: Vault, on: date, terms: RetentionTerms | None = None
) -> list[PastRetention]:
    """Youths whose whole file may be purged on `on` (a youth merged into another one goes
    with that one and is not offered on its own)."""
    terms = terms or get_terms(vault)
    out = []
    with vault.session() as s:
        aliases = set(s.scalars(select(YouthAlias.alias_id)))
        for youth in s.scalars(select(Youth)):
            if youth.id in aliases:
                continue
            cases = [c for c in youth.cases if not c.deleted and not youth.deleted]
            if not cases:
                removed = [c for c in youth.cases if c.deleted]
                last = max([youth.updated_at, *(c.updated_at for c in removed)])
                until = last.date() + timedelta(days=terms.without_case_days)
                if until < on:
                    reference = max(removed, key=lambda c: c.opened_on).reference if removed else ""
                    reason = "removed_cases" if removed else "no_case"
                    out.append(PastRetention(youth.id, reference, until, reason))
                continue
            if any(c.closed_on is None for c in cases):
                continue
            until = max(case_kept_until(c, youth, terms) for c in cases)
            if until < on:
                latest = max(cases, key=lambda c: c.opened_on)
                out.append(PastRetention(youth.id, latest.reference, until))
        for row in intake_upkeep.stale_rows(s, on, terms.intake_unassigned_days):
            out.append(PastRetention(row.id, row.duo_number, row.kept_until, "intake"))
    return out


def purge(vault: Vault, youth_ids: list[str], on: date) -> ChangeSummary:
    """Destroy the whole file of each youth past retention; refuses any that is not.

    Tombstones travel in the next bundles; the backups are rewritten without the purged rows
    or removed (`get_backup_policy`), and the message says which."""
    past = past_retention(vault, on)
    allowed = {p.youth_id for p in past}
    inbox = {p.youth_id for p in past if p.reason == "intake"} & set(youth_ids)
    refused = [y for y in youth_ids if y not in allowed]
    if refused:
        raise UserError(f"{len(refused)} dossier(s) zijn nog niet over de bewaartermijn.")
    if not youth_ids:
        raise UserError("Kies eerst de dossiers die vernietigd moeten worden.")
    with UnitOfWork(vault, "retention_purge") as uow:
        s = uow.session
        s.info[PURGE_FLAG] = True
        now = tombstones.clock_time(s)
        files = [y for y in youth_ids if y not in inbox]
        doomed = tombstones.destroy(s, {YOUTH: set(files)}, on, now) if files else {}
        intake_inbox.forget_youths(s, files)  # the intake's link and onderwijsnummer
        for row_id in intake_upkeep.empty_rows(s, inbox):
            uow.audit("purge", IntakeReport.__tablename__, row_id, "retention_purge")
        if inbox:
            doomed[IntakeReport.__tablename__] = set(inbox)
        marks = [
            {"id": t.record_id, "table": t.entity, "purged_on": t.purged_on, "recorded_at": now}
            for t in s.scalars(select(PurgeTombstone).where(PurgeTombstone.recorded_at == now))
        ]
        for youth_id in files:
            uow.audit("purge", Youth.__tablename__, youth_id, "retention_purge")
        line = f"{len(files)} dossier(s) vernietigd na de bewaartermijn."
        if inbox:
            line += f" {len(inbox)} niet toegewezen melding(en) uit het postvak verwijderd."
        summary = uow.commit(line)
    return replace(summary, message=summary.message + " " + purge_backups(vault, doomed, marks))


def purge_backups(vault: Vault, doomed: Mapping[str, Iterable[str]], marks: list[Any]) -> str:
    """Rewrite or remove the backups after a purge (per the setting); one Dutch line."""
    children_first = {
        t.name: set(doomed[t.name]) for t in reversed(sync_tables()) if t.name in doomed
    }
    for name, ids in doomed.items():  # local tables (the intake inbox) after the synced ones
        children_first.setdefault(name, set(ids))
    policy = get_backup_policy(vault)
    change = vault.purge_backups(children_first, marks, rewrite=policy == "rewrite")
    return backups_line(change, policy)


def backups_after_import(vault: Vault, destroyed: Mapping[str, Iterable[str]]) -> str:
    """An import took in tombstones and destroyed files here: the backups follow, as after a
    purge of our own. One Dutch line for the import's report."""
    ids = [i for rows in destroyed.values() for i in rows]
    marks: list[dict[str, Any]] = []
    with vault.session() as s:
        for start in range(0, len(ids), 500):
            marks += [
                {
                    "id": t.record_id,
                    "table": t.entity,
                    "purged_on": t.purged_on,
                    "recorded_at": t.recorded_at,
                }
                for t in s.scalars(
                    select(PurgeTombstone).where(
                        PurgeTombstone.record_id.in_(ids[start : start + 500])
                    )
                )
            ]
    return "Vernietigde dossiers: " + purge_backups(vault, destroyed, marks)


def backups_line(change: Any, policy: str) -> str:
    """One Dutch line on what the purge did to the backups."""
    rewritten, removed = len(change.rewritten), len(change.removed)
    if not rewritten and not removed:
        return "Er waren geen reservekopieën."
    if policy == "remove":
        return f"{removed} reservekopie(ën) verwijderd (instelling: verwijderen)."
    line = f"{rewritten} reservekopie(ën) herschreven zonder de vernietigde gegevens"
    if removed:
        line += f", {removed} verwijderd (niet te herschrijven)"
    return line + "."
