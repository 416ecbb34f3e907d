"""`lvs-desktop import FILE... [--dry-run]`: read exportbestanden into the vault.

All files are checked first (passphrase, integrity, signature, known sender); then one
transaction imports them all, after an automatic backup. The last line is always the summary
`new N, updated N, unchanged N, conflicts N, duplicates N`. A sender whose key this vault does
not know yet is refused, with the fingerprint to compare; accept it with
`--accept-fingerprint "XXXX XXXX …"` (or answer the question at a terminal).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.export import add_transfer_args, read_transfer_passphrase


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser(
        "import",
        help="import export files (.lvsbundle) into the vault",
        description="Merge one or more export files into the vault in one transaction.",
    )
    add_vault_args(imp)
    add_transfer_args(imp)
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE", help="export files")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would change; change nothing"
    )
    imp.add_argument(
        "--accept-fingerprint",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="trust a new sender with this fingerprint (compare it with the sender first)",
    )
    imp.set_defaults(func=run)


def _same(a: str, b: str) -> bool:
    return a.replace(" ", "").upper() == b.replace(" ", "").upper()


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import sync
    from lvs_desktop.sync.errors import UnknownSignerError

    with open_vault(args) as vault:
        transfer = read_transfer_passphrase(args)
        trusted: list[UnknownSignerError] = []  # a dry run records no key: trusted for now
        for _ in range(len(args.files) + 1):
            try:
                bundles = sync.open_bundles(vault, args.files, transfer, trust_for_now=trusted)
                break
            except UnknownSignerError as unknown:
                if not (
                    any(_same(fp, unknown.fingerprint) for fp in args.accept_fingerprint)
                    or _ask(unknown)
                ):
                    raise
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
    if report.linked:
        print(f"{len(report.linked)} jeugdige(n) met hetzelfde BSN samengevoegd.", file=sys.stderr)
    if args.dry_run:
        print("Proefimport: er is niets veranderd.", file=sys.stderr)
    print(report.counts.line())
    return 0


def _ask(unknown: object) -> bool:
    if not sys.stdin or not sys.stdin.isatty():
        return False
    print(str(unknown), file=sys.stderr)
    answer = input("Deze vingerafdruk accepteren? [j/N] ")
    return answer.strip().lower() in ("j", "ja", "y", "yes")
