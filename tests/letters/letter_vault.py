"""A real vault with one realistic case for the letter services (built through the services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from random import Random

from sqlalchemy import select

from lvs_desktop.models import Case, Municipality, School, new_id
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services import cases, contacts, people, settings
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.store import OwnerProfile, Vault

TODAY = date(2026, 11, 28)


PASSPHRASE = "brieven test wachtwoord"
OWNER = OwnerProfile(name="Jet de Vries", code="JV")


@dataclass(frozen=True)
class CaseIds:
    case_id: str
    youth_id: str
    mother_id: str
    father_id: str
    reference: str


def add_school(vault: Vault) -> str:
    with vault.session() as s:
        town = Municipality(id=new_id(), name="Dordrecht", cbs_code="0505")
        school = School(
            id=new_id(),
            brin="02QZ",
            name="Insula College",
            school_type="VO",
            municipality_id=town.id,
            street="Vrieseplein",
            house_number="3",
            postcode="3311 RW",
            city="Dordrecht",
        )
        s.add_all([town, school])
        s.commit()
        return school.id


def set_owner_profile(vault: Vault) -> None:
    settings.set_profile(
        vault,
        settings.Profile(
            name="Jet de Vries",
            code="JV",
            phone="06 1234 5678",
            email="j.devries@example.nl",
            boa_number="BOA-778899",
            function_title="Consulent leerplicht en voortijdig schoolverlaten",
            akte_expires_on=date(2029, 1, 1),
            akte_number="AK-2024-0031",
            sworn_by="eed",
            appointed_by="het college van burgemeester en wethouders van Dordrecht",
            appointed_on=date(2024, 3, 1),
        ),
    )


def make_letter_case(
    vault: Vault,
    *,
    age: int = 14,
    father_address: tuple[str, str, str, str] | None = ("Vrieseweg", "41a", "3311 NW", "Dordrecht"),
    kind: str = "relative_absence",
    school_id: str | None = None,
    bsn: str = "111222333",
) -> CaseIds:
    """A pupil of `age` with a mother (at home) and a father (elsewhere, or at home with None),
    both with gezag; a case with one 16-hour report, an attempt and a conversation (with an
    interrogation). Sets the owner's profile (with a BOA number) and adds a school if needed."""
    if school_id is None:
        set_owner_profile(vault)
        school_id = add_school(vault)
    born = TODAY.replace(year=TODAY.year - age) - timedelta(days=40)
    home = {
        "street": "Dubbeldamseweg Zuid",
        "house_number": "112",
        "postcode": "3312 KL",
        "city": "Dordrecht",
    }
    youth_id = people.create_youth(
        vault,
        people.YouthInput(
            given_names="Daan Pieter",
            surname_prefix="van den",
            surname="Berg",
            birth_date=born,
            gender="m",
            bsn=bsn,
            birth_place="Dordrecht",
            school_id=school_id,
            enrolled_on=date(2025, 8, 25),
            grade="2 vmbo-t",
            **home,
        ),
        today=TODAY,
    ).first("youth")
    mother_id = people.add_guardian(
        vault,
        youth_id,
        people.GuardianInput(surname="Yıldız", given_names="Fatma", gender="v", **home),
    ).first("guardian")
    father_home = (
        dict(zip(("street", "house_number", "postcode", "city"), father_address, strict=True))
        if father_address
        else home
    )
    father_id = people.add_guardian(
        vault,
        youth_id,
        people.GuardianInput(
            surname="Berg",
            surname_prefix="van den",
            given_names="Johannes",
            gender="m",
            **father_home,
        ),
    ).first("guardian")
    opened = TODAY - timedelta(days=25)
    case_id = cases.open_case(
        vault,
        youth_id,
        kind,
        opened,
        report=ReportInput(
            report_type="16_hours",
            received_on=opened,
            period_start=opened - timedelta(days=28),
            period_end=opened - timedelta(days=1),
            hours_absent=18.5,
            late_count=4,
            suspected_reason="Wordt gepest in de klas.",
            school_actions="Mentor heeft twee keer gebeld.",
        ),
        today=TODAY,
    ).first("case_file")
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 10, 9, 0),
            mode="phone",
            kind="attempt",
            answered=False,
            summary="Geen gehoor.",
        ),
        now=datetime(2026, 11, 28, 12, 0),
    )
    contacts.log_contact(
        vault,
        case_id,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 24, 14, 0),
            mode="school",
            participants="moeder, Daan",
            summary="Daan zegt dat hij wordt gepest.",
            agreements=[
                contacts.Agreement("Daan gaat elke dag naar school.", TODAY),
                contacts.Agreement("Moeder belt de mentor op vrijdag.", TODAY),
            ],
            is_interrogation=True,
            cautie_given=True,
            location="Insula College",
            statement="Ik weet dat hij moet gaan.",
            heard_role="guardian",  # the mother's verhoor (issue 11: bound to its suspect)
            heard_guardian_id=mother_id,
            suspicion_explained=True,
            counsel="waived",
            read_back=True,
            signature="signed",
        ),
        now=datetime(2026, 11, 28, 12, 0),
    )
    with vault.session() as s:
        reference = s.get_one(Case, case_id).reference
    return CaseIds(case_id, youth_id, mother_id, father_id, reference)


@dataclass(frozen=True)
class LetterVault:
    """The cases of the shared letter vault: by the situation they stand for."""

    two_addresses: CaseIds  # 14, parents at two addresses
    one_address: CaseIds  # 14, parents at one address
    sixteen: CaseIds  # 16, parents at two addresses
    adult: CaseIds  # 19
    young: CaseIds  # 10, parents at one address


def build_letter_vault(path: Path) -> LetterVault:
    """A vault with four cases; closed again (tests open a copy)."""
    vault = Vault.create(path, PASSPHRASE, OWNER)
    try:
        first = make_letter_case(vault)
        with vault.session() as s:
            school_id = s.scalars(select(School.id)).one()
        return LetterVault(
            two_addresses=first,
            one_address=make_letter_case(
                vault, father_address=None, school_id=school_id, bsn=generate_bsn(Random(1))
            ),
            sixteen=make_letter_case(
                vault, age=16, school_id=school_id, bsn=generate_bsn(Random(2))
            ),
            adult=make_letter_case(vault, age=19, school_id=school_id, bsn=generate_bsn(Random(3))),
            young=make_letter_case(
                vault, age=10, father_address=None, school_id=school_id, bsn=generate_bsn(Random(4))
            ),
        )
    finally:
        vault.lock()
