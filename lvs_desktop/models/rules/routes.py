"""Which MAS routes are open for a case, and why (DOMAIN.md §3).

Since 2020 the routes are neither numbered nor ordered; this module only says
for each route whether it is open and gives the reasons in Dutch: for a closed
route *every* failing condition, for an open one what applies (e.g. that a PV
can only be drawn up against the parents).

Points decided here without a source (for the issue note): the Halt age 12-17
must hold on the first *and* the last day of the absence; parental consent is
needed when the young person is under 16 on the reference date `on` (the day of
the referral); the Halt hours use the age on the last day of the absence;
absolute absence closes Halt and a PV against the pupil (the duty to enrol is the
parents'); a failed Halt closes a new Halt referral; the civil route closes from
the 18th birthday (child-protection measures are for minors).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from lvs_desktop.models.rules.dates import age_on, birthday, format_date_nl
from lvs_desktop.models.rules.errors import HaltNotApplicable
from lvs_desktop.models.rules.halt import HALT_TABLE_2016, HaltTable, halt_hours
from lvs_desktop.models.rules.leerplicht import leerplicht_start
from lvs_desktop.models.rules.route_types import (
    DEFAULT_POLICY,
    REPORT_TYPES,
    ROUTE_LABELS,
    Route,
    RouteCheck,
    RouteFacts,
    RoutePolicy,
)

__all__ = [
    "REPORT_TYPES",
    "ROUTE_LABELS",
    "Route",
    "RouteCheck",
    "RouteFacts",
    "RoutePolicy",
    "check_route",
    "check_routes",
]


@dataclass(frozen=True)
class _Ages:
    at_start: int
    at_end: int
    on: int


def _ages(facts: RouteFacts, on: date) -> _Ages:
    return _Ages(
        at_start=age_on(facts.birth_date, facts.absence_start),
        at_end=age_on(facts.birth_date, facts.absence_end),
        on=age_on(facts.birth_date, max(on, facts.birth_date)),
    )


def _age_text(ages: _Ages) -> str:
    if ages.at_start == ages.at_end:
        return f"{ages.at_start} jaar op de verzuimdata"
    return f"{ages.at_start} tot {ages.at_end} jaar in de verzuimperiode"


def _voluntary(facts: RouteFacts, on: date, policy: RoutePolicy, table: HaltTable) -> RouteCheck:
    return RouteCheck(
        Route.VOLUNTARY_CARE,
        True,
        ("Altijd mogelijk; de eerste keus bij onderliggende problemen.",),
    )


def _halt_age_refusals(facts: RouteFacts, ages: _Ages, policy: RoutePolicy) -> list[str]:
    allowed = (
        f"Halt is voor jongeren van {policy.halt_min_age} tot en met {policy.halt_max_age} jaar"
    )
    too_young = ages.at_start < policy.halt_min_age
    too_old = ages.at_end > policy.halt_max_age
    if ages.at_start == ages.at_end and (too_young or too_old):
        return [f"Halt: de leerling was {ages.at_start} jaar op de verzuimdata; {allowed}."]
    refusals: list[str] = []
    if too_young:
        refusals.append(
            f"Halt: de leerling was {ages.at_start} jaar bij het begin van het verzuim "
            f"({format_date_nl(facts.absence_start)}); {allowed} op alle verzuimdata."
        )
    if too_old:
        refusals.append(
            f"Halt: de jongere was {ages.at_end} jaar aan het eind van het verzuim "
            f"({format_date_nl(facts.absence_end)}); {allowed} op alle verzuimdata."
        )
    return refusals


def _halt_refusals(facts: RouteFacts, on: date, ages: _Ages, policy: RoutePolicy) -> list[str]:
    closed: list[str] = []
    closed.extend(_halt_age_refusals(facts, ages, policy))
    if facts.report_type == "luxe":
        closed.append("Halt: luxe verzuim is altijd een zaak van de ouders, niet van de jongere.")
    if facts.report_type == "absolute":
        closed.append(
            "Halt: bij absoluut verzuim (niet ingeschreven) ligt de plicht tot inschrijven "
            "bij de ouders."
        )
    earlier = [(d, lp) for d, lp in facts.previous_halt_referrals if d <= on]
    for_leerplicht = sorted(d for d, lp in earlier if lp)
    if len(for_leerplicht) >= policy.halt_max_leerplicht_referrals:
        dates = ", ".join(format_date_nl(d) for d in for_leerplicht)
        closed.append(
            f"Halt: de jongere is al naar Halt verwezen voor schoolverzuim ({dates}); "
            f"dat kan maar {policy.halt_max_leerplicht_referrals} keer."
        )
    if len(earlier) >= policy.halt_max_referrals:
        closed.append(
            f"Halt: de jongere is al {len(earlier)} keer naar Halt verwezen "
            f"(maximaal {policy.halt_max_referrals} keer)."
        )
    if ages.on < policy.halt_consent_below_age and facts.parents_consent is not True:
        why = (
            "geven geen toestemming"
            if facts.parents_consent is False
            else ("hebben nog geen toestemming gegeven (niet vastgelegd)")
        )
        closed.append(
            f"Halt: de ouders {why}; die is nodig omdat de jongere {ages.on} jaar is "
            f"(jonger dan {policy.halt_consent_below_age})."
        )
    if facts.admits is None:
        closed.append("Halt: nog niet vastgelegd of de jongere het verzuim erkent.")
    elif not facts.admits:
        closed.append("Halt: de jongere erkent het verzuim niet.")
    if facts.structural or facts.report_type == "long_term_relative":
        closed.append(
            "Halt: Halt is voor beginnend verzuim, niet voor langdurig of structureel verzuim."
        )
    if facts.halt_failed:
        closed.append(
            "Halt: een eerdere Halt-afdoening is mislukt; de volgende stap is een proces-verbaal."
        )
    return closed


def _halt(facts: RouteFacts, on: date, policy: RoutePolicy, table: HaltTable) -> RouteCheck:
    ages = _ages(facts, on)
    closed = _halt_refusals(facts, on, ages, policy)
    if facts.hours_absent > table.max_absence_hours or facts.late_count > table.max_late_count:
        closed.append(
            f"Halt: {facts.hours_absent:g} uur verzuim en {facts.late_count} keer te laat valt "
            f"buiten de Halt-tabel (tot {table.max_absence_hours:g} uur of "
            f"{table.max_late_count} keer te laat)."
        )
    if closed:
        return RouteCheck(Route.HALT, False, tuple(closed))
    notes: list[str] = []
    if ages.on >= policy.halt_consent_below_age:
        notes.append(f"Toestemming van de ouders is niet nodig (de jongere is {ages.on} jaar).")
    earlier = [d for d, _ in facts.previous_halt_referrals if d <= on]
    try:
        hours = halt_hours(facts.hours_absent, facts.late_count, ages.at_end, earlier, on, table)
        notes.append(f"Halt-straf volgens de tabel: {hours.total} uur.")
    except HaltNotApplicable as exc:
        notes.append(f"Halt-uren nog niet te berekenen: {exc.message_nl}")
    return RouteCheck(Route.HALT, True, tuple(notes))


def _civil(facts: RouteFacts, on: date, policy: RoutePolicy, table: HaltTable) -> RouteCheck:
    ages = _ages(facts, on)
    closed: list[str] = []
    if ages.on >= policy.adult_age:
        closed.append(
            f"Civielrechtelijk: de jongere is {ages.on} jaar; kinderbeschermingsmaatregelen "
            "gelden alleen voor minderjarigen."
        )
    if not (facts.help_refused or facts.development_threatened):
        closed.append(
            "Civielrechtelijk: er is geen hulp geweigerd en niet vastgesteld dat de "
            "ontwikkeling van de jeugdige wordt bedreigd."
        )
    if closed:
        return RouteCheck(Route.CIVIL, False, tuple(closed))
    notes = ["Verzoek tot onderzoek aan de Raad voor de Kinderbescherming."]
    if facts.help_refused:
        notes.append("Grond: de hulp is geweigerd.")
    if facts.development_threatened:
        notes.append("Grond: de ontwikkeling van de jeugdige wordt bedreigd.")
    return RouteCheck(Route.CIVIL, True, tuple(notes))


def _criminal(facts: RouteFacts, on: date, policy: RoutePolicy, table: HaltTable) -> RouteCheck:
    ages = _ages(facts, on)
    birth = facts.birth_date
    duty_start = leerplicht_start(birth)
    turns_adult = birthday(birth, policy.adult_age)
    closed: list[str] = []
    if facts.report_type == "18_plus" or ages.at_start >= policy.adult_age:
        closed.append(
            f"Strafrechtelijk: de jongere was {_age_text(ages)}; bij 18-plusverzuim geldt geen "
            "leer- of kwalificatieplicht, dus er is geen strafbaar feit."
        )
    if facts.absence_end < duty_start:
        closed.append(
            "Strafrechtelijk: de leerling was op de verzuimdata nog niet leerplichtig "
            f"(leerplichtig vanaf {format_date_nl(duty_start)})."
        )
    if (
        facts.report_type == "luxe"
        and facts.luxe_first_offence
        and facts.luxe_days <= policy.luxe_warning_max_days
        and not facts.leave_refused
    ):
        closed.append(
            f"Strafrechtelijk: eerste keer luxe verzuim van ten hoogste "
            f"{policy.luxe_warning_max_days:g} schooldag: de ouders krijgen een waarschuwing, "
            "geen proces-verbaal."
        )
    if closed:
        return RouteCheck(Route.CRIMINAL, False, tuple(closed))

    notes: list[str] = []
    turns_12 = birthday(birth, policy.pupil_liable_from_age)
    if facts.report_type == "luxe":
        notes.append("PV alleen tegen de ouders: luxe verzuim is altijd een zaak van de ouders.")
    elif facts.report_type == "absolute":
        notes.append(
            "PV alleen tegen de ouders: bij absoluut verzuim ligt de plicht tot inschrijven "
            "bij de ouders."
        )
    elif ages.at_end < policy.pupil_liable_from_age:
        notes.append(
            f"PV alleen tegen de ouders: de leerling was jonger dan "
            f"{policy.pupil_liable_from_age} op de verzuimdata."
        )
    elif ages.at_start < policy.pupil_liable_from_age:
        notes.append(
            f"PV tegen de ouders; tegen de leerling alleen over het verzuim vanaf de "
            f"{policy.pupil_liable_from_age}e verjaardag ({format_date_nl(turns_12)})."
        )
    else:
        notes.append(f"PV tegen de ouders en/of de leerling ({_age_text(ages)}).")
    if facts.absence_start < duty_start:
        notes.append(
            "Alleen het verzuim vanaf het begin van de leerplicht "
            f"({format_date_nl(duty_start)}) is strafbaar."
        )
    if ages.at_end >= policy.adult_age:
        notes.append(
            f"Alleen het verzuim vóór de 18e verjaardag ({format_date_nl(turns_adult)}) "
            "is strafbaar."
        )
    if facts.halt_failed:
        notes.append("Halt is mislukt: een proces-verbaal is de volgende stap.")
    if facts.report_type == "luxe" and facts.leave_refused:
        notes.append(
            "Het verlof is geweigerd en toch genomen: volgens de OM-richtlijn volgt een "
            "proces-verbaal, ook bij een eerste keer."
        )
    return RouteCheck(Route.CRIMINAL, True, tuple(notes))


_Check = Callable[[RouteFacts, date, RoutePolicy, HaltTable], RouteCheck]

_CHECKS: Mapping[Route, _Check] = MappingProxyType(
    {
        Route.VOLUNTARY_CARE: _voluntary,
        Route.HALT: _halt,
        Route.CIVIL: _civil,
        Route.CRIMINAL: _criminal,
    }
)


def check_route(
    facts: RouteFacts,
    route: Route,
    on: date,
    policy: RoutePolicy = DEFAULT_POLICY,
    halt_table: HaltTable = HALT_TABLE_2016,
) -> RouteCheck:
    """Check one route on the reference date `on` (the day of the decision)."""
    return _CHECKS[route](facts, on, policy, halt_table)


def check_routes(
    facts: RouteFacts,
    on: date,
    policy: RoutePolicy = DEFAULT_POLICY,
    halt_table: HaltTable = HALT_TABLE_2016,
) -> tuple[RouteCheck, ...]:
    """Check all four routes, in the order of `Route`."""
    return tuple(check_route(facts, route, on, policy, halt_table) for route in Route)
