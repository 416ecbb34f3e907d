"""The region's schools: one row per location (BRIN + vestiging), edited and archived by hand.

DUO's open-data files fill the register in bulk (`school_import`); a consultant can also add
a school that is not in the team's register yet (a new location, a school across the border).
That row travels and merges like any other.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import select

from lvs_desktop.models import Municipality, School, UserError
from lvs_desktop.services.region.common import (
    apply_fields,
    clean,
    live_or_archived,
    remove_unused,
    set_archived,
)
from lvs_desktop.services.region.reference import match_name
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

SCHOOL_TYPES = ("PO", "SO", "VSO", "VO", "MBO", "OVERIG")
SCHOOL_TYPE_LABELS = {
    "PO": "Primair onderwijs",
    "SO": "Speciaal onderwijs",
    "VSO": "Voortgezet speciaal onderwijs",
    "VO": "Voortgezet onderwijs",
    "MBO": "Middelbaar beroepsonderwijs",
    "OVERIG": "Overig onderwijs",
}


@dataclass(frozen=True)
class SchoolRow:
    id: str
    brin: str | None
    vestiging: str | None
    name: str
    school_type: str
    municipality_id: str | None
    municipality: str | None
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    contact_name: str | None
    phone: str | None
    email: str | None
    website: str | None
    denomination: str | None
    samenwerkingsverband: str | None
    archived: bool

    @property
    def location_code(self) -> str:
        """ "12AB00": BRIN and vestiging as DUO writes a location."""
        return f"{self.brin or ''}{self.vestiging or ''}"


@dataclass
class SchoolInput:
    name: str
    school_type: str
    municipality_id: str | None = None
    brin: str | None = None
    vestiging: str | None = None
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    contact_name: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    denomination: str | None = None
    samenwerkingsverband: str | None = None


def normalise_brin(value: str | None) -> str | None:
    text = (value or "").strip().upper().replace(" ", "")
    return text or None


def normalise_vestiging(value: str | None, brin: str | None) -> str | None:
    """ "12AB00" (the full code) or "0"/"00" → "00"; None if empty."""
    text = (value or "").strip().upper().replace(" ", "")
    if brin and text.startswith(brin) and len(text) > len(brin):
        text = text[len(brin) :]
    if text.isdigit() and len(text) < 2:
        text = text.zfill(2)
    return text or None


def _row(s: School, municipality: str | None) -> SchoolRow:
    return SchoolRow(
        s.id, s.brin, s.vestiging, s.name, s.school_type, s.municipality_id, municipality,
        s.street, s.house_number, s.postcode, s.city, s.contact_name, s.phone, s.email,
        s.website, s.denomination, s.samenwerkingsverband, s.archived,
    )  # fmt: skip


def list_schools(
    vault: Vault, *, municipality: str | None = None, include_archived: bool = False
) -> list[SchoolRow]:
    """The schools by name; `municipality` (a name, any case) narrows the list."""
    with vault.session() as s:
        query_names = select(Municipality.id, Municipality.name).where(~Municipality.deleted)
        names: dict[str, str] = {i: n for i, n in s.execute(query_names)}
        query = live_or_archived(select(School), School, include_archived)
        if municipality is not None:
            wanted = match_name(municipality, names.values())
            ids = [i for i, n in names.items() if n == wanted]
            query = query.where(School.municipality_id.in_(ids))
        rows = s.scalars(query.order_by(School.name, School.brin, School.vestiging))
        return [_row(r, names.get(r.municipality_id or "")) for r in rows]


def schools_csv(rows: list[SchoolRow]) -> str:
    """The register as CSV (`;`, UTF-8), as a spreadsheet in the Netherlands opens it."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["brin", "vestiging", "naam", "soort", "gemeente", "straat", "huisnummer",
                "postcode", "plaats", "contactpersoon", "telefoon", "email",
                "samenwerkingsverband", "gearchiveerd"])  # fmt: skip
    for r in rows:
        w.writerow([r.brin or "", r.vestiging or "", r.name, r.school_type, r.municipality or "",
                    r.street or "", r.house_number or "", r.postcode or "", r.city or "",
                    r.contact_name or "", r.phone or "", r.email or "",
                    r.samenwerkingsverband or "", "ja" if r.archived else "nee"])  # fmt: skip
    return out.getvalue()


def _checked(session: object, data: SchoolInput, school_id: str | None = None) -> dict[str, object]:
    c = Checker()
    c.required(data.name, "Naam van de school")
    c.check(
        data.school_type in SCHOOL_TYPES,
        f"Soort school is een van {', '.join(SCHOOL_TYPES)}.",
    )
    postcode = c.postcode(data.postcode)
    brin = normalise_brin(data.brin)
    vestiging = normalise_vestiging(data.vestiging, brin)
    if brin is not None:
        c.check(
            len(brin) == 4 and brin[:2].isdigit(),
            "Een BRIN-nummer is 2 cijfers en 2 letters, bijvoorbeeld 12AB.",
        )
    if data.municipality_id is not None:
        m = session.get(Municipality, data.municipality_id)  # type: ignore[attr-defined]
        c.check(m is not None and not m.deleted, "De gemeente is onbekend.")
    if brin is not None:
        twin = session.scalars(  # type: ignore[attr-defined]
            select(School).where(
                ~School.deleted, School.brin == brin, School.vestiging == vestiging
            )
        ).first()
        c.check(
            twin is None or twin.id == school_id,
            f"Vestiging {brin}{vestiging or ''} staat al in het register.",
        )
    c.done()
    return {
        "name": clean(data.name),
        "school_type": data.school_type,
        "municipality_id": data.municipality_id,
        "brin": brin,
        "vestiging": vestiging,
        "street": clean(data.street),
        "house_number": clean(data.house_number),
        "postcode": postcode,
        "city": clean(data.city),
        "contact_name": clean(data.contact_name),
        "phone": clean(data.phone),
        "email": clean(data.email),
        "website": clean(data.website),
        "denomination": clean(data.denomination),
        "samenwerkingsverband": clean(data.samenwerkingsverband),
    }


def add_school(vault: Vault, data: SchoolInput) -> ChangeSummary:
    """Add one school location by hand."""
    with UnitOfWork(vault, "add_school") as uow:
        values = _checked(uow.session, data)
        uow.session.add(School(**values))
        return uow.commit(f"School {values['name']} toegevoegd.")


def update_school(vault: Vault, school_id: str, data: SchoolInput) -> ChangeSummary:
    with UnitOfWork(vault, "update_school") as uow:
        school = get_live(uow.session, School, school_id, "School")
        apply_fields(school, _checked(uow.session, data, school_id))
        return uow.commit(f"School {school.name} opgeslagen.")


def archive_school(vault: Vault, school_id: str, archived: bool = True) -> ChangeSummary:
    return set_archived(vault, School, school_id, "School", archived)


def delete_school(vault: Vault, school_id: str) -> ChangeSummary:
    """Only a school no case, report or youth points at; else archive it."""
    return remove_unused(vault, School, school_id, "School", "school_id")


def school_type_label(code: str) -> str:
    try:
        return SCHOOL_TYPE_LABELS[code]
    except KeyError:
        raise UserError(f"Onbekende soort school '{code}'.") from None
