"""`lvs-desktop vault audit`: the audit log listed, filtered, exported, or its chains verified.

`--verify` walks every replica's hash chain: exit 0 with a one-line summary when intact; exit 1
with one Dutch line naming the first broken link (replica, event id, time) when not. Without
it, the events (newest first) that pass the filters, as a table or as CSV (`--format csv`,
to stdout or `--out FILE`). The log names dossiers by reference, never a BSN.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.models import UserError


def register(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    audit = actions.add_parser(
        "audit",
        help=_("the audit log: who saw or changed which dossier, when (or --verify its chains)"),
        description=_("List the audit log, newest first, or verify its hash chains."),
    )
    add_vault_args(audit)
    audit.add_argument(
        "--verify", action="store_true", help=_("check every replica's hash chain and stop")
    )
    audit.add_argument("--case", metavar=_("REF"), default=None, help=_("only this dossier"))
    audit.add_argument(
        "--actor", metavar=_("NAME"), default=None, help=_("only this person (name)")
    )
    audit.add_argument(
        "--action",
        default=None,
        help=_("only this action (view, create, update, delete, export, import, …)"),
    )
    audit.add_argument("--since", metavar=_("YYYY-MM-DD"), default=None, help=_("from this day on"))
    audit.add_argument("--until", metavar=_("YYYY-MM-DD"), default=None, help=_("up to this day"))
    audit.add_argument("--format", choices=("text", "csv"), default="text", help=_("output format"))
    audit.add_argument("--out", type=Path, default=None, help=_("write to this file (csv)"))
    audit.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.commands.vault import parse_day
    from lvs_desktop.services.audit_log import AuditFilter, list_events, to_csv, verify_chain

    flt = AuditFilter(
        actor=args.actor,
        case_reference=args.case,
        action=args.action,
        since=parse_day(args.since, "Vanaf"),
        until=parse_day(args.until, "Tot en met"),
    )
    if args.verify:
        with open_vault(args) as vault:
            report = verify_chain(vault)
        problem = report.problem()
        if problem is not None:
            raise UserError(problem)
        print(report.summary())
        return 0
    with open_vault(args) as vault:
        rows = list_events(vault, flt)
    if args.format == "csv" or args.out is not None:
        data = to_csv(rows)
        if args.out is None:
            sys.stdout.write(data)
            return 0
        try:
            args.out.write_text(data, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"Kan {args.out} niet schrijven: {exc.strerror}.") from exc
        n = len(rows)
        written = ngettext("{n} audit line written to {out}", "{n} audit lines written to {out}", n)
        print(written.format(n=n, out=args.out))
        return 0
    if not rows:
        print("Geen logregels die aan de keuze voldoen.")
        return 0
    for r in rows:
        print(
            f"{r.at:%d-%m-%Y %H:%M:%S}  {r.actor}  {r.action_label}  {r.entity_label}"
            + (f"  {r.dossier}" if r.dossier else "")
            + (f"  ({r.detail_label})" if r.detail_label else "")
        )
    print(ngettext("{n} audit line.", "{n} audit lines.", len(rows)).format(n=len(rows)))
    return 0
