"""Tests for BSN and postcode handling (through python-stdnum)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.nl import bsn

from lvs_desktop.models.rules.errors import InvalidIdentifier, RuleError
from lvs_desktop.models.rules.identifiers import (
    generate_bsn,
    is_valid_bsn,
    normalise_bsn,
    normalise_postcode,
    postal_line,
)


def test_valid_and_invalid_bsn() -> None:
    assert is_valid_bsn("111222333")
    assert not is_valid_bsn("123456789")
    assert not is_valid_bsn("abc")


def test_short_numbers_are_not_padded_into_valid_bsns() -> None:
    # stdnum alone would accept "12" as 000000012
    assert not is_valid_bsn("12")
    with pytest.raises(InvalidIdentifier, match="9 cijfers"):
        normalise_bsn("12")


def test_eight_digit_bsn_gets_a_leading_zero() -> None:
    assert is_valid_bsn("14105718")
    assert normalise_bsn("14105718") == "014105718"


def test_normalise_bsn_strips_separators() -> None:
    assert normalise_bsn(" 1112.22.333 ") == "111222333"


def test_invalid_bsn_explains_itself() -> None:
    with pytest.raises(InvalidIdentifier, match="elfproef") as info:
        normalise_bsn("123456789")
    assert isinstance(info.value, RuleError)
    with pytest.raises(InvalidIdentifier, match="9 cijfers"):
        normalise_bsn("12345")


@pytest.mark.parametrize(
    ("raw", "expected"), [("3311AB", "3311 AB"), ("3311 ab", "3311 AB"), ("NL-3311AB", "3311 AB")]
)
def test_postcode_formatting(raw: str, expected: str) -> None:
    assert normalise_postcode(raw) == expected


@pytest.mark.parametrize(("raw", "fragment"), [("0311AB", "geen postcode"), ("3311SS", "SS")])
def test_invalid_postcode_explains_itself(raw: str, fragment: str) -> None:
    with pytest.raises(InvalidIdentifier, match=fragment):
        normalise_postcode(raw)


def test_postal_line() -> None:
    assert postal_line("3311ab", "Dordrecht") == "3311 AB  DORDRECHT"
    assert postal_line("3311 AB", " Hendrik-Ido-Ambacht ") == "3311 AB  HENDRIK-IDO-AMBACHT"
    with pytest.raises(InvalidIdentifier, match="plaatsnaam"):
        postal_line("3311AB", "  ")


def test_generate_bsn_is_reproducible() -> None:
    assert generate_bsn(random.Random(7)) == generate_bsn(random.Random(7))


@settings(max_examples=200, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_generated_bsns_pass_stdnum(seed: int) -> None:
    number = generate_bsn(random.Random(seed))
    assert len(number) == 9 and number.isdigit()
    assert bsn.is_valid(number)
    assert normalise_bsn(number) == number
