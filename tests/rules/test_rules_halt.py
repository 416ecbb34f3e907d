"""Tests for the Halt hours table (OM 2016, DOMAIN.md §3)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.models.rules.errors import HaltNotApplicable, InvalidFacts, RuleError
from lvs_desktop.models.rules.halt import HALT_TABLE_2016, HaltTable, halt_hours

ON = date(2026, 3, 1)


def base_hours(hours_absent: float = 0, late_count: int = 0) -> int:
    """Halt hours for a 12-year-old without earlier referrals: the base value only."""
    return halt_hours(hours_absent, late_count, 12, [], ON).total


@pytest.mark.parametrize(
    ("hours", "expected"),
    [
        (0.5, 2),
        (10, 2),
        (10.5, 4),
        (11, 4),
        (20, 4),
        (21, 6),
        (30, 6),
        (31, 8),
        (40, 8),
        (41, 10),
        (50, 10),
        (51, 12),
        (60, 12),
    ],
)
def test_absence_rows(hours: float, expected: int) -> None:
    assert base_hours(hours_absent=hours) == expected


@pytest.mark.parametrize(
    ("late", "expected"), [(1, 2), (20, 2), (21, 4), (40, 4), (41, 6), (60, 6)]
)
def test_late_rows(late: int, expected: int) -> None:
    assert base_hours(late_count=late) == expected


def test_absence_and_lateness_take_the_larger_row_not_the_sum() -> None:
    result = halt_hours(12, 45, 12, [], ON)
    assert result.total == 6
    assert result.parts[0][0].startswith("Te laat: 45 keer")
    assert any("Niet opgeteld" in note for note in result.notes)


@pytest.mark.parametrize(("age", "extra"), [(12, 0), (13, 0), (14, 2), (15, 2), (16, 4), (17, 4)])
def test_age_surcharge(age: int, extra: int) -> None:
    assert halt_hours(5, 0, age, [], ON).total == 2 + extra


def test_repeat_within_two_years_adds_eight() -> None:
    result = halt_hours(5, 0, 12, [date(2024, 3, 1)], ON)
    assert result.total == 10
    assert result.parts[-1][0].startswith("Herhaling binnen 2 jaar")


def test_repeat_after_two_years_adds_four() -> None:
    result = halt_hours(5, 0, 12, [date(2020, 1, 1), date(2024, 2, 29)], ON)
    assert result.total == 6
    assert result.parts[-1][0].startswith("Herhaling na meer dan 2 jaar")


def test_referrals_after_the_reference_date_are_ignored() -> None:
    result = halt_hours(5, 0, 12, [date(2026, 6, 1)], ON)
    assert result.total == 2
    assert any("na de peildatum" in note for note in result.notes)


def test_cap_at_twenty() -> None:
    result = halt_hours(60, 0, 17, [date(2025, 1, 1)], ON)
    assert sum(hours for _, hours in result.parts) == 24
    assert result.total == 20
    assert result.capped


def test_parts_are_dutch_labels_with_hours() -> None:
    result = halt_hours(23, 0, 14, [], ON)
    assert result.parts == (
        ("Verzuim: 23 uur (tabelrij tot en met 30 uur)", 6),
        ("Leeftijd 14 jaar (14–15 jaar)", 2),
    )
    assert result.total == 8
    assert not result.capped


@pytest.mark.parametrize(
    ("hours", "late", "age", "fragment"),
    [
        (61, 0, 14, "61 uur verzuim valt buiten de Halt-tabel"),
        (0, 61, 14, "61 keer te laat valt buiten de Halt-tabel"),
        (5, 0, 11, "de jongere is 11 jaar"),
        (5, 0, 18, "de jongere is 18 jaar"),
        (0, 0, 14, "geen verzuimuren"),
    ],
)
def test_outside_the_table_is_refused_with_reason(
    hours: float, late: int, age: int, fragment: str
) -> None:
    with pytest.raises(HaltNotApplicable, match=fragment) as info:
        halt_hours(hours, late, age, [], ON)
    assert isinstance(info.value, RuleError)
    assert info.value.message_nl.startswith("Halt: ")


def test_all_problems_are_listed() -> None:
    with pytest.raises(HaltNotApplicable) as info:
        halt_hours(70, 70, 19, [], ON)
    message = info.value.message_nl
    assert "70 uur verzuim" in message
    assert "70 keer te laat" in message
    assert "19 jaar" in message


def test_negative_input_is_refused() -> None:
    with pytest.raises(InvalidFacts):
        halt_hours(-1, 0, 14, [], ON)


def test_table_is_data() -> None:
    newer = HaltTable(maximum_hours=16)
    assert halt_hours(60, 0, 17, [date(2025, 1, 1)], ON, newer).total == 16
    assert HALT_TABLE_2016.max_absence_hours == 60


@settings(max_examples=200, deadline=None)
@given(
    hours=st.floats(min_value=0, max_value=60, allow_nan=False),
    late=st.integers(min_value=0, max_value=60),
    age=st.integers(min_value=12, max_value=17),
    earlier=st.lists(st.dates(min_value=date(2015, 1, 1), max_value=ON), max_size=3),
)
def test_total_is_even_bounded_and_monotone_in_hours(
    hours: float, late: int, age: int, earlier: list[date]
) -> None:
    if hours == 0 and late == 0:
        return
    result = halt_hours(hours, late, age, earlier, ON)
    assert 2 <= result.total <= 20
    assert result.total % 2 == 0
    more = halt_hours(min(hours + 10, 60), late, age, earlier, ON)
    assert more.total >= result.total
