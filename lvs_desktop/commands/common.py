"""What every subcommand shares: --vault, the passphrase sources, opening the vault."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError

if TYPE_CHECKING:
    from lvs_desktop.store import Vault

PASSPHRASE_ENV = "LVS_PASSPHRASE"


def add_vault_args(parser: argparse.ArgumentParser) -> None:
    from lvs_desktop.store import default_vault_path

    parser.add_argument(
        "--vault",
        type=Path,
        default=None,
        help=_("path of the vault file (default: {path})").format(path=default_vault_path()),
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        default=None,
        help=_("read the passphrase from this file (else ${env}, else a prompt)").format(
            env=PASSPHRASE_ENV
        ),
    )


def vault_path(args: argparse.Namespace) -> Path:
    from lvs_desktop.store import default_vault_path

    return Path(args.vault) if args.vault else default_vault_path()


def read_secret(
    file: Path | None,
    env: str,
    prompt: str,
    *,
    confirm: bool = False,
    flag: str = "--passphrase-file",
) -> str:
    """A secret from a file (first line), an environment variable, or a prompt; `flag` is
    the option that names the file, so that an error names the option that fixes it."""
    if file is not None:
        try:
            return file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError) as exc:
            raise UserError(f"Kan het wachtwoordbestand {file} niet lezen.") from exc
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"{prompt.strip().rstrip(':')} ontbreekt: gebruik {flag} of ${env}.")
    secret = getpass.getpass(prompt)
    if confirm and getpass.getpass("Nogmaals: ") != secret:
        raise UserError("De twee wachtwoorden zijn niet gelijk.")
    return secret


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_secret(
        args.passphrase_file, PASSPHRASE_ENV, "Wachtwoord van de kluis: ", confirm=confirm
    )


def open_vault(args: argparse.Namespace) -> Vault:
    """Unlock the vault named by the arguments (the caller closes it)."""
    from lvs_desktop.store import Vault

    return Vault.open(vault_path(args), read_passphrase(args))


class DutchChoices:
    """The `choices` of a Dutch choice: lists the Dutch words (for argparse and its tests),
    contains the stored codes (what the `type` turned the word into)."""

    def __init__(self, options: dict[str, str]) -> None:
        self.options = options

    def __iter__(self) -> Iterator[str]:
        return iter(self.options)

    def __contains__(self, code: object) -> bool:
        return code in self.options.values()


DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d")


def parse_day(text: str, what: str = "") -> date:
    """A date as the commands take it, dd-mm-jjjj (or jjjj-mm-dd); otherwise one Dutch line
    that names `what` ("De geboortedatum '31-02-2020' is geen datum; schrijf dd-mm-jjjj.")."""
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UserError(f"{what + ' ' if what else ''}'{text}' is geen datum; schrijf dd-mm-jjjj.")


def dutch_choice(options: dict[str, str], what: str) -> Callable[[str], str]:
    """An argparse `type` for a choice in Dutch: `options` maps each Dutch word the user types
    to the stored code; the stored codes themselves (the older English spellings) are
    accepted too, so scripts written before keep working. A wrong word is a usage error that
    lists the Dutch words. Most callers want `dutch_choice_args`."""
    codes = {code: code for code in options.values()}
    table = {**codes, **{word.lower(): code for word, code in options.items()}}

    def convert(text: str) -> str:
        key = text.strip().lower()
        for candidate in (key, key.replace(" ", "-"), key.replace(" ", "_").replace("-", "_")):
            if candidate in table:
                return table[candidate]
        raise argparse.ArgumentTypeError(
            f"ongeldige keuze: '{text}' (kies uit {', '.join(options)})"
        )

    convert.__name__ = what  # argparse names the type in some of its messages
    return convert


def dutch_choice_args(options: dict[str, str], what: str) -> dict[str, Any]:
    """`type`, `choices` and `metavar` (`a|b|c`) for `add_argument(..., **these)`: the user
    types a Dutch word (or the old code), the command gets the stored code."""
    return {
        "type": dutch_choice(options, what),
        "choices": DutchChoices(options),
        "metavar": "|".join(options),
    }


def add_case_arg(parser: argparse.ArgumentParser) -> None:
    """The case a command works on, named either way the command line names it elsewhere:
    positional `KENMERK` or `--case KENMERK`. `case_reference(args)` gives the one given."""
    parser.add_argument(
        "reference",
        nargs="?",
        default=None,
        metavar=_("REF"),
        help=_("case reference, e.g. 2026-JV-0001"),
    )
    parser.add_argument(
        "--case",
        dest="case_option",
        default=None,
        metavar=_("REF"),
        help=_("the same, as an option"),
    )


def case_reference(args: argparse.Namespace) -> str:
    """The case reference given positionally or with --case (one of them, once)."""
    positional, option = args.reference, args.case_option
    if positional and option and positional.strip().upper() != option.strip().upper():
        raise UserError(f"Twee verschillende dossiers genoemd: {positional} en {option}.")
    reference = positional or option
    if not reference:
        raise UserError("Noem het dossier: KENMERK of --case KENMERK (bijv. 2026-JV-0001).")
    return str(reference)
