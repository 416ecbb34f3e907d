"""`lvs-desktop task done|not-needed|reschedule REF N`: finish or move the N-th task of a case,
numbered as `case show REF` lists them."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.models import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    task = sub.add_parser(
        "task",
        help=_("tick off or move a task of a case (numbered as 'case show' lists them)"),
        description=_("Work on the N-th task of a case, as `case show REF` numbers them."),
    )
    task_sub = task.add_subparsers(dest="task_command", metavar=_("COMMAND"), required=True)
    for name, help_, description in (
        ("done", _("mark the task done"), _("Mark the task done.")),
        (
            "not-needed",
            _("close the task as not needed (say why with --note)"),
            _("Close the task as not needed (say why with --note)."),
        ),
        (
            "reschedule",
            _("move the task to another day (--to)"),
            _("Move the task to another day (--to)."),
        ),
    ):
        p = task_sub.add_parser(name, help=help_, description=description)
        p.add_argument("reference", metavar=_("REF"), help=_("case reference, e.g. 2026-JV-0001"))
        p.add_argument("number", metavar=_("N"), type=int, help=_("task number from 'case show'"))
        add_vault_args(p)
        if name == "reschedule":
            p.add_argument("--to", required=True, metavar=_("DD-MM-YYYY"), help=_("the new date"))
        else:
            p.add_argument("--date", default=None, help=_("closed on, dd-mm-yyyy (default: today)"))
            p.add_argument("--note", default=None, help=_("a note (the reason, if not needed)"))
        p.set_defaults(func=run, task_status=name)


def _date(text: str, what: str) -> date:
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UserError(f"{what} '{text}' is geen datum; schrijf dd-mm-jjjj.")


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import tasks
    from lvs_desktop.services.case_detail import case_detail
    from lvs_desktop.services.letters import case_id_for_reference

    today = date.today()
    with open_vault(args) as vault:
        case_id = case_id_for_reference(vault, args.reference)
        rows = case_detail(vault, case_id, today).tasks
        if not 1 <= args.number <= len(rows):
            n = len(rows)
            has = ngettext("Case {ref} has {n} task.", "Case {ref} has {n} tasks.", n)
            raise UserError(has.format(ref=args.reference.strip().upper(), n=n))
        task = rows[args.number - 1]
        if args.task_status == "reschedule":
            summary = tasks.reschedule_task(vault, task.id, _date(args.to, "Nieuwe datum"), today)
        else:
            on = _date(args.date, "Datum") if args.date else today
            status = "done" if args.task_status == "done" else "not_needed"
            summary = tasks.finish_task(vault, task.id, status, on, args.note, today)
    print(f"{summary.message} ({task.description})")
    return 0
