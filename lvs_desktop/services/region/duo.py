"""Reading DUO's open-data files of school locations (pure: bytes in, rows out).

The files are `;`-separated, Windows-1252, CRLF, with a header row. Current files name the
columns `INSTELLINGSCODE`, `VESTIGINGSCODE`, `VESTIGINGSNAAM`, `STRAATNAAM`,
`HUISNUMMER-TOEVOEGING`, `POSTCODE`, `PLAATSNAAM`, `GEMEENTENUMMER`, `GEMEENTENAAM`,
`DENOMINATIE`, `TELEFOONNUMMER`, `INTERNETADRES`, `ONDERWIJSSTRUCTUUR`; older files say
`BRIN NUMMER` and `VESTIGINGSNUMMER` for the first two. Both are read; other columns are
ignored, so extra columns (PROVINCIE, BEVOEGD GEZAG NUMMER, …) do no harm. The vestiging
code is kept as its two-character suffix: "12AB00" and "00" both become "00" for BRIN 12AB.

Every data line either becomes a `DuoLocation` or a `RefusedLine` with its line number and a
Dutch reason: BRIN missing, name missing, a wrong number of fields (on the last line: the
file was cut off), characters that are not Windows-1252 (a line saved as UTF-8), a location
that appeared earlier in the same import. Whether the municipality code is known is for the
importer to judge (`school_import`), as is what is new or changed.

School type, from `ONDERWIJSSTRUCTUUR` (what we decided, as DUO gives no single "type"):

* BAS, SBAS, SBO (basisonderwijs, speciaal basisonderwijs: both under the WPO) → PO
* VSO alone → VSO; SO, or SO and VSO at one location ("SO/VSO") → SO (the first named;
  the register lets the region change it per school)
* VMBO, HAVO, VWO, PRO (praktijkonderwijs), VAVO or any "VO" → VO
* MBO, BOL, BBL → MBO
* empty or anything else: the type of the institution's other locations in the same file
  (the same BRIN), else the kind of file, read from its name ("po"/"bao"/"basis" → PO,
  "so"/"wec"/"speciaal" → SO, "vo" → VO, "mbo" → MBO), else OVERIG.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace

from lvs_desktop.models import UserError

NEW_KEYS = ("INSTELLINGSCODE", "VESTIGINGSCODE")
OLD_KEYS = ("BRIN NUMMER", "VESTIGINGSNUMMER")
FIELDS = {
    "name": "VESTIGINGSNAAM",
    "street": "STRAATNAAM",
    "house_number": "HUISNUMMER-TOEVOEGING",
    "postcode": "POSTCODE",
    "city": "PLAATSNAAM",
    "municipality_code": "GEMEENTENUMMER",
    "municipality_name": "GEMEENTENAAM",
    "denomination": "DENOMINATIE",
    "phone": "TELEFOONNUMMER",
    "website": "INTERNETADRES",
    "structure": "ONDERWIJSSTRUCTUUR",
}
REQUIRED = ("VESTIGINGSNAAM", "GEMEENTENUMMER")


@dataclass(frozen=True)
class DuoLocation:
    """One location as the file gives it (strings trimmed; empty → None)."""

    file: str
    line: int
    brin: str
    vestiging: str
    name: str
    school_type: str
    municipality_code: str
    municipality_name: str | None
    street: str | None
    house_number: str | None
    postcode: str | None
    city: str | None
    denomination: str | None
    phone: str | None
    website: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.brin, self.vestiging)

    @property
    def location_code(self) -> str:
        return f"{self.brin}{self.vestiging}"


@dataclass(frozen=True)
class RefusedLine:
    file: str
    line: int
    reason: str
    location_code: str = ""


@dataclass
class DuoFile:
    name: str
    layout: str  # "nieuw" or "oud"
    locations: list[DuoLocation] = field(default_factory=list)
    refused: list[RefusedLine] = field(default_factory=list)
    encoding_note: str | None = None


def school_type_of(structure: str | None, file_name: str = "") -> str:
    """The school type of a location; see the module docstring for the rule."""
    parts = {p for p in re.split(r"[^A-Z]+", (structure or "").upper()) if p}
    if parts & {"BAS", "SBAS", "SBO", "BO", "PO"}:
        return "PO"
    if "SO" in parts:
        return "SO"
    if "VSO" in parts:
        return "VSO"
    if parts & {"VMBO", "HAVO", "VWO", "PRO", "VAVO", "VO", "MAVO", "GYM", "ATH"}:
        return "VO"
    if parts & {"MBO", "BOL", "BBL"}:
        return "MBO"
    return _type_from_name(file_name)


def _type_from_name(file_name: str) -> str:
    words = {w for w in re.split(r"[^a-z]+", file_name.lower()) if w}
    if words & {"mbo"}:
        return "MBO"
    if words & {"so", "wec", "speciaal", "vso"}:
        return "SO"
    if words & {"vo", "voortgezet"}:
        return "VO"
    if words & {"po", "bao", "bo", "basis", "basisonderwijs", "primair"}:
        return "PO"
    return "OVERIG"


def _lines(data: bytes) -> list[tuple[bytes, bool]]:
    """Physical lines (CRLF or LF) and whether each ended with a line break."""
    out = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        if end < 0:
            out.append((data[start:].rstrip(b"\r"), False))
            break
        out.append((data[start:end].rstrip(b"\r"), True))
        start = end + 1
    return out


def _is_utf8_multibyte(raw: bytes) -> bool:
    if raw.isascii():
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode(raw: bytes, utf8_file: bool) -> str | None:
    """The line as text, or None when it is not in the file's encoding."""
    if utf8_file:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if _is_utf8_multibyte(raw):
        return None  # "Ã©" instead of "é": a line saved as UTF-8 in a Windows-1252 file
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _split(text: str) -> list[str]:
    return next(csv.reader([text], delimiter=";", quotechar='"'), [])


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def parse_duo_file(data: bytes, name: str) -> DuoFile:
    """Read one DUO file; a file that is not one at all (no known header) is a UserError."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        utf8_file = True
    else:
        lines_non_ascii = [raw for raw, _ in _lines(data) if not raw.isascii()]
        utf8 = sum(_is_utf8_multibyte(raw) for raw in lines_non_ascii)
        utf8_file = bool(lines_non_ascii) and utf8 == len(lines_non_ascii)
    lines = _lines(data)
    if not lines:
        raise UserError(f"{name} is leeg.")
    header_text = _decode(lines[0][0], utf8_file) or lines[0][0].decode("cp1252", "replace")
    header = [h.strip().strip('"').upper() for h in _split(header_text)]
    if all(k in header for k in NEW_KEYS):
        layout, (brin_col, vest_col) = "nieuw", NEW_KEYS
    elif all(k in header for k in OLD_KEYS):
        layout, (brin_col, vest_col) = "oud", OLD_KEYS
    else:
        raise UserError(
            f"{name} is geen DUO-bestand van schoolvestigingen: de kolommen INSTELLINGSCODE "
            "en VESTIGINGSCODE (of BRIN NUMMER en VESTIGINGSNUMMER) ontbreken."
        )
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise UserError(f"{name}: de kolom {missing[0]} ontbreekt.")
    index = {h: i for i, h in enumerate(header)}
    out = DuoFile(name, layout)
    if utf8_file:
        out.encoding_note = "Het bestand is UTF-8 in plaats van Windows-1252; zo gelezen."
    width = len(header)
    last = len(lines)
    for number, (raw, ended) in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        text = _decode(raw, utf8_file)
        if text is None:
            out.refused.append(
                RefusedLine(
                    name,
                    number,
                    "verkeerde tekenset: de regel is geen Windows-1252 (opgeslagen als UTF-8?)",
                )
            )
            continue
        values = _split(text)
        if len(values) != width:
            if number == last and not ended:
                reason = f"de laatste regel is afgebroken ({len(values)} van {width} velden)"
            else:
                reason = f"verkeerd aantal velden: {len(values)} in plaats van {width}"
            out.refused.append(RefusedLine(name, number, reason))
            continue

        def get(column: str, values: list[str] = values) -> str | None:
            i = index.get(column)
            return _clean(values[i]) if i is not None else None

        brin = (get(brin_col) or "").upper().replace(" ", "")
        vest = (get(vest_col) or "").upper().replace(" ", "")
        if brin and vest.startswith(brin) and len(vest) > len(brin):
            vest = vest[len(brin) :]
        if vest.isdigit() and len(vest) < 2:
            vest = vest.zfill(2)
        code = f"{brin}{vest}"
        if not brin:
            out.refused.append(RefusedLine(name, number, "BRIN-nummer ontbreekt", code))
            continue
        location_name = get("VESTIGINGSNAAM")
        if not location_name:
            out.refused.append(RefusedLine(name, number, "naam van de vestiging ontbreekt", code))
            continue
        out.locations.append(
            DuoLocation(
                file=name,
                line=number,
                brin=brin,
                vestiging=vest or "00",
                name=location_name,
                school_type=school_type_of(get("ONDERWIJSSTRUCTUUR")),
                municipality_code=(get("GEMEENTENUMMER") or "").upper().removeprefix("GM"),
                municipality_name=get("GEMEENTENAAM"),
                street=get("STRAATNAAM"),
                house_number=get("HUISNUMMER-TOEVOEGING"),
                postcode=get("POSTCODE"),
                city=get("PLAATSNAAM"),
                denomination=get("DENOMINATIE"),
                phone=get("TELEFOONNUMMER"),
                website=get("INTERNETADRES"),
            )
        )
    _type_from_siblings(out, name)
    return out


def _type_from_siblings(parsed: DuoFile, file_name: str) -> None:
    """A location without a known structure takes its institution's type (same BRIN),
    else the kind the file's name says, else stays OVERIG."""
    known: dict[str, list[str]] = {}
    for loc in parsed.locations:
        if loc.school_type != "OVERIG":
            known.setdefault(loc.brin, []).append(loc.school_type)
    by_name = _type_from_name(file_name)
    for i, loc in enumerate(parsed.locations):
        if loc.school_type != "OVERIG":
            continue
        types = known.get(loc.brin)
        kind = max(sorted(set(types)), key=types.count) if types else by_name
        if kind != "OVERIG":
            parsed.locations[i] = replace(loc, school_type=kind)
