"""`lvs-desktop case open` and `case guardian add`: a case and its parents by hand, so that a
consultant on a vault made by `vault init` can reach the first letters from the command line
(an invitation needs a parent or carer with gezag and an address).

Both go through the services the window uses (`services.people`, `services.cases`): the same
checks, the same audit. Choices are Dutch words; the stored English codes are accepted too.
"""

from __future__ import annotations

import argparse
from datetime import date

from lvs_desktop.commands.common import (
    add_vault_args,
    dutch_choice_args,
    open_vault,
    parse_day,
)
from lvs_desktop.commands.i18n import _
from lvs_desktop.models import UserError

CASE_KINDS = {
    "relatief": "relative_absence",
    "luxe": "luxe",
    "absoluut": "absolute_absence",
    "thuiszitter": "thuiszitter",
    "vrijstelling": "exemption",
    "vervangende-leerplicht": "replacement_education",
    "18-plus": "absence_18_plus",
    "vsv": "early_school_leaver",
    "screening-17": "screening_17",
}
RELATIONS = {
    "moeder": "mother",
    "vader": "father",
    "ouder": "parent",
    "pleegouder": "foster_parent",
    "voogd": "guardian",
    "verzorger": "carer",
    "overig": "other",
}
GENDERS = {"m": "m", "v": "v", "x": "x"}


def register(case_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `open` and `guardian add` to the `case` command."""
    opener = case_sub.add_parser(
        "open",
        help=_("open a case for a youth (a new youth, or one already in the vault)"),
        description=_(
            "Open a case by hand: the youth is added (searched first by BSN, or by surname "
            "and birth date) and the case gets its reference. Next: `case guardian add`."
        ),
    )
    add_vault_args(opener)
    opener.add_argument("--given-names", required=True, metavar=_("NAMES"), help=_("given names"))
    opener.add_argument("--surname", required=True, metavar=_("NAME"), help=_("surname"))
    opener.add_argument("--prefix", default=None, metavar=_("PREFIX"), help=_("e.g. 'de', 'van'"))
    opener.add_argument(
        "--birth-date", required=True, metavar=_("DD-MM-YYYY"), help=_("date of birth")
    )
    _person_args(opener)
    opener.add_argument(
        "--municipality",
        default=None,
        help=_("municipality of residence (see `region municipalities`)"),
    )
    opener.add_argument(
        "--school",
        default=None,
        metavar=_("BRIN+VESTIGING"),
        help=_("the school location, e.g. 12AB00 (see `region schools`)"),
    )
    opener.add_argument(
        "--enrolled-on",
        default=None,
        metavar=_("DD-MM-YYYY"),
        help=_("enrolled at the school since"),
    )
    opener.add_argument(
        "--kind",
        required=True,
        **dutch_choice_args(CASE_KINDS, "soort"),
        help=_("kind of case"),
    )
    opener.add_argument(
        "--opened-on", default=None, metavar=_("DD-MM-YYYY"), help=_("opened on (default: today)")
    )
    opener.add_argument(
        "--existing",
        action="store_true",
        help=_("use the youth already in the vault with this BSN or surname and birth date"),
    )
    opener.set_defaults(func=run_open)

    guardian = case_sub.add_parser(
        "guardian",
        help=_("the parents or carers of the case's youth"),
        description=_("Parents and carers of the youth of a case (window: Dossier → Betrokkenen)."),
    )
    gsub = guardian.add_subparsers(dest="guardian_command", metavar=_("COMMAND"), required=True)
    add = gsub.add_parser(
        "add",
        help=_("add a parent or carer (with gezag unless --no-authority)"),
        description=_(
            "Add a parent or carer to the youth of a case. Letters go to each parent with "
            "gezag at their address; --same-address copies the youth's address."
        ),
    )
    add.add_argument("reference", metavar=_("REF"), help=_("case reference, e.g. 2026-JV-0001"))
    add_vault_args(add)
    add.add_argument(
        "--relation",
        required=True,
        **dutch_choice_args(RELATIONS, "relatie"),
        help=_("relation to the youth"),
    )
    add.add_argument("--surname", required=True, metavar=_("NAME"), help=_("surname"))
    add.add_argument("--given-names", default=None, metavar=_("NAMES"), help=_("given names"))
    add.add_argument(
        "--initials", default=None, metavar=_("INITIALS"), help=_("initials, e.g. A.B.")
    )
    add.add_argument("--prefix", default=None, metavar=_("PREFIX"), help=_("e.g. 'de', 'van'"))
    add.add_argument(
        "--no-authority",
        action="store_true",
        help=_("this parent has no parental authority (gezag)"),
    )
    add.add_argument("--same-address", action="store_true", help=_("lives at the youth's address"))
    _person_args(add)
    add.set_defaults(func=run_guardian_add)


def _person_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--gender",
        default="x",
        **dutch_choice_args(GENDERS, "geslacht"),
        help=_("m, v or x (default x)"),
    )
    p.add_argument("--bsn", default=None, metavar="BSN", help=_("citizen service number"))
    p.add_argument("--street", default=None, help=_("street"))
    p.add_argument("--house-number", default=None, help=_("house number with addition"))
    p.add_argument("--postcode", default=None, help=_("postcode, e.g. 3311 AB"))
    p.add_argument("--city", default=None, help=_("town"))
    p.add_argument("--phone", default=None, help=_("telephone"))
    p.add_argument("--email", default=None, help=_("e-mail address"))


def _date(text: str | None, what: str) -> date | None:
    return None if text is None else parse_day(text, what)


def run_open(args: argparse.Namespace) -> int:
    from lvs_desktop.services import region
    from lvs_desktop.services.cases import open_case
    from lvs_desktop.services.people import YouthInput, find_youths

    today = date.today()
    birth = _date(args.birth_date, "De geboortedatum")
    assert birth is not None  # required by argparse
    opened_on = _date(args.opened_on, "De openingsdatum") or today
    if opened_on > today:
        raise UserError("De openingsdatum ligt in de toekomst.")
    with open_vault(args) as vault:
        municipality_id = (
            region.find_municipality(vault, args.municipality).id if args.municipality else None
        )
        school_id = _school_id(vault, args.school) if args.school else None
        found = find_youths(vault, bsn=args.bsn, surname=args.surname, birth_date=birth)
        if found and not args.existing:
            raise UserError(
                f"Er staat al een jeugdige met dit BSN of deze achternaam en geboortedatum in de "
                f"kluis ({len(found)}); gebruik --existing om die te nemen."
            )
        youth_id = None
        data = None
        if found:
            if len(found) > 1:
                raise UserError("Meer dan één jeugdige past; geef het BSN om te kiezen.")
            youth_id = found[0].id
        else:
            data = YouthInput(
                given_names=args.given_names,
                surname=args.surname,
                surname_prefix=args.prefix,
                birth_date=birth,
                gender=args.gender,
                bsn=args.bsn,
                street=args.street,
                house_number=args.house_number,
                postcode=args.postcode,
                city=args.city,
                municipality_id=municipality_id,
                school_id=school_id,
                enrolled_on=_date(args.enrolled_on, "De inschrijfdatum"),
                phone=args.phone,
                email=args.email,
            )
        summary = open_case(vault, youth_id, args.kind, opened_on, today=today, new_youth=data)
    print(summary.message)
    print("Volgende stap: de ouders met `lvs-desktop case guardian add KENMERK …`.")
    return 0


def _school_id(vault: object, location: str) -> str:
    from lvs_desktop.services import region

    wanted = location.strip().upper()
    for school in region.list_schools(vault, include_archived=True):  # type: ignore[arg-type]
        if school.location_code == wanted:
            return school.id
    raise UserError(
        f"Geen school met BRIN en vestiging {wanted} in het register; voeg haar toe met "
        "`lvs-desktop region schools add` of `region schools import`."
    )


def run_guardian_add(args: argparse.Namespace) -> int:
    from lvs_desktop.models import Case, Youth
    from lvs_desktop.services.letters import case_id_for_reference
    from lvs_desktop.services.people import GuardianInput, add_guardian

    with open_vault(args) as vault:
        case_id = case_id_for_reference(vault, args.reference)
        with vault.session() as s:
            case = s.get(Case, case_id)
            assert case is not None  # found by reference just now
            youth = s.get(Youth, case.youth_id)
            assert youth is not None
            youth_id = youth.id
            home = (youth.street, youth.house_number, youth.postcode, youth.city)
        street, number, postcode, city = (
            home
            if args.same_address
            else (args.street, args.house_number, args.postcode, args.city)
        )
        if not args.same_address and not (street and number and postcode and city):
            raise UserError(
                "Geef het adres (--street, --house-number, --postcode, --city) of --same-address."
            )
        data = GuardianInput(
            surname=args.surname,
            given_names=args.given_names,
            initials=args.initials,
            surname_prefix=args.prefix,
            gender=args.gender,
            bsn=args.bsn,
            relation=args.relation,
            has_authority=not args.no_authority,
            street=street,
            house_number=number,
            postcode=postcode,
            city=city,
            phone=args.phone,
            email=args.email,
        )
        summary = add_guardian(vault, youth_id, data)
    print(summary.message)
    return 0
