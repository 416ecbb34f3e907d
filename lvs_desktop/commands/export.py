"""`lvs-desktop export --out FILE [--consultant NAME] [--since-last] | [--region]`: write an
exportbestand (one consultant's cases, or with `--region` the team's registers for everyone).

The transfer passphrase (the team's, not the vault's) comes from `--transfer-passphrase-file`,
`$LVS_TRANSFER_PASSPHRASE`, or a prompt (asked twice).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault, read_secret
from lvs_desktop.commands.i18n import _

TRANSFER_ENV = "LVS_TRANSFER_PASSPHRASE"


def add_transfer_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--transfer-passphrase-file",
        type=Path,
        default=None,
        help=_("the team's transfer passphrase from this file (else ${env}, else a prompt)").format(
            env=TRANSFER_ENV
        ),
    )


def read_transfer_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_secret(
        args.transfer_passphrase_file,
        TRANSFER_ENV,
        "Wachtwoord voor het exportbestand: ",
        confirm=confirm,
        flag="--transfer-passphrase-file",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        help=_("write an export file (.lvsbundle) of one consultant's cases"),
        description=_(
            "Write a consultant's cases and all they reference to an encrypted, signed "
            "export file for the team lead (or, from a team vault, for that consultant)."
        ),
    )
    add_vault_args(export)
    add_transfer_args(export)
    export.add_argument("--out", type=Path, required=True, help=_("the file to write (.lvsbundle)"))
    export.add_argument(
        "--consultant",
        default=None,
        help=_("whose cases (name or code; default: the vault's owner; required for a team vault)"),
    )
    export.add_argument(
        "--since-last",
        action="store_true",
        help=_("only what changed since the last export for this consultant"),
    )
    export.add_argument(
        "--region",
        action="store_true",
        help=_(
            "the region's registers (municipalities, schools, partners, roster, letterhead "
            "and region settings) for every consultant; from a team vault"
        ),
    )
    export.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import sync

    out = args.out if args.out.suffix else args.out.with_suffix(".lvsbundle")
    if args.region:
        return run_region(args, out)
    with open_vault(args) as vault:
        sync.resolve_consultant(vault, args.consultant)  # a wrong name before any prompt
        transfer = read_transfer_passphrase(args, confirm=True)
        done = sync.export_bundle(
            vault, out, transfer, consultant=args.consultant, since_last=args.since_last
        )
    since = f", sinds export {done.since_sequence}" if done.since_sequence else ""
    print(
        f"Exportbestand gemaakt: {done.path} (export {done.sequence} voor "
        f"{sync.printable(done.consultant_name)}{since}; {done.rows} rijen; "
        f"vingerafdruk {done.fingerprint})"
    )
    return 0


def run_region(args: argparse.Namespace, out: Path) -> int:
    from lvs_desktop.models import UserError
    from lvs_desktop.services.region import export_region

    if args.consultant or args.since_last:
        raise UserError("--region gaat niet samen met --consultant of --since-last.")
    with open_vault(args) as vault:
        if vault.role != "team":
            raise UserError("Alleen de teamkluis exporteert de regio (de registers van het team).")
        transfer = read_transfer_passphrase(args, confirm=True)
        done = export_region(vault, out, transfer)
    print(
        f"Regio-exportbestand gemaakt: {done.path} (export {done.sequence}; {done.rows} rijen; "
        f"vingerafdruk {done.fingerprint})"
    )
    return 0
