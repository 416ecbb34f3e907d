"""`lvs-desktop thuiszitters [--on DATE] [--format csv]` and `thuiszitter-offer REF`.

The thuiszitters of a school year by name (issue 13, item 4), counted as the annual figure
counts them, with the 3-month offer deadline and the offer; and recording that offer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.commands.prevention import code_of, parse_day

if TYPE_CHECKING:
    from lvs_desktop.services.thuiszitters import ThuiszitterList


OFFERS = {
    "onderwijs": "education",
    "zorg": "care",
    "onderwijs-zorg": "education_care",
    "anders": "other",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = sub.add_parser(
        "thuiszitters",
        help=_("the thuiszitters of a school year by name, with the offer deadline"),
        description=_(
            "The thuiszitters of the school year of the chosen day, counted on that day as the "
            "annual figure counts them: since when, school, exemption, the 3-month offer "
            "deadline and the offer. An entry marked 'alleen uit melding' has no conversation "
            "and no home visit recorded on any case of the youth during the time at home."
        ),
    )
    add_vault_args(listing)
    listing.add_argument(
        "--on", default=None, metavar=_("DD-MM-YYYY"), help=_("as on this day (default: today)")
    )
    listing.add_argument(
        "--format", choices=("text", "csv"), default="text", help=_("output format")
    )
    listing.add_argument("--out", default=None, help=_("write to this file"))
    listing.set_defaults(func=run_list)

    offer = sub.add_parser(
        "thuiszitter-offer",
        help=_("record the offer made to a thuiszitter"),
        description=_("Record the offer (education, care or both) made on a thuiszitter's case."),
    )
    offer.add_argument("reference", metavar=_("REF"), help=_("case reference, e.g. 2026-JV-0001"))
    add_vault_args(offer)
    offer.add_argument(
        "--date", default=None, metavar=_("DD-MM-YYYY"), help=_("the day (default: today)")
    )
    offer.add_argument(
        "--kind",
        required=True,
        metavar=_("KIND"),
        help=_("onderwijs, zorg, onderwijs-zorg or anders"),
    )
    offer.add_argument("--description", default=None, metavar=_("TEXT"), help=_("what was offered"))
    offer.set_defaults(func=run_offer)


def run_list(args: argparse.Namespace) -> int:
    from lvs_desktop.services import thuiszitters as service
    from lvs_desktop.services.audit_log import record_read

    on = parse_day(args.on)
    with open_vault(args) as vault:
        listing = service.thuiszitter_list(vault, on)
        record_read(vault, "thuiszitters", "case_file", count=listing.count)
    if args.out is None:
        sys.stdout.write(service.to_csv(listing) if args.format == "csv" else _text(listing))
        return 0
    text = service.to_csv(listing) if args.format == "csv" else _text(listing)
    service.save_private(Path(args.out), text)  # it names youths: 0600
    print(f"{listing.count} thuiszitters ({listing.year}) geschreven naar {args.out}")
    return 0


def _text(listing: ThuiszitterList) -> str:
    lines = [
        f"Thuiszitters schooljaar {listing.year}, op {listing.on:%d-%m-%Y}: {listing.count}",
    ]
    for r in listing.rows:
        until = "nog thuis" if r.at_home_now else f"tot {r.until:%d-%m-%Y}"
        offer = (
            f"aanbod {r.offer.offered_on:%d-%m-%Y} ({r.offer.kind_label})"
            if r.offer
            else "geen aanbod"
        )
        unverified = " · alleen uit melding" if r.unverified else ""
        lines.append(
            f"{r.reference}  {r.name} · {r.school or 'geen school'} · {r.municipality}"
            f" · thuis sinds {r.since:%d-%m-%Y}, {until} · vrijstelling: {r.exemption}"
            f" · termijn {r.deadline:%d-%m-%Y} · {offer} · {r.status}{unverified}"
        )
    if any(r.unverified for r in listing.rows):
        from lvs_desktop.services.thuiszitters import UNVERIFIED_RULE

        lines.append(f"* {UNVERIFIED_RULE}")  # the rule behind the mark, under the list
    return "\n".join(lines) + "\n"


def run_offer(args: argparse.Namespace) -> int:
    from lvs_desktop.services import thuiszitters as service
    from lvs_desktop.services.letters import case_id_for_reference

    on = parse_day(args.date, "Datum van het aanbod")
    with open_vault(args) as vault:
        case_id = case_id_for_reference(vault, args.reference)
        summary = service.record_offer(
            vault,
            case_id,
            service.OfferInput(on, code_of(args.kind, OFFERS, "Soort aanbod"), args.description),
        )
    print(summary.message)
    return 0
