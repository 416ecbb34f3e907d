"""`lvs-desktop verhoor --case REF --heard pupil|parent-N …`: record a verhoor (an interrogation
as suspect) bound to who was heard, and `lvs-desktop profile`: the verbalisant's details a
proces-verbaal states (akte number, eed or belofte, the art. 16 appointment) and the region's
confirmed wording of the pupil's kwalificatieplicht article (issue 11).

Parents are numbered as `letter --suspect parent-N` numbers them (the order of the vault).
"""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime
from pathlib import Path

from lvs_desktop.commands.common import add_vault_args, open_vault
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError

_HEARD = re.compile(r"^(pupil|leerling|parent-(\d+)|ouder-(\d+))$")
DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    v = sub.add_parser(
        "verhoor",
        help=_("record an interrogation as suspect (who was heard, rights, statement)"),
        description=_(
            "Record an interrogation as suspect in a case: who was heard (the pupil or the "
            "N-th parent), the caution, the suspicion explained, counsel, an interpreter, the "
            "statement in the suspect's own words, read back, signed or refused. A proces-verbaal "
            "uses only the suspect's own interrogation."
        ),
    )
    add_vault_args(v)
    v.add_argument("--case", required=True, metavar=_("REF"), help=_("case reference"))
    v.add_argument("--heard", required=True, metavar="pupil|parent-N", help=_("who was heard"))
    v.add_argument("--at", required=True, metavar=_("'DD-MM-YYYY HH:MM'"), help=_("when"))
    v.add_argument("--location", default=None, metavar="PLAATS", help=_("where"))
    v.add_argument("--present", default=None, metavar="WIE", help=_("who else was present"))
    v.add_argument("--cautie", action="store_true", help=_("the caution was given"))
    v.add_argument(
        "--explained", action="store_true", help=_("the suspicion was explained to the suspect")
    )
    v.add_argument("--counsel", choices=("waived", "present"), help=_("counsel waived or present"))
    v.add_argument("--lawyer", default=None, metavar="NAAM", help=_("name of the lawyer present"))
    v.add_argument(
        "--interpreter", default=None, metavar="TOLK", help=_("interpreter and language, if any")
    )
    text = v.add_mutually_exclusive_group()
    text.add_argument(
        "--statement", default=None, metavar="TEKST", help=_("the statement, in own words")
    )
    text.add_argument(
        "--statement-file",
        type=Path,
        default=None,
        metavar=_("FILE"),
        help=_("read the statement from a UTF-8 text file"),
    )
    v.add_argument("--read-back", action="store_true", help=_("the statement was read back"))
    v.add_argument(
        "--signature", choices=("signed", "refused"), help=_("signed, or refused to sign")
    )
    v.set_defaults(func=run_verhoor)

    p = sub.add_parser(
        "profile",
        help=_("show or change the details a proces-verbaal states about you"),
        description=_(
            "Show the vault owner's profile, or change the akte number, oath or affirmation, "
            "the appointment as leerplichtambtenaar (art. 16) and the region's confirmed "
            "wording of the article for a pupil under kwalificatieplicht."
        ),
    )
    add_vault_args(p)
    p.add_argument("--akte-number", default=None, metavar=_("NUMBER"), help=_("akte number"))
    p.add_argument("--sworn-by", choices=("eed", "belofte"), help=_("oath (eed) or affirmation"))
    p.add_argument(
        "--appointed-by", default=None, metavar="COLLEGE", help=_("the college that appointed you")
    )
    p.add_argument(
        "--appointed-on", default=None, metavar=_("DD-MM-YYYY"), help=_("date of the appointment")
    )
    p.add_argument(
        "--pv-article",
        default=None,
        metavar="TEKST",
        help=_("the region's confirmed article wording ('' clears)"),
    )
    p.set_defaults(func=run_profile)


def _moment(text: str) -> datetime:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), f"{fmt} %H:%M")
        except ValueError:
            continue
    raise UserError(f"Tijdstip '{text}' is geen datum met tijd; schrijf 'dd-mm-jjjj uu:mm'.")


def _date(text: str) -> date:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise UserError(f"Datum '{text}' is geen datum; schrijf dd-mm-jjjj.")


def _statement(args: argparse.Namespace) -> str | None:
    if args.statement_file is None:
        return str(args.statement).strip() if args.statement else None
    try:
        return str(args.statement_file.read_text(encoding="utf-8")).strip() or None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Kan de verklaring niet lezen uit {args.statement_file}.") from exc


def run_verhoor(args: argparse.Namespace) -> int:
    from lvs_desktop.services import contacts, letters

    heard = _HEARD.match(args.heard.strip().lower())
    if heard is None:
        raise UserError("Gehoord: kies 'pupil' of 'parent-1', 'parent-2', ….")
    at = _moment(args.at)
    statement = _statement(args)
    with open_vault(args) as vault:
        case_id = letters.case_id_for_reference(vault, args.case)
        number = heard.group(2) or heard.group(3)
        guardian_id = None
        if number:
            parents = [s for s in letters.suspects(vault, case_id) if s.guardian_id]
            if not 1 <= int(number) <= len(parents):
                raise UserError(f"Deze jeugdige heeft {len(parents)} ouder(s) in de kluis.")
            guardian_id = parents[int(number) - 1].guardian_id
        data = contacts.ContactInput(
            occurred_at=at,
            mode="office",
            summary="Verhoor als verdachte.",
            participants=args.present,
            location=args.location,
            is_interrogation=True,
            cautie_given=args.cautie,
            statement=statement,
            heard_role="guardian" if guardian_id else "youth",
            heard_guardian_id=guardian_id,
            suspicion_explained=args.explained,
            counsel=args.counsel,
            counsel_name=args.lawyer,
            interpreter=args.interpreter,
            read_back=args.read_back,
            signature=args.signature,
        )
        contacts.log_contact(vault, case_id, data)
    print("Verhoor vastgelegd.")  # one line: not the contact's own message glued on
    return 0


def run_profile(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from lvs_desktop.services import settings

    changes: dict[str, object] = {}
    if args.akte_number is not None:
        changes["akte_number"] = args.akte_number.strip() or None
    if args.sworn_by is not None:
        changes["sworn_by"] = args.sworn_by
    if args.appointed_by is not None:
        changes["appointed_by"] = args.appointed_by.strip() or None
    if args.appointed_on is not None:
        changes["appointed_on"] = _date(args.appointed_on) if args.appointed_on.strip() else None
    with open_vault(args) as vault:
        if changes:
            settings.set_profile(vault, replace(settings.get_profile(vault), **changes))  # type: ignore[arg-type]
        if args.pv_article is not None:
            settings.set_pv_article(vault, args.pv_article)
        p = settings.get_profile(vault)
        article = settings.get_pv_article(vault)
    sworn = {"eed": "eed", "belofte": "belofte"}.get(p.sworn_by or "", "niet vastgelegd")
    appointed = (
        f"{p.appointed_by}, {p.appointed_on:%d-%m-%Y}"
        if p.appointed_by and p.appointed_on
        else "niet vastgelegd"
    )
    for label, value in (
        ("Naam", p.name),
        ("BOA-nummer", p.boa_number or "niet vastgelegd"),
        ("Aktenummer", p.akte_number or "niet vastgelegd"),
        ("Akte geldig tot", f"{p.akte_expires_on:%d-%m-%Y}" if p.akte_expires_on else "onbekend"),
        ("Beëdigd met", sworn),
        ("Aangewezen (art. 16)", appointed),
        ("Artikel kwalificatieplichtige leerling", article or "niet door de regio bevestigd"),
    ):
        print(f"{label}: {value}")
    return 0
