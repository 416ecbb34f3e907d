"""Builders for the casework tests: two schools, a pupil with one parent and a case, made
through the services on a new, empty vault (the schools as the region register would hold
them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from lvs_desktop.models import Municipality, School, new_id
from lvs_desktop.services import cases, contacts, people, settings
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.store import Vault

TODAY = date(2026, 11, 28)
HOME = {
    "street": "Dubbeldamseweg Zuid",
    "house_number": "112",
    "postcode": "3312 KL",
    "city": "Dordrecht",
}


@dataclass(frozen=True)
class Casework:
    case_id: str
    youth_id: str
    mother_id: str
    report_id: str
    contact_id: str
    old_school: str  # "Da Costa College" (VO), where the pupil was enrolled
    new_school: str  # "Johan de Witt MBO" (MBO)


def add_schools(vault: Vault) -> tuple[str, str]:
    with vault.session() as s:
        town = Municipality(id=new_id(), name="Dordrecht", cbs_code="0505")
        old = School(
            id=new_id(),
            brin="20DC",
            name="Da Costa College",
            school_type="VO",
            municipality_id=town.id,
            street="Noordendijk",
            house_number="10",
            postcode="3311 RN",
            city="Dordrecht",
        )
        new = School(
            id=new_id(),
            brin="25LZ",
            name="Johan de Witt MBO",
            school_type="MBO",
            municipality_id=town.id,
            street="Sumatraplein",
            house_number="5",
            postcode="3312 AC",
            city="Dordrecht",
        )
        s.add_all([town, old, new])
        s.commit()
        return old.id, new.id


def build_casework(vault: Vault) -> Casework:
    """Daan (14) at Da Costa College since 25-08-2025, his mother (gezag), a case with a
    16-hour report and one conversation."""
    settings.set_profile(
        vault,
        settings.Profile(
            name="Jet de Vries",
            code="JV",
            phone="078 123 4567",
            email="j.devries@example.nl",
            boa_number="BOA-778899",
            function_title="Consulent leerplicht en voortijdig schoolverlaten",
            akte_expires_on=date(2029, 1, 1),
        ),
    )
    old, new = add_schools(vault)
    youth_id = people.create_youth(
        vault,
        people.YouthInput(
            given_names="Daan",
            surname="Visser",
            birth_date=date(2012, 3, 14),
            gender="m",
            bsn="111222333",
            school_id=old,
            enrolled_on=date(2025, 8, 25),
            grade="2 havo",
            **HOME,
        ),
        today=TODAY,
    ).first("youth")
    mother_id = people.add_guardian(
        vault,
        youth_id,
        people.GuardianInput(
            surname="Visser", given_names="Anouk", gender="v", relation="mother", **HOME
        ),
    ).first("guardian")
    report = ReportInput(
        report_type="16_hours",
        received_on=date(2026, 10, 1),
        period_start=date(2026, 9, 1),
        period_end=date(2026, 9, 26),
        hours_absent=18.0,
    )
    summary = cases.open_case(
        vault, youth_id, "relative_absence", date(2026, 10, 2), report=report, today=TODAY
    )
    case_id = summary.first("case_file")
    contact = contacts.log_contact(
        vault,
        case_id,
        ContactInput(
            occurred_at=datetime(2026, 10, 9, 10, 0),
            mode="home_visit",
            summary="Gesprek met moeder en Daan over het verzuim.",
        ),
        now=datetime(2026, 11, 28, 12, 0),
    )
    return Casework(
        case_id=case_id,
        youth_id=youth_id,
        mother_id=mother_id,
        report_id=summary.first("report"),
        contact_id=contact.first("contact"),
        old_school=old,
        new_school=new,
    )
