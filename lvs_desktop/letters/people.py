"""From the vault's people to the letters' people: youth, guardians, school, consultant.

Plain conversions of ORM rows into the frozen facts of `facts.py`; derived facts (age, duty on
the letter date) from the rules.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from lvs_desktop.letters.dutch import Gender
from lvs_desktop.letters.facts import Address, ConsultantInfo, Person, Pupil, SchoolInfo
from lvs_desktop.models import Case, Guardian, School, Youth
from lvs_desktop.models.enrolment import enrolments_of, school_on
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.leerplicht import DutyStatus, YouthFacts, status_on


def address_of(obj: Any) -> Address | None:
    """The address of a Youth, Guardian or School, or None when nothing of it is known."""
    parts = [getattr(obj, f, None) or "" for f in ("street", "house_number", "postcode", "city")]
    if not any(p.strip() for p in parts):
        return None
    street, number, postcode, city = parts
    return Address(street=street, house_number=number, postcode=postcode, city=city)


RELATION_WORDS = {
    "mother": "moeder",
    "father": "vader",
    "foster_parent": "pleegouder",
    "guardian": "voogd",
    "carer": "verzorger",
    "other": "ouder/verzorger",
}


def relation_word(g: Guardian, labels: Mapping[str, str] | None = None) -> str:
    """moeder / vader / ouder / pleegouder / verzorger / voogd: the reference list's Dutch
    label (`labels`, list "guardian_relation") or ours; never the stored code."""
    if g.relation == "parent":
        return {Gender.MALE: "vader", Gender.FEMALE: "moeder"}.get(Gender.parse(g.gender), "ouder")
    label = (labels or {}).get(g.relation, "").strip()
    if label and label.lower() != "overig":
        return label.lower()
    return RELATION_WORDS.get(g.relation, "ouder/verzorger")


def guardian_person(g: Guardian) -> Person:
    return Person(
        given_names=g.given_names or "",
        initials_given=g.initials or "",
        surname_prefix=g.surname_prefix or "",
        surname=g.surname,
        gender=Gender.parse(g.gender),
        birth_date=getattr(g, "birth_date", None),  # not yet in the model: see the issue note
        birth_place=getattr(g, "birth_place", None) or "",
        bsn=getattr(g, "bsn", None) or "",
        address=address_of(g),
        relation=relation_word(g),
        has_authority=g.has_authority,
        is_carer=g.is_carer,
    )


def school_info(school: School | None) -> SchoolInfo | None:
    if school is None or school.deleted:
        return None
    return SchoolInfo(
        name=school.name,
        brin=school.brin or "",
        school_type=school.school_type,
        address=address_of(school),
        phone=school.phone or "",
        contact_name=school.contact_name or "",
    )


def case_school_on(case: Case, on: date) -> School | None:
    """The pupil's school on `on` from the enrolment history; without a history, the school
    the case was opened with (else the youth's)."""
    youth = case.youth
    if enrolments_of(youth):
        return school_on(youth, on)
    return case.school or youth.school


def youth_facts(youth: Youth) -> YouthFacts:
    return YouthFacts(
        birth_date=youth.birth_date,
        startkwalificatie_on=youth.startkwalificatie_on,
        no_kwalificatieplicht=youth.no_kwalificatieplicht,
        first_school_day=youth.first_school_day,
    )


def pupil_info(case: Case, on: date) -> Pupil:
    youth = case.youth
    kwalificatieplichtig = (
        status_on(youth_facts(youth), on).status is DutyStatus.KWALIFICATIEPLICHTIG
    )
    return Pupil(
        given_names=youth.given_names,
        surname_prefix=youth.surname_prefix or "",
        surname=youth.surname,
        gender=Gender.parse(youth.gender),
        birth_date=youth.birth_date,
        birth_place=youth.birth_place or "",
        bsn=youth.bsn or "",
        address=address_of(youth),
        age=age_on(youth.birth_date, max(on, youth.birth_date)),
        school=school_info(case_school_on(case, on)),
        grade=youth.grade or "",
        enrolled_on=youth.enrolled_on,
        kwalificatieplichtig=kwalificatieplichtig,
    )


def live_guardians(youth: Youth) -> list[Guardian]:
    return [g for g in youth.guardians if not g.deleted]


def consultant_info(case: Case) -> ConsultantInfo:
    c = case.consultant
    return ConsultantInfo(
        name=c.name,
        function_title=(c.function_title or "consulent leerplicht en voortijdig schoolverlaten"),
        phone=c.phone or "",
        email=c.email or "",
        boa_number=c.boa_number or "",
        akte_expires_on=c.akte_expires_on,
        akte_number=c.akte_number or "",
        sworn_by=c.sworn_by or "",
        appointed_by=c.appointed_by or "",
        appointed_on=c.appointed_on,
    )
