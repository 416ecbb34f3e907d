"""`lvs-desktop letter-response`: the letters sent in a case and the responses recorded, or
record one (issue 11, defect 4).

Without `--letter` it lists the case's letters posted, numbered, and what is recorded;
with `--letter N` and `--responded-on` or `--no-response-on` it records a response. The PV
and the Halt referral say "(niet) gereageerd" only from these records.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.letters.history import in_sentence
from lvs_desktop.models import UserError

if TYPE_CHECKING:
    from lvs_desktop.services.letter_responses import SentLetterRow


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "letter-response",
        help=_("list a case's letters sent with their responses, or record a response"),
        description=_(
            "Without --letter: list the letters sent in a case with the responses recorded. "
            "With --letter and --responded-on or --no-response-on: record that a recipient "
            "responded, or that no response came."
        ),
    )
    add_vault_args(parser)
    parser.add_argument("--case", required=True, metavar=_("REF"), help=_("case reference"))
    parser.add_argument("--letter", default=None, metavar=_("ID"), help=_("the letter's id"))
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--responded-on", default=None, metavar=_("DATE"), help=_("the day of the response")
    )
    when.add_argument(
        "--no-response-on",
        default=None,
        metavar=_("DATE"),
        help=_("the day you noted that no response came"),
    )
    parser.add_argument(
        "--recipient",
        type=int,
        default=None,
        metavar="N",
        help=_("for a letter to two parents: the N-th of its recipients"),
    )
    parser.add_argument("--note", default="", help=_("a short note"))
    parser.set_defaults(func=run)


def _date(text: str) -> date:
    from lvs_desktop.commands.common import parse_day

    return parse_day(text)


def _chosen(rows: list[SentLetterRow], key: str) -> SentLetterRow:
    """The letter by its number in the list (1, 2, …) or by its id."""
    if key.isdigit() and 1 <= int(key) <= len(rows):
        return rows[int(key) - 1]
    chosen = next((r for r in rows if r.id == key), None)
    if chosen is None:
        raise UserError(
            f"Brief {key} is geen verzonden (geposte) brief van dit dossier; "
            "zie de nummers in `lvs-desktop letter-response --case KENMERK`."
        )
    return chosen


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import letter_responses, letters

    day = args.responded_on or args.no_response_on
    if args.letter is None and day is not None:
        raise UserError("Kies met --letter de brief waarop de reactie hoort.")
    if args.letter is not None and day is None:
        raise UserError("Geef --responded-on of --no-response-on met een datum.")
    with open_vault(args) as vault:
        case_id = letters.case_id_for_reference(vault, args.case)
        rows = letter_responses.sent_letters(vault, case_id)
        if args.letter is None:
            if not rows:
                print("Er zijn in dit dossier geen brieven verzonden.")
            for number, row in enumerate(rows, start=1):
                print(
                    f"{number}  {row.sent_on:%d-%m-%Y}  {row.title}  "
                    f"aan {in_sentence(row.recipient_name)}"
                )
                for n, who in enumerate(row.responders, start=1):
                    print(f"    {n}. {who.name}")
                for r in row.responses:
                    print(f"    {r.text}")
            return 0
        chosen = _chosen(rows, args.letter.strip())
        responder = None
        if args.recipient is not None:
            if not 1 <= args.recipient <= len(chosen.responders):
                raise UserError(f"Deze brief heeft {len(chosen.responders)} ontvanger(s).")
            responder = chosen.responders[args.recipient - 1].id
        summary = letter_responses.record_response(
            vault,
            chosen.id,
            responded=args.responded_on is not None,
            on=_date(day),
            today=date.today(),
            responder_id=responder,
            note=args.note,
        )
    print(summary.message)
    return 0
