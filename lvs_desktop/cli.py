"""`lvs-desktop`: the GUI by default, headless subcommands for scripts and team leads.

Exit codes: 0 ok, 1 a user error (one Dutch line on stderr, no traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from lvs_desktop.commands.i18n import DutchArgumentParser, _, add_version
from lvs_desktop.models import UserError
from lvs_desktop.store import log_policy
from lvs_desktop.version import program_version

# Subcommand modules in lvs_desktop.commands, in the order --help lists them.
COMMANDS = (
    "vault",
    "demo",
    "region",
    "cases",
    "task",
    "letter",
    "verhoor",
    "letter_response",
    "exemption",
    "printing",
    "export",
    "import_",
    "conflicts",
    "report",
    "vsv",
    "prevention",
    "thuiszitters",
    "retention",
    "errors",
    "outreach",
    "referral",
    "intake",
    "lists",
)

log = logging.getLogger("lvs_desktop")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, in Dutch (see `commands.i18n`), `--version` on every level."""
    parser = DutchArgumentParser(
        prog="lvs-desktop",
        description=_(
            "LVS Desktop: leerplicht and RMC casework over an encrypted vault. "
            "Without a command the program window opens."
        ),
    )
    parser.add_argument("--vault", type=Path, default=None, help=_("vault to open in the window"))
    parser.add_argument(
        "--demo", action="store_true", help=_("open the demo vault (made on first use)")
    )
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"), title=_("commands"))
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"lvs_desktop.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"lvs_desktop.commands.{name}":
                continue  # that part of the product is not built yet
            raise
        module.register(sub)
    add_version(parser, program_version())
    return parser


def run_gui(args: argparse.Namespace) -> int:
    from lvs_desktop.ui.app import run

    return run(vault=args.vault, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    log_policy.configure(terminal=True)  # one handler: no row values, no tracebacks
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    try:
        if func is None:
            return run_gui(args)
        return int(func(args) or 0)
    except UserError as exc:
        print(f"lvs-desktop: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("lvs-desktop: afgebroken", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line with a foutcode, the detail in the vault
        error = log_policy.report_bug(f"lvs-desktop {args.command or 'venster'}", exc)
        print(f"lvs-desktop: {error.message}", file=sys.stderr)
        return 1
