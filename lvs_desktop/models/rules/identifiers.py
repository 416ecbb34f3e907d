"""Dutch identifiers: BSN and postcode, validated by python-stdnum (never by our own 11-test).

`normalise_bsn` returns the 9-digit form; dots, spaces and dashes are allowed and
an 8-digit number gets a leading zero (old BSNs written without it). stdnum would
pad *any* shorter number with zeros (so "12" passes its check); we first require
8 or 9 digits.
`postal_line` writes the postcode line of an address block as a Dutch letter
wants it: ``3311 AB  DORDRECHT`` (one space inside, two before the place, place
in capitals).
"""

from __future__ import annotations

import random

from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import postcode as stdnum_postcode

from lvs_desktop.models.rules.errors import InvalidIdentifier

__all__ = [
    "generate_bsn",
    "is_valid_bsn",
    "normalise_bsn",
    "normalise_postcode",
    "postal_line",
]


_BSN_SEPARATORS = str.maketrans("", "", " -.")


def _has_bsn_length(s: str) -> bool:
    digits = s.translate(_BSN_SEPARATORS)
    return digits.isdigit() and len(digits) in (8, 9)


def is_valid_bsn(s: str) -> bool:
    """Whether `s` is a valid BSN (8 or 9 digits passing the 11-test; separators allowed)."""
    return _has_bsn_length(s) and bool(stdnum_bsn.is_valid(s))


def normalise_bsn(s: str) -> str:
    """The BSN as 9 digits; raises `InvalidIdentifier` with a Dutch message otherwise."""
    if not _has_bsn_length(s):
        raise InvalidIdentifier(f"'{s.strip()}' is geen BSN: een BSN bestaat uit 9 cijfers.")
    try:
        return str(stdnum_bsn.validate(s))
    except InvalidChecksum as exc:
        raise InvalidIdentifier(
            f"BSN {s.strip()} klopt niet (de elfproef faalt); controleer het nummer."
        ) from exc
    except ValidationError as exc:
        raise InvalidIdentifier(
            f"'{s.strip()}' is geen BSN: een BSN bestaat uit 9 cijfers."
        ) from exc


def normalise_postcode(s: str) -> str:
    """The postcode as ``"3311 AB"``; raises `InvalidIdentifier` with a Dutch message otherwise."""
    try:
        return str(stdnum_postcode.validate(s))
    except InvalidComponent as exc:
        raise InvalidIdentifier(
            f"Postcode '{s.strip()}' bestaat niet: de letters SA, SD en SS worden niet gebruikt."
        ) from exc
    except ValidationError as exc:
        raise InvalidIdentifier(
            f"'{s.strip()}' is geen postcode: 4 cijfers (niet beginnend met 0) en 2 letters, "
            "bijvoorbeeld 3311 AB."
        ) from exc


def postal_line(postcode: str, city: str) -> str:
    """``"3311 AB  DORDRECHT"``: the normalised postcode, two spaces, the place in capitals."""
    place = " ".join(city.split()).upper()
    if not place:
        raise InvalidIdentifier("Vul een plaatsnaam in bij het adres.")
    return f"{normalise_postcode(postcode)}  {place}"


def generate_bsn(rng: random.Random) -> str:
    """A random 9-digit number that passes BSN validation (for demo data and tests only).

    It may coincide with a real person's BSN, so never use it outside test and demo
    vaults. A leading 0 is allowed.
    """
    while True:
        candidate = f"{rng.randrange(1, 10**9):09d}"
        if stdnum_bsn.is_valid(candidate):
            return candidate
