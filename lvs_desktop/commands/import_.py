"""`lvs-desktop import FILE... [--dry-run]`: read exportbestanden into the vault.

All files are checked first (passphrase, integrity, signature, known sender); then one
transaction imports them all, after an automatic backup. The last line is always the summary
`nieuw N, bijgewerkt N, ongewijzigd N, conflicten N, dubbele N`. A sender whose key this vault
does not know yet is refused, with the fingerprint to compare and the option that accepts it,
`--accept-fingerprint "XXXX XXXX …"` (or the question at a terminal).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.export import add_transfer_args, read_transfer_passphrase
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.models import UserError

if TYPE_CHECKING:
    from lvs_desktop.sync.outcome import Counts


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imp = sub.add_parser(
        "import",
        help=_("import export files (.lvsbundle) into the vault"),
        description=_("Merge one or more export files into the vault in one transaction."),
    )
    add_vault_args(imp)
    add_transfer_args(imp)
    imp.add_argument("files", type=Path, nargs="+", metavar=_("FILE"), help=_("export files"))
    imp.add_argument(
        "--dry-run", action="store_true", help=_("show what would change; change nothing")
    )
    imp.add_argument(
        "--accept-fingerprint",
        action="append",
        default=[],
        metavar=_("FINGERPRINT"),
        help=_("trust a new sender with this fingerprint (compare it with the sender first)"),
    )
    imp.set_defaults(func=run)


REFUSED_LISTED = 50  # refused rows listed one by one; the rest counted


def _same(a: str, b: str) -> bool:
    return a.replace(" ", "").upper() == b.replace(" ", "").upper()


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import sync
    from lvs_desktop.sync.errors import UnknownSignerError

    with open_vault(args) as vault:
        transfer = read_transfer_passphrase(args)
        trusted: list[UnknownSignerError] = []  # a dry run records no key: trusted for now
        for _attempt in range(len(args.files) + 1):
            try:
                bundles = sync.open_bundles(vault, args.files, transfer, trust_for_now=trusted)
                break
            except UnknownSignerError as unknown:
                if not (
                    any(_same(fp, unknown.fingerprint) for fp in args.accept_fingerprint)
                    or _ask(unknown)
                ):
                    raise UserError(
                        f"{unknown.message} Vergelijk de vingerafdruk met de afzender en lees "
                        f'het bestand dan in met --accept-fingerprint "{unknown.fingerprint}".'
                    ) from unknown
                if args.dry_run:  # a dry run writes nothing at all
                    trusted.append(unknown)
                else:
                    sync.accept_signer(vault, unknown)
        if args.dry_run:
            report = sync.preview_import(vault, bundles)
        else:
            report = sync.apply_import(vault, bundles)
    for warning in report.warnings:
        print(f"Let op: {warning}", file=sys.stderr)
    for refused in report.refused[:REFUSED_LISTED]:  # one line each: kind, id, why
        print(f"  {sync.refusal_line(refused)}", file=sys.stderr)
    if len(report.refused) > REFUSED_LISTED:
        print(f"  … en nog {len(report.refused) - REFUSED_LISTED}.", file=sys.stderr)
    if report.linked:
        n = len(report.linked)
        linked = ngettext(
            "{n} youth with the same BSN merged.", "{n} youths with the same BSN merged.", n
        )
        print(linked.format(n=n), file=sys.stderr)
    if args.dry_run:
        print("Proefimport: er is niets veranderd.", file=sys.stderr)
    print(summary_line(report.counts))
    return 0


def summary_line(counts: Counts) -> str:
    """The import's last line, e.g. `nieuw 2451, bijgewerkt 0, ongewijzigd 0, …`."""
    return _(
        "new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, "
        "duplicates {duplicates}"
    ).format(
        new=counts.new,
        updated=counts.updated,
        unchanged=counts.unchanged,
        conflicts=counts.conflicts,
        duplicates=counts.duplicates,
    )


def _ask(unknown: object) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    print(str(unknown), file=sys.stderr)
    answer = input("Deze vingerafdruk accepteren? [j/N] ")
    return answer.strip().lower() in ("j", "ja", "y", "yes")
