"""`lvs-desktop intake residents|enrolments|purge`: the register (leerplichtadministratie).

    intake residents FILE [--dry-run]     the municipalities' residents extract (CSV)
    intake enrolments FILE [--dry-run]    the enrolment file (CSV)
    intake purge [--on DATE] [--moved-away-months N] [--dry-run]
                                          remove people who moved away or aged out

Each import prints one Dutch summary line (new, changed, unchanged, refused) and then every
refused line with its number and the reason (never a BSN or a name); exit 0. A file that
cannot be read, or lacks a needed column, is a user error (exit 1) and changes nothing.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError
from lvs_desktop.sync.untrusted import printable


def register_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name, helptext in (
        ("residents", _("import the residents extract into the register (CSV)")),
        ("enrolments", _("import the enrolment file into the register (CSV)")),
    ):
        p = actions.add_parser(name, help=helptext)
        add_vault_args(p)
        p.add_argument("file", type=Path, metavar=_("FILE"), help=_("the CSV file to read"))
        p.add_argument(
            "--dry-run", action="store_true", help=_("show what would happen, store nothing")
        )
        p.set_defaults(func=run_import, register_kind=name)

    p = actions.add_parser(
        "purge", help=_("remove people who moved away or turned 23 from the register")
    )
    add_vault_args(p)
    p.add_argument("--on", default=None, metavar=_("DD-MM-YYYY"), help=_("as on this day"))
    p.add_argument(
        "--moved-away-months",
        type=int,
        default=None,
        metavar="N",
        help=_("keep people who moved away N months (a setting; default 0)"),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=_("show what would happen, store nothing")
    )
    p.set_defaults(func=run_purge)


def day(text: str | None) -> date:
    """`--on` as a date (today when absent): DD-MM-JJJJ as every other command takes it;
    JJJJ-MM-DD, the file's form, too."""
    if not text:
        return date.today()
    from datetime import datetime

    for form in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise UserError("Schrijf de datum als DD-MM-JJJJ, bijvoorbeeld 30-11-2026.")


def run_import(args: argparse.Namespace) -> int:
    from lvs_desktop.services.register.imports import import_enrolments, import_residents

    run = import_residents if args.register_kind == "residents" else import_enrolments
    with open_vault(args) as vault:
        report = run(vault, args.file, apply=not args.dry_run)
    print(printable(report.counts_line() + "."))
    if report.outside:
        print(
            f"{report.outside} inschrijving(en) bij een school die niet in het schoolregister "
            "staat: bewaard met BRIN en vestiging zoals in het bestand."
        )
    for bad in report.refused:
        print(printable(f"regel {bad.line}: {bad.reason}"))
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from lvs_desktop.services.register.purge import (
        RegisterRetention,
        purge_register,
        set_retention,
    )

    with open_vault(args) as vault:
        if args.moved_away_months is not None:
            set_retention(vault, RegisterRetention(args.moved_away_months))
        result = purge_register(vault, day(args.on), apply=not args.dry_run)
    print(result.counts_line())
    return 0
