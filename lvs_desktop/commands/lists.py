"""`lvs-desktop lists`: the register's lists on a date, and opening cases from them.

    lists --list NAME [--on DATE] [--format text|csv] [--output FILE]
          [--open-cases [BSN...]] [--take] [--vo-mbo-date DD-MM]

NAME is one of not-enrolled, deregistered, screening-17, rmc, early-leavers, vo-mbo. The text
format prints the count per municipality and a line per person; csv prints (or writes to
`--output`) the list as a spreadsheet reads it. `--open-cases` opens a case for every person
on the list (or only the BSNs named) through the case services; `--take` remembers that the
list was taken on the date (the next early-leavers list counts from there). `--vo-mbo-date`
sets the region's VO→MBO date first.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.commands.intake_register import day
from lvs_desktop.models import UserError
from lvs_desktop.sync.untrusted import printable

LIST_CHOICES = ("not-enrolled", "deregistered", "screening-17", "rmc", "early-leavers", "vo-mbo")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("lists", help=_("lists from the register: not enrolled, RMC, …"))
    add_vault_args(p)
    p.add_argument("--list", required=True, choices=LIST_CHOICES, help=_("which list"))
    p.add_argument("--on", default=None, metavar=_("DD-MM-YYYY"), help=_("as on this day"))
    p.add_argument("--format", choices=("text", "csv"), default="text", help=_("output format"))
    p.add_argument("--output", type=Path, default=None, metavar=_("FILE"), help=_("write to FILE"))
    p.add_argument(
        "--open-cases",
        nargs="*",
        default=None,
        metavar="BSN",
        help=_("open a case for everyone on the list (or only these BSNs)"),
    )
    p.add_argument(
        "--take", action="store_true", help=_("remember that the list was taken on this day")
    )
    p.add_argument(
        "--vo-mbo-date", default=None, metavar=_("DD-MM"), help=_("set the region's VO-MBO date")
    )
    p.set_defaults(func=run_lists)


def run_lists(args: argparse.Namespace) -> int:
    from lvs_desktop.services.register import cases, lists

    on = day(args.on)
    with open_vault(args) as vault:
        if args.vo_mbo_date:
            month, dd = lists.set_vo_mbo_date(vault, args.vo_mbo_date)
            print(f"Overstapdatum VO–MBO: {dd:02d}-{month:02d}.")
        result = lists.compute_list(vault, args.list, on)
        lists.record_list_read(vault, result)  # a read of personal data, audited
        opened = None
        if args.open_cases is not None:
            on_list = [r.bsn for r in result.rows]
            chosen = [b.strip() for b in args.open_cases] or on_list
            strangers = [b for b in chosen if b not in on_list]
            if strangers:
                raise UserError(
                    f"{len(strangers)} BSN('s) staan niet op deze lijst; er is niets geopend."
                )
            if not chosen:
                raise UserError("De lijst is leeg: er is geen dossier te openen.")
            opened = cases.open_cases(vault, args.list, chosen, on)
        if args.take:
            lists.record_taken(vault, args.list, on)
    if args.format == "csv":
        text = lists.csv_text(result)
        if args.output:
            lists.write_csv(result, args.output)
            print(f"{len(result.rows)} regel(s) geschreven naar {args.output}.")
        else:
            print(text, end="")
    else:
        print(printable(result.counts_line()))
        if result.last_taken:
            print(f"Sinds de vorige lijst van {result.last_taken:%d-%m-%Y}.")
        if result.deadline:
            print(f"Overstapdatum: {result.deadline:%d-%m-%Y}.")
        for r in result.rows:
            print(
                printable(
                    f"{r.bsn}  {r.name} ({r.birth_date:%d-%m-%Y}, {r.age})  {r.municipality}  "
                    f"{r.detail}" + (f"  dossier {r.case_reference}" if r.case_reference else "")
                )
            )
    if opened is not None:
        print(opened.counts_line())
        for line in opened.assigned_lines():
            print(printable(line))
    if args.take:
        print(f"Lijst vastgelegd op {on:%d-%m-%Y}.")
    return 0
