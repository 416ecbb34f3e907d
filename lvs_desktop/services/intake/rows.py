"""One line of a download → the facts of one report, or a Dutch reason to refuse it (pure).

A line is refused whole, never in part: a formula-like cell (a text starting with `=`, `+`,
`-` or `@`, which a spreadsheet would run: "=cmd|' /C calc'!A0"; a phone number "+31 …" of
digits is allowed), a BSN that fails the 11-test, an onderwijsnummer that is not one, no
DUO number, no surname or birth date, an unknown kind of absence, a date that does not exist
or cannot be (born after the report, a report in the future, an end before the start),
hours that are not a number ≥ 0. The reason names the field, never its value, so that the
list of refused lines holds no personal data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from stdnum.nl import onderwijsnummer as stdnum_onr

from lvs_desktop.models.rules.identifiers import is_valid_bsn, normalise_bsn
from lvs_desktop.services.intake.profiles import FIELDS

#: How the downloads name the kind of absence → our `Report.report_type` codes.
REPORT_TYPE_NAMES: dict[str, str] = {
    "16 uur in 4 weken": "16_hours",
    "16 uur": "16_hours",
    "relatief verzuim 16 uur": "16_hours",
    "ongeoorloofd verzuim 16 uur in 4 weken": "16_hours",
    "langdurig relatief verzuim": "long_term_relative",
    "langdurig verzuim": "long_term_relative",
    "luxe verzuim": "luxe",
    "luxe": "luxe",
    "overig verzuim": "other",
    "overig": "other",
    "18-plus verzuim": "18_plus",
    "18+ verzuim": "18_plus",
    "18-plusverzuim": "18_plus",
}
HOURS_UNITS = {"klokuren": "clock", "klokuur": "clock", "lesuren": "lesson", "lesuur": "lesson"}
DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y%m%d")
TEXT_FIELDS = (
    "duo_number", "given_names", "surname_prefix", "surname", "street", "house_number",
    "postcode", "city", "brin", "vestiging", "report_type", "hours_unit", "reporter_name",
    "reporter_function", "reporter_email",
)  # fmt: skip
PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
MAX_LENGTH = 120


@dataclass(frozen=True)
class ReportRow:
    """A line that passed every check; dates parsed, numbers normalised."""

    line: int
    duo_number: str
    bsn: str | None
    onderwijsnummer: str | None
    given_names: str | None
    surname_prefix: str | None
    surname: str
    birth_date: date
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    brin: str
    vestiging: str
    report_type: str
    received_on: date
    period_start: date | None
    period_end: date | None
    hours_absent: float
    hours_unit: str
    reporter_name: str | None
    reporter_function: str | None
    reporter_phone: str | None
    reporter_email: str | None

    @property
    def location_code(self) -> str:
        return f"{self.brin}{self.vestiging}"


class Refused(Exception):
    """A line that cannot be imported; the message is the Dutch reason."""


def is_formula_like(text: str) -> bool:
    return text[:1] in ("=", "+", "-", "@", "\t", "\r")


def parse_date(text: str, label: str) -> date:
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise Refused(f"{label} is geen bestaande datum")


def parse_row(line: int, values: dict[str, str], today: date) -> ReportRow:
    """Check and convert one mapped line (field → text); raises `Refused` with the reason."""
    v = {f: " ".join((values.get(f) or "").split()) for f in FIELDS}
    for f in TEXT_FIELDS:
        if v[f] and is_formula_like(v[f]):
            raise Refused(f"{FIELDS[f]} begint met {v[f][0]!r} (een formule wordt niet ingelezen)")
        if len(v[f]) > MAX_LENGTH:
            raise Refused(f"{FIELDS[f]} is langer dan {MAX_LENGTH} tekens")
    phone = v["reporter_phone"] or None
    if phone and not PHONE.match(phone):
        raise Refused("Telefoon contactpersoon is geen telefoonnummer")
    if not v["duo_number"]:
        raise Refused("het meldingnummer van DUO ontbreekt")
    bsn = _bsn(v["bsn"])
    onr = _onderwijsnummer(v["onderwijsnummer"])
    if not v["surname"] or not v["birth_date"]:
        raise Refused("naam of geboortedatum van de jongere ontbreekt")
    birth = parse_date(v["birth_date"], "de geboortedatum")
    received = parse_date(v["received_on"], "de datum van de melding") if v["received_on"] else None
    if received is None:
        raise Refused("de datum van de melding ontbreekt")
    start = parse_date(v["period_start"], "de begindatum") if v["period_start"] else None
    end = parse_date(v["period_end"], "de einddatum") if v["period_end"] else None
    if received > today:
        raise Refused("de datum van de melding ligt in de toekomst")
    if birth >= received or (start and birth >= start):
        raise Refused("de geboortedatum ligt na het verzuim of de melding")
    if start and end and end < start:
        raise Refused("het verzuim eindigt vóór het begint")
    if start and start > received:
        raise Refused("het verzuim begint na de datum van de melding")
    report_type = _report_type(v["report_type"])
    hours = _hours(v["hours_absent"])
    unit = HOURS_UNITS.get(v["hours_unit"].casefold()) if v["hours_unit"] else "clock"
    if unit is None:
        raise Refused("Soort uren is geen klokuren of lesuren")
    brin = v["brin"].upper().replace(" ", "")
    if not brin:
        raise Refused("het BRIN-nummer van de school ontbreekt")
    vest = v["vestiging"].upper().replace(" ", "")
    if vest.startswith(brin) and len(vest) > len(brin):
        vest = vest[len(brin) :]
    vest = vest.zfill(2) if vest.isdigit() and len(vest) < 2 else (vest or "00")
    return ReportRow(
        line=line,
        duo_number=v["duo_number"],
        bsn=bsn,
        onderwijsnummer=onr,
        given_names=v["given_names"] or None,
        surname_prefix=v["surname_prefix"] or None,
        surname=v["surname"],
        birth_date=birth,
        street=v["street"] or None,
        house_number=v["house_number"] or None,
        postcode=v["postcode"].upper() or None,
        city=v["city"] or None,
        brin=brin,
        vestiging=vest,
        report_type=report_type,
        received_on=received,
        period_start=start,
        period_end=end,
        hours_absent=hours,
        hours_unit=unit,
        reporter_name=v["reporter_name"] or None,
        reporter_function=v["reporter_function"] or None,
        reporter_phone=phone,
        reporter_email=v["reporter_email"] or None,
    )


def _bsn(text: str) -> str | None:
    if not text:
        return None
    if not is_valid_bsn(text):
        digits = text.translate(str.maketrans("", "", " -."))
        if digits.isdigit() and len(digits) in (8, 9):
            raise Refused("BSN voldoet niet aan de elfproef")
        raise Refused("BSN is geen getal van 9 cijfers")
    return normalise_bsn(text)


def _onderwijsnummer(text: str) -> str | None:
    if not text:
        return None
    if not stdnum_onr.is_valid(text):
        raise Refused("het onderwijsnummer is geen geldig onderwijsnummer")
    return str(stdnum_onr.compact(text))


def _report_type(text: str) -> str:
    key = text.casefold()
    code = REPORT_TYPE_NAMES.get(key)
    if code is None and key in REPORT_TYPE_NAMES.values():
        code = key
    if code is None:
        raise Refused("onbekende soort verzuim")
    return code


def _hours(text: str) -> float:
    if not text:
        return 0.0
    try:
        hours = float(text.replace(",", "."))
    except ValueError:
        raise Refused("Uren verzuim is geen getal") from None
    if not 0 <= hours <= 10_000:
        raise Refused("Uren verzuim is geen getal van 0 of meer")
    return hours
