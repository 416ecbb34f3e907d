"""Purging the register: people who moved away or aged out (DOMAIN §8, need to know).

The register is there for the duties and the RMC follow-up, which end with the 23rd birthday
and with living elsewhere. A resident is purged on a date when
* the 23rd birthday has passed (the law's limit, not a setting), or
* they moved out at least `moved_away_months` before it (a setting, `register_retention`,
  default 0: gone the day after moving; the next municipality's register takes over).
Their enrolments go with them, and so do ended enrolments of numbers the register has no
resident for (an onderwijsnummer, or a BSN of someone living outside the region). Register
rows are local: a purge is a plain delete (SQLCipher's `secure_delete` overwrites them) and
the backups are handled by the next backup thinning; cases opened from a list are files like
any other, under `services.retention`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Table, delete, select

from lvs_desktop.models import RegisterEnrolment, RegisterResident, UserError
from lvs_desktop.models.rules.dates import add_months, birthday
from lvs_desktop.services.uow import UnitOfWork
from lvs_desktop.store import Vault

SETTING_KEY = "register_retention"


@dataclass(frozen=True)
class RegisterRetention:
    moved_away_months: int = 0


@dataclass(frozen=True)
class RegisterPurge:
    residents: int
    enrolments: int
    applied: bool

    def counts_line(self) -> str:
        verb = "verwijderd" if self.applied else "te verwijderen (proef: niets verwijderd)"
        return (
            f"Register: {self.residents} inwoner(s) en {self.enrolments} inschrijving(en) {verb}."
        )


def get_retention(vault: Vault) -> RegisterRetention:
    stored: dict[str, Any] = vault.get_setting(SETTING_KEY, {}) or {}
    return RegisterRetention(int(stored.get("moved_away_months", 0)))


def set_retention(vault: Vault, terms: RegisterRetention) -> None:
    if terms.moved_away_months < 0:
        raise UserError("De bewaartermijn na vertrek kan niet negatief zijn.")
    vault.set_setting(SETTING_KEY, {"moved_away_months": terms.moved_away_months})


def purge_register(vault: Vault, on: date, *, apply: bool = True) -> RegisterPurge:
    """Delete residents past their term as on `on`, with their enrolments (one transaction)."""
    terms = get_retention(vault)
    moved_before = add_months(on, -terms.moved_away_months)
    r = RegisterResident.__table__
    e = RegisterEnrolment.__table__
    assert isinstance(r, Table) and isinstance(e, Table)
    with UnitOfWork(vault, "purge_register") as uow:
        s = uow.session
        gone = [
            bsn
            for bsn, born, moved_out in s.execute(select(r.c.bsn, r.c.birth_date, r.c.moved_out_on))
            if birthday(born, 23) <= on or (moved_out is not None and moved_out <= moved_before)
        ]
        gone_set = set(gone)
        living = {bsn for (bsn,) in s.execute(select(r.c.bsn))} - gone_set
        enrolment_ids = [
            eid
            for eid, number, ends_on in s.execute(select(e.c.id, e.c.person_number, e.c.ends_on))
            if number in gone_set or (number not in living and ends_on is not None and ends_on < on)
        ]
        result = RegisterPurge(len(gone), len(enrolment_ids), apply)
        if not apply:
            return result
        for start in range(0, len(gone), 500):
            s.execute(delete(r).where(r.c.bsn.in_(gone[start : start + 500])))
        for start in range(0, len(enrolment_ids), 500):
            s.execute(delete(e).where(e.c.id.in_(enrolment_ids[start : start + 500])))
        uow.audit("purge", r.name, None, f"{result.residents} inwoners, {result.enrolments} "
                  "inschrijvingen")  # fmt: skip
        uow.commit(result.counts_line())
        return result
