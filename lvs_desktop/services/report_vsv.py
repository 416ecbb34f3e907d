"""DUO's official early-leaver figures (VSV) for the annual report (issue 13, item 7): the
team lead enters, per school year and municipality, the new early school leavers and the
denominator; the report shows them a year later (`reports.counts_vsv`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lvs_desktop.models import Municipality, UserError, VsvFigure, utcnow
from lvs_desktop.services.region.reference import match_name
from lvs_desktop.services.reports import parse_year
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault

MAX_COUNT = 1_000_000


@dataclass(frozen=True)
class VsvEntry:
    """One entered figure, as shown: school year, municipality name, leavers, denominator."""

    year: str
    municipality: str
    leavers: int
    participants: int

    @property
    def percentage(self) -> float:
        return 100.0 * self.leavers / self.participants if self.participants else 0.0


def set_vsv(
    vault: Vault, year: str, municipality: str, leavers: int, participants: int
) -> ChangeSummary:
    """Enter (or correct) DUO's figure of `year` for one municipality (by name)."""
    label = parse_year(year).label
    if not 0 <= leavers <= MAX_COUNT or not 0 <= participants <= MAX_COUNT:
        raise UserError("Aantallen liggen tussen 0 en 1.000.000.")
    if participants == 0 or leavers > participants:
        raise UserError(
            "De noemer (deelnemers) moet groter dan 0 zijn en minstens zo groot als het "
            "aantal voortijdig schoolverlaters."
        )
    with UnitOfWork(vault, "set_vsv") as uow:
        live = uow.session.execute(
            select(Municipality.id, Municipality.name).where(~Municipality.deleted)
        ).all()
        name = match_name(municipality, [n for _, n in live])
        municipality_id = min(i for i, n in live if n == name)
        row = uow.session.get(VsvFigure, (label, municipality_id))
        if row is None:
            row = VsvFigure(school_year=label, municipality_id=municipality_id)
            uow.session.add(row)
        row.leavers, row.participants, row.updated_at = leavers, participants, utcnow()
        uow.audit("update", "vsv_figure", None, f"set_vsv: {label}")
        return uow.commit(f"Vsv-cijfer {label} voor {name} opgeslagen.")


def vsv_entries(vault: Vault) -> list[VsvEntry]:
    """Every entered figure, newest school year first, then by municipality."""
    with vault.session() as session:
        rows = session.execute(
            select(
                VsvFigure.school_year,
                Municipality.name,
                VsvFigure.leavers,
                VsvFigure.participants,
            ).join(Municipality, Municipality.id == VsvFigure.municipality_id)
        ).all()
    entries = sorted((VsvEntry(y, m, n, d) for y, m, n, d in rows), key=lambda e: e.municipality)
    return sorted(entries, key=lambda e: e.year, reverse=True)
