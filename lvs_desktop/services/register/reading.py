"""Reading the register for a list: residents narrowed in SQL, with their enrolments.

`people(session, on, youngest, oldest, narrow)` returns the residents living in the region on
`on`, aged `youngest` up to `oldest`, for whom the SQL condition `narrow` holds
(`no_enrolment`, `not_enrolled_on`, `left_vo`, or an IN list), each with all their
enrolments as plain tuples. A `Person` answers what the lists ask: enrolled on a day, the
startkwalificatie, the duty on a day (`models.rules.leerplicht`), the last end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from lvs_desktop.models import RegisterEnrolment, RegisterResident
from lvs_desktop.models.rules.dates import age_on
from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.models.rules.leerplicht import DutyStatus, YouthFacts, status_on
from lvs_desktop.models.rules.register_lists import Enrolment as Enrol
from lvs_desktop.models.rules.register_lists import startkwalificatie_on
from lvs_desktop.models.rules.startkwalificatie import LEVELS, is_startkwalificatie, level_label


@dataclass
class Person:
    row: Any
    enrolments: list[Enrol]

    @property
    def birth(self) -> date:
        return self.row.birth_date  # type: ignore[no-any-return]

    def enrolled_on(self, on: date) -> bool:
        return any(e.covers(on) for e in self.enrolments)

    def startkwalificatie_on(self, on: date) -> date | None:
        return startkwalificatie_on(self.enrolments, on)

    def status(self, on: date) -> DutyStatus:
        try:
            facts = YouthFacts(self.birth, startkwalificatie_on=self.startkwalificatie_on(on))
        except InvalidFacts:
            facts = YouthFacts(self.birth)
        return status_on(facts, on).status

    def best_level(self) -> str:
        levels = [e.level for e in self.enrolments if e.level]
        return ", ".join(level_label(lv) for lv in sorted(set(levels))) or "geen diploma"

    def last_end(self) -> date | None:
        ends = [e.ends_on for e in self.enrolments if e.ends_on is not None]
        return max(ends, default=None)


def _born_between(on: date, youngest: int, oldest: int) -> tuple[date, date]:
    """Birth dates of everyone aged `youngest` up to (not including) `oldest` on `on`, with a
    day of slack either side (29 February); `age_on` decides exactly."""
    return (
        on.replace(year=on.year - oldest, day=min(on.day, 28)) - timedelta(days=3),
        on.replace(year=on.year - youngest, day=min(on.day, 28)) + timedelta(days=3),
    )


_E2 = RegisterEnrolment.__table__.alias("e2")


def no_enrolment(r: Any) -> Any:
    """SQL: the resident has no enrolment at all."""
    return ~exists().where(_E2.c.person_number == r.c.bsn)


def not_enrolled_on(r: Any, on: date) -> Any:
    """SQL: no enrolment of the resident covers `on`."""
    return ~exists().where(
        _E2.c.person_number == r.c.bsn,
        _E2.c.starts_on <= on,
        or_(_E2.c.ends_on.is_(None), _E2.c.ends_on >= on),
    )


def left_vo(r: Any, after: date, until: date) -> Any:
    """SQL: a VO enrolment of the resident ended after `after`, on or before `until`."""
    return exists().where(
        _E2.c.person_number == r.c.bsn,
        _E2.c.school_type == "VO",
        _E2.c.ends_on > after,
        _E2.c.ends_on <= until,
    )


def no_startkwalificatie(r: Any, on: date) -> Any:
    """SQL: no diploma of the resident that is a startkwalificatie was awarded by `on`."""
    levels = sorted(level for level in LEVELS if is_startkwalificatie(level))
    return ~exists().where(
        _E2.c.person_number == r.c.bsn,
        _E2.c.diploma_level.in_(levels),
        _E2.c.diploma_on <= on,
    )


CHUNK = 500  # numbers per IN list


def people(
    session: Session, on: date, youngest: int, oldest: int, narrow: Callable[[Any], Any]
) -> list[Person]:
    """Residents living in the region on `on`, aged `youngest` up to `oldest`, for whom the
    SQL condition `narrow(resident_table)` holds, each with all their enrolments. The
    condition is where a list does most of its filtering: the index on the enrolment's
    number answers it, so only candidates come into Python."""
    r = RegisterResident.__table__
    e = RegisterEnrolment.__table__
    lo, hi = _born_between(on, youngest, oldest)
    living = and_(
        r.c.birth_date.between(lo, hi),
        or_(r.c.moved_in_on.is_(None), r.c.moved_in_on <= on),
        or_(r.c.moved_out_on.is_(None), r.c.moved_out_on > on),
        narrow(r),
    )
    people = {
        row.bsn: Person(row, [])
        for row in session.execute(select(r).where(living))
        if youngest <= age_on(row.birth_date, on) < oldest
    }
    numbers = sorted(people)
    columns = (e.c.person_number, e.c.school_type, e.c.starts_on, e.c.ends_on,
               e.c.diploma_level, e.c.diploma_on)  # fmt: skip
    for start in range(0, len(numbers), CHUNK):  # by the index on the number, candidates only
        chunk = numbers[start : start + CHUNK]
        for number, *rest in session.execute(select(*columns).where(e.c.person_number.in_(chunk))):
            people[number].enrolments.append(Enrol(*rest))
    return list(people.values())
