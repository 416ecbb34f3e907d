"""Tests for who is liable on an offence date (pupil from 12, parents under 18)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.models.rules.dates import birthday
from lvs_desktop.models.rules.errors import InvalidFacts
from lvs_desktop.models.rules.liability import (
    liability_reason,
    parents_liable,
    pupil_liable,
    pupil_liable_from,
)

BORN = date(2013, 3, 10)


def test_pupil_liable_from_the_12th_birthday() -> None:
    assert not pupil_liable(BORN, date(2025, 3, 9))
    assert pupil_liable(BORN, date(2025, 3, 10))
    assert pupil_liable_from(BORN) == date(2025, 3, 10)


def test_leap_day_pupil_liable_on_1_march() -> None:
    born = date(2012, 2, 29)
    assert not pupil_liable(born, date(2024, 2, 28))
    assert pupil_liable(born, date(2024, 2, 29))  # 2024 is a leap year
    assert pupil_liable_from(date(2008, 2, 29)) == date(2020, 2, 29)
    assert pupil_liable_from(date(2004, 2, 29)) == date(2016, 2, 29)
    assert pupil_liable_from(date(2000, 2, 29)) == date(2012, 2, 29)
    assert pupil_liable_from(date(2016, 2, 29)) == date(2028, 2, 29)
    assert pupil_liable_from(date(2013, 3, 1)) == date(2025, 3, 1)


def test_nobody_liable_from_18() -> None:
    assert parents_liable(BORN, date(2031, 3, 9))
    assert not parents_liable(BORN, date(2031, 3, 10))
    assert not pupil_liable(BORN, date(2031, 3, 10))


def test_reason_under_12() -> None:
    text = liability_reason(BORN, date(2024, 11, 1))
    assert text.startswith("De leerling was 11 jaar op 1 november 2024: alleen de ouders")


def test_reason_from_12() -> None:
    text = liability_reason(BORN, date(2025, 11, 1))
    assert "was 12 jaar op 1 november 2025 en kan zelf worden vervolgd" in text


def test_reason_when_turning_12_during_the_period() -> None:
    text = liability_reason(BORN, date(2025, 3, 1), date(2025, 3, 20))
    assert "werd 12 jaar op 10 maart 2025, tijdens de verzuimperiode" in text


def test_reason_when_turning_18_during_the_period() -> None:
    text = liability_reason(BORN, date(2031, 3, 1), date(2031, 3, 20))
    assert "werd 18 jaar op 10 maart 2031" in text


def test_reason_for_an_adult() -> None:
    assert "niemand is strafbaar" in liability_reason(BORN, date(2031, 4, 1))


def test_period_end_before_start_is_refused() -> None:
    with pytest.raises(InvalidFacts):
        liability_reason(BORN, date(2025, 3, 1), date(2025, 2, 1))


@settings(max_examples=200, deadline=None)
@given(born=st.dates(min_value=date(1995, 1, 1), max_value=date(2020, 12, 31)))
def test_liability_switches_exactly_on_the_12th_birthday(born: date) -> None:
    day = birthday(born, 12)
    assert pupil_liable(born, day)
    assert not pupil_liable(born, day - timedelta(days=1))
