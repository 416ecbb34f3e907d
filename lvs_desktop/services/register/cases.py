"""Opening case files for people on a register list ("Dossier openen"), one or many at once.

Per person, in one transaction for all: the youth is found by BSN (never by name) or made from
the register row (name, birth date, address, municipality: what the list knows), and a case of
the list's kind is opened under this vault owner's reference code (as the intake inbox does,
so references stay unique across laptops), assigned to the consultant who covers the youth's
municipality on the roster (the first by name), else to this vault's owner. A person who
already has an open case of that kind is left as is and counted *unchanged*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lvs_desktop.models import (
    Case,
    Consultant,
    Coverage,
    RegisterResident,
    UserError,
    Youth,
)
from lvs_desktop.services.cases import next_reference
from lvs_desktop.services.register.lists import LIST_TITLES
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import get_live
from lvs_desktop.store import Vault

CASE_KIND = {
    "not-enrolled": "absolute_absence",
    "deregistered": "absolute_absence",
    "screening-17": "screening_17",
    "rmc": "early_school_leaver",
    "early-leavers": "early_school_leaver",
    "vo-mbo": "early_school_leaver",
}


@dataclass
class OpenedCases:
    opened: list[str]  # case references
    unchanged: int
    summary: ChangeSummary

    def counts_line(self) -> str:
        return f"{len(self.opened)} dossier(s) geopend, {self.unchanged} had(den) er al een."


def open_cases(vault: Vault, list_name: str, bsns: Iterable[str], opened_on: date) -> OpenedCases:
    """Open a case of the list's kind for each BSN (a resident of the register)."""
    if list_name not in LIST_TITLES:
        raise UserError(f"Onbekende lijst '{list_name}'.")
    wanted = list(dict.fromkeys(bsns))
    if not wanted:
        raise UserError("Kies minstens één persoon op de lijst.")
    kind = CASE_KIND[list_name]
    opened: list[str] = []
    unchanged = 0
    with UnitOfWork(vault, "open_case_from_register") as uow:
        s = uow.session
        owner = get_live(s, Consultant, vault.owner_id or "", "Consulent")
        by_muni: dict[str, str] = {}
        covering = (
            select(Coverage.municipality_id, Consultant.id)
            .join(Consultant, Consultant.id == Coverage.consultant_id)
            .where(~Coverage.deleted, ~Consultant.deleted, Consultant.active,
                   Coverage.municipality_id.is_not(None))
            .order_by(Consultant.name.desc())
        )  # fmt: skip
        for muni_id, consultant_id in s.execute(covering):  # last wins: the first by name
            if muni_id:
                by_muni[muni_id] = consultant_id
        for bsn in wanted:
            resident = s.scalars(
                select(RegisterResident).where(RegisterResident.bsn == bsn)
            ).first()
            if resident is None:
                raise UserError(
                    "Deze persoon staat niet (meer) in het register; er is niets geopend."
                )
            youth = s.scalars(select(Youth).where(Youth.bsn == bsn, ~Youth.deleted)).first()
            if youth is None:
                youth = Youth(
                    bsn=bsn,
                    given_names=resident.given_names,
                    surname_prefix=resident.surname_prefix,
                    surname=resident.surname,
                    birth_date=resident.birth_date,
                    street=resident.street,
                    house_number=resident.house_number,
                    postcode=resident.postcode,
                    city=resident.city,
                    municipality_id=resident.municipality_id,
                )
                s.add(youth)
                s.flush()
            elif s.scalar(
                select(Case.id).where(
                    Case.youth_id == youth.id,
                    Case.kind == kind,
                    Case.status != "afgesloten",
                    ~Case.deleted,
                )
            ):
                unchanged += 1
                continue
            case = Case(
                reference=next_reference(s, opened_on.year, owner.code),
                youth_id=youth.id,
                consultant_id=by_muni.get(resident.municipality_id, owner.id),
                kind=kind,
                status="in_behandeling",
                opened_on=opened_on,
                municipality_id=youth.municipality_id,
                school_id=youth.school_id,
            )
            s.add(case)
            s.flush()
            opened.append(case.reference)
        summary = uow.commit(f"{len(opened)} dossier(s) geopend uit de lijst.")
        return OpenedCases(opened, unchanged, summary)
