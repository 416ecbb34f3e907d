"""`lvs-desktop print queue|run|posted`: the print queue from the command line.

`queue` lists the letters waiting to be printed or posted, with their envelope (household);
`run` prints waiting letters on a CUPS queue, household by household, as the stored PDF
itself (the vector path; no temporary file); `posted` records the day printed letters went
into the post. `--case` and `--letter` narrow each to some letters.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date, datetime

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.models import UserError

DATE_FORMAT = "%d-%m-%Y"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printing = sub.add_parser("print", help=_("the print queue: list, print, mark as posted"))
    actions = printing.add_subparsers(dest="print_action", required=True, metavar=_("ACTION"))

    queue = actions.add_parser("queue", help=_("letters waiting to be printed or posted"))
    add_vault_args(queue)
    queue.add_argument("--format", choices=("text", "csv"), default="text")
    queue.set_defaults(func=run_queue)

    run = actions.add_parser("run", help=_("print waiting letters on a printer (CUPS queue)"))
    add_vault_args(run)
    _add_selection(run)
    run.add_argument("--printer", required=True, help=_("the CUPS queue's name (see lpstat -p)"))
    run.add_argument("--copies", type=int, default=1, help=_("copies of each letter"))
    run.add_argument("--duplex", action="store_true", help=_("print on both sides"))
    run.add_argument("--tray", default=None, help=_("the printer's paper tray (InputSlot)"))
    run.set_defaults(func=run_print)

    posted = actions.add_parser("posted", help=_("record that printed letters were posted"))
    add_vault_args(posted)
    _add_selection(posted)
    posted.add_argument("--on", default=None, help=_("the day they were posted, dd-mm-yyyy"))
    posted.set_defaults(func=run_posted)


def _add_selection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--case", action="append", default=[], metavar=_("REF"), help=_("only this case")
    )
    parser.add_argument(
        "--letter", action="append", default=[], metavar=_("ID"), help=_("only this id")
    )


def _parse_date(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return datetime.strptime(text, DATE_FORMAT).date()
    except ValueError as exc:
        raise UserError(f"Ongeldige datum '{text}': gebruik dd-mm-jjjj.") from exc


def _chosen(entries: list, args: argparse.Namespace, printed: bool) -> list:  # type: ignore[type-arg]
    """The queue's letters in the state asked for, narrowed by --case and --letter."""
    chosen = [e for e in entries if e.printed == printed]
    if args.case:
        known = {e.reference for e in entries}
        unknown = [ref for ref in args.case if ref not in known]
        if unknown:
            raise UserError(f"Geen wachtende brieven voor dossier {', '.join(unknown)}.")
        chosen = [e for e in chosen if e.reference in args.case]
    if args.letter:
        missing = set(args.letter) - {e.id for e in entries}
        if missing:
            raise UserError(f"Brief {sorted(missing)[0]} staat niet in de wachtrij.")
        chosen = [e for e in chosen if e.id in args.letter]
    if not chosen:
        what = "af te drukken" if not printed else "afgedrukt en nog te versturen"
        raise UserError(f"Er zijn geen brieven {what}.")
    return chosen


def run_queue(args: argparse.Namespace) -> int:
    from lvs_desktop.services import print_queue
    from lvs_desktop.services.audit_log import record_read

    with open_vault(args) as vault:
        entries = print_queue.print_queue(vault)
        record_read(vault, "print queue", "letter", count=len(entries))  # a read, audited
    rows = [
        (
            str(e.household),
            e.letter_date.strftime(DATE_FORMAT),
            e.reference,
            e.title,
            e.recipient_name,
            "concept" if e.draft else ("afgedrukt" if e.printed else "af te drukken"),
            e.id,
        )
        for e in entries
    ]
    header = ("Envelop", "Datum", "Dossier", "Brief", "Aan", "Status", "Id")
    if args.format == "csv":
        writer = csv.writer(sys.stdout, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
        return 0
    if not rows:
        print("Er wachten geen brieven.")
        return 0
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    for r in (header, *rows):
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    return 0


def run_print(args: argparse.Namespace) -> int:
    from lvs_desktop.services import print_queue

    if args.copies < 1:
        raise UserError("Het aantal exemplaren is minstens 1.")
    options = print_queue.SpoolOptions(
        destination=args.printer,
        copies=args.copies,
        sides="two-sided-long-edge" if args.duplex else "one-sided",
        tray=args.tray,
    )
    with open_vault(args) as vault:
        ids = [e.id for e in _chosen(print_queue.print_queue(vault), args, printed=False)]
        printed, _summary = print_queue.spool_letters(vault, ids, options)
    sent = ngettext(
        "{n} letter sent to printer {printer}.", "{n} letters sent to printer {printer}.", printed
    )
    print(sent.format(n=printed, printer=args.printer))
    return 0


def run_posted(args: argparse.Namespace) -> int:
    from lvs_desktop.services import print_queue

    on = _parse_date(args.on)
    with open_vault(args) as vault:
        ids = [e.id for e in _chosen(print_queue.print_queue(vault), args, printed=True)]
        summary = print_queue.mark_posted(vault, ids, on, date.today())
    print(f"{summary.message} Verzonden op {on.strftime(DATE_FORMAT)}.")
    return 0
