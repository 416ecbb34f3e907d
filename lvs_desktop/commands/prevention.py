"""`lvs-desktop prevention add|list|counts`: the prevention register (issue 13, item 5).

Preventive work and advice not tied to a case: record one, list a school year's, count
them per kind and per school.
"""

from __future__ import annotations

import argparse
from datetime import date

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.common import parse_day as common_day
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "prevention",
        help=_("preventive work and advice not tied to a case: add, list, count"),
        description=_(
            "The prevention register: presentations, meetings, school visits, advice and "
            "questions, with counts per kind and per school for a school year."
        ),
    )
    actions = parser.add_subparsers(dest="prevention_action", metavar=_("ACTION"), required=True)

    add = actions.add_parser(
        "add", help=_("record one activity"), description=_("Record one preventive activity.")
    )
    add_vault_args(add)
    add.add_argument(
        "--date", default=None, metavar=_("DD-MM-YYYY"), help=_("the day (default: today)")
    )
    add.add_argument(
        "--kind",
        required=True,
        metavar=_("KIND"),
        help=_("voorlichting, overleg, schoolbezoek, advies or vraag"),
    )
    add.add_argument(
        "--requester",
        required=True,
        metavar=_("WHO"),
        help=_("asked by: school, partner, ouder, jongere or overig"),
    )
    add.add_argument("--topic", required=True, metavar=_("TEXT"), help=_("what it was about"))
    add.add_argument(
        "--minutes", required=True, type=int, metavar=_("N"), help=_("how long, in minutes")
    )
    add.add_argument("--school", default=None, metavar=_("NAME"), help=_("the school, if any"))
    add.set_defaults(func=run_add)

    for name, help_, func in (
        ("list", _("the activities of a school year"), run_list),
        ("counts", _("activities and minutes per kind and per school"), run_counts),
    ):
        p = actions.add_parser(name, help=help_, description=help_[0].upper() + help_[1:] + ".")
        add_vault_args(p)
        p.add_argument(
            "--year", default=None, help=_("school year, e.g. 2025-2026 (default: the current one)")
        )
        p.set_defaults(func=func)


# The Dutch words the command line takes for the codes of the reference lists.
KINDS = {
    "voorlichting": "presentation",
    "overleg": "meeting",
    "schoolbezoek": "school_visit",
    "advies": "advice",
    "vraag": "question",
}
REQUESTERS = {
    "school": "school",
    "partner": "partner",
    "ouder": "parent",
    "jongere": "youth",
    "overig": "other",
}


def code_of(word: str, words: dict[str, str], what: str) -> str:
    """The code for a Dutch word (or the code itself); a Dutch error naming the choices."""
    text = word.strip().casefold()
    if text in words:
        return words[text]
    if text in words.values():
        return text
    raise UserError(f"{what} '{word}' is onbekend. Kies uit: {', '.join(words)}.")


def parse_day(text: str | None, what: str = "Datum") -> date:
    """dd-mm-jjjj (or jjjj-mm-dd); today when empty; a Dutch error otherwise."""
    return date.today() if not text else common_day(text, what)


def _year(text: str | None) -> str:
    from lvs_desktop.models.rules.dates import SchoolYear
    from lvs_desktop.services.reports import parse_year

    return parse_year(text).label if text else SchoolYear.of(date.today()).label


def run_add(args: argparse.Namespace) -> int:
    from lvs_desktop.services import prevention

    on = parse_day(args.date)
    with open_vault(args) as vault:
        school_id = prevention.school_id_by_name(vault, args.school) if args.school else None
        data = prevention.PreventionInput(
            on,
            code_of(args.kind, KINDS, "Soort"),
            code_of(args.requester, REQUESTERS, "Aanvrager"),
            args.topic,
            args.minutes,
            school_id,
        )
        summary = prevention.add_activity(vault, data)
    print(summary.message)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from lvs_desktop.services import prevention

    year = _year(args.year)
    with open_vault(args) as vault:
        rows = prevention.list_activities(vault, year)
    if not rows:
        print(f"Geen preventieve activiteiten in schooljaar {year}.")
        return 0
    for r in rows:
        school = f" · {r.school}" if r.school else ""
        print(
            f"{r.occurred_on:%d-%m-%Y}  {r.kind_label} ({r.requester_label}) · {r.topic}"
            f" · {r.minutes} min{school} · {r.consultant}"
        )
    return 0


def run_counts(args: argparse.Namespace) -> int:
    from lvs_desktop.services import prevention

    year = _year(args.year)
    with open_vault(args) as vault:
        counts = prevention.counts(vault, year)
    width = max(len(line.label) for line in (*counts.per_kind, *counts.per_school, counts.total))
    print(f"Preventie – schooljaar {counts.year}")
    for title, lines in (("Per soort", counts.per_kind), ("Per school", counts.per_school)):
        print(f"\n{title:<{width}}  {'aantal':>7}  {'minuten':>8}")
        for line in lines:
            print(f"{line.label:<{width}}  {line.activities:>7}  {line.minutes:>8}")
    total = counts.total
    print(f"\n{total.label:<{width}}  {total.activities:>7}  {total.minutes:>8}")
    return 0
