"""The number of Halt hours for a referral for school absence (OM table of 2016, DOMAIN.md §3).

Base hours come from the absence row *or* the lateness row. The table gives them
as alternatives, so when a young person was both absent and late we take the
**larger** of the two base values, not their sum (our reading; the other row is
mentioned in `HaltHours.notes`). Then the age surcharge and the repeat surcharge
are added and the total is capped.

Band edges: "0-10 hours" means up to and including 10 hours; "11-20" means more
than 10 up to and including 20, so 10.5 hours falls in the second band.
A repeat counts from the most recent earlier Halt referral (for any offence):
on or after the same date two years back is "within 2 years".

The table is data (`HaltTable`), so a newer OM table replaces it without code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lvs_desktop.models.rules.dates import add_months, format_date_nl
from lvs_desktop.models.rules.errors import HaltNotApplicable, InvalidFacts

__all__ = ["HALT_TABLE_2016", "HaltHours", "HaltTable", "halt_hours"]


@dataclass(frozen=True)
class HaltTable:
    """A Halt hours table. Bands are (inclusive upper bound, hours), in increasing order."""

    absence_bands: tuple[tuple[float, int], ...] = (
        (10, 2),
        (20, 4),
        (30, 6),
        (40, 8),
        (50, 10),
        (60, 12),
    )
    late_bands: tuple[tuple[int, int], ...] = ((20, 2), (40, 4), (60, 6))
    #: (lowest age, highest age, extra hours)
    age_bands: tuple[tuple[int, int, int], ...] = ((12, 13, 0), (14, 15, 2), (16, 17, 4))
    repeat_window_months: int = 24
    repeat_recent_hours: int = 8
    repeat_older_hours: int = 4
    maximum_hours: int = 20

    @property
    def max_absence_hours(self) -> float:
        """The most hours of absence the table covers."""
        return self.absence_bands[-1][0]

    @property
    def max_late_count(self) -> int:
        """The most late arrivals the table covers."""
        return self.late_bands[-1][0]

    @property
    def min_age(self) -> int:
        """The youngest age the table covers."""
        return self.age_bands[0][0]

    @property
    def max_age(self) -> int:
        """The oldest age the table covers."""
        return self.age_bands[-1][1]


HALT_TABLE_2016 = HaltTable()


@dataclass(frozen=True)
class HaltHours:
    """The computed Halt hours: `total` after the cap, `parts` the Dutch-labelled terms."""

    total: int
    parts: tuple[tuple[str, int], ...]
    capped: bool = False
    notes: tuple[str, ...] = ()


def _band(value: float, bands: Sequence[tuple[float, int]]) -> tuple[float, int]:
    for upper, hours in bands:
        if value <= upper:
            return upper, hours
    raise AssertionError("value checked against the table before")  # pragma: no cover


def _fmt(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _refuse_outside_table(hours_absent: float, late_count: int, age: int, table: HaltTable) -> None:
    problems: list[str] = []
    if hours_absent > table.max_absence_hours:
        problems.append(
            f"{_fmt(hours_absent)} uur verzuim valt buiten de Halt-tabel "
            f"(maximaal {_fmt(table.max_absence_hours)} uur)"
        )
    if late_count > table.max_late_count:
        problems.append(
            f"{late_count} keer te laat valt buiten de Halt-tabel "
            f"(maximaal {table.max_late_count} keer)"
        )
    if not table.min_age <= age <= table.max_age:
        problems.append(
            f"de jongere is {age} jaar (Halt is voor jongeren van {table.min_age} tot en "
            f"met {table.max_age} jaar)"
        )
    if hours_absent == 0 and late_count == 0:
        problems.append("er zijn geen verzuimuren en geen keren te laat opgegeven")
    if problems:
        raise HaltNotApplicable("Halt: " + "; ".join(problems) + ".")


def halt_hours(
    hours_absent: float,
    late_count: int,
    age: int,
    previous_referrals: Sequence[date],
    on: date,
    table: HaltTable = HALT_TABLE_2016,
) -> HaltHours:
    """Halt hours for a referral on `on`.

    `age` is the young person's age at the absence (the caller decides which date;
    the route check uses the last day of the absence). `previous_referrals` are the
    dates of earlier Halt referrals for any offence; those after `on` are ignored.
    Raises `HaltNotApplicable` with the Dutch reason(s) when the table does not apply.
    """
    if hours_absent < 0 or late_count < 0:
        raise InvalidFacts("Verzuimuren en het aantal keren te laat kunnen niet negatief zijn.")
    _refuse_outside_table(hours_absent, late_count, age, table)

    notes: list[str] = []
    absence_part: tuple[str, int] | None = None
    late_part: tuple[str, int] | None = None
    if hours_absent > 0:
        high, hours = _band(hours_absent, table.absence_bands)
        absence_part = (
            f"Verzuim: {_fmt(hours_absent)} uur (tabelrij tot en met {_fmt(high)} uur)",
            hours,
        )
    if late_count > 0:
        high, hours = _band(late_count, table.late_bands)
        late_part = (f"Te laat: {late_count} keer (tabelrij tot en met {_fmt(high)} keer)", hours)

    base = _larger(absence_part, late_part)
    other = late_part if base is absence_part else absence_part
    if other is not None:
        notes.append(
            f"Niet opgeteld: {other[0].lower()} = {other[1]} uur; bij verzuim én te laat "
            "komen telt de hoogste van de twee rijen."
        )
    parts: list[tuple[str, int]] = [base]

    for low_age, high_age, extra in table.age_bands:
        if low_age <= age <= high_age:
            parts.append((f"Leeftijd {age} jaar ({low_age}–{high_age} jaar)", extra))

    earlier = [d for d in previous_referrals if d <= on]
    if len(earlier) < len(previous_referrals):
        notes.append("Verwijzingen met een datum na de peildatum zijn niet meegeteld.")
    if earlier:
        latest = max(earlier)
        window_start = add_months(on, -table.repeat_window_months)
        years = table.repeat_window_months // 12
        if latest >= window_start:
            label = f"Herhaling binnen {years} jaar (vorige verwijzing {format_date_nl(latest)})"
            parts.append((label, table.repeat_recent_hours))
        else:
            label = (
                f"Herhaling na meer dan {years} jaar (vorige verwijzing {format_date_nl(latest)})"
            )
            parts.append((label, table.repeat_older_hours))

    uncapped = sum(hours for _, hours in parts)
    capped = uncapped > table.maximum_hours
    if capped:
        notes.append(f"Opgeteld {uncapped} uur; het maximum is {table.maximum_hours} uur.")
    return HaltHours(
        total=min(uncapped, table.maximum_hours),
        parts=tuple(parts),
        capped=capped,
        notes=tuple(notes),
    )


def _larger(absence: tuple[str, int] | None, late: tuple[str, int] | None) -> tuple[str, int]:
    if absence is None:
        assert late is not None
        return late
    if late is None or absence[1] >= late[1]:
        return absence
    return late
