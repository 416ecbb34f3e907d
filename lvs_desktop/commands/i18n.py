"""The command line in Dutch: one gettext catalog for argparse's own strings and ours.

English source strings go through `_()` and `ngettext()`; the Dutch is kept in
`resources/locale/nl/LC_MESSAGES/lvs_desktop.po` and compiled to the `.mo` beside it
(`python resources/locale/update_po.py` collects, merges and compiles). The product is Dutch,
so the catalog is Dutch whatever the user's `LANG` says.

argparse translates its words ("usage:", "options", "the following arguments are required")
through `gettext.gettext` of its own module. `DutchArgumentParser` puts our catalog there
only while it builds, formats or parses, and gives it back afterwards: other code in the
same process (a test runner, say) keeps its own argparse. A usage error is one Dutch line
on stderr with exit status 2.
"""

from __future__ import annotations

import argparse
import gettext
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Any, NoReturn

from lvs_desktop.resource_files import resource_path

DOMAIN = "lvs_desktop"
LANGUAGE = "nl"

# Metavars argparse would make from an option's name (`--vault VAULT`), in Dutch.
METAVARS = {
    "vault": "KLUIS",
    "passphrase_file": "BESTAND",
    "transfer_passphrase_file": "BESTAND",
    "new_passphrase_file": "BESTAND",
    "out": "BESTAND",
    "name": "NAAM",
    "code": "CODE",
    "role": "ROL",
    "function_title": "FUNCTIE",
    "phone": "TELEFOON",
    "email": "E-MAIL",
    "boa_number": "NUMMER",
    "akte_number": "NUMMER",
    "sworn_by": "EED_OF_BELOFTE",
    "region": "REGIO",
    "size": "GROOTTE",
    "seed": "GETAL",
    "status": "STATUS",
    "format": "FORMAAT",
    "year": "SCHOOLJAAR",
    "municipality": "GEMEENTE",
    "kind": "SOORT",
    "date": "DD-MM-JJJJ",
    "on": "DD-MM-JJJJ",
    "location": "PLAATS",
    "consultant": "CONSULENT",
    "printer": "PRINTER",
    "copies": "AANTAL",
    "tray": "LADE",
    "note": "NOTITIE",
    "school_type": "TYPE",
    "brin": "BRIN",
    "vestiging": "VESTIGING",
    "street": "STRAAT",
    "house_number": "HUISNUMMER",
    "postcode": "POSTCODE",
    "city": "PLAATS",
    "contact": "CONTACTPERSOON",
    "samenwerkingsverband": "SWV",
    "college": "NAAM",
    "postal_street": "STRAAT",
    "postal_number": "NUMMER",
    "postal_postcode": "POSTCODE",
    "postal_city": "PLAATS",
    "action": "HANDELING",
    "actor": "NAAM",
    "limit": "AANTAL",
    "article": "ARTIKEL",
    "grounds": "MOTIVERING",
}


@cache
def catalog() -> gettext.NullTranslations:
    """The Dutch catalog (English, untranslated, if the `.mo` is missing: tests catch that)."""
    return gettext.translation(
        DOMAIN, localedir=str(resource_path("locale")), languages=[LANGUAGE], fallback=True
    )


def _(text: str) -> str:
    """`text` (English) in Dutch."""
    return catalog().gettext(text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The Dutch singular or plural form for `n` (the caller formats `n` in)."""
    return catalog().ngettext(singular, plural, n)


_depth = 0
_saved: tuple[Any, Any] | None = None


@contextmanager
def dutch_argparse() -> Iterator[None]:
    """argparse speaks Dutch inside this block (re-entrant); afterwards as before."""
    global _depth, _saved
    if _depth == 0:
        _saved = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]
        argparse._ = _  # type: ignore[attr-defined]
        argparse.ngettext = ngettext  # type: ignore[attr-defined]
    _depth += 1
    try:
        yield
    finally:
        _depth -= 1
        if _depth == 0 and _saved is not None:
            argparse._, argparse.ngettext = _saved  # type: ignore[attr-defined]
            _saved = None


class DutchHelpFormatter(argparse.HelpFormatter):
    """Dutch metavars for options that name none (`--vault KLUIS`, not `--vault VAULT`)."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return METAVARS.get(action.dest, action.dest.upper())


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are Dutch; its subparsers are too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        with dutch_argparse():
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> argparse.Namespace:
        with dutch_argparse():  # "unrecognized arguments" is said here, not below
            parsed: argparse.Namespace = super().parse_args(args, namespace)
            return parsed

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with dutch_argparse():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with dutch_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        with dutch_argparse():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        """One line on stderr, naming where to look, and exit status 2."""
        hint = _("see {prog} --help").format(prog=self.prog)
        self.exit(2, f"{self.prog}: {message} ({hint})\n")


def add_version(parser: argparse.ArgumentParser, version: str) -> None:
    """`--version` on `parser` and every subparser below it."""
    parser.add_argument(
        "--version",
        action="version",
        version=f"lvs-desktop {version}",
        help=_("show the program's version and exit"),
    )
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                add_version(sub, version)


def subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """`parser` and every parser below it, once each (for the README and the tests)."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from subparsers(sub)
