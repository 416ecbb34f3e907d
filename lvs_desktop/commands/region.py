"""`lvs-desktop region …`: the region's registers from the command line.

    region municipalities [--add CODE…] [--all] [--archive NAME] [--restore NAME]
                          [--edit NAME --college … --postal-street … …]
    region schools [--municipality NAME] [--format text|csv] [--archived]
    region schools import FILE… [--dry-run] [--all-municipalities]
    region schools add --name … --type PO|SO|VSO|VO|MBO|OVERIG [--brin … --vestiging …]
    region schools archive|restore BRIN+VESTIGING
    region partners [--add --kind K --name N …] [--archive NAME] [--kinds]
    region roster [--add --name N --code C …] [--archive CODE]
    region name NAME

Every one takes --vault and --passphrase-file. Output is Dutch; errors are one line (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.models import UserError

FORMATS = ("text", "csv")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    region = sub.add_parser(
        "region",
        help="the region's registers: municipalities, schools, partners, roster",
        description="Keep the region's municipalities, schools (with DUO's open data), "
        "partner organisations and team roster.",
    )
    what = region.add_subparsers(dest="region_what", required=True, metavar="REGISTER")
    _municipalities(what)
    _schools(what)
    _partners(what)
    _roster(what)
    name = what.add_parser("name", help="set the region's name")
    add_vault_args(name)
    name.add_argument("name", help="e.g. Zuid-Holland Zuid")
    name.set_defaults(func=run_name)


# -- municipalities --------------------------------------------------------------------------


def _municipalities(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = what.add_parser(
        "municipalities",
        help="list, add (by CBS code), edit or archive the region's municipalities",
    )
    add_vault_args(p)
    p.add_argument("--add", nargs="+", metavar="CODE", help="add by CBS code, e.g. 0505 1963")
    p.add_argument("--all", action="store_true", help="list every Dutch municipality and code")
    p.add_argument("--archived", action="store_true", help="list archived ones too")
    p.add_argument("--archive", metavar="NAME", help="archive one (kept on old cases)")
    p.add_argument("--restore", metavar="NAME", help="bring an archived one back")
    p.add_argument("--edit", metavar="NAME", help="edit the college's name and postal address")
    p.add_argument("--college", help="with --edit: the college's name")
    p.add_argument("--postal-street", help="with --edit: street or 'Postbus'")
    p.add_argument("--postal-number", help="with --edit: house or PO box number")
    p.add_argument("--postal-postcode", help="with --edit: postcode")
    p.add_argument("--postal-city", help="with --edit: city")
    p.set_defaults(func=run_municipalities)


def run_municipalities(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    if args.all:
        for m in region.national_municipalities():
            print(f"{m.cbs_code}  {m.name}")
        return 0
    with open_vault(args) as vault:
        if args.add:
            print(region.add_municipalities(vault, args.add).message)
        for name, archived in ((args.archive, True), (args.restore, False)):
            if name:
                row = region.find_municipality(vault, name)
                print(region.archive_municipality(vault, row.id, archived).message)
        if args.edit:
            row = region.find_municipality(vault, args.edit)
            data = region.MunicipalityInput(
                college_name=_pick(args.college, row.college_name),
                postal_street=_pick(args.postal_street, row.postal_street),
                postal_house_number=_pick(args.postal_number, row.postal_house_number),
                postal_postcode=_pick(args.postal_postcode, row.postal_postcode),
                postal_city=_pick(args.postal_city, row.postal_city),
            )
            print(region.update_municipality(vault, row.id, data).message)
        rows = region.list_municipalities(vault, include_archived=args.archived)
    if not rows:
        print("Nog geen gemeenten. Voeg ze toe met --add CBS-CODE (zie --all voor de codes).")
    for row in rows:
        address = ", ".join(row.postal_lines[1:]) or "geen postadres"
        flag = "  [gearchiveerd]" if row.archived else ""
        print(f"{row.cbs_code or '----'}  {row.name:<24} {address}{flag}")
    return 0


def _pick(new: str | None, old: str | None) -> str | None:
    return old if new is None else new


# -- schools ---------------------------------------------------------------------------------


def _schools(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = what.add_parser(
        "schools",
        help="list the schools, import DUO files, add or archive a school",
        description="Without an action: list the region's school locations.",
    )
    add_vault_args(p)
    p.add_argument("--municipality", default=None, help="only this municipality (any case)")
    p.add_argument("--format", choices=FORMATS, default="text", help="output format")
    p.add_argument("--archived", action="store_true", help="archived schools too")
    p.set_defaults(func=run_schools)
    actions = p.add_subparsers(dest="school_action", metavar="ACTION")

    imp = actions.add_parser(
        "import",
        help="import DUO's open-data files of school locations",
        description="Import DUO files (;-separated, Windows-1252; current or older column "
        "names). Shows new / changed / unchanged / refused lines; --dry-run writes nothing.",
    )
    add_vault_args(imp)
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="only show what would change")
    imp.add_argument(
        "--all-municipalities",
        action="store_true",
        help="also schools outside the region's municipalities",
    )
    imp.add_argument("--details", action="store_true", help="list every line, not only refusals")
    imp.set_defaults(func=run_school_import)

    add = actions.add_parser("add", help="add one school location by hand")
    add_vault_args(add)
    add.add_argument("--name", required=True)
    add.add_argument(
        "--type", dest="school_type", required=True, help="PO, SO, VSO, VO, MBO, OVERIG"
    )
    add.add_argument("--municipality", help="municipality name")
    add.add_argument("--brin")
    add.add_argument("--vestiging")
    add.add_argument("--street")
    add.add_argument("--house-number")
    add.add_argument("--postcode")
    add.add_argument("--city")
    add.add_argument("--contact")
    add.add_argument("--phone")
    add.add_argument("--email")
    add.add_argument("--samenwerkingsverband")
    add.set_defaults(func=run_school_add)

    for verb, archived in (("archive", True), ("restore", False)):
        a = actions.add_parser(verb, help=f"{verb} a school by BRIN + vestiging, e.g. 12AB00")
        add_vault_args(a)
        a.add_argument("location", help="BRIN + vestiging, e.g. 12AB00")
        a.set_defaults(func=run_school_archive, archived=archived)


def run_schools(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        rows = region.list_schools(
            vault, municipality=args.municipality, include_archived=args.archived
        )
    if args.format == "csv":
        sys.stdout.write(region.schools_csv(rows))
        return 0
    if not rows:
        print("Geen scholen. Importeer DUO-bestanden met: region schools import BESTAND …")
    for s in rows:
        flag = "  [gearchiveerd]" if s.archived else ""
        print(
            f"{s.location_code or '------':<7} {s.school_type:<6} {s.name:<40} "
            f"{s.municipality or ''}{flag}"
        )
    return 0


def run_school_import(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        if args.dry_run:
            report = region.preview_school_import(
                vault, args.files, all_municipalities=args.all_municipalities
            )
        else:
            report = region.apply_school_import(
                vault, args.files, all_municipalities=args.all_municipalities
            )
    for note in report.notes:
        print(note)
    for line in report.lines:
        if line.outcome == "refused" or args.details:
            reason = f": {line.reason}" if line.reason else ""
            fields = f" ({', '.join(line.fields)})" if line.fields else ""
            code = f" {line.location_code}" if line.location_code else ""
            print(f"{line.file} regel {line.line}{code}: {line.outcome_label}{fields}{reason}")
    head = "Proefimport (niets opgeslagen)" if args.dry_run else "Geïmporteerd"
    print(f"{head}: {report.counts_line()}.")
    return 0


def run_school_add(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        municipality_id = (
            region.find_municipality(vault, args.municipality).id if args.municipality else None
        )
        data = region.SchoolInput(
            name=args.name,
            school_type=args.school_type.upper(),
            municipality_id=municipality_id,
            brin=args.brin,
            vestiging=args.vestiging,
            street=args.street,
            house_number=args.house_number,
            postcode=args.postcode,
            city=args.city,
            contact_name=args.contact,
            phone=args.phone,
            email=args.email,
            samenwerkingsverband=args.samenwerkingsverband,
        )
        print(region.add_school(vault, data).message)
    return 0


def run_school_archive(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    wanted = args.location.strip().upper()
    with open_vault(args) as vault:
        hits = [
            s
            for s in region.list_schools(vault, include_archived=True)
            if s.location_code == wanted
        ]
        if not hits:
            raise UserError(f"Geen school met BRIN en vestiging {wanted} in het register.")
        print(region.archive_school(vault, hits[0].id, args.archived).message)
    return 0


# -- partners --------------------------------------------------------------------------------


def _partners(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = what.add_parser("partners", help="list, add or archive partner organisations")
    add_vault_args(p)
    p.add_argument("--kinds", action="store_true", help="list the kinds of organisation")
    p.add_argument("--add", action="store_true", help="add one (with --kind and --name)")
    p.add_argument("--kind", help="kind code, see --kinds (e.g. halt, wijkteam)")
    p.add_argument("--name")
    p.add_argument("--contact")
    p.add_argument("--street")
    p.add_argument("--house-number")
    p.add_argument("--postcode")
    p.add_argument("--city")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--archive", metavar="NAME", help="archive the organisation with this name")
    p.add_argument("--archived", action="store_true", help="list archived ones too")
    p.set_defaults(func=run_partners)


def run_partners(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        kinds = region.partner_kinds(vault)
        if args.kinds:
            for code, label in kinds.items():
                print(f"{code:<22} {label}")
            return 0
        if args.add:
            if not args.kind or args.kind not in kinds:
                raise UserError(f"Kies --kind uit: {', '.join(kinds)}.")
            data = region.PartnerInput(
                kind=args.kind,
                name=args.name or "",
                contact_name=args.contact,
                street=args.street,
                house_number=args.house_number,
                postcode=args.postcode,
                city=args.city,
                phone=args.phone,
                email=args.email,
            )
            print(region.add_partner(vault, data).message)
        if args.archive:
            rows = region.list_partners(vault)
            name = region.match_name(args.archive, [p.name for p in rows], "Organisatie")
            target = next(p for p in rows if p.name == name)
            print(region.archive_partner(vault, target.id).message)
        rows = region.list_partners(vault, include_archived=args.archived)
    if not rows:
        print("Nog geen partnerorganisaties. Voeg er een toe met --add --kind … --name ….")
    for p in rows:
        flag = "  [gearchiveerd]" if p.archived else ""
        contact = f" (contact: {p.contact_name})" if p.contact_name else ""
        print(f"{p.kind_label:<38} {p.name}{contact}{flag}")
    return 0


# -- roster ----------------------------------------------------------------------------------


def _roster(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = what.add_parser("roster", help="the team roster: list, add or archive people")
    add_vault_args(p)
    p.add_argument("--add", action="store_true", help="add someone (with --name and --code)")
    p.add_argument("--name")
    p.add_argument("--code", help="initials for case references, e.g. JD")
    p.add_argument(
        "--role", choices=("consultant", "team_lead", "administration"), default="consultant"
    )
    p.add_argument("--function", dest="function_title")
    p.add_argument("--phone")
    p.add_argument("--email")
    p.add_argument("--boa-number")
    p.add_argument("--akte-number")
    p.add_argument("--akte-expires", metavar="YYYY-MM-DD")
    p.add_argument("--sworn-by", choices=("eed", "belofte"))
    p.add_argument("--covers", nargs="+", metavar="NAME", default=[], help="municipalities covered")
    p.add_argument("--archive", metavar="CODE", help="archive the person with this code")
    p.add_argument("--archived", action="store_true", help="list archived people too")
    p.add_argument(
        "--i-am",
        metavar="CODE",
        help="a new laptop: take this person's place on the team's roster",
    )
    p.set_defaults(func=run_roster)


def run_roster(args: argparse.Namespace) -> int:
    from lvs_desktop.commands.vault import parse_day
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        if args.add:
            covers = [region.find_municipality(vault, n).id for n in args.covers]
            data = region.ConsultantInput(
                name=args.name or "",
                code=args.code or "",
                role=args.role,
                function_title=args.function_title,
                phone=args.phone,
                email=args.email,
                boa_number=args.boa_number,
                akte_number=args.akte_number,
                akte_expires_on=parse_day(args.akte_expires, "Akte geldig tot"),
                sworn_by=args.sworn_by,
                municipality_ids=covers,
            )
            print(region.add_consultant(vault, data).message)
        if args.i_am:
            code = args.i_am.strip().upper()
            hits = [
                c for c in region.list_roster(vault) if c.code == code and c.id != vault.owner_id
            ]
            if not hits:
                raise UserError(f"Niemand anders op het rooster met code {code}.")
            print(region.take_roster_place(vault, hits[0].id).message)
        if args.archive:
            code = args.archive.strip().upper()
            hits = [c for c in region.list_roster(vault) if c.code == code]
            if not hits:
                raise UserError(f"Niemand op het rooster met code {code}.")
            print(region.archive_consultant(vault, hits[0].id).message)
        rows = region.list_roster(vault, include_archived=args.archived)
    today = date.today()
    for c in rows:
        akte = ""
        if c.akte_expires_on:
            late = " (VERLOPEN)" if c.akte_expires_on < today else ""
            akte = f", akte tot {c.akte_expires_on:%d-%m-%Y}{late}"
        area = f"; werkgebied: {', '.join(c.covers)}" if c.covers else ""
        flag = "  [gearchiveerd]" if c.archived else ""
        print(f"{c.code:<5} {c.name:<28} {c.role_label}{akte}{area}{flag}")
    return 0


def run_name(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        print(region.set_region_name(vault, args.name).message)
    return 0
