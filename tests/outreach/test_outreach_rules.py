"""The outreach rules as properties: every step counts in exactly one school year, the current
step is the newest, and "positive" is one fixed set."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from lvs_desktop.models.rules import outreach as rules
from lvs_desktop.models.rules.dates import SchoolYear

days = st.integers(min_value=0, max_value=5 * 365)
steps = st.lists(
    st.tuples(st.sampled_from(rules.PHASES), days, st.sampled_from(rules.DESTINATIONS)),
    min_size=1,
    max_size=8,
)
START = date(2022, 3, 1)


def _made(raw: list[tuple[str, int, str]]) -> list[rules.Step]:
    return [
        rules.Step(p, START + timedelta(days=d), dest if p == rules.OUTFLOW else None)
        for p, d, dest in raw
    ]


@given(steps)
def test_every_step_counts_in_exactly_one_school_year(raw: list[tuple[str, int, str]]) -> None:
    made = _made(raw)
    years = [SchoolYear.starting_in(y) for y in range(2021, 2028)]
    counted = [s for y in years for s in rules.steps_in_year(made, y)]
    assert sorted(counted, key=repr) == sorted(made, key=repr)
    assert rules.positive_in_year(made, SchoolYear.of(made[0].taken_on)) == any(
        s.phase == rules.OUTFLOW
        and rules.is_positive(s.destination)
        and SchoolYear.of(s.taken_on) == SchoolYear.of(made[0].taken_on)
        for s in made
    )


@given(steps)
def test_the_current_step_is_the_newest(raw: list[tuple[str, int, str]]) -> None:
    made = _made(raw)
    now = rules.current(made)
    assert now is not None and now.taken_on == max(s.taken_on for s in made)


def test_a_phase_and_a_destination_go_together_only_at_the_outflow() -> None:
    assert rules.phase_problem("uitgestroomd", None) == "Bij 'uitgestroomd' hoort een bestemming."
    assert (
        rules.phase_problem("traject", "work") == "Een bestemming hoort alleen bij 'uitgestroomd'."
    )
    assert rules.phase_problem("uitgestroomd", "care") is None
    assert not rules.is_positive("care") and not rules.is_positive(None)


def test_consent_from_16_is_the_young_persons_own() -> None:
    born = date(2010, 5, 1)
    assert rules.consent_problem("guardian", born, date(2026, 4, 30)) is None  # 15
    assert rules.consent_problem("youth", born, date(2026, 4, 30)) is not None
    assert rules.consent_problem("youth", born, date(2026, 5, 1)) is None  # 16
    assert "zelf toestemming" in (rules.consent_problem("guardian", born, date(2026, 5, 1)) or "")
