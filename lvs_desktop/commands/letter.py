"""`lvs-desktop letter --case REF --kind KIND --out DIR`: the letters of a case, one PDF each.

The letters are stored in the vault (exact bytes, sha256, audited) like letters made in the
window, and written to DIR as `2026-JD-0042_invitation-1_1.pdf` (a PV or summons names its
suspect: `…_proces-verbaal_ouder-1_1.pdf`, `…_leerling_1.pdf`): no BSN or name in a file name.
"""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lvs_desktop.commands.common import (
    DATE_FORMATS,
    add_vault_args,
    dutch_choice_args,
    open_vault,
    parse_day,
)
from lvs_desktop.commands.i18n import _, ngettext
from lvs_desktop.models import UserError

if TYPE_CHECKING:
    from lvs_desktop.store import Vault

_SUSPECT = re.compile(r"^(pupil|leerling|parent-(\d+)|ouder-(\d+))$")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from lvs_desktop.letters.kind_words import kind_word
    from lvs_desktop.letters.templates import letter_kinds

    letter = sub.add_parser(
        "letter",
        help=_("make the letters of one kind for a case (one PDF per recipient)"),
        description=_(
            "Make and store the letters of one kind for a case: one per guardian "
            "with gezag (per address), the pupil when asked, or the young person of 18+; write "
            "each as a PDF to DIR."
        ),
    )
    add_vault_args(letter)
    letter.add_argument("--case", required=True, metavar=_("REF"), help=_("case reference"))
    words = {kind_word(k): k for k in letter_kinds()}
    letter.add_argument(
        "--kind", required=True, **dutch_choice_args(words, "soort"), help=_("letter kind")
    )
    letter.add_argument(
        "--out", required=True, type=Path, metavar=_("DIR"), help=_("output folder")
    )
    letter.add_argument("--date", default=None, help=_("letter date, dd-mm-yyyy (default: today)"))
    letter.add_argument(
        "--appointment",
        default=None,
        metavar=_("'DD-MM-YYYY HH:MM'"),
        help=_("date and time of the conversation or interrogation"),
    )
    letter.add_argument(
        "--location", default=None, help=_("where (default: the letterhead's visiting address)")
    )
    letter.add_argument("--with-pupil", action="store_true", help=_("the pupil (12+) gets one too"))
    letter.add_argument("--with-parents", action="store_true", help=_("the parents get one too"))
    letter.add_argument(
        "--suspect",
        default="pupil",
        metavar="pupil|parent-N",
        help=_("summons or PV: against the pupil or the N-th parent (default: pupil)"),
    )
    letter.add_argument(
        "--consent",
        action="store_true",
        help=_("a pupil of 16+ agreed his parents read his reasons"),
    )
    letter.add_argument(
        "--consent-parent",
        action="append",
        default=[],
        metavar="N",
        type=int,
        help=_("a pupil of 16+ agreed that the N-th parent reads his reasons (repeatable)"),
    )
    letter.add_argument(
        "--bring-child",
        action="store_true",
        help=_("invite a child under 12 to the conversation too"),
    )
    letter.add_argument(
        "--reason",
        default=None,
        metavar=_("TEXT"),
        help=_("PV: why it is drawn although the OM rules advise a warning"),
    )
    letter.add_argument(
        "--exemption",
        type=int,
        default=None,
        metavar=_("N"),
        help=_("exemption number from 'case show'"),
    )
    letter.add_argument("--no-store", action="store_true", help=_("write drafts, store nothing"))
    letter.add_argument("--force", action="store_true", help=_("overwrite existing files"))
    letter.set_defaults(func=run)


def _date(text: str | None, what: str) -> date:
    return date.today() if text is None else parse_day(text, what)


def _moment(text: str) -> datetime:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), f"{fmt} %H:%M")
        except ValueError:
            continue
    raise UserError(f"Afspraak '{text}' is geen datum met tijd; schrijf 'dd-mm-jjjj uu:mm'.")


def _exemption_id(vault: Vault, case_id: str, number: int | None) -> str | None:
    """The N-th exemption of the case, numbered as `case show` and `exemption decide` do."""
    if number is None:
        return None
    from lvs_desktop.services.case_detail import case_detail

    rows = case_detail(vault, case_id, date.today()).exemptions
    if not 1 <= number <= len(rows):
        raise UserError(
            f"Vrijstelling nr. {number} bestaat niet; dit dossier heeft er {len(rows)}."
        )
    return rows[number - 1].id


#: the kinds against one suspect: the file name says which (`…_proces-verbaal_ouder-1_1.pdf`)
SUSPECT_KINDS = ("proces-verbaal", "summons")


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.letters.facts import Appointment
    from lvs_desktop.services import letters
    from lvs_desktop.services.audit_log import record_read

    letter_date = _date(args.date, "Briefdatum")
    moment = _moment(args.appointment) if args.appointment else None
    suspect = _SUSPECT.match(args.suspect.strip().lower())
    if suspect is None:
        raise UserError("Verdachte: kies 'pupil' of 'parent-1', 'parent-2', ….")
    out: Path = args.out
    if out.exists() and not out.is_dir():
        raise UserError(f"{out} is geen map.")
    with open_vault(args) as vault:
        case_id = letters.case_id_for_reference(vault, args.case)
        guardian_id = None
        number = suspect.group(2) or suspect.group(3)
        parents = [s for s in letters.suspects(vault, case_id) if s.guardian_id]
        if any(not 1 <= n <= len(parents) for n in args.consent_parent):
            raise UserError(
                f"Toestemming: deze jeugdige heeft {len(parents)} ouder(s) in de kluis."
            )
        consent_ids = frozenset(str(parents[n - 1].guardian_id) for n in args.consent_parent)
        if number:
            if not 1 <= int(number) <= len(parents):
                n = len(parents)
                raise UserError(
                    ngettext(
                        "This youth has {n} parent in the vault.",
                        "This youth has {n} parents in the vault.",
                        n,
                    ).format(n=n)
                )
            guardian_id = parents[int(number) - 1].guardian_id
        appointment = None
        if moment is not None:
            location = args.location or letters.get_letterhead(vault).visiting_address
            appointment = Appointment(starts_at=moment, location=location)
        request = letters.LetterRequest(
            kind=args.kind,
            letter_date=letter_date,
            appointment=appointment,
            include_pupil=args.with_pupil,
            include_guardians=args.with_parents,
            suspect_guardian_id=guardian_id,
            pupil_consent=args.consent,
            consent_guardian_ids=consent_ids,
            bring_young_child=args.bring_child,
            override_reason=args.reason,
            exemption_id=_exemption_id(vault, case_id, args.exemption),
        )
        drafts = letters.draft_letters(vault, case_id, request)
        reference = args.case.strip().upper()
        suffix = ""
        if args.kind in SUSPECT_KINDS:  # two PVs (pupil, parent) never overwrite each other
            suffix = f"ouder-{number}" if number else "leerling"
        paths = [
            out / letters.file_name(reference, args.kind, n, suffix)
            for n in range(1, len(drafts) + 1)
        ]
        existing = [p for p in paths if p.exists()]
        if existing and not args.force:
            raise UserError(f"{existing[0]} bestaat al; gebruik --force om te overschrijven.")
        if not args.no_store:
            letters.create_letters(vault, case_id, request, drafts)
        else:  # a letter not kept is still a read of the case: audited
            record_read(
                vault, f"letter {args.kind}", "case_file", record_id=case_id, count=len(drafts)
            )
    try:
        out.mkdir(parents=True, exist_ok=True)
        for path, draft in zip(paths, drafts, strict=True):
            path.write_bytes(draft.pdf)
    except OSError as exc:
        raise UserError(f"Kan niet schrijven in {out}: {exc.strerror}.") from exc
    n = len(paths)
    if args.no_store:
        done = ngettext(
            "{n} letter (draft) written to {out}:", "{n} letters (drafts) written to {out}:", n
        )
    else:
        done = ngettext(
            "{n} letter (stored in the vault) written to {out}:",
            "{n} letters (stored in the vault) written to {out}:",
            n,
        )
    print(done.format(n=n, out=out))
    for path in paths:
        print(f"  {path.name}")
    return 0
