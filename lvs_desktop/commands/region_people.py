"""`lvs-desktop region partners|roster …`: partner organisations and the team roster.

    region partners [--add | --edit NAME] [--kind K --name N --contact … …] [--archive NAME]
    region roster [--add | --edit CODE] [--name N --code C --role … --covers NAME…]
                  [--archive CODE] [--i-am CODE]

With --edit, options left out keep their value; --covers replaces what someone covers.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError
from lvs_desktop.sync.untrusted import printable

if TYPE_CHECKING:
    from lvs_desktop.services.region import (
        ConsultantInput,
        ConsultantRow,
        PartnerInput,
        PartnerRow,
    )
    from lvs_desktop.store import Vault

ROLES = ("consultant", "team_lead", "administration")


def pick(new: str | None, old: str | None) -> str | None:
    """The new value if one was given on the command line, else the old one."""
    return old if new is None else new


# -- partners --------------------------------------------------------------------------------


def add_partners(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = what.add_parser("partners", help=_("list, add, edit or archive partner organisations"))
    add_vault_args(p)
    p.add_argument("--kinds", action="store_true", help=_("list the kinds of organisation"))
    p.add_argument("--add", action="store_true", help=_("add one (with --kind and --name)"))
    p.add_argument("--edit", metavar=_("NAME"), help=_("edit the organisation with this name"))
    p.add_argument("--kind", help=_("kind code, see --kinds (e.g. halt, wijkteam)"))
    p.add_argument("--name")
    p.add_argument("--contact")
    p.add_argument("--street")
    p.add_argument("--house-number")
    p.add_argument("--postcode")
    p.add_argument("--city")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument(
        "--archive", metavar=_("NAME"), help=_("archive the organisation with this name")
    )
    p.add_argument("--archived", action="store_true", help=_("list archived ones too"))
    p.set_defaults(func=run_partners)


def _partner_input(args: argparse.Namespace, old: PartnerRow | None) -> PartnerInput:
    from lvs_desktop.services import region

    def value(name: str, arg: str | None) -> str | None:
        return pick(arg, getattr(old, name) if old is not None else None)

    return region.PartnerInput(
        kind=value("kind", args.kind) or "",
        name=value("name", args.name) or "",
        contact_name=value("contact_name", args.contact),
        street=value("street", args.street),
        house_number=value("house_number", args.house_number),
        postcode=value("postcode", args.postcode),
        city=value("city", args.city),
        phone=value("phone", args.phone),
        email=value("email", args.email),
        notes=getattr(old, "notes", None),
    )


def run_partners(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        kinds = region.partner_kinds(vault)
        if args.kinds:
            for code, label in kinds.items():
                print(f"{code:<22} {label}")
            return 0
        if args.kind is not None and args.kind not in kinds:
            raise UserError(f"Kies --kind uit: {', '.join(kinds)}.")
        if args.add:
            if not args.kind:
                raise UserError(f"Kies --kind uit: {', '.join(kinds)}.")
            data = _partner_input(args, None)
            print(region.add_partner(vault, data).message)
        for wanted, archive in ((args.edit, False), (args.archive, True)):
            if not wanted:
                continue
            rows = region.list_partners(vault, include_archived=True)
            name = region.match_name(wanted, [p.name for p in rows], "Organisatie")
            target = next(p for p in rows if p.name == name)
            if archive:
                print(region.archive_partner(vault, target.id).message)
            else:
                data = _partner_input(args, target)
                print(region.update_partner(vault, target.id, data).message)
        rows = region.list_partners(vault, include_archived=args.archived)
    if not rows:
        print("Nog geen partnerorganisaties. Voeg er een toe met --add --kind … --name ….")
    for p in rows:
        flag = "  [gearchiveerd]" if p.archived else ""
        contact = f" (contact: {printable(p.contact_name)})" if p.contact_name else ""
        print(f"{p.kind_label:<38} {printable(p.name)}{contact}{flag}")
    return 0


# -- roster ----------------------------------------------------------------------------------


def add_roster(what: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = what.add_parser("roster", help=_("the team roster: list, add, edit or archive people"))
    add_vault_args(p)
    p.add_argument("--add", action="store_true", help=_("add someone (with --name and --code)"))
    p.add_argument("--edit", metavar=_("CODE"), help=_("edit the person with this code"))
    p.add_argument("--name")
    p.add_argument("--code", help=_("initials for case references, e.g. JD"))
    p.add_argument("--role", choices=ROLES, default=None)
    p.add_argument("--function", dest="function_title")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--boa-number")
    p.add_argument("--akte-number")
    p.add_argument("--akte-expires", metavar=_("YYYY-MM-DD"))
    p.add_argument("--sworn-by", choices=("eed", "belofte"))
    p.add_argument("--covers", nargs="+", metavar=_("NAME"), default=None, help=_("municipalities"))
    p.add_argument("--archive", metavar=_("CODE"), help=_("archive the person with this code"))
    p.add_argument("--archived", action="store_true", help=_("list archived people too"))
    p.add_argument(
        "--i-am", metavar=_("CODE"), help=_("a new laptop: take this person's place on the roster")
    )
    p.set_defaults(func=run_roster)


def _person(vault: Vault, code: str, *, others: bool = False) -> ConsultantRow:
    from lvs_desktop.services import region

    wanted = code.strip().upper()
    for c in region.list_roster(vault, include_archived=True):
        if c.code == wanted and not (others and c.id == vault.owner_id):
            return c
    raise UserError(f"Niemand op het rooster met code {wanted}.")


def _consultant_input(
    vault: Vault, args: argparse.Namespace, old: ConsultantRow | None
) -> ConsultantInput:
    from lvs_desktop.commands.vault import parse_day
    from lvs_desktop.services import region

    def value(name: str, arg: Any) -> Any:
        return getattr(old, name) if arg is None and old is not None else arg

    if args.covers is None:
        covers = list(getattr(old, "municipality_ids", ()))
    else:
        covers = [region.find_municipality(vault, n).id for n in args.covers]
    expires = parse_day(args.akte_expires, "Akte geldig tot") if args.akte_expires else None
    return region.ConsultantInput(
        name=str(value("name", args.name) or ""),
        code=str(value("code", args.code) or ""),
        role=str(value("role", args.role) or "consultant"),
        function_title=value("function_title", args.function_title),
        phone=value("phone", args.phone),
        email=value("email", args.email),
        boa_number=value("boa_number", args.boa_number),
        akte_number=value("akte_number", args.akte_number),
        akte_expires_on=value("akte_expires_on", expires),
        sworn_by=value("sworn_by", args.sworn_by),
        municipality_ids=covers,
        school_ids=list(getattr(old, "school_ids", ())),
    )


def run_roster(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        if args.add:
            data = _consultant_input(vault, args, None)
            print(region.add_consultant(vault, data).message)
        if args.edit:
            old = _person(vault, args.edit)
            data = _consultant_input(vault, args, old)
            print(region.update_consultant(vault, old.id, data).message)
        if args.i_am:
            target = _person(vault, args.i_am, others=True)
            print(region.take_roster_place(vault, target.id).message)
        if args.archive:
            target = _person(vault, args.archive)
            print(region.archive_consultant(vault, target.id).message)
        rows = region.list_roster(vault, include_archived=args.archived)
    today = date.today()
    for c in rows:
        akte = ""
        if c.akte_expires_on:
            late = " (VERLOPEN)" if c.akte_expires_on < today else ""
            akte = f", akte tot {c.akte_expires_on:%d-%m-%Y}{late}"
        area = f"; werkgebied: {printable(', '.join(c.covers))}" if c.covers else ""
        flag = "  [gearchiveerd]" if c.archived else ""
        print(f"{printable(c.code):<5} {printable(c.name):<28} {c.role_label}{akte}{area}{flag}")
    return 0
