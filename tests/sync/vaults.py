"""A small team of real vaults for the sync tests: two consultants' laptops and a team vault.

`Team.sync(src, dst)` exports from one vault and imports into another, accepting a new
sender's fingerprint the way a team lead would after comparing it.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lvs_desktop.models import Letter
from lvs_desktop.services import contacts
from lvs_desktop.services import sync as service
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync.bundle import OpenedBundle
from lvs_desktop.sync.errors import UnknownSignerError
from lvs_desktop.sync.outcome import ImportReport
from lvs_desktop.sync.rows import AUDIT, sync_tables

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from builders import make_case, make_guardian, make_youth

TRANSFER = "Transfer-wachtwoord van het team"
PASSPHRASE = "correct paard batterij niet"
PEOPLE = {
    "anna": OwnerProfile(name="Anna Akkerman", code="AA"),
    "bram": OwnerProfile(name="Bram Bos", code="BB"),
    "lead": OwnerProfile(name="Lea Leider", code="LL", role="team"),
    "lead2": OwnerProfile(name="Lea Leider", code="LL", role="team"),  # a second team vault
}

__all__ = ["PASSPHRASE", "TRANSFER", "Team", "make_case", "make_guardian", "make_youth"]


@dataclass
class Team:
    folder: Path
    vaults: dict[str, Vault] = field(default_factory=dict)
    exports: int = 0

    def open(self, *names: str) -> Team:
        for name in names:
            self.vaults[name] = Vault.create(
                self.folder / f"{name}.lvsvault", PASSPHRASE, PEOPLE[name]
            )
        return self

    def __getitem__(self, name: str) -> Vault:
        return self.vaults[name]

    def close(self) -> None:
        for vault in self.vaults.values():
            vault.lock()

    def export(self, src: str, consultant: str | None = None, since_last: bool = False) -> Path:
        self.exports += 1
        out = self.folder / f"{self.exports:02d}-{src}.lvsbundle"
        if consultant is None and self[src].role == "team":
            raise ValueError("a team vault exports per consultant")
        service.export_bundle(
            self[src], out, TRANSFER, consultant=consultant, since_last=since_last
        )
        return out

    def open_bundles(self, dst: str, *paths: Path) -> list[OpenedBundle]:
        vault = self[dst]
        for _ in range(len(paths) + 1):
            try:
                return service.open_bundles(vault, list(paths), TRANSFER)
            except UnknownSignerError as new_sender:
                service.accept_signer(vault, new_sender)
        raise AssertionError("signers not accepted")

    def imp(self, dst: str, *paths: Path, preview: bool = False) -> ImportReport:
        bundles = self.open_bundles(dst, *paths)
        if preview:
            return service.preview_import(self[dst], bundles)
        return service.apply_import(self[dst], bundles)

    def sync(self, src: str, dst: str, consultant: str | None = None) -> ImportReport:
        if consultant is None and self[src].role == "team":
            consultant = self[dst].owner_id
        return self.imp(dst, self.export(src, consultant))


def live_data(vault: Vault, *, with_audit: bool = False) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row's data fields (no bookkeeping), per table; the vault's own owner and
    its import and export events left out, as they differ per vault by nature."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with vault.session() as session:
        for table in sync_tables():
            if table.name == AUDIT and not with_audit:
                continue
            rows = {}
            for row in session.execute(select(table.table)):
                values = {f: row._mapping[f] for f in table.fields}
                if table.name == AUDIT and values["action"] in ("import", "export"):
                    continue
                if row.id == vault.owner_id:
                    continue
                rows[row.id] = values
            out[table.name] = rows
    return out


def bookkeeping(vault: Vault) -> dict[str, dict[str, tuple[Any, Any]]]:
    """(vv, expanded dots) of every synced row but the audit events, per table."""
    out: dict[str, dict[str, tuple[Any, Any]]] = {}
    with vault.session() as session:
        for table in sync_tables():
            if table.name == AUDIT:
                continue
            out[table.name] = {
                row.id: (row.vv, table.state(row._mapping).dots)
                for row in session.execute(select(table.table))
            }
    return out


def log_contact(vault: Vault, case_id: str, summary: str = "Gesprek met moeder") -> str:
    data = contacts.ContactInput(
        occurred_at=datetime(2026, 11, 20, 10, 30), mode="home_visit", summary=summary
    )
    return contacts.log_contact(vault, case_id, data).first("contact")


def add_letter(vault: Vault, case_id: str, pdf: bytes = b"%PDF-1.7 brief") -> str:
    with vault.session() as session:
        letter = Letter(
            case_id=case_id,
            kind="invitation_1",
            recipient_name="Fam. Zandkamp",
            sent_on=date(2026, 11, 21),
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
        )
        session.add(letter)
        session.commit()
        return letter.id


def edit(vault: Vault, model: type, record_id: str, **values: Any) -> None:
    """A plain edit through the ORM (stamped by the store like any other)."""
    with vault.session() as session:
        row = session.get_one(model, record_id)
        for key, value in values.items():
            setattr(row, key, value)
        session.commit()
