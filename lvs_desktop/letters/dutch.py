"""Dutch forms for letters: dates, times, numbers, names, titles, salutations, postal lines.

Pure functions over plain values; no ReportLab, no Qt. A surname prefix ("de", "van der") is
written in lower case after a given name or initials ("A. de Vries") and capitalised when it
opens the name ("mevrouw De Vries"), as Dutch usage has it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from lvs_desktop.models.rules.dates import format_date_nl
from lvs_desktop.models.rules.errors import InvalidIdentifier
from lvs_desktop.models.rules.identifiers import postal_line as _rules_postal_line

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


class Gender(StrEnum):
    """The gender as a letter needs it: for the title and the pronouns."""

    MALE = "m"
    FEMALE = "v"
    UNKNOWN = "x"

    @classmethod
    def parse(cls, value: str | None) -> Gender:
        """Read the codes the vault and imports use ("m", "v", "f", "man", "vrouw", …)."""
        v = (value or "").strip().lower()
        if v in {"m", "man", "male", "jongen"}:
            return cls.MALE
        if v in {"v", "f", "vrouw", "female", "meisje"}:
            return cls.FEMALE
        return cls.UNKNOWN


class NamedPerson(Protocol):
    """What the name functions need of a person."""

    @property
    def given_names(self) -> str: ...
    @property
    def surname_prefix(self) -> str: ...
    @property
    def surname(self) -> str: ...
    @property
    def gender(self) -> Gender: ...
    @property
    def initials(self) -> str: ...


# --- dates, times, numbers ------------------------------------------------------------------


def dutch_date(d: date) -> str:
    """28 november 2026 (the rules package's form)."""
    return format_date_nl(d)


def dutch_weekday_date(d: date) -> str:
    """Maandag gets no capital inside a sentence: "maandag 7 december 2026"."""
    return f"{WEEKDAYS[d.weekday()]} {dutch_date(d)}"


def dutch_time(t: time | datetime) -> str:
    """10.30 uur (the Dutch government style uses a full stop)."""
    return f"{t.hour:02d}.{t.minute:02d} uur"


def dutch_datetime(dt: datetime) -> str:
    """maandag 7 december 2026 om 10.30 uur."""
    return f"{dutch_weekday_date(dt.date())} om {dutch_time(dt)}"


def numeric_date(d: date) -> str:
    """28-11-2026, for tables."""
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def dutch_number(value: float | int | Decimal, max_decimals: int = 2) -> str:
    """12,5 and 16 and 12,75 (lesson hours of 45 minutes): a decimal comma, no trailing zeros."""
    text = f"{float(value):.{max_decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def hours_text(value: float | int | Decimal) -> str:
    """16 uur, 12,5 uur (uur is both singular and plural after a number)."""
    return f"{dutch_number(value)} uur"


def period_text(start: date, end: date) -> str:
    """van 2 november 2026 tot en met 27 november 2026 (or one day: op 2 november 2026)."""
    if start == end:
        return f"op {dutch_date(start)}"
    return f"van {dutch_date(start)} tot en met {dutch_date(end)}"


# --- names ----------------------------------------------------------------------------------

_SPLIT_NAMES = re.compile(r"[\s\-]+")


def initials(given_names: str) -> str:
    """Anna Maria → A.M.; Jan-Peter → J.P.; IJsbrand → IJ. (the Dutch digraph stays together)."""
    out = []
    for name in _SPLIT_NAMES.split(given_names.strip()):
        if not name:
            continue
        if name[:2].upper() == "IJ" and len(name) > 2:
            out.append("IJ.")
        else:
            out.append(name[0].upper() + ".")
    return "".join(out)


def capitalise_prefix(prefix: str) -> str:
    """van der → Van der; 't → 't (an apostrophe form keeps its lower case)."""
    p = prefix.strip()
    if not p or p.startswith("'"):
        return p
    return p[0].upper() + p[1:]


def surname_full(prefix: str, surname: str, *, opening: bool = False) -> str:
    """de Vries inside a name, De Vries when the surname opens it (after a title)."""
    p = capitalise_prefix(prefix) if opening else prefix.strip()
    return f"{p} {surname.strip()}".strip()


def title_of(gender: Gender) -> str:
    """heer, mevrouw, or heer/mevrouw when unknown."""
    return {Gender.MALE: "heer", Gender.FEMALE: "mevrouw"}.get(gender, "heer/mevrouw")


def formal_name(person: NamedPerson) -> str:
    """A. de Vries: initials and surname (the form for address lines and signatures)."""
    ini = person.initials or initials(person.given_names)
    return f"{ini} {surname_full(person.surname_prefix, person.surname)}".strip()


def address_name_line(person: NamedPerson) -> str:
    """De heer A. Jansen / Mevrouw B. de Vries / A.B. Jansen (no guessed title)."""
    name = formal_name(person)
    if person.gender is Gender.MALE:
        return f"De heer {name}"
    if person.gender is Gender.FEMALE:
        return f"Mevrouw {name}"
    return name


def _salutation_name(person: NamedPerson) -> str:
    """heer Jansen / mevrouw De Vries / heer/mevrouw A. de Vries."""
    if person.gender is Gender.UNKNOWN:
        return f"heer/mevrouw {formal_name(person)}"
    surname = surname_full(person.surname_prefix, person.surname, opening=True)
    return f"{title_of(person.gender)} {surname}"


def salutation(people: Sequence[NamedPerson], *, informal: bool = False) -> str:
    """The opening line with its comma.

    One person: "Geachte heer Jansen,"; two with one surname: "Geachte heer en mevrouw Jansen,";
    two names: "Geachte heer Jansen en mevrouw De Vries,"; nobody known: "Geachte ouder/verzorger,";
    `informal` (a pupil under 18): "Beste Daan,".
    """
    if not people:
        return "Geachte ouder/verzorger,"
    if informal:
        names = [call_name(p.given_names) or p.surname for p in people]
        return f"Beste {' en '.join(names)},"
    if len(people) == 2:
        a, b = people
        same_name = (a.surname_prefix.lower(), a.surname) == (b.surname_prefix.lower(), b.surname)
        genders = {a.gender, b.gender}
        if same_name and genders == {Gender.MALE, Gender.FEMALE}:
            surname = surname_full(a.surname_prefix, a.surname, opening=True)
            return f"Geachte heer en mevrouw {surname},"
    return "Geachte " + " en ".join(_salutation_name(p) for p in people) + ","


def call_name(given_names: str) -> str:
    """The first given name, used as the call name: "Daan" of "Daan Pieter"."""
    parts = given_names.split()
    return parts[0] if parts else ""


def full_name(given_names: str, prefix: str, surname: str) -> str:
    """Daan van den Berg."""
    return " ".join(p for p in (given_names.strip(), prefix.strip(), surname.strip()) if p)


# --- addresses ------------------------------------------------------------------------------

_POSTCODE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})\s*$")


def normalise_postcode(postcode: str) -> str:
    """3311ab → 3311 AB; anything that is not a Dutch postcode is returned trimmed."""
    m = _POSTCODE.match(postcode)
    return f"{m.group(1)} {m.group(2).upper()}" if m else postcode.strip()


def postal_line(postcode: str, city: str) -> str:
    """3311 AB  DORDRECHT: one space inside the postcode, two before the place, place in capitals.

    The rules package defines the form; a postcode it rejects (a foreign one, a typo the
    requirement check reports) is written as given, so that a PV draft still shows it.
    """
    try:
        return _rules_postal_line(postcode, city)
    except InvalidIdentifier:
        return f"{normalise_postcode(postcode)}  {' '.join(city.split()).upper()}".strip()
