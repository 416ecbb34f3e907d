"""Rules of RMC outreach and referrals: phases, the one definition of "positive", who consents.

Sources and our reading (issue 13; the region's annual report, the "seed"):

* **Target group.** RMC outreach is for young people of 16 up to 23 without a
  startkwalificatie (RMC-wet, art. 8 WEB / Leerplichtwet art. 1: startkwalificatie = havo,
  vwo or mbo-2 diploma); MatchMakers, the region's programme, works with 18–27-year-olds.
  The age is checked on the day a case first comes *in beeld*; later steps may fall after a
  birthday.
* **Phases** (the seed's words): in beeld → benaderd → gesproken → traject → uitgestroomd.
  Steps are dated and kept; a school year counts the steps dated inside it, so a case that
  spans two school years counts "benaderd" in the first and "uitgestroomd" in the second.
  Phases may be skipped when recorded (a consultant who reaches a youth at once records
  "gesproken"), and a later phase counts as having passed the earlier ones it presupposes
  (`PRESUPPOSES`), on the date of the later step, unless the case passed them before: a youth
  spoken to was evidently approached (benaderd) and in view; a traject follows a talk. An
  outflow presupposes only "in beeld": a youth may move away or be "not reached" without
  ever being approached, and flow out to work without a traject. (Q1: "in beeld, gesproken,
  uitgestroomd" was missing from the annual "benaderd" count.)
* **Positive** (`POSITIVE_DESTINATIONS`): the seed's "positief uitgestroomd" is our reading of
  the RMC reporting convention — the young person went back to **school**, to **work**, or to
  **leren-en-werken** (BBL or a work-learning job): a route towards a startkwalificatie or a
  living. Care, dagbesteding, another programme, moving away and "not reached" are counted
  per destination but are *not* positive. A region that reads it otherwise changes this one
  set; nothing else decides it. (Doubt: some RMC regions count care/dagbesteding as
  "passend"; the seed does not say.)
* **Consent for a referral** (`CONSENT_COVERS`): LVS works on a legal task (AVG art. 6 lid 1
  sub e) and needs no consent for its own casework, but handing a young person over to a
  partner who is not a party to that task (jeugdhulp, wijkteam, a work programme) shares
  personal data outside it. We ask consent before a referral is recorded as sent: from the
  young person from 16 (the age DOMAIN §6 gives for the pupil's own say over what parents
  hear), from a parent with authority below 16.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lvs_desktop.models.rules.dates import SchoolYear, age_on

PHASES = ("in_beeld", "benaderd", "gesproken", "traject", "uitgestroomd")
FIRST_PHASE = PHASES[0]
OUTFLOW = "uitgestroomd"
#: The earlier phases a phase presupposes: recorded without them, it counts as passing them.
PRESUPPOSES: dict[str, tuple[str, ...]] = {
    "in_beeld": (),
    "benaderd": ("in_beeld",),
    "gesproken": ("in_beeld", "benaderd"),
    "traject": ("in_beeld", "benaderd", "gesproken"),
    "uitgestroomd": ("in_beeld",),
}

DESTINATIONS = (
    "school",
    "work",
    "learning_working",
    "care",
    "dagbesteding",
    "programme",
    "moved",
    "not_reached",
)
#: The one definition of a positive outflow (see the module docstring for our reading).
POSITIVE_DESTINATIONS = frozenset({"school", "work", "learning_working"})

MATCHMAKERS = "matchmakers"
RMC_AGES = (16, 23)  # from the 16th birthday up to (not including) the 23rd
PROGRAMME_AGES = {MATCHMAKERS: (18, 27)}

CONSENT_YOUTH = "youth"
CONSENT_GUARDIAN = "guardian"
CONSENT_AGE = 16
CONSENT_COVERS = (
    "Toestemming om aan deze partner, voor deze verwijzing, door te geven: naam, geboortedatum "
    "en contactgegevens van de jongere (en van de ouders met gezag als die toestemden) en de "
    "reden van de verwijzing zoals hier vastgelegd. Niet: het verzuim- of handhavingsdossier."
)


def is_positive(destination: str | None) -> bool:
    """Whether an outflow to `destination` counts as positive (the one definition)."""
    return destination in POSITIVE_DESTINATIONS


def phase_problem(phase: str, destination: str | None) -> str | None:
    """Why a phase and destination do not go together, in Dutch (None when they do)."""
    if phase == OUTFLOW and destination is None:
        return "Bij 'uitgestroomd' hoort een bestemming."
    if phase != OUTFLOW and destination is not None:
        return "Een bestemming hoort alleen bij 'uitgestroomd'."
    return None


def age_problem(
    birth: date, on: date, startkwalificatie_on: date | None, programme: str | None
) -> str | None:
    """Why a young person is not in the outreach target group on `on` (None when he is)."""
    low, high = PROGRAMME_AGES.get(programme or "", RMC_AGES)
    age = age_on(birth, on)
    if not low <= age < high:
        return (
            f"Buiten de doelgroep: de jongere is {age} jaar op {on:%d-%m-%Y}; "
            f"outreach is voor {low} tot {high} jaar."
        )
    if startkwalificatie_on is not None and startkwalificatie_on <= on:
        return "Buiten de doelgroep: de jongere heeft al een startkwalificatie."
    return None


def consent_problem(consent_by: str, birth: date, on: date) -> str | None:
    """Whether the right person gave consent for a referral on `on` (Dutch reason if not)."""
    age = age_on(birth, on)
    if age >= CONSENT_AGE and consent_by != CONSENT_YOUTH:
        return f"De jongere is {age} jaar: hij of zij geeft zelf toestemming."
    if age < CONSENT_AGE and consent_by != CONSENT_GUARDIAN:
        return f"De jongere is {age} jaar: een ouder met gezag geeft toestemming."
    return None


@dataclass(frozen=True)
class Step:
    """A live outreach step as the rules see it."""

    phase: str
    taken_on: date
    destination: str | None = None
    programme: str | None = None


def current(steps: Iterable[Step]) -> Step | None:
    """The current step: the newest by date (on one day, the later phase)."""
    ordered = sorted(steps, key=lambda s: (s.taken_on, PHASES.index(s.phase)))
    return ordered[-1] if ordered else None


def steps_in_year(steps: Iterable[Step], year: SchoolYear) -> list[Step]:
    """The steps dated inside a school year, in order: what that year counts."""
    inside = [s for s in steps if year.contains(s.taken_on)]
    return sorted(inside, key=lambda s: (s.taken_on, PHASES.index(s.phase)))


def passed(steps: Iterable[Step]) -> list[tuple[date, str]]:
    """Every phase the case passed, dated: each step's own phase on its date, and each phase
    that step presupposes (`PRESUPPOSES`) but the case had not passed before, on that date."""
    seen: set[str] = set()
    out: list[tuple[date, str]] = []
    for step in sorted(steps, key=lambda s: (s.taken_on, PHASES.index(s.phase))):
        for phase in (*PRESUPPOSES[step.phase], step.phase):
            if phase == step.phase or phase not in seen:
                out.append((step.taken_on, phase))
                seen.add(phase)
    return out


def reached_in_year(steps: Iterable[Step], year: SchoolYear) -> frozenset[str]:
    """The phases a case reached inside a school year (for "benaderd", "uitgestroomd", …),
    a skipped phase counted where a later one presupposes it (`passed`)."""
    return frozenset(phase for on, phase in passed(steps) if year.contains(on))


def positive_in_year(steps: Iterable[Step], year: SchoolYear) -> bool:
    """Whether the case flowed out positively inside the school year."""
    return any(
        s.phase == OUTFLOW and is_positive(s.destination) for s in steps_in_year(steps, year)
    )
