"""Dutch forms: dates, names, salutations, address lines."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lvs_desktop.letters import dutch
from lvs_desktop.letters.dutch import Gender
from lvs_desktop.letters.facts import Address, Person, Recipient, RecipientRole
from lvs_desktop.models.rules.dates import MONTHS_NL


def person(
    surname: str, prefix: str = "", gender: Gender = Gender.UNKNOWN, given: str = ""
) -> Person:
    return Person(given_names=given, surname_prefix=prefix, surname=surname, gender=gender)


def test_dutch_date_and_time() -> None:
    assert dutch.dutch_date(date(2026, 11, 28)) == "28 november 2026"
    assert dutch.dutch_date(date(2027, 3, 1)) == "1 maart 2027"
    assert (
        dutch.dutch_datetime(datetime(2026, 12, 7, 10, 30))
        == "maandag 7 december 2026 om 10.30 uur"
    )
    assert dutch.numeric_date(date(2026, 1, 5)) == "05-01-2026"
    assert dutch.period_text(date(2026, 10, 5), date(2026, 10, 30)) == (
        "van 5 oktober 2026 tot en met 30 oktober 2026"
    )
    assert dutch.period_text(date(2026, 10, 5), date(2026, 10, 5)) == "op 5 oktober 2026"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dutch_date_is_day_month_year(d: date) -> None:
    day, month, year = dutch.dutch_date(d).split(" ")
    assert (int(day), MONTHS_NL.index(month) + 1, int(year)) == (d.day, d.month, d.year)


def test_numbers_and_hours() -> None:
    assert dutch.hours_text(16) == "16 uur"
    assert dutch.hours_text(12.5) == "12,5 uur"
    assert dutch.hours_text(12.0) == "12 uur"
    assert dutch.hours_text(12.75) == "12,75 uur"
    assert dutch.dutch_number(1 / 3) == "0,33"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Anna Maria", "A.M."),
        ("Jan-Peter", "J.P."),
        ("IJsbrand", "IJ."),
        ("  daan ", "D."),
        ("", ""),
    ],
)
def test_initials(given: str, expected: str) -> None:
    assert dutch.initials(given) == expected


@pytest.mark.parametrize(
    ("people", "informal", "expected"),
    [
        ([person("Jansen", gender=Gender.MALE)], False, "Geachte heer Jansen,"),
        ([person("Vries", "de", Gender.FEMALE)], False, "Geachte mevrouw De Vries,"),
        ([person("Hart", "'t", Gender.FEMALE)], False, "Geachte mevrouw 't Hart,"),
        ([person("Berg", "van den", Gender.MALE)], False, "Geachte heer Van den Berg,"),
        (
            [person("Vries", "de", Gender.UNKNOWN, "Anna Maria")],
            False,
            "Geachte heer/mevrouw A.M. de Vries,",
        ),
        ([], False, "Geachte ouder/verzorger,"),
        (
            [person("Jansen", gender=Gender.MALE), person("Jansen", gender=Gender.FEMALE)],
            False,
            "Geachte heer en mevrouw Jansen,",
        ),
        (
            [person("Jansen", gender=Gender.MALE), person("Vries", "de", Gender.FEMALE)],
            False,
            "Geachte heer Jansen en mevrouw De Vries,",
        ),
        ([person("Berg", "van den", Gender.MALE, "Daan Pieter")], True, "Beste Daan,"),
    ],
)
def test_salutation(people: list[Person], informal: bool, expected: str) -> None:
    assert dutch.salutation(people, informal=informal) == expected


def test_address_name_lines_keep_the_prefix_in_lower_case_after_initials() -> None:
    assert person("Vries", "de", Gender.FEMALE, "Bea").address_line == "Mevrouw B. de Vries"
    assert person("Jansen", "", Gender.MALE, "Kees Jan").address_line == "De heer K.J. Jansen"
    assert person("Jansen", "", Gender.UNKNOWN, "Kees").address_line == "K. Jansen"
    assert person("Vries", "de", Gender.FEMALE).title_name == "mevrouw De Vries"


def test_postal_line_and_address_lines() -> None:
    address = Address(street="Vrieseweg", house_number="41a", postcode="3311nw", city="dordrecht")
    assert address.postal_line == "3311 NW  DORDRECHT"
    assert address.lines == ("Vrieseweg 41a", "3311 NW  DORDRECHT")
    abroad = Address(
        street="Rue X", house_number="3", postcode="B-2000", city="Antwerpen", country="België"
    )
    assert abroad.lines == ("Rue X 3", "B-2000  ANTWERPEN", "BELGIË")


def test_recipient_lines_for_a_pupil_have_no_title() -> None:
    pupil = Person(given_names="Daan", surname_prefix="van den", surname="Berg", gender=Gender.MALE)
    r = Recipient(role=RecipientRole.PUPIL, people=(pupil,))
    assert r.name_lines == ("Daan van den Berg",)
    assert r.salutation == "Beste Daan,"
    adult = Recipient(role=RecipientRole.YOUNG_ADULT, people=(pupil,))
    assert adult.name_lines == ("De heer D. van den Berg",)
    assert adult.salutation == "Geachte heer Van den Berg,"


@pytest.mark.parametrize(
    ("code", "gender"),
    [
        ("m", Gender.MALE),
        ("v", Gender.FEMALE),
        ("F", Gender.FEMALE),
        ("x", Gender.UNKNOWN),
        (None, Gender.UNKNOWN),
    ],
)
def test_gender_codes(code: str | None, gender: Gender) -> None:
    assert Gender.parse(code) is gender
