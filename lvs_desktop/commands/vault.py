"""`lvs-desktop vault init|check|rekey|audit` (audit: `commands.audit`)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from lvs_desktop.commands.common import (
    add_vault_args,
    open_vault,
    read_passphrase,
    read_secret,
    vault_path,
)
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError

NEW_PASSPHRASE_ENV = "LVS_NEW_PASSPHRASE"
ROLE_CHOICES = ("consultant", "team_lead", "administration")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    vault = sub.add_parser("vault", help=_("create, check or re-key a vault"))
    actions = vault.add_subparsers(dest="vault_action", required=True, metavar=_("ACTION"))

    init = actions.add_parser("init", help=_("create a new, empty vault"))
    add_vault_args(init)
    init.add_argument("--name", required=True, help=_("the owner's name"))
    init.add_argument("--code", help=_("the owner's initials for case references (e.g. JD)"))
    init.add_argument(
        "--team", action="store_true", help=_("a team lead's vault (= --role team_lead)")
    )
    init.add_argument("--role", choices=ROLE_CHOICES, default=None, help=_("the owner's role"))
    init.add_argument("--function", dest="function_title", default=None, help=_("job title"))
    init.add_argument("--phone", default=None, help=_("phone number"))
    init.add_argument("--email", default=None, help=_("e-mail address"))
    init.add_argument("--boa-number", default=None, help=_("BOA number"))
    init.add_argument("--akte-number", default=None, help=_("number of the akte van beëdiging"))
    init.add_argument(
        "--akte-expires", default=None, metavar=_("YYYY-MM-DD"), help=_("the akte's expiry date")
    )
    init.add_argument(
        "--sworn-by",
        choices=("eed", "belofte"),
        default=None,
        help=_("sworn by oath or affirmation"),
    )
    init.add_argument("--region", default=None, help=_("the region's name"))
    init.set_defaults(func=run_init)

    check = actions.add_parser("check", help=_("integrity checks and schema version"))
    add_vault_args(check)
    check.set_defaults(func=run_check)

    rekey = actions.add_parser("rekey", help=_("change the vault's passphrase"))
    add_vault_args(rekey)
    rekey.add_argument(
        "--new-passphrase-file",
        type=Path,
        default=None,
        help=_("the new passphrase from this file (else ${env}, else a prompt)").format(
            env=NEW_PASSPHRASE_ENV
        ),
    )
    rekey.set_defaults(func=run_rekey)

    from lvs_desktop.commands import audit

    audit.register(actions)


def check_strength(passphrase: str) -> None:
    """The one passphrase rule (`store.passphrase`), the same as in the window."""
    from lvs_desktop.store.passphrase import check_new_passphrase

    check_new_passphrase(passphrase)


def parse_day(text: str | None, label: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(
            f"{label}: schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2027-06-30."
        ) from None


def initials(name: str) -> str:
    letters = [p[0] for p in name.replace("-", " ").split() if p[:1].isalpha() and p[0].isupper()]
    return ("".join(letters) or name[:2]).upper()[:4]


def run_init(args: argparse.Namespace) -> int:
    from lvs_desktop.store import OwnerProfile, Vault

    code = (args.code or initials(args.name)).upper()
    if not code.isalpha() or len(code) > 4:
        raise UserError("De code is 1 tot 4 letters, bijvoorbeeld JD.")
    if args.team and args.role not in (None, "team_lead"):
        raise UserError("--team en --role spreken elkaar tegen.")
    role = "team_lead" if args.team else (args.role or "consultant")
    extra = {"function_title": args.function_title} if args.function_title else {}
    owner = OwnerProfile(
        name=args.name,
        code=code,
        role=role,
        phone=args.phone,
        email=args.email,
        boa_number=args.boa_number,
        akte_number=args.akte_number,
        akte_expires_on=parse_day(args.akte_expires, "Akte geldig tot"),
        sworn_by=args.sworn_by,
        region=args.region,
        **extra,
    )
    passphrase = read_passphrase(args, confirm=True)
    check_strength(passphrase)
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
    from lvs_desktop.services.passphrase import change_passphrase

    with open_vault(args) as vault:
        new = read_secret(
            args.new_passphrase_file,
            NEW_PASSPHRASE_ENV,
            "Nieuw wachtwoord: ",
            confirm=True,
            flag="--new-passphrase-file",
        )
        check_strength(new)
        summary = change_passphrase(vault, new)
    print(summary.message)  # what happened to the backups: re-encrypted or removed
    return 0
