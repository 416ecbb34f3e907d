"""The team roster: consultants, team leads and the administration, and what each covers.

The team lead keeps it; a consultant's vault learns it from the region bundle. A person is
archived (`active` False), never deleted: old cases keep naming their consultant. Coverage
is a set of municipalities and/or schools per person; `set_coverage` replaces the set
(rows no longer covered get their tombstone, new ones are added, the rest are left alone).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from lvs_desktop.models import (
    Case,
    Consultant,
    Coverage,
    Municipality,
    ReplicaState,
    School,
    UserError,
)
from lvs_desktop.services.region.common import apply_fields, clean, set_archived
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault
from lvs_desktop.store.vault import OWNER_ROLES, SWORN_BY

ROLE_LABELS = {
    "consultant": "Consulent",
    "team_lead": "Teamleider",
    "administration": "Administratie",
}
ADMINISTRATION_SEED_NAME = "de administratie van LVS"


@dataclass(frozen=True)
class ConsultantRow:
    id: str
    name: str
    code: str
    role: str
    function_title: str | None
    phone: str | None
    email: str | None
    boa_number: str | None
    akte_number: str | None
    akte_expires_on: date | None
    sworn_by: str | None
    archived: bool
    municipality_ids: tuple[str, ...] = ()
    school_ids: tuple[str, ...] = ()
    covers: tuple[str, ...] = ()  # names of what is covered, municipalities first

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


@dataclass
class ConsultantInput:
    name: str
    code: str
    role: str = "consultant"
    function_title: str | None = None
    phone: str | None = None
    email: str | None = None
    boa_number: str | None = None
    akte_number: str | None = None
    akte_expires_on: date | None = None
    sworn_by: str | None = None
    municipality_ids: list[str] = field(default_factory=list)
    school_ids: list[str] = field(default_factory=list)


def list_roster(vault: Vault, *, include_archived: bool = False) -> list[ConsultantRow]:
    """Everyone on the roster by name, with what each covers."""
    with vault.session() as s:
        muni = {i: n for i, n in s.execute(select(Municipality.id, Municipality.name))}
        schools = {i: n for i, n in s.execute(select(School.id, School.name))}
        cover: dict[str, tuple[list[str], list[str]]] = {}
        for c in s.scalars(select(Coverage).where(~Coverage.deleted)):
            ms, ss = cover.setdefault(c.consultant_id, ([], []))
            if c.municipality_id:
                ms.append(c.municipality_id)
            if c.school_id:
                ss.append(c.school_id)
        query = select(Consultant).where(~Consultant.deleted)
        if not include_archived:
            query = query.where(Consultant.active)
        out = []
        for p in s.scalars(query.order_by(Consultant.name)):
            ms, ss = cover.get(p.id, ([], []))
            names = sorted(muni.get(i, "?") for i in ms) + sorted(schools.get(i, "?") for i in ss)
            out.append(
                ConsultantRow(
                    p.id,
                    p.name,
                    p.code,
                    p.role,
                    p.function_title,
                    p.phone,
                    p.email,
                    p.boa_number,
                    p.akte_number,
                    p.akte_expires_on,
                    p.sworn_by,
                    not p.active,
                    tuple(ms),
                    tuple(ss),
                    tuple(names),
                )
            )
        return out


def _checked(
    session: object, data: ConsultantInput, consultant_id: str | None
) -> dict[str, object]:
    c = Checker()
    c.required(data.name, "Naam")
    code = (data.code or "").strip().upper()
    c.check(code.isalpha() and 1 <= len(code) <= 4, "De code is 1 tot 4 letters, bijvoorbeeld JD.")
    c.check(data.role in OWNER_ROLES, "De rol is consulent, teamleider of administratie.")
    c.check(data.sworn_by in (None, *SWORN_BY), "Beëdigd met 'eed' of 'belofte'.")
    if code:
        twin = session.scalars(  # type: ignore[attr-defined]
            select(Consultant).where(~Consultant.deleted, Consultant.code == code)
        ).first()
        c.check(
            twin is None or twin.id == consultant_id,
            f"De code {code} is al van {twin.name if twin else ''}; kies een andere.",
        )
    c.done()
    return {
        "name": clean(data.name),
        "code": code,
        "role": data.role,
        "is_team_lead": data.role == "team_lead",
        "function_title": clean(data.function_title),
        "phone": clean(data.phone),
        "email": clean(data.email),
        "boa_number": clean(data.boa_number),
        "akte_number": clean(data.akte_number),
        "akte_expires_on": data.akte_expires_on,
        "sworn_by": data.sworn_by,
    }


def _cover(
    session: object, consultant_id: str, municipality_ids: Iterable[str], school_ids: Iterable[str]
) -> None:
    s = session
    wanted = {("m", i) for i in municipality_ids} | {("s", i) for i in school_ids}
    for kind, rid in wanted:
        model = Municipality if kind == "m" else School
        row = s.get(model, rid)  # type: ignore[attr-defined]
        if row is None or row.deleted:
            raise UserError("Een gekozen gemeente of school is onbekend.")
    have = {}
    for c in s.scalars(  # type: ignore[attr-defined]
        select(Coverage).where(~Coverage.deleted, Coverage.consultant_id == consultant_id)
    ):
        key = ("m", c.municipality_id) if c.municipality_id else ("s", c.school_id)
        if key in wanted and key not in have:
            have[key] = c
        else:
            c.deleted = True
    for kind, rid in sorted(wanted - set(have)):
        s.add(  # type: ignore[attr-defined]
            Coverage(
                consultant_id=consultant_id,
                municipality_id=rid if kind == "m" else None,
                school_id=rid if kind == "s" else None,
            )
        )


def add_consultant(vault: Vault, data: ConsultantInput) -> ChangeSummary:
    """Put someone on the roster, with what they cover."""
    with UnitOfWork(vault, "add_consultant") as uow:
        values = _checked(uow.session, data, None)
        person = Consultant(**values)
        uow.session.add(person)
        uow.session.flush()
        _cover(uow.session, person.id, data.municipality_ids, data.school_ids)
        return uow.commit(f"{values['name']} staat op het rooster.")


def update_consultant(vault: Vault, consultant_id: str, data: ConsultantInput) -> ChangeSummary:
    with UnitOfWork(vault, "update_consultant") as uow:
        person = get_live(uow.session, Consultant, consultant_id, "Consulent")
        apply_fields(person, _checked(uow.session, data, consultant_id))
        _cover(uow.session, person.id, data.municipality_ids, data.school_ids)
        return uow.commit(f"{person.name} opgeslagen.")


def set_coverage(
    vault: Vault, consultant_id: str, municipality_ids: Iterable[str], school_ids: Iterable[str]
) -> ChangeSummary:
    """Replace what a person covers."""
    with UnitOfWork(vault, "set_coverage") as uow:
        person = get_live(uow.session, Consultant, consultant_id, "Consulent")
        _cover(uow.session, person.id, list(municipality_ids), list(school_ids))
        return uow.commit(f"Werkgebied van {person.name} opgeslagen.")


def archive_consultant(vault: Vault, consultant_id: str, archived: bool = True) -> ChangeSummary:
    """Archive someone who left: off the pick lists, still named on their old cases."""
    if archived and consultant_id == vault.owner_id:
        raise UserError("U kunt uzelf niet archiveren.")
    return set_archived(vault, Consultant, consultant_id, "Consulent", archived)


PROFILE_FIELDS = (
    "function_title", "phone", "email", "boa_number", "akte_number", "akte_expires_on",
    "sworn_by",
)  # fmt: skip


def take_roster_place(vault: Vault, consultant_id: str) -> ChangeSummary:
    """A new laptop takes its owner's place on the team roster (from the region bundle).

    `vault init` made an owner row of its own; once the team's roster has arrived, the
    consultant says which person on it she is. From then on her vault (and every bundle it
    sends) names the roster's row, so the team does not get a second "Anna". Fields the
    roster leaves empty are filled from her own profile; her first row gets its tombstone.
    Only before she has cases of her own (they would name the first row).
    """
    with UnitOfWork(vault, "take_roster_place") as uow:
        s = uow.session
        target = get_live(s, Consultant, consultant_id, "Consulent")
        if not target.active:
            raise UserError(f"{target.name} is gearchiveerd op het rooster.")
        old_id = vault.owner_id or ""
        if old_id == target.id:
            raise UserError(f"Deze kluis is al van {target.name}.")
        cases = s.scalar(select(Case.id).where(Case.consultant_id == old_id).limit(1))
        if cases is not None:
            raise UserError(
                "Deze kluis heeft al eigen dossiers; de plaats op het rooster kan alleen in een "
                "nieuwe kluis worden overgenomen."
            )
        old = s.get(Consultant, old_id)
        if old is not None:
            for name in PROFILE_FIELDS:
                if getattr(target, name) is None and getattr(old, name) is not None:
                    setattr(target, name, getattr(old, name))
            old.deleted = True
        state = s.scalars(select(ReplicaState)).one()
        state.owner_id = target.id
        summary = uow.commit(f"Deze kluis is nu van {target.name} (rooster).")
    vault.owner_id = target.id
    return summary
