"""Which duty applies to a young person on a date: leerplicht, kwalificatieplicht, RMC or none.

The law (Leerplichtwet 1969, DOMAIN.md §1):

* leerplicht starts on the first (school) day of the month after the month of the
  5th birthday (art. 3); we return the first *calendar* day of that month;
* full leerplicht ends on 31 July of the school year in which the child turned 16,
  or earlier at the end of the 12th full school year at school;
* kwalificatieplicht follows until the 18th birthday or a startkwalificatie,
  whichever comes first (art. 4a-4c), unless the youth has none
  (praktijkonderwijs certificate, VSO arbeidsmarkt/dagbesteding track);
* RMC follows young people without a startkwalificatie up to their 23rd birthday.

Two kinds of end dates appear here, so read the names:

* `full_leerplicht_end` is the **last day** of full leerplicht (31 July, inclusive);
* `kwalificatieplicht_end` and `rmc_end` are the **day the duty stops** (the 18th or
  23rd birthday, or the day of the diploma): the first day without it;
* `DutyPeriod.since` and `DutyPeriod.until` are always **inclusive**; `None` means
  open (NOT_YET has no start, NONE has no end).

Decisions not found in a source (listed for the issue note): a youth without
kwalificatieplicht and without startkwalificatie is RMC from the end of full
leerplicht (not from 18); a startkwalificatie does not shorten full leerplicht;
the first school year counts as "full" when the first school day is on or before
`LeerplichtTerms.full_year_latest_first_day` (a setting, default 7 September).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from lvs_desktop.models.rules.dates import (
    ONE_DAY,
    SchoolYear,
    birthday,
    first_day_of_next_month,
    format_date_nl,
)
from lvs_desktop.models.rules.errors import InvalidFacts

__all__ = [
    "DUTY_LABELS",
    "DutyPeriod",
    "DutyStatus",
    "DutyTimeline",
    "LeerplichtTerms",
    "YouthFacts",
    "duty_timeline",
    "full_leerplicht_end",
    "kwalificatieplicht_end",
    "leerplicht_start",
    "rmc_end",
    "status_on",
]


class DutyStatus(StrEnum):
    """The duty that applies to a young person on a date."""

    NOT_YET = "not_yet"
    LEERPLICHTIG = "leerplichtig"
    KWALIFICATIEPLICHTIG = "kwalificatieplichtig"
    RMC = "rmc"
    NONE = "none"


DUTY_LABELS: Mapping[DutyStatus, str] = MappingProxyType(
    {
        DutyStatus.NOT_YET: "nog niet leerplichtig",
        DutyStatus.LEERPLICHTIG: "leerplichtig",
        DutyStatus.KWALIFICATIEPLICHTIG: "kwalificatieplichtig",
        DutyStatus.RMC: "RMC (18–23 jaar)",
        DutyStatus.NONE: "geen leerplicht",
    }
)


@dataclass(frozen=True)
class LeerplichtTerms:
    """Settings for the duty rules that the law leaves to interpretation."""

    #: (month, day): a first school day on or before this date in August/September
    #: makes that school year count as a full one for the 12-school-years rule.
    full_year_latest_first_day: tuple[int, int] = (9, 7)
    #: full leerplicht ends after this many full school years at school (law: 12).
    full_school_years: int = 12


DEFAULT_TERMS = LeerplichtTerms()


@dataclass(frozen=True)
class YouthFacts:
    """What the duty rules need to know about one young person.

    `credited_school_years` are school years counted without being attended
    (primary school counts as at least 8: a pupil who finished it in 7 years gets 1).
    """

    birth_date: date
    startkwalificatie_on: date | None = None
    no_kwalificatieplicht: bool = False
    first_school_day: date | None = None
    credited_school_years: int = 0

    def __post_init__(self) -> None:
        # the Dutch dates are written only for a message (a report builds thousands of facts)
        if self.startkwalificatie_on is not None and self.startkwalificatie_on < self.birth_date:
            born = format_date_nl(self.birth_date)
            raise InvalidFacts(f"De startkwalificatie ligt vóór de geboortedatum ({born}).")
        if self.first_school_day is not None and self.first_school_day < birthday(
            self.birth_date, 4
        ):
            raise InvalidFacts(
                f"De eerste schooldag ({format_date_nl(self.first_school_day)}) ligt vóór de "
                f"4e verjaardag (geboren {format_date_nl(self.birth_date)}); een kind gaat op "
                "zijn vroegst met 4 jaar naar school."
            )
        if not 0 <= self.credited_school_years <= 4:
            raise InvalidFacts("Het aantal extra meegetelde schooljaren moet tussen 0 en 4 liggen.")


@dataclass(frozen=True)
class DutyPeriod:
    """A stretch of time under one status; `since` and `until` are inclusive, None is open."""

    status: DutyStatus
    since: date | None
    until: date | None

    @property
    def label(self) -> str:
        """The Dutch name of the status, e.g. ``"kwalificatieplichtig"``."""
        return DUTY_LABELS[self.status]

    def contains(self, d: date) -> bool:
        """Whether `d` lies within this period."""
        return (self.since is None or self.since <= d) and (self.until is None or d <= self.until)

    def describe(self) -> str:
        """A Dutch sentence: ``"leerplichtig van 1 april 2025 tot en met 31 juli 2036"``."""
        text = self.label
        if self.since is not None:
            text += f" van {format_date_nl(self.since)}"
        if self.until is not None:
            text += f" tot en met {format_date_nl(self.until)}"
        return text


def leerplicht_start(birth: date) -> date:
    """First day of the month after the month of the 5th birthday.

    Born 15-03-2020 -> 1 April 2025; born 01-04-2020 (5th birthday 1 April 2025)
    -> 1 May 2025; born 29-02-2020 (5th birthday 1 March 2025) -> 1 April 2025.
    The law says "first school day" of that month; a school's own first day (after
    a holiday) may be later, which we do not model.
    """
    return first_day_of_next_month(birthday(birth, 5))


def _end_by_school_years(facts: YouthFacts, terms: LeerplichtTerms) -> date | None:
    if facts.first_school_day is None:
        return None
    first = facts.first_school_day
    year = SchoolYear.of(first)
    month, day = terms.full_year_latest_first_day
    first_full = year if first <= date(year.start_year, month, day) else year.next()
    years_needed = terms.full_school_years - facts.credited_school_years
    return date(first_full.start_year + years_needed, 7, 31)


def full_leerplicht_end(facts: YouthFacts, terms: LeerplichtTerms = DEFAULT_TERMS) -> date:
    """Last day (31 July, inclusive) of full leerplicht.

    The school year in which the child turns 16, or earlier the end of the 12th
    full school year counted from `first_school_day` (when known). Born 31 July
    2010 -> 31 July 2026 (turned 16 in 2025-2026); born 1 August 2010 -> 31 July 2027.
    """
    by_age = SchoolYear.of(birthday(facts.birth_date, 16)).end
    by_years = _end_by_school_years(facts, terms)
    return by_age if by_years is None else min(by_age, by_years)


def kwalificatieplicht_end(facts: YouthFacts) -> date | None:
    """The day kwalificatieplicht stops: the 18th birthday or the diploma, whichever first.

    This is the first day *without* the duty. None when the youth has no
    kwalificatieplicht at all. When the diploma came before full leerplicht ended,
    the date is returned anyway and no kwalificatieplichtig period arises.
    """
    if facts.no_kwalificatieplicht:
        return None
    turns_18 = birthday(facts.birth_date, 18)
    diploma = facts.startkwalificatie_on
    return turns_18 if diploma is None else min(diploma, turns_18)


def rmc_end(birth: date) -> date:
    """The day RMC follow-up stops: the 23rd birthday (the first day outside it)."""
    return birthday(birth, 23)


def duty_timeline(
    facts: YouthFacts, terms: LeerplichtTerms = DEFAULT_TERMS
) -> tuple[DutyPeriod, ...]:
    """All periods of a life in order, without gaps: NOT_YET, LEERPLICHTIG, then as applies."""
    start = leerplicht_start(facts.birth_date)
    full_end = full_leerplicht_end(facts, terms)
    periods = [
        DutyPeriod(DutyStatus.NOT_YET, None, start - ONE_DAY),
        DutyPeriod(DutyStatus.LEERPLICHTIG, start, full_end),
    ]
    cursor = full_end + ONE_DAY
    kwal_stop = kwalificatieplicht_end(facts)
    if kwal_stop is not None and kwal_stop > cursor:
        periods.append(DutyPeriod(DutyStatus.KWALIFICATIEPLICHTIG, cursor, kwal_stop - ONE_DAY))
        cursor = kwal_stop
    rmc_stop = rmc_end(facts.birth_date)
    if facts.startkwalificatie_on is not None:
        rmc_stop = min(rmc_stop, facts.startkwalificatie_on)
    if rmc_stop > cursor:
        periods.append(DutyPeriod(DutyStatus.RMC, cursor, rmc_stop - ONE_DAY))
        cursor = rmc_stop
    periods.append(DutyPeriod(DutyStatus.NONE, cursor, None))
    return tuple(periods)


def status_on(facts: YouthFacts, on: date, terms: LeerplichtTerms = DEFAULT_TERMS) -> DutyPeriod:
    """The period (status with inclusive `since`/`until`) that contains `on`.

    A date before the birth date falls in the open-started NOT_YET period.
    """
    for period in duty_timeline(facts, terms):
        if period.contains(on):
            return period
    raise AssertionError("duty_timeline has no gaps")  # pragma: no cover


class DutyTimeline:
    """One youth's `duty_timeline`, computed once, and looked up by bisection: for many dates
    of one youth (the thuiszitter count asks per stretch and school year). `period_on(d)` is
    `status_on(facts, d, terms)`, by construction (property-tested against it)."""

    __slots__ = ("_starts", "periods")

    def __init__(self, facts: YouthFacts, terms: LeerplichtTerms = DEFAULT_TERMS) -> None:
        self.periods = duty_timeline(facts, terms)
        # gapless and in order: period i runs from its start to the day before start i+1
        self._starts = [date.min if p.since is None else p.since for p in self.periods]

    def period_on(self, on: date) -> DutyPeriod:
        """The period that contains `on` (a day before birth: the open NOT_YET period)."""
        return self.periods[bisect_right(self._starts, on) - 1]
