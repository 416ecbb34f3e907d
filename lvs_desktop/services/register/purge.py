"""Purging the register: people who moved away or aged out (DOMAIN §8, need to know).

The register is there for the duties and the RMC follow-up, which end with the 23rd birthday
and with living elsewhere. A resident is purged on a date when
* the 23rd birthday has passed (the law's limit, not a setting), or
* they moved out at least `moved_away_months` before it (a setting, `register_retention`,
  default 0: gone the day after moving; the next municipality's register takes over).
Their enrolments go with them, and so do ended enrolments of numbers the register has no
resident for (an onderwijsnummer, or a BSN of someone living outside the region). Register
rows are local: a purge is a plain delete (SQLCipher's `secure_delete` overwrites them), and
the backups are then rewritten without those rows or removed, per the retention setting
(`services.retention.get_backup_policy`), as after a retention purge. Cases opened from a
list are files like any other, under `services.retention`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, delete, select

from lvs_desktop.models import RegisterEnrolment, RegisterResident, UserError
from lvs_desktop.models.rules.dates import add_months, birthday
from lvs_desktop.services.retention import backups_line, get_backup_policy
from lvs_desktop.services.uow import UnitOfWork
from lvs_desktop.store import Vault

SETTING_KEY = "register_retention"


@dataclass(frozen=True)
class RegisterRetention:
    moved_away_months: int = 0


@dataclass
class RegisterPurge:
    residents: int
    enrolments: int
    applied: bool
    backups: str = ""  # what the purge did to the backups, one Dutch line

    def counts_line(self) -> str:
        verb = "verwijderd" if self.applied else "te verwijderen (proef: niets verwijderd)"
        line = (
            f"Register: {self.residents} inwoner(s) en {self.enrolments} inschrijving(en) {verb}."
        )
        return f"{line} {self.backups}" if self.backups else line


def get_retention(vault: Vault) -> RegisterRetention:
    stored: dict[str, Any] = vault.get_setting(SETTING_KEY, {}) or {}
    return RegisterRetention(int(stored.get("moved_away_months", 0)))


def set_retention(vault: Vault, terms: RegisterRetention) -> None:
    if terms.moved_away_months < 0:
        raise UserError("De bewaartermijn na vertrek kan niet negatief zijn.")
    vault.set_setting(SETTING_KEY, {"moved_away_months": terms.moved_away_months})


def purge_register(vault: Vault, on: date, *, apply: bool = True) -> RegisterPurge:
    """Delete residents past their term as on `on`, with their enrolments (one transaction),
    then rewrite or remove the backups as a retention purge does (`retention_backups`)."""
    terms = get_retention(vault)
    moved_before = add_months(on, -terms.moved_away_months)
    r = RegisterResident.__table__
    e = RegisterEnrolment.__table__
    assert isinstance(r, Table) and isinstance(e, Table)
    with UnitOfWork(vault, "purge_register") as uow:
        s = uow.session
        rows = s.execute(select(r.c.id, r.c.bsn, r.c.birth_date, r.c.moved_out_on)).all()
        gone = {
            rid: bsn
            for rid, bsn, born, moved_out in rows
            if birthday(born, 23) <= on or (moved_out is not None and moved_out <= moved_before)
        }
        gone_bsns = set(gone.values())
        living = {bsn for _rid, bsn, _b, _m in rows} - gone_bsns
        enrolment_ids = [
            eid
            for eid, number, ends_on in s.execute(select(e.c.id, e.c.person_number, e.c.ends_on))
            if number in gone_bsns
            or (number not in living and ends_on is not None and ends_on < on)
        ]
        result = RegisterPurge(len(gone), len(enrolment_ids), apply)
        if not apply:
            return result
        resident_ids = sorted(gone)
        for start in range(0, len(resident_ids), 500):
            s.execute(delete(r).where(r.c.id.in_(resident_ids[start : start + 500])))
        for start in range(0, len(enrolment_ids), 500):
            s.execute(delete(e).where(e.c.id.in_(enrolment_ids[start : start + 500])))
        uow.audit("purge", r.name, None, f"{result.residents} inwoners, {result.enrolments} "
                  "inschrijvingen")  # fmt: skip
        uow.commit(result.counts_line())
    if resident_ids or enrolment_ids:
        doomed = {e.name: set(enrolment_ids), r.name: set(resident_ids)}  # children first
        policy = get_backup_policy(vault)
        change = vault.purge_backups(doomed, [], rewrite=policy == "rewrite")
        result.backups = backups_line(change, policy)
    return result
