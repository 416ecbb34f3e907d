"""The vocabulary of the MAS routes: route codes, report types, the facts of a case,
the OM conditions as settings (`RoutePolicy`) and the result of a check (`RouteCheck`).

The checks themselves live in `routes.py`, which re-exports everything here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from lvs_desktop.models.rules.errors import InvalidFacts

__all__ = [
    "DEFAULT_POLICY",
    "REPORT_TYPES",
    "ROUTE_LABELS",
    "Route",
    "RouteCheck",
    "RouteFacts",
    "RoutePolicy",
]


class Route(StrEnum):
    """The four MAS routes."""

    VOLUNTARY_CARE = "voluntary_care"
    HALT = "halt"
    CIVIL = "civil"
    CRIMINAL = "criminal"


ROUTE_LABELS: Mapping[Route, str] = MappingProxyType(
    {
        Route.VOLUNTARY_CARE: "Vrijwillige hulp",
        Route.HALT: "Halt",
        Route.CIVIL: "Civielrechtelijk (Raad voor de Kinderbescherming)",
        Route.CRIMINAL: "Strafrechtelijk (proces-verbaal)",
    }
)

#: Report type codes (as `RouteFacts.report_type`) and their Dutch names.
REPORT_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "16_hours": "16 uur in 4 weken",
        "long_term_relative": "langdurig relatief verzuim",
        "luxe": "luxe verzuim",
        "other": "overig verzuim",
        "18_plus": "18-plusverzuim",
        "absolute": "absoluut verzuim",
    }
)


@dataclass(frozen=True)
class RoutePolicy:
    """The OM conditions for the routes; defaults follow DOMAIN.md §3."""

    halt_min_age: int = 12
    halt_max_age: int = 17
    halt_consent_below_age: int = 16
    halt_max_referrals: int = 3
    halt_max_leerplicht_referrals: int = 1
    luxe_warning_max_days: float = 1.0
    pupil_liable_from_age: int = 12
    adult_age: int = 18


DEFAULT_POLICY = RoutePolicy()


@dataclass(frozen=True)
class RouteFacts:
    """The facts of one case that decide which routes are open.

    `previous_halt_referrals` holds (date, for_leerplicht) for every earlier Halt
    referral; `None` in `parents_consent`/`admits` means "not yet recorded".
    """

    birth_date: date
    absence_start: date
    absence_end: date
    report_type: str
    hours_absent: float = 0
    late_count: int = 0
    previous_halt_referrals: tuple[tuple[date, bool], ...] = ()
    parents_consent: bool | None = None
    admits: bool | None = None
    structural: bool = False
    help_refused: bool = False
    development_threatened: bool = False
    halt_failed: bool = False
    luxe_first_offence: bool = False
    luxe_days: float = 0
    #: leave (art. 11g/14, 13a) was refused for this period and taken anyway [OM]: a PV
    leave_refused: bool = False

    def __post_init__(self) -> None:
        if self.report_type not in REPORT_TYPES:
            known = ", ".join(REPORT_TYPES)
            raise InvalidFacts(f"Onbekend soort melding '{self.report_type}' (bekend: {known}).")
        if self.absence_end < self.absence_start:
            raise InvalidFacts("Het einde van het verzuim ligt vóór het begin.")
        if self.absence_start < self.birth_date:
            raise InvalidFacts("Het verzuim begint vóór de geboortedatum.")
        if self.hours_absent < 0 or self.late_count < 0 or self.luxe_days < 0:
            raise InvalidFacts("Uren, dagen en keren te laat kunnen niet negatief zijn.")


@dataclass(frozen=True)
class RouteCheck:
    """Whether a route is open, with the Dutch reasons (why closed, or what applies)."""

    route: Route
    open: bool
    reasons: tuple[str, ...]

    @property
    def label(self) -> str:
        """The Dutch name of the route."""
        return ROUTE_LABELS[self.route]
