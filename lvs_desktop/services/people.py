"""Youths and guardians: create, edit, and search before create (BSN, or name + birth date)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lvs_desktop.models import Guardian, UserError, Youth
from lvs_desktop.services.enrolments import correct_start, move_school
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

GENDERS = ("m", "v", "x")


@dataclass
class YouthInput:
    given_names: str
    surname: str
    birth_date: date
    surname_prefix: str | None = None
    gender: str = "x"  # m, v (vrouw), x
    bsn: str | None = None
    birth_place: str | None = None
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    municipality_id: str | None = None
    school_id: str | None = None
    enrolled_on: date | None = None
    grade: str | None = None
    startkwalificatie_on: date | None = None
    no_kwalificatieplicht: bool = False
    first_school_day: date | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class GuardianInput:
    surname: str
    given_names: str | None = None
    initials: str | None = None
    surname_prefix: str | None = None
    gender: str = "x"
    birth_date: date | None = None
    birth_place: str | None = None
    bsn: str | None = None
    relation: str = "parent"
    has_authority: bool = True
    is_carer: bool = True
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class YouthMatch:
    """A youth found by search-before-create, and why it matched."""

    id: str
    full_name: str
    birth_date: date
    bsn: str | None
    reason: str  # "bsn" or "name_birth_date"


def _check_youth(data: YouthInput, today: date) -> YouthInput:
    c = Checker()
    c.required(data.given_names, "Voornamen")
    c.required(data.surname, "Achternaam")
    c.required(data.birth_date, "Geboortedatum")
    c.check(data.gender in GENDERS, "Geslacht moet m, v of x zijn.")
    bsn = c.bsn(data.bsn)
    postcode = c.postcode(data.postcode)
    c.not_future(data.birth_date, today, "De geboortedatum")
    c.not_after(data.birth_date, data.enrolled_on, "De inschrijfdatum ligt vóór de geboortedatum.")
    c.done()
    data.bsn, data.postcode = bsn, postcode
    return data


def find_youths(
    vault: Vault,
    *,
    bsn: str | None = None,
    surname: str | None = None,
    birth_date: date | None = None,
) -> list[YouthMatch]:
    """Search before create: the same BSN, or the same surname and birth date."""
    c = Checker()
    bsn = c.bsn(bsn)
    c.done()
    clauses = []
    if bsn:
        clauses.append(Youth.bsn == bsn)
    if surname and birth_date:
        clauses.append(
            (func.lower(Youth.surname) == surname.strip().lower())
            & (Youth.birth_date == birth_date)
        )
    if not clauses:
        return []
    with vault.session() as session:
        rows = session.scalars(select(Youth).where(~Youth.deleted, or_(*clauses))).all()
        return [
            YouthMatch(
                y.id,
                y.full_name,
                y.birth_date,
                y.bsn,
                "bsn" if bsn and y.bsn == bsn else "name_birth_date",
            )
            for y in rows
        ]


def create_youth(vault: Vault, data: YouthInput, today: date | None = None) -> ChangeSummary:
    data = _check_youth(data, today or date.today())
    with UnitOfWork(vault, "create_youth") as uow:
        add_youth(uow.session, data)
        return uow.commit("Jeugdige toegevoegd.")


def add_youth(session: Session, data: YouthInput) -> Youth:
    """Add a checked youth (`_check_youth`) inside the caller's unit of work; refused when a
    live youth has the same BSN."""
    if data.bsn and session.scalar(select(Youth.id).where(Youth.bsn == data.bsn, ~Youth.deleted)):
        raise UserError("Er is al een jeugdige met dit BSN; open die in plaats van een nieuwe.")
    youth = Youth(**asdict(data))
    session.add(youth)
    session.flush()
    return youth


def check_youth(data: YouthInput, today: date) -> YouthInput:
    """The youth's fields checked and normalised, or a `UserError` naming every problem."""
    return _check_youth(data, today)


def update_youth(
    vault: Vault, youth_id: str, data: YouthInput, today: date | None = None
) -> ChangeSummary:
    """Edit the youth. A different school is a move in the enrolment history from
    `data.enrolled_on` (today when that date was left as it was): the old enrolment ends the
    day before, and the letters and figures of earlier dates keep the old school."""
    today = today or date.today()
    data = _check_youth(data, today)
    with UnitOfWork(vault, "update_youth") as uow:
        youth = get_live(uow.session, Youth, youth_id, "Jeugdige")
        for key, value in asdict(data).items():
            if key not in ("school_id", "enrolled_on") and getattr(youth, key) != value:
                setattr(youth, key, value)
        if data.school_id != youth.school_id:
            moved = data.enrolled_on if data.enrolled_on != youth.enrolled_on else None
            move_school(uow.session, youth, data.school_id, moved or today, today, data.grade)
        elif data.enrolled_on != youth.enrolled_on:
            correct_start(youth, data.enrolled_on)
        return uow.commit("Jeugdige bijgewerkt.")


def _check_guardian(data: GuardianInput, session: Session | None = None) -> GuardianInput:
    c = Checker()
    c.required(data.surname, "Achternaam van de ouder")
    if session is not None:
        c.code(session, "guardian_relation", data.relation, "Relatie tot de jeugdige")
    c.check(
        data.birth_date is None or data.birth_date <= date.today(),
        "De geboortedatum van de ouder ligt in de toekomst.",
    )
    c.check(data.gender in GENDERS, "Geslacht moet m, v of x zijn.")
    data.postcode = c.postcode(data.postcode)
    data.bsn = c.bsn(data.bsn)
    c.done()
    return data


def add_guardian(vault: Vault, youth_id: str, data: GuardianInput) -> ChangeSummary:
    with UnitOfWork(vault, "add_guardian") as uow:
        add_guardian_row(uow.session, youth_id, data)
        return uow.commit("Ouder of verzorger toegevoegd.")


def add_guardian_row(session: Session, youth_id: str, data: GuardianInput) -> Guardian:
    """Add a parent or carer to a live youth inside the caller's unit of work."""
    data = _check_guardian(data, session)
    get_live(session, Youth, youth_id, "Jeugdige")
    guardian = Guardian(youth_id=youth_id, **asdict(data))
    session.add(guardian)
    return guardian


def update_guardian(vault: Vault, guardian_id: str, data: GuardianInput) -> ChangeSummary:
    with UnitOfWork(vault, "update_guardian") as uow:
        data = _check_guardian(data, uow.session)
        guardian = get_live(uow.session, Guardian, guardian_id, "Ouder of verzorger")
        for key, value in asdict(data).items():
            if getattr(guardian, key) != value:
                setattr(guardian, key, value)
        return uow.commit("Ouder of verzorger bijgewerkt.")


def remove_guardian(vault: Vault, guardian_id: str) -> ChangeSummary:
    with UnitOfWork(vault, "remove_guardian") as uow:
        get_live(uow.session, Guardian, guardian_id, "Ouder of verzorger").deleted = True
        return uow.commit("Ouder of verzorger verwijderd.")
