"""`lvs-desktop referral add|list|result`: referrals and hand-overs of a case to a partner of the
region's register; `list` numbers them, `result N` records what came of the N-th."""

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

YES_NO = {"yes": True, "no": False}
# The Dutch words typed on the command line; the stored codes are accepted too.
ACCEPTED_WORDS = {"ja": "yes", "nee": "no"}
CONSENT_WORDS = {"jongere": "youth", "ouder": "guardian"}
RESULT_WORDS = {
    "gestart": "help_started",
    "niet-gestart": "not_started",
    "jongere-zag-af": "youth_declined",
    "anders": "other",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    referral = sub.add_parser(
        "referral",
        help=_("referrals and hand-overs of a case to a partner"),
        description=_(
            "Referrals and (warm) hand-overs of a case to a partner of the region's register. "
            "A referral is recorded as sent only with consent for sharing data."
        ),
    )
    r_sub = referral.add_subparsers(dest="referral_command", metavar=_("COMMAND"), required=True)
    add = r_sub.add_parser(
        "add",
        help=_("record a referral as sent (consent required)"),
        description=_("Record a referral as sent; its follow-up date becomes a task."),
    )
    add.add_argument(
        "--partner",
        required=True,
        metavar=_("NAME"),
        help=_("partner name as in the register (see `region partners`)"),
    )
    add.add_argument(
        "--reason", required=True, metavar=_("REASON"), help=_("why the young person is referred")
    )
    add.add_argument(
        "--consent-by",
        default=None,
        **dutch_choice_args(CONSENT_WORDS, "toestemming"),
        help=_("who gave consent: the young person or a parent with gezag"),
    )
    add.add_argument(
        "--consent-date",
        default=None,
        metavar=_("DD-MM-YYYY"),
        help=_("day consent was given, dd-mm-yyyy"),
    )
    add.add_argument(
        "--date",
        default=None,
        metavar=_("DD-MM-YYYY"),
        help=_("day of the referral (default: today)"),
    )
    add.add_argument("--warm", action="store_true", help=_("a warm hand-over"))
    add.add_argument(
        "--follow-up", default=None, metavar=_("DD-MM-YYYY"), help=_("follow-up date, dd-mm-yyyy")
    )
    listing = r_sub.add_parser(
        "list",
        help=_("list the referrals of a case, numbered"),
        description=_("List the referrals of a case, numbered, with overdue follow-ups."),
    )
    result = r_sub.add_parser(
        "result",
        help=_("record the result of the N-th referral"),
        description=_("Record whether the partner accepted and the result of a referral."),
    )
    add_case_arg(result)
    result.add_argument("number", metavar=_("N"), type=int, help=_("number from 'referral list'"))
    result.add_argument(
        "--accepted",
        required=True,
        **dutch_choice_args(ACCEPTED_WORDS, "geaccepteerd"),
        help=_("accepted by the partner"),
    )
    result.add_argument(
        "--result",
        required=True,
        **dutch_choice_args(RESULT_WORDS, "resultaat"),
        help=_("what came of the referral"),
    )
    result.add_argument("--note", default=None, metavar=_("NOTE"), help=_("what came of it"))
    result.add_argument(
        "--date",
        default=None,
        metavar=_("DD-MM-YYYY"),
        help=_("day of the result (default: today)"),
    )
    for p in (add, listing):
        add_case_arg(p)
    for p in (add, listing, result):
        add_vault_args(p)
        p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services import referrals
    from lvs_desktop.services.cases import record_view
    from lvs_desktop.services.letters import case_id_for_reference

    today = date.today()
    command = args.referral_command
    with open_vault(args) as vault:
        reference = case_reference(args)
        case_id = case_id_for_reference(vault, reference)
        if command == "add":
            data = referrals.ReferralInput(
                partner_id=referrals.partner_id_named(vault, args.partner),
                referred_on=parse_day(args.date, "Datum") if args.date else today,
                reason=args.reason,
                consent_by=args.consent_by,
                consent_on=(
                    parse_day(args.consent_date, "Datum toestemming") if args.consent_date else None
                ),
                warm=args.warm,
                follow_up_on=(
                    parse_day(args.follow_up, "Terugkoppeling") if args.follow_up else None
                ),
            )
            print(referrals.add_referral(vault, case_id, data, today).message)
            return 0
        rows = referrals.case_referrals(vault, case_id)
        if command == "list":
            record_view(vault, case_id)  # reading a case is audited
            if not rows:
                print("Nog geen verwijzingen in dit dossier.")
            for i, r in enumerate(rows, 1):
                warm = " (warme overdracht)" if r.warm else ""
                if r.result_on:
                    state = f"resultaat {r.result_on:%d-%m-%Y}: {r.result_label}"
                    state += "" if r.accepted else " (niet geaccepteerd)"
                elif r.follow_up_on:
                    late = " over tijd" if r.overdue(today) else ""
                    state = f"terugkoppeling {r.follow_up_on:%d-%m-%Y}{late}"
                else:
                    state = "geen terugkoppeldatum"
                print(f"{i}. {r.referred_on:%d-%m-%Y}  {r.partner_name}{warm}  {state}")
            return 0
        if not 1 <= args.number <= len(rows):
            raise UserError(
                f"Dossier {reference.strip().upper()} heeft {len(rows)} verwijzing(en)."
            )
        summary = referrals.record_result(
            vault,
            rows[args.number - 1].id,
            accepted=YES_NO[args.accepted],
            result_code=args.result,
            result=args.note,
            result_on=parse_day(args.date, "Datum") if args.date else today,
            today=today,
        )
        print(summary.message)
    return 0
