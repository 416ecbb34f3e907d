"""`lvs-desktop region …`: the region's registers from the command line.

    region municipalities [--add CODE…] [--all] [--archive NAME] [--restore NAME]
                          [--edit NAME --college … --postal-street … …]
    region schools [--municipality NAME] [--format text|csv] [--archived]
    region schools import FILE… [--dry-run] [--all-municipalities]
    region schools add --name … --type PO|SO|VSO|VO|MBO|OVERIG [--brin … --vestiging …]
    region schools edit|archive|restore BRIN+VESTIGING
    region partners …, region roster …  (see `region_people`)
    region name NAME

Every one takes --vault and --passphrase-file. Output is Dutch; errors are one line (exit 1).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.commands.region_people import add_partners, add_roster, pick
from lvs_desktop.models import UserError
from lvs_desktop.sync.untrusted import printable

if TYPE_CHECKING:
    from lvs_desktop.services.region import SchoolInput, SchoolRow
    from lvs_desktop.store import Vault

FORMATS = ("text", "csv")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    region = sub.add_parser(
        "region",
        help=_("the region's registers: municipalities, schools, partners, roster"),
        description=_(
            "Keep the region's municipalities, schools (with DUO's open data), "
            "partner organisations and team roster."
        ),
    )
    what = region.add_subparsers(dest="region_what", required=True, metavar=_("REGISTER"))
    _municipalities(what)
    _schools(what)
    add_partners(what)
    add_roster(what)
    name = what.add_parser("name", help=_("set the region's name"))
    add_vault_args(name)
    name.add_argument("name", metavar=_("NAME"), help=_("e.g. Zuid-Holland Zuid"))
    name.set_defaults(func=run_name)


# -- municipalities --------------------------------------------------------------------------


def _municipalities(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = what.add_parser(
        "municipalities",
        help=_("list, add (by CBS code), edit or archive the region's municipalities"),
    )
    add_vault_args(p)
    p.add_argument("--add", nargs="+", metavar=_("CODE"), help=_("add by CBS code, e.g. 0505 1963"))
    p.add_argument("--all", action="store_true", help=_("list every Dutch municipality and code"))
    p.add_argument("--archived", action="store_true", help=_("list archived ones too"))
    p.add_argument("--archive", metavar=_("NAME"), help=_("archive one (kept on old cases)"))
    p.add_argument("--restore", metavar=_("NAME"), help=_("bring an archived one back"))
    p.add_argument(
        "--edit", metavar=_("NAME"), help=_("edit the college's name and postal address")
    )
    p.add_argument("--college", help=_("with --edit: the college's name"))
    p.add_argument("--postal-street", help=_("with --edit: street or 'Postbus'"))
    p.add_argument("--postal-number", help=_("with --edit: house or PO box number"))
    p.add_argument("--postal-postcode", help=_("with --edit: postcode"))
    p.add_argument("--postal-city", help=_("with --edit: city"))
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
                college_name=pick(args.college, row.college_name),
                postal_street=pick(args.postal_street, row.postal_street),
                postal_house_number=pick(args.postal_number, row.postal_house_number),
                postal_postcode=pick(args.postal_postcode, row.postal_postcode),
                postal_city=pick(args.postal_city, row.postal_city),
            )
            print(region.update_municipality(vault, row.id, data).message)
        rows = region.list_municipalities(vault, include_archived=args.archived)
    if not rows:
        print("Nog geen gemeenten. Voeg ze toe met --add CBS-CODE (zie --all voor de codes).")
    for row in rows:
        address = ", ".join(row.postal_lines[1:]) or "geen postadres"
        flag = "  [gearchiveerd]" if row.archived else ""
        print(f"{row.cbs_code or '----'}  {printable(row.name):<24} {printable(address)}{flag}")
    return 0


# -- schools ---------------------------------------------------------------------------------


def _schools(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = what.add_parser(
        "schools",
        help=_("list the schools, import DUO files, add or archive a school"),
        description=_("Without an action: list the region's school locations."),
    )
    add_vault_args(p)
    p.add_argument("--municipality", default=None, help=_("only this municipality (any case)"))
    p.add_argument("--format", choices=FORMATS, default="text", help=_("output format"))
    p.add_argument("--archived", action="store_true", help=_("archived schools too"))
    p.set_defaults(func=run_schools)
    actions = p.add_subparsers(dest="school_action", metavar=_("ACTION"))

    imp = actions.add_parser(
        "import",
        help=_("import DUO's open-data files of school locations"),
        description=_(
            "Import DUO files (;-separated, Windows-1252; current or older column "
            "names). Shows new / changed / unchanged / refused lines; --dry-run writes nothing."
        ),
    )
    add_vault_args(imp)
    imp.add_argument("files", nargs="+", type=Path, metavar=_("FILE"), help=_("DUO files"))
    imp.add_argument("--dry-run", action="store_true", help=_("only show what would change"))
    imp.add_argument(
        "--all-municipalities",
        action="store_true",
        help=_("also schools outside the region's municipalities"),
    )
    imp.add_argument("--details", action="store_true", help=_("list every line, not only refusals"))
    imp.set_defaults(func=run_school_import)

    add = actions.add_parser("add", help=_("add one school location by hand"))
    add_vault_args(add)
    _school_fields(add, required=True)
    add.set_defaults(func=run_school_add)

    edit = actions.add_parser(
        "edit", help=_("edit a school by BRIN + vestiging (options left out stay as they are)")
    )
    add_vault_args(edit)
    edit.add_argument("location", metavar=_("LOCATION"), help=_("BRIN + vestiging, e.g. 12AB00"))
    _school_fields(edit, required=False)
    edit.set_defaults(func=run_school_edit)

    for verb, archived, help_ in (
        ("archive", True, _("archive a school by BRIN + vestiging, e.g. 12AB00")),
        ("restore", False, _("restore a school by BRIN + vestiging, e.g. 12AB00")),
    ):
        a = actions.add_parser(verb, help=help_)
        add_vault_args(a)
        a.add_argument("location", metavar=_("LOCATION"), help=_("BRIN + vestiging, e.g. 12AB00"))
        a.set_defaults(func=run_school_archive, archived=archived)


def _school_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--name", required=required, help=_("the school's name"))
    types = "PO, SO, VSO, VO, MBO, OVERIG"
    p.add_argument("--type", dest="school_type", required=required, help=types)
    p.add_argument("--municipality", help=_("municipality name"))
    for option in ("--brin", "--vestiging", "--street", "--house-number", "--postcode", "--city",
                   "--contact", "--phone", "--email", "--samenwerkingsverband"):  # fmt: skip
        p.add_argument(option)


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
            f"{s.location_code or '------':<7} {s.school_type:<6} {printable(s.name):<40} "
            f"{printable(s.municipality or '')}{flag}"
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


def _school_input(vault: Vault, args: argparse.Namespace, old: SchoolRow | None) -> SchoolInput:
    from lvs_desktop.services import region

    def value(name: str, arg: str | None) -> str | None:
        return pick(arg, getattr(old, name) if old is not None else None)

    municipality_id: str | None = old.municipality_id if old is not None else None
    if args.municipality:
        municipality_id = region.find_municipality(vault, args.municipality).id
    return region.SchoolInput(
        name=value("name", args.name) or "",
        school_type=(value("school_type", args.school_type) or "").upper(),
        municipality_id=municipality_id,
        brin=value("brin", args.brin),
        vestiging=value("vestiging", args.vestiging),
        street=value("street", args.street),
        house_number=value("house_number", args.house_number),
        postcode=value("postcode", args.postcode),
        city=value("city", args.city),
        contact_name=value("contact_name", args.contact),
        phone=value("phone", args.phone),
        email=value("email", args.email),
        website=old.website if old is not None else None,
        denomination=old.denomination if old is not None else None,
        samenwerkingsverband=value("samenwerkingsverband", args.samenwerkingsverband),
    )


def _school_at(vault: Vault, location: str) -> SchoolRow:
    from lvs_desktop.services import region

    wanted = location.strip().upper()
    for school in region.list_schools(vault, include_archived=True):
        if school.location_code == wanted:
            return school
    raise UserError(f"Geen school met BRIN en vestiging {wanted} in het register.")


def run_school_add(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        print(region.add_school(vault, _school_input(vault, args, None)).message)
    return 0


def run_school_edit(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        old = _school_at(vault, args.location)
        print(region.update_school(vault, old.id, _school_input(vault, args, old)).message)
    return 0


def run_school_archive(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        school = _school_at(vault, args.location)
        print(region.archive_school(vault, school.id, args.archived).message)
    return 0


def run_name(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region

    with open_vault(args) as vault:
        print(region.set_region_name(vault, args.name).message)
    return 0
