"""`lvs-desktop errors [FOUTCODE]`: what the vault kept about a bug, found by its error id.

A bug shows the user one line with a foutcode (`store/log_policy.py`); the detail (when, where
in the program, the exception's type, a database engine's message) is kept inside the vault
only. This prints it for whoever helps the user; it holds no personal data.
"""

from __future__ import annotations

import argparse

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.models import ErrorRecord, UserError
from lvs_desktop.store import log_policy


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "errors",
        help="foutmeldingen in de kluis: de details bij een foutcode",
        description="Zonder foutcode: de laatste foutmeldingen; met foutcode: de details.",
    )
    add_vault_args(parser)
    parser.add_argument("error_id", nargs="?", metavar="FOUTCODE", help="bv. K7QF-3ZPM")
    parser.add_argument("--limit", type=int, default=20, help="hoeveel (standaard 20)")
    parser.set_defaults(func=run)


def _line(record: ErrorRecord) -> str:
    when = record.occurred_at.strftime("%d-%m-%Y %H:%M:%S")
    return f"{when}  {record.error_id}  {record.context}: {record.error_type}"


def run(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        if args.error_id:
            record = log_policy.find(vault, args.error_id)
            if record is None:
                raise UserError(f"Foutcode {args.error_id.strip()} staat niet in deze kluis.")
            print(f"foutcode:  {record.error_id}")
            print(f"wanneer:   {record.occurred_at:%d-%m-%Y %H:%M:%S} (UTC)")
            print(f"bij:       {record.context}")
            print(f"soort:     {record.error_type}")
            print(f"waar:      {record.location}")
            if record.db_message:
                print(f"database:  {record.db_message}")
            print(f"versie:    {record.app_version}")
            return 0
        records = log_policy.recent(vault, max(1, args.limit))
        if not records:
            print("Er zijn geen foutmeldingen bewaard.")
        for record in records:
            print(_line(record))
    return 0
