"""`lvs-desktop exemption record|decide`: an exemption request or notice, and its decision.

`record REF --article 5a --received DD-MM-YYYY` adds a request (or a notice, for article 5);
`decide REF N --outcome CODE --date DD-MM-YYYY --grounds TEXT` decides the N-th exemption of
the case, numbered as `case show REF` lists them. The grounds are what the decision letter
prints (`letter --kind besluit`); they are required for every outcome but a withdrawal.
"""

from __future__ import annotations

import argparse
from datetime import date

from lvs_desktop.commands.common import add_vault_args, open_vault, parse_day
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.models import UserError

OUTCOMES = ("afgegeven", "afgewezen", "ongegrond", "ingetrokken")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ex = sub.add_parser(
        "exemption",
        help=_("record an exemption request or notice, and decide it"),
        description=_(
            "Record an exemption or leave request (a notice for article 5) and decide it, "
            "with the grounds the decision letter prints."
        ),
    )
    ex_sub = ex.add_subparsers(dest="exemption_command", metavar=_("COMMAND"), required=True)
    rec = ex_sub.add_parser(
        "record",
        help=_("record a request or notice"),
        description=_("Record an exemption or leave request, or a notice (article 5)."),
    )
    rec.add_argument("reference", metavar=_("REF"), help=_("case reference, e.g. 2026-JV-0001"))
    rec.add_argument(
        "--article", required=True, help=_("article code: 5a, 5b, 5c, 15, 3a, 3b, 11g, 13a")
    )
    rec.add_argument(
        "--received", required=True, metavar=_("DD-MM-YYYY"), help=_("the day it came in")
    )
    add_vault_args(rec)
    rec.set_defaults(func=run_record)
    dec = ex_sub.add_parser(
        "decide",
        help=_("decide the N-th exemption of a case (with the grounds)"),
        description=_(
            "Decide the N-th exemption of a case, numbered as 'case show' lists them. "
            "The grounds are required for every outcome but a withdrawal."
        ),
    )
    dec.add_argument("reference", metavar=_("REF"), help=_("case reference, e.g. 2026-JV-0001"))
    dec.add_argument(
        "number", metavar=_("N"), type=int, help=_("exemption number from 'case show'")
    )
    dec.add_argument("--outcome", required=True, choices=OUTCOMES, help=_("the decision"))
    dec.add_argument("--date", required=True, metavar=_("DD-MM-YYYY"), help=_("decided on"))
    dec.add_argument("--grounds", default=None, help=_("the grounds the decision letter prints"))
    dec.add_argument(
        "--head-heard",
        default=None,
        metavar=_("DD-MM-YYYY"),
        help=_("extra leave over ten days: the day the head of the school was heard"),
    )
    dec.add_argument(
        "--from",
        dest="starts",
        default=None,
        metavar=_("DD-MM-YYYY"),
        help=_("granted: exempt from"),
    )
    dec.add_argument(
        "--until", default=None, metavar=_("DD-MM-YYYY"), help=_("granted: exempt until")
    )
    dec.add_argument("--sent", default=None, metavar=_("DD-MM-YYYY"), help=_("sent on"))
    add_vault_args(dec)
    dec.set_defaults(func=run_decide)


def _date(text: str | None, what: str) -> date | None:
    return None if text is None else parse_day(text, what)


def run_record(args: argparse.Namespace) -> int:
    from lvs_desktop.services import decisions
    from lvs_desktop.services.case_detail import case_detail
    from lvs_desktop.services.letters import case_id_for_reference

    received = _date(args.received, "Ontvangen op")
    assert received is not None
    with open_vault(args) as vault:
        case_id = case_id_for_reference(vault, args.reference)
        data = decisions.ExemptionInput(args.article.strip().lower(), received)
        summary = decisions.record_exemption(vault, case_id, data)
        made = summary.first("exemption")
        rows = case_detail(vault, case_id, date.today()).exemptions
        number = next(n for n, row in enumerate(rows, start=1) if row.id == made)
    print(f"{summary.message.rstrip('.')} als nr. {number}.")  # `exemption decide REF N`
    return 0


def run_decide(args: argparse.Namespace) -> int:
    from lvs_desktop.services import decisions
    from lvs_desktop.services.case_detail import case_detail
    from lvs_desktop.services.letters import case_id_for_reference

    today = date.today()
    decided = _date(args.date, "Besloten op")
    assert decided is not None
    grounds = (args.grounds or "").strip()
    if args.outcome != "ingetrokken" and not grounds:
        raise UserError("Geef de motivering van het besluit (--grounds).")
    head_heard = _date(args.head_heard, "Directeur gehoord op")
    starts, until = _date(args.starts, "Vanaf"), _date(args.until, "Tot en met")
    sent = _date(args.sent, "Verzonden op")
    with open_vault(args) as vault:
        case_id = case_id_for_reference(vault, args.reference)
        rows = case_detail(vault, case_id, today).exemptions
        if not 1 <= args.number <= len(rows):
            n = len(rows)
            has = ngettext("Case {ref} has {n} exemption.", "Case {ref} has {n} exemptions.", n)
            raise UserError(has.format(ref=args.reference.strip().upper(), n=n))
        summary = decisions.decide_exemption(
            vault,
            rows[args.number - 1].id,
            args.outcome,
            decided,
            sent,
            starts_on=starts,
            ends_on=until,
            grounds=grounds or None,
            head_consulted_on=head_heard,
            today=today,
        )
    print(summary.message)
    return 0
