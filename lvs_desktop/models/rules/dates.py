"""Calendar arithmetic the law needs: ages, birthdays, school years, month and working-day steps.

Conventions used by every rule module:

* A person born on 29 February reaches an age in a non-leap year on **1 March**
  (`birthday`, `age_on`). This is a legal point we have **not verified** against a
  Dutch source; it moves, for example, the start of leerplicht of a child born on
  29 February 2020 from 1 March to 1 April 2025.
* A school year runs from 1 August to 31 July inclusive (`SchoolYear`).
* Working days are Monday to Friday; public holidays only count when the caller
  passes them (`add_working_days(..., holidays=...)`): we keep no holiday calendar.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from lvs_desktop.models.rules.errors import InvalidFacts

__all__ = [
    "MONTHS_NL",
    "ONE_DAY",
    "SchoolYear",
    "add_months",
    "add_working_days",
    "age_on",
    "birthday",
    "first_day_of_next_month",
    "format_date_nl",
    "last_day_of_month",
]

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

ONE_DAY = timedelta(days=1)


def format_date_nl(d: date) -> str:
    """The date as a letter writes it: ``28 november 2026``."""
    return f"{d.day} {MONTHS_NL[d.month - 1]} {d.year}"


def birthday(birth: date, age: int) -> date:
    """The date on which someone born on `birth` reaches `age` (age 0 is the birth date).

    Born on 29 February: in a non-leap year the age is reached on 1 March
    (legal point not verified, see the module docstring).
    """
    if age < 0:
        raise InvalidFacts(f"Een leeftijd kan niet negatief zijn ({age}).")
    year = birth.year + age
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth.replace(year=year)


def age_on(birth: date, on: date) -> int:
    """Age in whole years on the date `on` (the birthday itself counts as the new age).

    Born on 29 February: in a non-leap year the new age starts on 1 March
    (legal point not verified). Raises `InvalidFacts` when `on` lies before `birth`.
    """
    if on < birth:
        raise InvalidFacts(
            f"De geboortedatum ({format_date_nl(birth)}) ligt na de peildatum "
            f"({format_date_nl(on)})."
        )
    years = on.year - birth.year
    if on < birthday(birth, years):
        years -= 1
    return years


def last_day_of_month(d: date) -> date:
    """The last day of the month of `d`."""
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def first_day_of_next_month(d: date) -> date:
    """The first day of the month after the month of `d` (also when `d` is the 1st)."""
    return last_day_of_month(d) + ONE_DAY


def add_months(d: date, n: int) -> date:
    """`d` moved by `n` calendar months (may be negative); the day is clamped to the month end.

    31 January + 1 month = 28 (or 29) February; 31 May - 1 month = 30 April.
    """
    index = d.year * 12 + (d.month - 1) + n
    year, month = divmod(index, 12)
    month += 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_working_days(d: date, n: int, holidays: Collection[date] = ()) -> date:
    """`d` moved by `n` working days (Monday-Friday, not in `holidays`); `d` itself is not counted.

    `n` may be negative (counting backwards); `n == 0` returns `d` unchanged.
    """
    step = ONE_DAY if n >= 0 else -ONE_DAY
    remaining = abs(n)
    current = d
    while remaining:
        current += step
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current


_LABEL_RE = re.compile(r"^\s*(\d{4})\s*[-/–]\s*(\d{4})\s*$")


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A school year: 1 August (`start`) up to and including 31 July (`end`)."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if (self.start.month, self.start.day) != (8, 1) or self.end != date(
            self.start.year + 1, 7, 31
        ):
            raise InvalidFacts(
                "Een schooljaar loopt van 1 augustus tot en met 31 juli, niet van "
                f"{format_date_nl(self.start)} tot en met {format_date_nl(self.end)}."
            )

    @classmethod
    def starting_in(cls, year: int) -> SchoolYear:
        """The school year that starts on 1 August of `year`."""
        return cls(date(year, 8, 1), date(year + 1, 7, 31))

    @classmethod
    def of(cls, d: date) -> SchoolYear:
        """The school year that contains `d` (31 July closes one, 1 August opens the next)."""
        return cls.starting_in(d.year if d.month >= 8 else d.year - 1)

    @classmethod
    def from_label(cls, label: str) -> SchoolYear:
        """Parse ``"2021-2022"`` (also ``2021/2022``); raises `InvalidFacts` otherwise."""
        match = _LABEL_RE.match(label)
        if match is None or int(match.group(2)) != int(match.group(1)) + 1:
            raise InvalidFacts(
                f"'{label}' is geen schooljaar; schrijf het als twee opeenvolgende jaren, "
                "bijvoorbeeld 2021-2022."
            )
        return cls.starting_in(int(match.group(1)))

    @property
    def start_year(self) -> int:
        """The calendar year in which the school year starts."""
        return self.start.year

    @property
    def label(self) -> str:
        """``"2025-2026"``."""
        return f"{self.start.year}-{self.end.year}"

    def contains(self, d: date) -> bool:
        """Whether `d` falls in this school year (both ends included)."""
        return self.start <= d <= self.end

    def previous(self) -> SchoolYear:
        """The school year before this one."""
        return SchoolYear.starting_in(self.start.year - 1)

    def next(self) -> SchoolYear:
        """The school year after this one."""
        return SchoolYear.starting_in(self.start.year + 1)

    def __str__(self) -> str:
        return self.label
