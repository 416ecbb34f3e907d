"""`lvs-desktop conflicts`: list open sync conflicts; take the other value, delete anyway, keep.

Each conflict is one line: the record, the field (its Dutch name), the live value and the kept
one, each with who set it and when, and the conflict's id for `--take-other`,
`--delete-anyway` or `--keep`.
"""

from __future__ import annotations

import argparse
from datetime import datetime

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.sync.labels import field_label


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    conflicts = sub.add_parser(
        "conflicts",
        help=_("list sync conflicts, or settle one"),
        description=_("List the open conflicts from imports (both values, who and when)."),
    )
    add_vault_args(conflicts)
    conflicts.add_argument("--all", action="store_true", help=_("also settled conflicts"))
    action = conflicts.add_mutually_exclusive_group()
    action.add_argument("--take-other", metavar=_("ID"), help=_("make the kept value the live one"))
    action.add_argument(
        "--delete-anyway", metavar=_("ID"), help=_("delete after all (delete conflicts)")
    )
    action.add_argument(
        "--keep", metavar=_("ID"), help=_("the live value is right: close the conflict")
    )
    conflicts.set_defaults(func=run)


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else "onbekend"


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import sync
    from lvs_desktop.services.audit_log import record_read

    with open_vault(args) as vault:
        chosen = args.take_other or args.delete_anyway or args.keep
        if chosen:
            rows = sync.list_conflicts(vault, include_resolved=True)
            matches = [r.id for r in rows if r.id.startswith(chosen)]
            if len(matches) != 1:
                from lvs_desktop.models import UserError

                raise UserError(f"Geen (eenduidig) conflict met id {chosen}.")
            if args.take_other:
                summary = sync.take_other(vault, matches[0])
            elif args.delete_anyway:
                summary = sync.delete_anyway(vault, matches[0])
            else:
                summary = sync.keep_as_is(vault, matches[0])
            print(summary.message)
            return 0
        rows = sync.list_conflicts(vault, include_resolved=args.all)
        record_read(vault, "conflicts", "sync_conflict", count=len(rows))  # a read, audited
    show = sync.printable  # values, labels and names came in bundles: one line each
    for r in rows:
        what = "verwijderd" if r.kind == "delete" else field_label(r.field)
        settled = sync.SETTLED_AS.get(r.resolution, r.resolution) if r.resolution else ""
        print(
            f"{r.id[:8]}  {r.entity_label} {show(r.record_label)} · {what}: "
            f"nu '{show(r.live_value)}' ({show(r.live_who)}, {_when(r.live_when)}) — "
            f"ook '{show(r.other_value)}' ({show(r.other_who)}, {_when(r.other_when)})"
            + (f" [{settled}]" if settled else "")
        )
    print(ngettext("{n} conflict.", "{n} conflicts.", len(rows)).format(n=len(rows)))
    return 0
