"""`lvs-desktop outreach phase|show|newcomer|newcomers`: RMC outreach of a case, the newcomer
marker on its youth, and the newcomer counts."""

from __future__ import annotations

import argparse
from datetime import date

from lvs_desktop.commands.common import (
    add_case_arg,
    add_vault_args,
    case_reference,
    dutch_choice_args,
    open_vault,
    parse_day,
)
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError

# The Dutch words typed on the command line; the stored codes are accepted too.
PHASE_WORDS = {
    "in-beeld": "in_beeld",
    "benaderd": "benaderd",
    "gesproken": "gesproken",
    "traject": "traject",
    "uitgestroomd": "uitgestroomd",
}
DESTINATION_WORDS = {
    "school": "school",
    "werk": "work",
    "leren-en-werken": "learning_working",
    "zorg": "care",
    "dagbesteding": "dagbesteding",
    "programma": "programme",
    "verhuisd": "moved",
    "niet-bereikt": "not_reached",
}
ORIGIN_WORDS = {
    "oekraine": "ukraine",
    "asiel": "asylum",
    "arbeidsmigratie": "labour_migrant",
    "overig": "other",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outreach = sub.add_parser(
        "outreach",
        help=_("RMC outreach: phases and destination of a case, newcomers"),
        description=_(
            "RMC outreach of a case: record a dated phase (in-beeld, benaderd, gesproken, "
            "traject, uitgestroomd with a destination), show the history, mark the youth as "
            "a newcomer, count newcomers."
        ),
    )
    o_sub = outreach.add_subparsers(dest="outreach_command", metavar=_("COMMAND"), required=True)
    phase = o_sub.add_parser(
        "phase",
        help=_("record the next phase of a case"),
        description=_("Record the next dated phase of a case's outreach."),
    )
    add_case_arg(phase)
    phase.add_argument("phase", **dutch_choice_args(PHASE_WORDS, "fase"), help=_("the phase"))
    phase.add_argument(
        "--date", default=None, help=_("date of the step, dd-mm-yyyy (default: today)")
    )
    phase.add_argument(
        "--destination",
        **dutch_choice_args(DESTINATION_WORDS, "bestemming"),
        default=None,
        help=_("with uitgestroomd: where the young person went"),
    )
    phase.add_argument(
        "--programme",
        default=None,
        metavar=_("PROGRAMME"),
        help=_("programme code, e.g. matchmakers"),
    )
    phase.add_argument("--note", default=None, help=_("a short note"))
    show = o_sub.add_parser(
        "show",
        help=_("show the outreach steps of a case"),
        description=_("Show the outreach steps of a case, oldest first."),
    )
    add_case_arg(show)
    newcomer = o_sub.add_parser(
        "newcomer",
        help=_("mark the youth of a case as a newcomer (or clear it)"),
        description=_("Mark the youth of a case as a newcomer, or clear the marker."),
    )
    add_case_arg(newcomer)
    newcomer.add_argument(
        "--origin", default=None, **dutch_choice_args(ORIGIN_WORDS, "herkomst"), help=_("origin")
    )
    newcomer.add_argument(
        "--arrived", default=None, metavar=_("DD-MM-YYYY"), help=_("arrival date, dd-mm-yyyy")
    )
    newcomer.add_argument("--clear", action="store_true", help=_("remove the marker"))
    counts = o_sub.add_parser(
        "newcomers",
        help=_("count newcomers in view and not enrolled"),
        description=_("Count newcomers in view and not enrolled on a day, per origin."),
    )
    counts.add_argument(
        "--on", default=None, metavar=_("DD-MM-YYYY"), help=_("count on this day, dd-mm-yyyy")
    )
    for p in (phase, show, newcomer, counts):
        add_vault_args(p)
        p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import outreach
    from lvs_desktop.services.cases import record_view
    from lvs_desktop.services.letters import case_id_for_reference

    today = date.today()
    command = args.outreach_command
    with open_vault(args) as vault:
        if command == "newcomers":
            on = parse_day(args.on, "Datum") if args.on else today
            count = outreach.newcomer_counts(vault, on)
            print(
                f"Nieuwkomers op {on:%d-%m-%Y}: in beeld {count.in_view}, "
                f"niet ingeschreven {count.not_enrolled}"
            )
            for origin, (seen, out) in sorted(count.by_origin.items()):
                print(f"  {origin}: in beeld {seen}, niet ingeschreven {out}")
            return 0
        case_id = case_id_for_reference(vault, case_reference(args))
        if command == "phase":
            on = parse_day(args.date, "Datum") if args.date else today
            summary = outreach.set_phase(
                vault,
                case_id,
                args.phase,
                on,
                destination=args.destination,
                programme=args.programme,
                note=args.note,
                today=today,
            )
            print(summary.message)
        elif command == "newcomer":
            if args.clear == bool(args.origin):
                raise UserError("Geef --origin (met eventueel --arrived) of --clear.")
            youth_id = outreach.youth_of_case(vault, case_id)
            arrived = parse_day(args.arrived, "Aankomstdatum") if args.arrived else None
            print(outreach.set_newcomer(vault, youth_id, args.origin, arrived, today).message)
        else:
            record_view(vault, case_id)  # reading a case is audited
            view = outreach.outreach_of(vault, case_id)
            if not view.steps:
                print("Nog geen outreach-stappen in dit dossier.")
            for i, step in enumerate(view.steps, 1):
                extra = f" → {step.destination_label}" if step.destination else ""
                extra += " (positief)" if step.positive else ""
                extra += f" [{step.programme_label}]" if step.programme else ""
                print(f"{i}. {step.taken_on:%d-%m-%Y}  {step.phase_label}{extra}")
    return 0
