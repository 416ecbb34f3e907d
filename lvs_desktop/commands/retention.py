"""`lvs-desktop retention list|purge|terms|backups`: files past their retention term (DOMAIN §8).

`list` names each file by its case reference (or, for a youth without a file, by the first
characters of its id): no personal data on the command line. `purge` destroys the files named
(by reference, id or id prefix as `list` shows them, or `--all`), leaves tombstones that
travel with the next exports, and rewrites or removes the backups per `backups`.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError

if TYPE_CHECKING:
    from lvs_desktop.services.retention import PastRetention


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("retention", help=_("files past their retention term: list, purge"))
    actions = parser.add_subparsers(dest="retention_action", required=True, metavar=_("ACTION"))

    listing = actions.add_parser("list", help=_("the files that may be purged"))
    add_vault_args(listing)
    listing.add_argument("--on", default=None, metavar=_("YYYY-MM-DD"), help=_("as on this day"))
    listing.set_defaults(func=run_list)

    purge = actions.add_parser("purge", help=_("destroy files past their retention term"))
    add_vault_args(purge)
    purge.add_argument("files", nargs="*", metavar=_("REF"), help=_("case reference or youth id"))
    purge.add_argument("--all", action="store_true", help=_("every file `list` shows"))
    purge.add_argument("--on", default=None, metavar=_("YYYY-MM-DD"), help=_("as on this day"))
    purge.set_defaults(func=run_purge)

    terms = actions.add_parser("terms", help=_("show the retention terms, or change one"))
    add_vault_args(terms)
    terms.add_argument(
        "--intake-days",
        type=int,
        default=None,
        metavar=_("DAYS"),
        help=_("days a report nobody assigned stays in the intake inbox"),
    )
    terms.set_defaults(func=run_terms)

    backups = actions.add_parser(
        "backups", help=_("what a purge does to the backups: rewrite them or remove them")
    )
    add_vault_args(backups)
    backups.add_argument("policy", nargs="?", choices=("rewrite", "remove"), default=None)
    backups.set_defaults(func=run_backups)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError("Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.") from None


def run_list(args: argparse.Namespace) -> int:
    from lvs_desktop.services import retention

    with open_vault(args) as vault:
        files = retention.past_retention(vault, _day(args.on))
        policy = retention.get_backup_policy(vault)
    for f in files:
        print(f"{f.label}\tbewaard tot {f.kept_until:%d-%m-%Y}\t{f.youth_id}")
    print(
        f"{len(files)} dossier(s) over de bewaartermijn. Reservekopieën bij vernietigen: "
        f"{retention.BACKUP_POLICIES[policy]}."
    )
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from lvs_desktop.services import retention

    if not args.files and not args.all:
        raise UserError("Noem de dossiers (kenmerk of id, zie 'retention list') of gebruik --all.")
    on = _day(args.on)
    with open_vault(args) as vault:
        files = retention.past_retention(vault, on)
        chosen = [f.youth_id for f in files] if args.all else _pick(files, args.files)
        summary = retention.purge(vault, chosen, on)
    print(summary.message)
    return 0


def _pick(files: list[PastRetention], wanted: list[str]) -> list[str]:
    chosen: list[str] = []
    for text in wanted:
        key = text.strip()
        hits = [
            f.youth_id for f in files if key and (f.youth_id.startswith(key) or f.reference == key)
        ]
        if len(hits) != 1:
            raise UserError(
                f"'{key}' is geen dossier over de bewaartermijn (zie 'retention list'); "
                "er is niets vernietigd."
            )
        chosen.append(hits[0])
    return chosen


def run_terms(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from lvs_desktop.services import retention

    with open_vault(args) as vault:
        terms = retention.get_terms(vault)
        if args.intake_days is not None:
            terms = replace(terms, intake_unassigned_days=args.intake_days)
            retention.set_terms(vault, terms)
    print(
        f"Leerplicht: {terms.leerplicht_years_after_birth} jaar na de geboorte; "
        f"kwalificatieplicht: {terms.kwalificatieplicht_months_after_end} maanden na het einde; "
        f"RMC: {terms.rmc_months_after_23} maanden na de 23e verjaardag; "
        f"zonder dossier: {terms.without_case_days} dagen; "
        f"niet toegewezen meldingen in het postvak: {terms.intake_unassigned_days} dagen "
        "na inlezen."
    )
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from lvs_desktop.services import retention

    with open_vault(args) as vault:
        if args.policy:
            retention.set_backup_policy(vault, args.policy)
        policy = retention.get_backup_policy(vault)
    print(f"Reservekopieën bij vernietigen: {retention.BACKUP_POLICIES[policy]}.")
    return 0
