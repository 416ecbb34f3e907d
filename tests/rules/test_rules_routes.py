"""Tests for the MAS route checks: every refusal with its Dutch reason (DOMAIN.md §3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.models.rules.routes import (
    REPORT_TYPES,
    ROUTE_LABELS,
    Route,
    RouteFacts,
    RoutePolicy,
    check_route,
    check_routes,
)

ON = date(2026, 3, 2)


def make_case(age: int = 14, **overrides: Any) -> RouteFacts:
    """A case that passes every Halt condition, for a pupil of `age` on the absence."""
    birth = date(2026 - age - 1, 6, 15)
    facts = RouteFacts(
        birth_date=birth,
        absence_start=date(2026, 1, 12),
        absence_end=date(2026, 2, 6),
        report_type="16_hours",
        hours_absent=18,
        parents_consent=True,
        admits=True,
    )
    return replace(facts, **overrides)


def reasons(facts: RouteFacts, route: Route, on: date = ON) -> str:
    return " | ".join(check_route(facts, route, on).reasons)


class TestGeneral:
    def test_all_routes_in_order_with_labels(self) -> None:
        checks = check_routes(make_case(), ON)
        assert [c.route for c in checks] == list(Route)
        assert checks[0].label == "Vrijwillige hulp"
        assert ROUTE_LABELS[Route.CRIMINAL] == "Strafrechtelijk (proces-verbaal)"
        assert ROUTE_LABELS[Route.CIVIL] == "Civielrechtelijk (Raad voor de Kinderbescherming)"

    def test_voluntary_care_is_always_open(self) -> None:
        for facts in (make_case(), make_case(age=8, report_type="luxe")):
            assert check_route(facts, Route.VOLUNTARY_CARE, ON).open

    def test_unknown_report_type_is_refused(self) -> None:
        with pytest.raises(InvalidFacts, match="Onbekend soort melding"):
            make_case(report_type="truancy")
        assert set(REPORT_TYPES) >= {"16_hours", "luxe", "absolute", "18_plus"}

    def test_end_before_start_is_refused(self) -> None:
        with pytest.raises(InvalidFacts, match="vóór het begin"):
            make_case(absence_end=date(2026, 1, 1))


class TestHalt:
    def test_open_with_the_table_hours(self) -> None:
        check = check_route(make_case(), Route.HALT, ON)
        assert check.open
        assert "Halt-straf volgens de tabel: 6 uur." in check.reasons

    def test_eleven_year_old(self) -> None:
        check = check_route(make_case(age=11), Route.HALT, ON)
        assert not check.open
        assert "Halt: de leerling was 11 jaar op de verzuimdata" in check.reasons[0]

    def test_turned_twelve_during_the_absence(self) -> None:
        facts = make_case(birth_date=date(2014, 1, 20))
        assert "11 jaar bij het begin van het verzuim (12 januari 2026)" in reasons(
            facts, Route.HALT
        )

    def test_turned_eighteen_during_the_absence(self) -> None:
        facts = make_case(birth_date=date(2008, 1, 20))
        assert "18 jaar aan het eind van het verzuim" in reasons(facts, Route.HALT)

    def test_only_once_for_leerplicht(self) -> None:
        facts = make_case(previous_halt_referrals=((date(2025, 5, 1), True),))
        assert "al naar Halt verwezen voor schoolverzuim (1 mei 2025)" in reasons(facts, Route.HALT)

    def test_other_halt_referrals_count_towards_three(self) -> None:
        one = make_case(previous_halt_referrals=((date(2025, 5, 1), False),))
        assert check_route(one, Route.HALT, ON).open
        three = make_case(
            previous_halt_referrals=tuple((date(2024, m, 1), False) for m in (1, 2, 3))
        )
        assert "al 3 keer naar Halt verwezen (maximaal 3 keer)" in reasons(three, Route.HALT)

    @pytest.mark.parametrize(
        ("consent", "fragment"),
        [(None, "nog geen toestemming gegeven"), (False, "geven geen toestemming")],
    )
    def test_consent_needed_under_16(self, consent: bool | None, fragment: str) -> None:
        assert fragment in reasons(make_case(age=15, parents_consent=consent), Route.HALT)

    def test_no_consent_needed_from_16(self) -> None:
        check = check_route(make_case(age=16, parents_consent=None), Route.HALT, ON)
        assert check.open
        assert any("niet nodig" in r for r in check.reasons)

    @pytest.mark.parametrize(
        ("admits", "fragment"),
        [(None, "nog niet vastgelegd of de jongere"), (False, "erkent het verzuim niet")],
    )
    def test_must_admit(self, admits: bool | None, fragment: str) -> None:
        assert fragment in reasons(make_case(admits=admits), Route.HALT)

    @pytest.mark.parametrize(
        "overrides", [{"structural": True}, {"report_type": "long_term_relative"}]
    )
    def test_not_for_structural_absence(self, overrides: dict[str, Any]) -> None:
        assert "niet voor langdurig of structureel verzuim" in reasons(
            make_case(**overrides), Route.HALT
        )

    @pytest.mark.parametrize(
        ("overrides", "fragment"),
        [
            ({"hours_absent": 61}, "61 uur verzuim"),
            ({"late_count": 61}, "61 keer te laat"),
        ],
    )
    def test_within_the_table(self, overrides: dict[str, Any], fragment: str) -> None:
        text = reasons(make_case(**overrides), Route.HALT)
        assert fragment in text and "buiten de Halt-tabel" in text

    def test_not_for_luxe(self) -> None:
        assert "luxe verzuim is altijd een zaak van de ouders" in reasons(
            make_case(report_type="luxe"), Route.HALT
        )

    def test_not_for_absolute_absence(self) -> None:
        assert "absoluut verzuim" in reasons(make_case(report_type="absolute"), Route.HALT)

    def test_not_after_a_failed_halt(self) -> None:
        assert "Halt-afdoening is mislukt" in reasons(make_case(halt_failed=True), Route.HALT)

    def test_every_failing_condition_is_listed(self) -> None:
        facts = make_case(
            age=11,
            report_type="luxe",
            parents_consent=False,
            admits=False,
            structural=True,
            hours_absent=80,
        )
        check = check_route(facts, Route.HALT, ON)
        assert not check.open
        assert len(check.reasons) == 6
        assert all(r.startswith("Halt: ") for r in check.reasons)

    def test_policy_is_a_setting(self) -> None:
        strict = RoutePolicy(halt_consent_below_age=18)
        check = check_route(make_case(age=16, parents_consent=None), Route.HALT, ON, strict)
        assert not check.open


class TestCivil:
    def test_closed_without_grounds(self) -> None:
        check = check_route(make_case(), Route.CIVIL, ON)
        assert not check.open
        assert "geen hulp geweigerd" in check.reasons[0]

    @pytest.mark.parametrize("field", ["help_refused", "development_threatened"])
    def test_open_on_either_ground(self, field: str) -> None:
        check = check_route(make_case(**{field: True}), Route.CIVIL, ON)
        assert check.open
        assert any(r.startswith("Grond:") for r in check.reasons)

    def test_closed_for_adults(self) -> None:
        facts = make_case(birth_date=date(2008, 1, 1), help_refused=True)
        assert "alleen voor minderjarigen" in reasons(facts, Route.CIVIL)


class TestCriminal:
    def test_parents_only_under_twelve(self) -> None:
        check = check_route(make_case(age=10), Route.CRIMINAL, ON)
        assert check.open
        assert (
            "PV alleen tegen de ouders: de leerling was jonger dan 12 op de verzuimdata."
            in check.reasons
        )

    def test_pupil_from_twelve(self) -> None:
        assert "PV tegen de ouders en/of de leerling" in reasons(make_case(age=13), Route.CRIMINAL)

    def test_turned_twelve_during_the_absence(self) -> None:
        facts = make_case(birth_date=date(2014, 1, 20))
        assert "vanaf de 12e verjaardag (20 januari 2026)" in reasons(facts, Route.CRIMINAL)

    def test_luxe_against_parents_only(self) -> None:
        check = check_route(make_case(age=14, report_type="luxe", luxe_days=3), Route.CRIMINAL, ON)
        assert check.open
        assert "luxe verzuim is altijd een zaak van de ouders" in check.reasons[0]

    def test_first_luxe_offence_of_one_day_gets_a_warning(self) -> None:
        facts = make_case(report_type="luxe", luxe_first_offence=True, luxe_days=1)
        check = check_route(facts, Route.CRIMINAL, ON)
        assert not check.open
        assert "waarschuwing, geen proces-verbaal" in check.reasons[0]

    def test_first_luxe_offence_of_more_days_is_a_pv(self) -> None:
        facts = make_case(report_type="luxe", luxe_first_offence=True, luxe_days=2)
        assert check_route(facts, Route.CRIMINAL, ON).open

    def test_failed_halt_leads_to_pv(self) -> None:
        check = check_route(make_case(halt_failed=True), Route.CRIMINAL, ON)
        assert check.open
        assert "Halt is mislukt: een proces-verbaal is de volgende stap." in check.reasons

    def test_no_offence_for_18_plus(self) -> None:
        facts = make_case(birth_date=date(2006, 1, 1), report_type="18_plus")
        assert "geen strafbaar feit" in reasons(facts, Route.CRIMINAL)

    def test_no_offence_before_leerplicht(self) -> None:
        facts = make_case(birth_date=date(2021, 3, 15))
        assert "nog niet leerplichtig" in reasons(facts, Route.CRIMINAL)

    def test_eighteenth_birthday_during_the_absence(self) -> None:
        facts = make_case(birth_date=date(2008, 1, 20))
        assert "vóór de 18e verjaardag (20 januari 2026)" in reasons(facts, Route.CRIMINAL)
