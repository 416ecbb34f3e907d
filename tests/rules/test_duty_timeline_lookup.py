"""The fast duty lookup (`DutyTimeline`, one timeline per youth, bisected) gives the same period
as `status_on` for any youth, terms and day: the thuiszitter count uses the fast path."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.models.rules.leerplicht import (
    DutyTimeline,
    LeerplichtTerms,
    YouthFacts,
    duty_timeline,
    status_on,
)

MANY = settings(max_examples=400, deadline=None)


@st.composite
def youths(draw: st.DrawFn) -> YouthFacts:
    born = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2026, 12, 31)))
    diploma = draw(
        st.none()
        | st.integers(min_value=0, max_value=30 * 366).map(lambda n: born + timedelta(days=n))
    )
    first_day = draw(
        st.none()
        | st.integers(min_value=4 * 366, max_value=8 * 366).map(lambda n: born + timedelta(days=n))
    )
    return YouthFacts(
        born,
        diploma,
        draw(st.booleans()),
        first_day,
        draw(st.integers(min_value=0, max_value=4)),
    )


terms = st.builds(
    LeerplichtTerms,
    full_year_latest_first_day=st.sampled_from([(9, 7), (8, 31), (10, 1), (12, 31)]),
    full_school_years=st.integers(min_value=8, max_value=14),
)


@MANY
@given(youths(), terms, st.dates(min_value=date(1985, 1, 1), max_value=date(2060, 12, 31)))
def test_the_lookup_is_status_on_for_any_day(
    facts: YouthFacts, rules: LeerplichtTerms, on: date
) -> None:
    assert DutyTimeline(facts, rules).period_on(on) == status_on(facts, on, rules)


@MANY
@given(youths(), terms, st.sampled_from([-1, 0, 1]))
def test_the_lookup_is_status_on_at_every_boundary(
    facts: YouthFacts, rules: LeerplichtTerms, shift: int
) -> None:
    """Around each period's first and last day (where an off-by-one would show)."""
    lookup = DutyTimeline(facts, rules)
    for period in duty_timeline(facts, rules):
        for edge in (period.since, period.until):
            if edge is not None:
                on = edge + timedelta(days=shift)
                assert lookup.period_on(on) == status_on(facts, on, rules)


def test_the_extremes_of_the_calendar() -> None:
    facts = YouthFacts(date(2012, 2, 29))
    lookup = DutyTimeline(facts)
    assert lookup.period_on(date.min) == status_on(facts, date.min)
    assert lookup.period_on(date(9999, 12, 31)) == status_on(facts, date(9999, 12, 31))
