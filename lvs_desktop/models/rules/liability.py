"""Who can be held liable for unexcused absence on a date (Leerplichtwet 1969 art. 2, 4a, 26).

* The pupil himself from his **12th birthday**, decided per offence date: for a
  period of absence during which he turned 12, only the part from the birthday on
  counts against him.
* The parents (with gezag, and whoever actually cares for the child) while the
  young person is under 18.
* Under 12 a child is never prosecuted.
"""

from __future__ import annotations

from datetime import date

from lvs_desktop.models.rules.dates import age_on, birthday, format_date_nl
from lvs_desktop.models.rules.errors import InvalidFacts

__all__ = [
    "ADULT_AGE",
    "PUPIL_LIABLE_FROM_AGE",
    "liability_reason",
    "parents_liable",
    "pupil_liable",
    "pupil_liable_from",
]

#: Lpw art. 2 lid 3 / art. 26 lid 2: the pupil answers for himself from this age.
PUPIL_LIABLE_FROM_AGE = 12
#: From this age no leer- or kwalificatieplicht applies and parental liability ends.
ADULT_AGE = 18


def pupil_liable_from(birth: date) -> date:
    """The first day on which the pupil can be prosecuted himself (his 12th birthday)."""
    return birthday(birth, PUPIL_LIABLE_FROM_AGE)


def pupil_liable(birth: date, offence_date: date) -> bool:
    """Whether the pupil himself can be prosecuted for absence on `offence_date`."""
    return PUPIL_LIABLE_FROM_AGE <= age_on(birth, offence_date) < ADULT_AGE


def parents_liable(birth: date, offence_date: date) -> bool:
    """Whether parents can be prosecuted for absence on `offence_date` (young person under 18)."""
    return age_on(birth, offence_date) < ADULT_AGE


def liability_reason(birth: date, offence_date: date, offence_end: date | None = None) -> str:
    """Dutch explanation of who is liable for absence on a date or during a period.

    With `offence_end` the text covers the period `offence_date` .. `offence_end`
    (inclusive) and says so when the 12th or 18th birthday falls inside it.
    """
    end = offence_date if offence_end is None else offence_end
    if end < offence_date:
        raise InvalidFacts("Het einde van de verzuimperiode ligt vóór het begin.")
    first_age = age_on(birth, offence_date)
    last_age = age_on(birth, end)
    when = (
        f"op {format_date_nl(offence_date)}"
        if end == offence_date
        else f"van {format_date_nl(offence_date)} tot en met {format_date_nl(end)}"
    )
    if first_age >= ADULT_AGE:
        return (
            f"De jongere was {first_age} jaar {when}: er gold geen leer- of "
            "kwalificatieplicht meer, dus niemand is strafbaar."
        )
    turns_12 = pupil_liable_from(birth)
    turns_18 = birthday(birth, ADULT_AGE)
    parts: list[str] = []
    if last_age < PUPIL_LIABLE_FROM_AGE:
        parts.append(
            f"De leerling was {_ages(first_age, last_age)} jaar {when}: alleen de ouders "
            "kunnen worden vervolgd; een leerling jonger dan 12 jaar wordt nooit vervolgd."
        )
    elif first_age < PUPIL_LIABLE_FROM_AGE:
        parts.append(
            f"De leerling werd 12 jaar op {format_date_nl(turns_12)}, tijdens de "
            f"verzuimperiode ({when}): de leerling kan zelf alleen worden vervolgd voor het "
            "verzuim vanaf die dag; voor de hele periode zijn de ouders aansprakelijk."
        )
    else:
        parts.append(
            f"De leerling was {_ages(first_age, last_age)} jaar {when} en kan zelf worden "
            "vervolgd (vanaf 12 jaar, artikel 26, tweede lid, Leerplichtwet 1969); "
            "de ouders blijven daarnaast aansprakelijk."
        )
    if last_age >= ADULT_AGE:
        parts.append(
            f"De jongere werd 18 jaar op {format_date_nl(turns_18)}: alleen het verzuim "
            "vóór die dag telt."
        )
    return " ".join(parts)


def _ages(first: int, last: int) -> str:
    return str(first) if first == last else f"{first} tot {last}"
