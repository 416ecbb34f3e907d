"""Partner organisations (ketenpartners): jeugdhulp, wijkteam, Halt, OM, Raad, SVB, GGD, …

The kinds are the reference list "partner_kind" (data in the vault, set by migration 0004);
later issues hang referrals and hand-overs on these rows, so they are archived, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lvs_desktop.models import Partner
from lvs_desktop.services.caseload import labels
from lvs_desktop.services.region.common import apply_fields, clean, live_or_archived, set_archived
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

KIND_CATEGORY = "partner_kind"


@dataclass(frozen=True)
class PartnerRow:
    id: str
    kind: str
    kind_label: str
    name: str
    contact_name: str | None
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    email: str | None
    notes: str | None
    archived: bool


@dataclass
class PartnerInput:
    kind: str
    name: str
    contact_name: str | None = None
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None


def partner_kinds(vault: Vault) -> dict[str, str]:
    """Kind code → Dutch label, in the list's order."""
    with vault.session() as s:
        return labels(s, KIND_CATEGORY)


def list_partners(vault: Vault, *, include_archived: bool = False) -> list[PartnerRow]:
    with vault.session() as s:
        kinds = labels(s, KIND_CATEGORY)
        query = live_or_archived(select(Partner), Partner, include_archived)
        return [
            PartnerRow(
                p.id,
                p.kind,
                kinds.get(p.kind, p.kind),
                p.name,
                p.contact_name,
                p.street,
                p.house_number,
                p.postcode,
                p.city,
                p.phone,
                p.email,
                p.notes,
                p.archived,
            )
            for p in s.scalars(query.order_by(Partner.kind, Partner.name))
        ]


def _checked(session: object, data: PartnerInput) -> dict[str, object]:
    c = Checker()
    c.required(data.name, "Naam van de organisatie")
    c.required(data.kind, "Soort organisatie")
    c.code(session, KIND_CATEGORY, data.kind or None, "Soort organisatie")  # type: ignore[arg-type]
    postcode = c.postcode(data.postcode)
    c.done()
    return {
        "kind": data.kind,
        "name": clean(data.name),
        "contact_name": clean(data.contact_name),
        "street": clean(data.street),
        "house_number": clean(data.house_number),
        "postcode": postcode,
        "city": clean(data.city),
        "phone": clean(data.phone),
        "email": clean(data.email),
        "notes": clean(data.notes),
    }


def add_partner(vault: Vault, data: PartnerInput) -> ChangeSummary:
    with UnitOfWork(vault, "add_partner") as uow:
        values = _checked(uow.session, data)
        uow.session.add(Partner(**values))
        return uow.commit(f"Organisatie {values['name']} toegevoegd.")


def update_partner(vault: Vault, partner_id: str, data: PartnerInput) -> ChangeSummary:
    with UnitOfWork(vault, "update_partner") as uow:
        partner = get_live(uow.session, Partner, partner_id, "Organisatie")
        apply_fields(partner, _checked(uow.session, data))
        return uow.commit(f"Organisatie {partner.name} opgeslagen.")


def archive_partner(vault: Vault, partner_id: str, archived: bool = True) -> ChangeSummary:
    return set_archived(vault, Partner, partner_id, "Organisatie", archived)
