"""A youth's enrolment history: change school, leave, re-enrol, correct a past enrolment.

`Youth.school_id` (and `enrolled_on`, `grade`) stay a copy of the enrolment that covers today,
so the caseload, search and new cases keep reading one column; every dated use (a letter on
its date, a PV over its offence period, the figures at a report's date) asks
`models.enrolment.school_on`. The first change of school turns the youth's one school into the
first enrolment of the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from lvs_desktop.models import Enrolment, School, UserError, Youth
from lvs_desktop.models.enrolment import enrolment_on, enrolments_of
from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.services.validation import Checker, get_live
from lvs_desktop.store import Vault

DAY = timedelta(days=1)


@dataclass(frozen=True)
class EnrolmentRow:
    id: str
    school_id: str
    school: str
    starts_on: date | None  # None only for the one school of a youth without a history
    ends_on: date | None
    grade: str | None


def enrolment_rows(vault: Vault, youth_id: str) -> list[EnrolmentRow]:
    """The youth's enrolments, earliest first (an empty list: only `Youth.school_id` is known)."""
    with vault.session() as s:
        youth = get_live(s, Youth, youth_id, "Jeugdige")
        return [
            EnrolmentRow(e.id, e.school_id, e.school.name, e.starts_on, e.ends_on, e.grade)
            for e in enrolments_of(youth)
        ]


def _start_history(
    session: Session, youth: Youth, not_before: date | None = None
) -> list[Enrolment]:
    """The history; if there is none yet, the youth's one school becomes its first entry,
    from its enrolment date. With that date unknown it starts at the first school day (else
    the birth date), or the day after an earlier enrolment being recorded (`not_before`)."""
    history = enrolments_of(youth)
    if history or youth.school_id is None:
        return history
    start = youth.enrolled_on
    if start is None:
        start = youth.first_school_day or youth.birth_date
        if not_before is not None:
            start = max(start, not_before)
    first = Enrolment(
        youth_id=youth.id,
        school_id=youth.school_id,
        starts_on=start,
        grade=youth.grade,
    )
    session.add(first)
    first.youth = youth  # the backref puts it in youth.enrolments
    return [first]


def sync_current(youth: Youth, today: date) -> None:
    """Copy the enrolment that covers `today` onto the youth row (school, date, grade)."""
    current = enrolment_on(enrolments_of(youth), today)
    school_id = current.school_id if current else None
    enrolled_on = current.starts_on if current else None
    grade = current.grade if current else None
    if (youth.school_id, youth.enrolled_on) != (school_id, enrolled_on):
        youth.school_id, youth.enrolled_on = school_id, enrolled_on
    if current is not None and grade and youth.grade != grade:
        youth.grade = grade


def move_school(
    session: Session,
    youth: Youth,
    school_id: str | None,
    on: date,
    today: date,
    grade: str | None = None,
) -> None:
    """From `on` the youth is at `school_id` (None: left school); the enrolment that covered
    `on` ends the day before. Used inside a service's unit of work."""
    c = Checker()
    if school_id is not None and session.get(School, school_id) is None:
        c.problems.append("De school is onbekend.")
    c.check(on >= youth.birth_date, "De inschrijfdatum ligt vóór de geboortedatum.")
    c.not_future(on, today + timedelta(days=366), "De inschrijfdatum")
    c.done()
    history = _start_history(session, youth)
    later = [e for e in history if e.starts_on >= on]
    if later:
        raise UserError(
            "Er is al een inschrijving die op of na deze datum begint; "
            "pas de geschiedenis aan op het tabblad Scholen."
        )
    current = enrolment_on(history, on)
    if current is not None:
        if current.school_id == school_id:
            return
        current.ends_on = on - DAY
    if school_id is not None:
        new = Enrolment(youth_id=youth.id, school_id=school_id, starts_on=on, grade=grade)
        session.add(new)
        new.youth = youth
    sync_current(youth, today)


def correct_start(youth: Youth, starts_on: date | None) -> None:
    """The same school, a corrected "enrolled since": the current enrolment starts then."""
    youth.enrolled_on = starts_on
    current = [e for e in enrolments_of(youth) if e.school_id == youth.school_id]
    if starts_on is not None and current and current[-1].ends_on is None:
        current[-1].starts_on = starts_on


@dataclass
class EnrolmentInput:
    school_id: str
    starts_on: date
    ends_on: date | None = None
    grade: str | None = None


def _check(session: Session, youth: Youth, data: EnrolmentInput, skip: str | None) -> None:
    c = Checker()
    c.required(data.school_id, "School")
    c.required(data.starts_on, "Ingeschreven vanaf")
    if data.school_id and session.get(School, data.school_id) is None:
        c.problems.append("De school is onbekend.")
    c.not_after(data.starts_on, data.ends_on, "De inschrijving eindigt vóór ze begint.")
    if data.starts_on:
        c.check(data.starts_on >= youth.birth_date, "De inschrijving begint vóór de geboorte.")
        end = data.ends_on or date.max
        for other in enrolments_of(youth):
            if other.id == skip:
                continue
            if other.starts_on <= end and data.starts_on <= (other.ends_on or date.max):
                c.problems.append(
                    f"De inschrijving overlapt met die bij {other.school.name} "
                    f"(vanaf {other.starts_on:%d-%m-%Y})."
                )
    c.done()


def add_enrolment(
    vault: Vault, youth_id: str, data: EnrolmentInput, today: date | None = None
) -> ChangeSummary:
    """Record an enrolment (past or current); overlapping enrolments are refused."""
    today = today or date.today()
    with UnitOfWork(vault, "add_enrolment") as uow:
        youth = get_live(uow.session, Youth, youth_id, "Jeugdige")
        _start_history(uow.session, youth, data.ends_on + DAY if data.ends_on else None)
        _check(uow.session, youth, data, None)
        new = Enrolment(youth_id=youth.id, **vars(data))
        uow.session.add(new)
        new.youth = youth
        sync_current(youth, today)
        return uow.commit("Inschrijving vastgelegd.")


def update_enrolment(
    vault: Vault, enrolment_id: str, data: EnrolmentInput, today: date | None = None
) -> ChangeSummary:
    """Correct an enrolment's school, dates or grade."""
    with UnitOfWork(vault, "update_enrolment") as uow:
        enrolment = get_live(uow.session, Enrolment, enrolment_id, "Inschrijving")
        _check(uow.session, enrolment.youth, data, enrolment.id)
        for key, value in vars(data).items():
            if getattr(enrolment, key) != value:
                setattr(enrolment, key, value)
        sync_current(enrolment.youth, today or date.today())
        return uow.commit("Inschrijving bijgewerkt.")


def remove_enrolment(vault: Vault, enrolment_id: str, today: date | None = None) -> ChangeSummary:
    """A wrong enrolment goes (tombstone); the youth's current school follows the rest."""
    with UnitOfWork(vault, "remove_enrolment") as uow:
        enrolment = get_live(uow.session, Enrolment, enrolment_id, "Inschrijving")
        enrolment.deleted = True
        sync_current(enrolment.youth, today or date.today())
        return uow.commit("Inschrijving verwijderd.")
