"""`lvs-desktop vault init|check|rekey`."""

from __future__ import annotations

import argparse
from pathlib import Path

from lvs_desktop.commands.common import (
    add_vault_args,
    open_vault,
    read_passphrase,
    read_secret,
    vault_path,
)
from lvs_desktop.models import UserError

NEW_PASSPHRASE_ENV = "LVS_NEW_PASSPHRASE"
MIN_PASSPHRASE = 10


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    vault = sub.add_parser("vault", help="create, check or re-key a vault")
    actions = vault.add_subparsers(dest="vault_action", required=True, metavar="ACTION")

    init = actions.add_parser("init", help="create a new, empty vault")
    add_vault_args(init)
    init.add_argument("--name", required=True, help="the owner's name")
    init.add_argument("--code", help="the owner's initials for case references (e.g. JD)")
    init.add_argument("--team", action="store_true", help="a team lead's vault")
    init.set_defaults(func=run_init)

    check = actions.add_parser("check", help="integrity checks and schema version")
    add_vault_args(check)
    check.set_defaults(func=run_check)

    rekey = actions.add_parser("rekey", help="change the vault's passphrase")
    add_vault_args(rekey)
    rekey.add_argument(
        "--new-passphrase-file",
        type=Path,
        default=None,
        help=f"the new passphrase (else ${NEW_PASSPHRASE_ENV}, else a prompt)",
    )
    rekey.set_defaults(func=run_rekey)


def check_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(f"Kies een wachtwoord van minstens {MIN_PASSPHRASE} tekens.")


def initials(name: str) -> str:
    letters = [p[0] for p in name.replace("-", " ").split() if p[:1].isalpha() and p[0].isupper()]
    return ("".join(letters) or name[:2]).upper()[:4]


def run_init(args: argparse.Namespace) -> int:
    from lvs_desktop.store import OwnerProfile, Vault

    passphrase = read_passphrase(args, confirm=True)
    check_strength(passphrase)
    code = (args.code or initials(args.name)).upper()
    if not code.isalpha() or len(code) > 4:
        raise UserError("De code is 1 tot 4 letters, bijvoorbeeld JD.")
    owner = OwnerProfile(name=args.name, code=code, role="team" if args.team else "consultant")
    path = vault_path(args)
    Vault.create(path, passphrase, owner).lock()
    print(f"Kluis gemaakt: {path}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        report = vault.integrity_check()
    print(f"Schemaversie: {report.revision} (nieuwste: {report.head})")
    if report.ok:
        print("Integriteit: in orde (SQLCipher en SQLite)")
        return 0
    for line in report.cipher_errors + report.sqlite_errors:
        print(f"Fout: {line}")
    raise UserError("De kluis is beschadigd; zet een reservekopie terug.")


def run_rekey(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        new = read_secret(
            args.new_passphrase_file, NEW_PASSPHRASE_ENV, "Nieuw wachtwoord: ", confirm=True
        )
        check_strength(new)
        vault.rekey(new)
    print("Wachtwoord gewijzigd.")
    return 0
