"""`lvs-desktop report-vsv`: DUO's official early-leaver figures (VSV) for the annual report,
entered per school year and municipality, or listed."""

from __future__ import annotations

import argparse

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vsv = sub.add_parser(
        "report-vsv",
        help=_("enter or list the official early school leavers (VSV, from DUO)"),
        description=_(
            "DUO's figure of new early school leavers and its denominator, per school year "
            "and municipality. The annual report shows a year's figure one year later. "
            "Without --leavers the entered figures are listed."
        ),
    )
    add_vault_args(vsv)
    vsv.add_argument("--year", default=None, help=_("school year, e.g. 2021-2022"))
    vsv.add_argument("--municipality", default=None, help=_("the municipality"))
    vsv.add_argument(
        "--leavers",
        type=int,
        default=None,
        metavar=_("COUNT"),
        help=_("new early school leavers"),
    )
    vsv.add_argument(
        "--participants",
        type=int,
        default=None,
        metavar=_("COUNT"),
        help=_("the denominator: participants"),
    )
    vsv.set_defaults(func=run_vsv)


def run_vsv(args: argparse.Namespace) -> int:
    from lvs_desktop.services.report_vsv import set_vsv, vsv_entries
    from lvs_desktop.services.reports import parse_year

    setting = (args.year, args.municipality, args.leavers, args.participants)
    if any(x is not None for x in setting[2:]):
        if any(x is None for x in setting):
            raise UserError("Geef --year, --municipality, --leavers en --participants samen op.")
        parse_year(args.year)  # a wrong year is reported before the passphrase is asked
        with open_vault(args) as vault:
            print(set_vsv(vault, *setting).message)
        return 0
    with open_vault(args) as vault:
        entries = vsv_entries(vault)
    if not entries:
        print("Nog geen vsv-cijfers ingevoerd.")
    for e in entries:
        pct = f"{e.percentage:.1f}".replace(".", ",")
        print(f"{e.year}  {e.municipality:<24} {e.leavers:>6} van {e.participants:>7}  ({pct}%)")
    return 0
