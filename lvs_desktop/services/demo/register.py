"""Demo register and intake (issue 12): a few dozen residents with their enrolments, so that
each register list shows someone, and a few DUO reports waiting in the intake inbox.

Rows are made straight through the ORM, as the rest of the demo; the register and the inbox
are local tables (they do not travel in bundles). Its own random generator: the rest of the
demo is the same with or without this part.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lvs_desktop.models import (
    Consultant,
    Coverage,
    IntakeReport,
    Municipality,
    RegisterEnrolment,
    RegisterResident,
    School,
)
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services.demo import names

# (how many, age on today, what the register says of them)
PROFILES = (
    (26, (5, 16), "enrolled"),  # at school: on no list
    (6, (17, 22), "qualified"),  # havo or mbo 2+ diploma: on no list
    (3, (6, 15), "never"),  # never enrolled: not-enrolled (absolute absence)
    (3, (13, 15), "left"),  # left school, no new enrolment: deregistered
    (3, (18, 22), "entree"),  # entree diploma only, not enrolled: RMC target group
    (3, (16, 17), "left_vo"),  # left VO this summer without a diploma: early leaver, VO→MBO
)
REPORTS = (  # (report type, days ago, hours)
    ("16_hours", 3, 18.0),
    ("luxe", 5, 24.0),
    ("other", 8, 6.0),
    ("long_term_relative", 12, 40.0),
    ("16_hours", 2, 16.0),
)


def _person(rng: random.Random) -> tuple[str, str | None, str]:
    given = rng.choice(names.GIVEN_M + names.GIVEN_V)
    prefix, surname = names.surname(rng)
    return given, prefix, surname


def _born(today: date, age: int, rng: random.Random) -> date:
    """A birth date at which someone is `age` on `today` (the birthday 1-300 days ago)."""
    born = date(today.year - age, today.month, 1) - timedelta(days=rng.randint(1, 300))
    return born if age_on(born, today) == age else born + timedelta(days=31)


def _school_of(schools: dict[str, list[School]], age: int, rng: random.Random) -> School | None:
    kind = "PO" if age < 12 else "VO" if age < 17 else "MBO"
    pool = schools.get(kind) or [s for group in schools.values() for s in group]
    return rng.choice(pool) if pool else None


def _cover(session: Session, munis: list[Municipality]) -> None:
    """The roster covers the municipalities in turn (if nobody covers any yet), so that the
    inbox proposes someone and a list's "Dossier openen" assigns someone."""
    if session.scalars(select(Coverage).limit(1)).first() is not None:
        return
    people = list(
        session.scalars(
            select(Consultant.id).where(Consultant.active, ~Consultant.deleted)
            .order_by(Consultant.code)
        )
    )  # fmt: skip
    for n, muni in enumerate(munis):
        if people:
            session.add(Coverage(consultant_id=people[n % len(people)], municipality_id=muni.id))


def add_register(session: Session, today: date, seed: int) -> None:
    """A small register (residents + enrolments) and a few waiting intake reports."""
    rng = random.Random(seed + 12)
    munis = list(session.scalars(select(Municipality).order_by(Municipality.name)))
    schools: dict[str, list[School]] = {}
    for row in session.scalars(select(School).order_by(School.name)):
        schools.setdefault(row.school_type, []).append(row)
    if not munis or not schools:
        return
    _cover(session, munis)
    august = date(today.year if today.month >= 8 else today.year - 1, 8, 20)
    for count, (low, high), kind in PROFILES:
        for _ in range(count):
            age = rng.randint(low, high)
            born = _born(today, age, rng)
            muni = rng.choice(munis)
            bsn = generate_bsn(rng)
            given, prefix, surname = _person(rng)
            session.add(
                RegisterResident(
                    bsn=bsn, given_names=given, surname_prefix=prefix, surname=surname,
                    birth_date=born, city=muni.name, municipality_id=muni.id,
                    **{k: v for k, v in names.address(rng, muni.name).items() if k != "city"},
                )
            )  # fmt: skip
            school = _school_of(schools, min(age, 17), rng)
            if kind == "never" or school is None:
                continue
            starts = august - timedelta(days=365 * rng.randint(1, 3))
            ends, level, level_on = None, None, None
            if kind == "left":
                ends = today - timedelta(days=rng.randint(20, 60))
            elif kind == "left_vo":
                school = rng.choice(schools.get("VO") or [school])
                ends = date(august.year, 7, 10)
            elif kind == "qualified":
                ends = level_on = date(august.year, 7, 1)
                level = rng.choice(("havo", "mbo2", "mbo4"))
            elif kind == "entree":
                ends = level_on = date(august.year - 1, 7, 1)
                level = "mbo1"
            session.add(
                RegisterEnrolment(
                    person_number=bsn, number_kind="bsn", brin=school.brin or "00XX",
                    vestiging=school.vestiging or "00", school_id=school.id,
                    school_type=school.school_type, starts_on=starts, ends_on=ends,
                    diploma_level=level, diploma_on=level_on,
                )
            )  # fmt: skip
    for n, (report_type, days_ago, hours) in enumerate(REPORTS, start=1):
        school = rng.choice(schools.get("VO") or schools.get("PO") or [])
        muni = rng.choice(munis)
        given, prefix, surname = _person(rng)
        received = today - timedelta(days=days_ago)
        address = names.address(rng, muni.name)
        session.add(
            IntakeReport(
                duo_number=f"DEMO-{today.year}-{n:04d}", file_name="verzuimloket-demo.csv",
                line=n + 1, bsn=generate_bsn(rng), given_names=given, surname_prefix=prefix,
                surname=surname, birth_date=_born(today, 12 + n % 4, rng),
                street=address.get("street"), house_number=address.get("house_number"),
                postcode=address.get("postcode"), city=muni.name, school_id=school.id,
                report_type=report_type, received_on=received,
                period_start=received - timedelta(days=28), period_end=received - timedelta(days=1),
                hours_absent=hours, reporter_name="Zorgcoördinator", reporter_function="mentor",
            )
        )  # fmt: skip
