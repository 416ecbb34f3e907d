"""The region travels: the team lead exports the registers for every consultant.

`export_region` writes the region bundle (see `lvs_desktop.sync.region`: municipalities,
schools, partners, roster with coverage, and the region settings incl. the letterhead) with
the team's transfer passphrase, signed by the team vault. A consultant reads it with the
ordinary import (`services.sync.open_bundles` + `apply_import`, or `lvs-desktop import`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lvs_desktop.models import UserError
from lvs_desktop.services.sync import write_atomically
from lvs_desktop.services.uow import UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.sync import export as exporter
from lvs_desktop.sync.region import prepare_region_export


@dataclass(frozen=True)
class RegionExport:
    path: Path
    sequence: int
    rows: int
    counts: dict[str, int]
    fingerprint: str


def export_region(vault: Vault, out: Path, transfer_passphrase: str) -> RegionExport:
    """Write the region bundle to `out` (a team vault only) and note it in the export log."""
    if vault.role != "team":
        raise UserError("Alleen de teamkluis exporteert de regio (de registers van het team).")
    with vault.session() as session:
        prepared = prepare_region_export(session, passphrase=transfer_passphrase)
    write_atomically(Path(out), prepared.data)
    with UnitOfWork(vault, "export_region") as uow:
        exporter.record_export(uow.session, prepared)
        uow.audit(
            "export", "bundle", None, f"regio-export {prepared.sequence}: {prepared.rows} rijen"
        )
        uow.commit("Regio geëxporteerd.")
    return RegionExport(
        Path(out), prepared.sequence, prepared.rows, prepared.counts, prepared.fingerprint
    )
