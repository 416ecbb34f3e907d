"""Tests for the calendar rules: ages, birthdays (29 February), school years, month steps."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.models.rules.dates import (
    SchoolYear,
    add_months,
    add_working_days,
    age_on,
    birthday,
    first_day_of_next_month,
    format_date_nl,
    last_day_of_month,
)
from lvs_desktop.models.rules.errors import InvalidFacts, RuleError

births = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
FAST = settings(max_examples=200, deadline=None)


class TestAge:
    def test_birthday_itself_counts_as_new_age(self) -> None:
        assert age_on(date(2010, 5, 17), date(2022, 5, 16)) == 11
        assert age_on(date(2010, 5, 17), date(2022, 5, 17)) == 12

    def test_leap_day_birth_ages_on_1_march_in_non_leap_year(self) -> None:
        born = date(2008, 2, 29)
        assert age_on(born, date(2026, 2, 28)) == 17
        assert age_on(born, date(2026, 3, 1)) == 18
        assert birthday(born, 18) == date(2026, 3, 1)

    def test_leap_day_birth_in_leap_year_is_29_february(self) -> None:
        born = date(2008, 2, 29)
        assert birthday(born, 4) == date(2012, 2, 29)
        assert age_on(born, date(2012, 2, 28)) == 3
        assert age_on(born, date(2012, 2, 29)) == 4

    def test_reference_date_before_birth_is_refused_in_dutch(self) -> None:
        with pytest.raises(InvalidFacts, match="ligt na de peildatum"):
            age_on(date(2020, 1, 1), date(2019, 12, 31))

    def test_negative_age_is_refused(self) -> None:
        with pytest.raises(RuleError):
            birthday(date(2020, 1, 1), -1)

    @FAST
    @given(born=births, years=st.integers(min_value=1, max_value=40))
    def test_age_increases_by_exactly_one_on_each_birthday(self, born: date, years: int) -> None:
        day = birthday(born, years)
        assert age_on(born, day) == years
        assert age_on(born, day - timedelta(days=1)) == years - 1

    @FAST
    @given(born=births, offset=st.integers(min_value=0, max_value=30 * 366))
    def test_age_never_decreases(self, born: date, offset: int) -> None:
        on = born + timedelta(days=offset)
        assert age_on(born, on) <= age_on(born, on + timedelta(days=1)) <= age_on(born, on) + 1


class TestSchoolYear:
    def test_31_july_closes_and_1_august_opens(self) -> None:
        assert SchoolYear.of(date(2025, 7, 31)).label == "2024-2025"
        assert SchoolYear.of(date(2025, 8, 1)).label == "2025-2026"

    def test_label_round_trip_and_neighbours(self) -> None:
        year = SchoolYear.from_label("2021-2022")
        assert year == SchoolYear(date(2021, 8, 1), date(2022, 7, 31))
        assert year.previous().label == "2020-2021"
        assert year.next().label == "2022-2023"
        assert SchoolYear.from_label("2021/2022") == year
        assert str(year) == "2021-2022"

    def test_contains_both_ends(self) -> None:
        year = SchoolYear.from_label("2025-2026")
        assert year.contains(date(2025, 8, 1))
        assert year.contains(date(2026, 7, 31))
        assert not year.contains(date(2026, 8, 1))
        assert not year.contains(date(2025, 7, 31))

    @pytest.mark.parametrize("label", ["2021-2023", "2021", "abcd-efgh", "2022-2021"])
    def test_bad_labels_are_refused(self, label: str) -> None:
        with pytest.raises(InvalidFacts, match="geen schooljaar"):
            SchoolYear.from_label(label)

    def test_wrong_bounds_are_refused(self) -> None:
        with pytest.raises(InvalidFacts, match="1 augustus tot en met 31 juli"):
            SchoolYear(date(2025, 9, 1), date(2026, 7, 31))

    @FAST
    @given(d=st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
    def test_every_date_is_in_its_school_year(self, d: date) -> None:
        year = SchoolYear.of(d)
        assert year.contains(d)
        assert not year.previous().contains(d)
        assert SchoolYear.from_label(year.label) == year


class TestMonthsAndWorkingDays:
    @pytest.mark.parametrize(
        ("d", "expected"),
        [
            (date(2025, 3, 15), date(2025, 4, 1)),
            (date(2025, 4, 1), date(2025, 5, 1)),
            (date(2025, 12, 31), date(2026, 1, 1)),
            (date(2024, 2, 29), date(2024, 3, 1)),
        ],
    )
    def test_first_day_of_next_month(self, d: date, expected: date) -> None:
        assert first_day_of_next_month(d) == expected

    @pytest.mark.parametrize(
        ("d", "n", "expected"),
        [
            (date(2025, 1, 31), 1, date(2025, 2, 28)),
            (date(2024, 1, 31), 1, date(2024, 2, 29)),
            (date(2025, 5, 31), -1, date(2025, 4, 30)),
            (date(2025, 11, 30), 3, date(2026, 2, 28)),
            (date(2025, 3, 15), 0, date(2025, 3, 15)),
            (date(2025, 3, 15), -15, date(2023, 12, 15)),
        ],
    )
    def test_add_months_clamps_to_month_end(self, d: date, n: int, expected: date) -> None:
        assert add_months(d, n) == expected

    def test_last_day_of_month(self) -> None:
        assert last_day_of_month(date(2024, 2, 3)) == date(2024, 2, 29)

    def test_working_days_skip_weekends(self) -> None:
        friday = date(2025, 11, 28)
        assert add_working_days(friday, 1) == date(2025, 12, 1)
        assert add_working_days(friday, 10) == date(2025, 12, 12)
        assert add_working_days(friday, 0) == friday
        assert add_working_days(date(2025, 12, 1), -1) == friday

    def test_working_days_skip_given_holidays(self) -> None:
        christmas = {date(2025, 12, 25), date(2025, 12, 26)}
        assert add_working_days(date(2025, 12, 24), 1, christmas) == date(2025, 12, 29)

    @FAST
    @given(d=births, n=st.integers(min_value=0, max_value=60))
    def test_working_days_land_on_a_weekday(self, d: date, n: int) -> None:
        result = add_working_days(d, n)
        assert result >= d
        if n:
            assert result.weekday() < 5

    def test_dutch_date(self) -> None:
        assert format_date_nl(date(2026, 11, 28)) == "28 november 2026"
        assert format_date_nl(date(2025, 3, 1)) == "1 maart 2025"
