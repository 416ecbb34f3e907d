"""The region's municipalities: picked from the national CBS list, edited, archived.

A municipality is added by its CBS code (`add_municipalities`), which takes the official name
from the national list and, by default, fills the college's name ("College van burgemeester
en wethouders van Dordrecht") that decision letters address objections to; the postal
address is the region's to fill in (`update_municipality`). Adding a code the vault already
has changes nothing (and an archived one comes back).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from lvs_desktop.models import Municipality, UserError
from lvs_desktop.services.region.common import (
    apply_fields,
    clean,
    live_or_archived,
    remove_unused,
    set_archived,
)
from lvs_desktop.services.region.reference import (
    match_name,
    national_by_code,
    normalise_cbs_code,
)
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

# The seed region (Zuid-Holland Zuid / Drechtsteden): its ten municipalities.
SEED_REGION_CODES = (
    "0482", "0505", "0512", "0523", "0531", "1963", "1978", "0590", "0610", "0642",
)  # fmt: skip


@dataclass(frozen=True)
class MunicipalityRow:
    id: str
    name: str
    cbs_code: str | None
    college_name: str | None
    postal_street: str | None
    postal_house_number: str | None
    postal_postcode: str | None
    postal_city: str | None
    archived: bool

    @property
    def postal_lines(self) -> list[str]:
        """The objection address as letter lines (empty if not filled in)."""
        first = " ".join(p for p in (self.postal_street, self.postal_house_number) if p)
        second = " ".join(p for p in (self.postal_postcode, self.postal_city) if p)
        return [line for line in (self.college_name, first, second) if line]


@dataclass
class MunicipalityInput:
    """What the register screen edits (name and code come from the national list)."""

    college_name: str | None = None
    postal_street: str | None = None
    postal_house_number: str | None = None
    postal_postcode: str | None = None
    postal_city: str | None = None


def default_college_name(name: str) -> str:
    return f"College van burgemeester en wethouders van {name}"


def _row(m: Municipality) -> MunicipalityRow:
    return MunicipalityRow(
        m.id,
        m.name,
        m.cbs_code,
        m.college_name,
        m.postal_street,
        m.postal_house_number,
        m.postal_postcode,
        m.postal_city,
        m.archived,
    )


def list_municipalities(vault: Vault, *, include_archived: bool = False) -> list[MunicipalityRow]:
    """The region's municipalities by name (archived ones only on request)."""
    with vault.session() as s:
        query = live_or_archived(select(Municipality), Municipality, include_archived)
        return [_row(m) for m in s.scalars(query.order_by(Municipality.name))]


def find_municipality(vault: Vault, name: str, *, include_archived: bool = True) -> MunicipalityRow:
    """The municipality named `name` (any case); unknown: a Dutch error listing the names."""
    rows = list_municipalities(vault, include_archived=include_archived)
    wanted = match_name(name, [r.name for r in rows])
    return next(r for r in rows if r.name == wanted)


def add_municipalities(vault: Vault, codes: Iterable[str]) -> ChangeSummary:
    """Add municipalities by CBS code ("0505", "505" or "GM0505") in one transaction.

    Unknown codes: nothing is added and the error names them. Codes the vault has already
    are left as they are (archived ones are brought back).
    """
    wanted: list[str] = []
    bad: list[str] = []
    national = national_by_code()
    for raw in codes:
        code = normalise_cbs_code(raw)
        if code is None or code not in national:
            bad.append(raw.strip())
        elif code not in wanted:
            wanted.append(code)
    if bad:
        raise UserError(f"Onbekende CBS-gemeentecode: {', '.join(bad)}.")
    if not wanted:
        raise UserError("Geef minstens één CBS-gemeentecode op, bijvoorbeeld 0505.")
    with UnitOfWork(vault, "add_municipality") as uow:
        s = uow.session
        have = {
            m.cbs_code: m
            for m in s.scalars(select(Municipality).where(~Municipality.deleted))
            if m.cbs_code
        }
        added = 0
        for code in wanted:
            existing = have.get(code)
            if existing is not None:
                if existing.archived:
                    existing.archived = False
                continue
            ref = national[code]
            s.add(
                Municipality(
                    name=ref.name, cbs_code=code, college_name=default_college_name(ref.name)
                )
            )
            added += 1
        return uow.commit(f"{added} gemeente(n) toegevoegd.")


def update_municipality(
    vault: Vault, municipality_id: str, data: MunicipalityInput
) -> ChangeSummary:
    """Edit the college's name and postal address for objections."""
    c = Checker()
    postcode = c.postcode(data.postal_postcode)
    c.done()
    with UnitOfWork(vault, "update_municipality") as uow:
        m = get_live(uow.session, Municipality, municipality_id, "Gemeente")
        apply_fields(
            m,
            {
                "college_name": clean(data.college_name),
                "postal_street": clean(data.postal_street),
                "postal_house_number": clean(data.postal_house_number),
                "postal_postcode": postcode,
                "postal_city": clean(data.postal_city),
            },
        )
        return uow.commit(f"Gemeente {m.name} opgeslagen.")


def archive_municipality(
    vault: Vault, municipality_id: str, archived: bool = True
) -> ChangeSummary:
    return set_archived(vault, Municipality, municipality_id, "Gemeente", archived)


def delete_municipality(vault: Vault, municipality_id: str) -> ChangeSummary:
    """Only a municipality no case, report or youth points at; else archive it."""
    return remove_unused(vault, Municipality, municipality_id, "Gemeente", "municipality_id")
