"""`lvs-desktop intake reports|inbox|assign|confirm|profiles`: absence reports from DUO.

    intake reports FILE... [--profile NAME] [--dry-run]
    intake inbox
    intake assign DUO-NUMMER... (--to CODE | --proposed)   (--proposed without numbers: all)
    intake confirm DUO-NUMMER --youth dezelfde|nieuw
    intake remove DUO-NUMMER... --reason vergissing|dubbel|andere-regio|ingetrokken
    intake profiles [--save NAME --column VELD=KOLOM...] [--delete NAME] [--show NAME]

`reports` prints one Dutch summary line, the mapping profile used, and then each refused line
with its number and the reason (never a BSN or a name), exit 0; when every line was refused it
says "Niets ingelezen" and exits 1; a file no profile fits is a user error (exit 1).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError
from lvs_desktop.sync.untrusted import printable

# `intake remove --reason`: the Dutch word on the command line → the service's reason code
REASONS = {
    "vergissing": "mistake",
    "dubbel": "duplicate",
    "andere-regio": "not_ours",
    "ingetrokken": "withdrawn",
}


def register_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = actions.add_parser("reports", help=_("import absence reports (Verzuimloket CSV or XLSX)"))
    add_vault_args(p)
    p.add_argument(
        "files", nargs="+", type=Path, metavar=_("FILE"), help=_("the downloaded report file(s)")
    )
    p.add_argument("--profile", metavar=_("NAME"), help=_("the mapping profile of the columns"))
    p.add_argument(
        "--dry-run", action="store_true", help=_("show what would happen, store nothing")
    )
    p.set_defaults(func=run_reports)

    p = actions.add_parser("inbox", help=_("list the reports waiting for a consultant"))
    add_vault_args(p)
    p.set_defaults(func=run_inbox)

    p = actions.add_parser("assign", help=_("assign waiting reports to a consultant"))
    add_vault_args(p)
    p.add_argument(
        "refs", nargs="*", metavar=_("DUO_NUMBER"), help=_("the report numbers from the inbox")
    )
    p.add_argument("--to", metavar=_("CODE"), help=_("the consultant's code on the roster"))
    p.add_argument(
        "--proposed", action="store_true", help=_("each to the consultant the roster proposes")
    )
    p.set_defaults(func=run_assign)

    p = actions.add_parser("confirm", help=_("say whether a candidate is the youth we know"))
    add_vault_args(p)
    p.add_argument("ref", metavar=_("DUO_NUMBER"), help=_("the report number from the inbox"))
    p.add_argument(
        "--youth",
        required=True,
        choices=("dezelfde", "nieuw"),
        help=_("dezelfde: the youth we know; nieuw: a new youth"),
    )
    p.set_defaults(func=run_confirm)

    p = actions.add_parser(
        "remove", help=_("take waiting reports out of the inbox (sent by mistake)")
    )
    add_vault_args(p)
    p.add_argument(
        "refs", nargs="+", metavar=_("DUO_NUMBER"), help=_("the report numbers from the inbox")
    )
    p.add_argument(
        "--reason",
        required=True,
        choices=tuple(REASONS),
        help=_("sent by mistake, a duplicate, for another region, or withdrawn by the school"),
    )
    p.set_defaults(func=run_remove)

    p = actions.add_parser("profiles", help=_("list, show, save or delete mapping profiles"))
    add_vault_args(p)
    p.add_argument("--save", metavar=_("NAME"), help=_("save a profile under this name"))
    p.add_argument(
        "--column",
        action="append",
        default=[],
        metavar=_("FIELD=COLUMN"),
        help=_("with --save: the file's column for one of our fields (repeat)"),
    )
    p.add_argument("--show", metavar=_("NAME"), help=_("show a profile's mapping"))
    p.add_argument("--delete", metavar=_("NAME"), help=_("delete a profile"))
    p.set_defaults(func=run_profiles)


def _read(path: Path) -> tuple[str, bytes]:
    try:
        return path.name, path.read_bytes()
    except OSError as exc:
        raise UserError(f"Kan het bestand {path} niet lezen.") from exc


def run_reports(args: argparse.Namespace) -> int:
    from lvs_desktop.services import intake

    files = [_read(p) for p in args.files]
    with open_vault(args) as vault:
        result = intake.import_reports(vault, files, profile=args.profile, dry_run=args.dry_run)
    print(result.summary_line())
    print(printable(f"Koppelprofiel: {result.profile}"))
    for refused in result.refused:
        print(printable(refused.describe(with_file=len(files) > 1)))
    if result.unknown_schools:
        from lvs_desktop.services.intake.importer import ADD_SCHOOLS

        print(ADD_SCHOOLS)
    return 1 if result.nothing_read else 0


def run_inbox(args: argparse.Namespace) -> int:
    from lvs_desktop.services import intake

    with open_vault(args) as vault:
        rows = intake.list_inbox(vault)
    if not rows:
        print("De intake is leeg: geen meldingen die op een consulent wachten.")
        return 0
    print(f"{len(rows)} melding(en) in de intake:")
    for r in rows:
        born = f"{r.birth_date:%d-%m-%Y}" if r.birth_date else "?"
        proposal = f"voorstel: {r.proposed}" if r.proposed else "geen voorstel"
        if r.status == "candidate":
            proposal = f"KANDIDAAT: dezelfde als {r.candidate}?"
        print(
            printable(
                f"{r.duo_number:<10} {r.received_on:%d-%m-%Y}  eerste contact uiterlijk "
                f"{r.first_contact_due:%d-%m-%Y}  {r.name} ({born})  {r.report_type}  "
                f"{r.school or '-'}  {proposal}"
            )
        )
    return 0


def run_assign(args: argparse.Namespace) -> int:
    from lvs_desktop.commands.region_people import _person
    from lvs_desktop.services import intake

    with open_vault(args) as vault:
        if args.proposed == bool(args.to):
            raise UserError("Kies --to CODE of --proposed (één van beide).")
        if args.proposed:
            summary = intake.assign_proposed(vault, args.refs or None)
        else:
            if not args.refs:
                raise UserError("Noem een of meer meldingnummers (of gebruik --proposed).")
            person = _person(vault, args.to)
            summary = intake.assign(vault, args.refs, person.id)
    print(printable(summary.message))
    return 0


def run_confirm(args: argparse.Namespace) -> int:
    from lvs_desktop.services import intake

    with open_vault(args) as vault:
        summary = intake.confirm_candidate(vault, args.ref, same=args.youth == "dezelfde")
    print(printable(summary.message))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from lvs_desktop.services.intake.upkeep import remove_from_inbox

    with open_vault(args) as vault:
        summary = remove_from_inbox(vault, args.refs, REASONS[args.reason])
    print(printable(summary.message))
    return 0


def _columns(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep:
            raise UserError(f"Schrijf --column als VELD=KOLOM, niet '{pair}'.")
        out[field.strip()] = column.strip()
    return out


def run_profiles(args: argparse.Namespace) -> int:
    from lvs_desktop.services import intake

    with open_vault(args) as vault:
        if args.column and not args.save:
            raise UserError("--column hoort bij --save NAAM.")
        if args.save:
            saved = intake.save_profile(vault, args.save, _columns(args.column))
            print(f"Koppelprofiel {printable(saved.name)} opgeslagen.")
        if args.delete:
            intake.delete_profile(vault, args.delete)
            print(f"Koppelprofiel {printable(args.delete.strip())} verwijderd.")
        if args.show:
            profile = intake.get_profile(vault, args.show)
            print(f"Koppelprofiel {printable(profile.name)}:")
            for field, label in intake.FIELDS.items():
                column = profile.columns.get(field, "")
                print(printable(f"  {field:<18} {label:<24} ← {column}"))
            return 0
        for profile in intake.list_profiles(vault):
            print(printable(profile.name))
    return 0
