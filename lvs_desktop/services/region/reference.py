"""The national list of municipalities (CBS codes) shipped as data, and name matching.

`resources/registers/gemeenten.csv` holds every Dutch municipality with its four-digit CBS
code (`cbs_code;naam`, UTF-8), the 342 of 2023 onwards (see `resources/registers/README.md`
for the source). The list is read once and checked on load: a malformed file is a bug in the
installation, said in Dutch.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from lvs_desktop.models import UserError
from lvs_desktop.resource_files import resource_path

REGISTERS_DIR = resource_path("registers")
MUNICIPALITIES_CSV = REGISTERS_DIR / "gemeenten.csv"


@dataclass(frozen=True)
class MunicipalityRef:
    """One municipality of the national list."""

    cbs_code: str
    name: str


def normalise_cbs_code(code: str) -> str | None:
    """ "505", "0505" or "GM0505" → "0505"; None for anything else."""
    text = code.strip().upper().removeprefix("GM")
    if not text.isdigit() or len(text) > 4:
        return None
    return text.zfill(4)


@cache
def national_municipalities() -> tuple[MunicipalityRef, ...]:
    """Every Dutch municipality with its CBS code, by name."""
    try:
        with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter=";"))
    except OSError as exc:
        raise UserError(f"De gemeentelijst ontbreekt ({MUNICIPALITIES_CSV.name}).") from exc
    out = []
    for line, row in enumerate(rows, start=2):
        code = normalise_cbs_code(row.get("cbs_code") or "")
        name = (row.get("naam") or "").strip()
        if code is None or not name:
            raise UserError(f"De gemeentelijst is beschadigd (regel {line}).")
        out.append(MunicipalityRef(code, name))
    return tuple(sorted(out, key=lambda m: m.name.lower()))


def national_by_code() -> dict[str, MunicipalityRef]:
    return {m.cbs_code: m for m in national_municipalities()}


def match_name(wanted: str, names: Iterable[str], what: str = "Gemeente") -> str:
    """The one name of `names` equal to `wanted` without regard to case or outer spaces.

    Unknown: a `UserError` that lists the valid names (the shared rule of
    `region schools --municipality` and `report --municipality`).
    """
    known = sorted(set(names), key=str.lower)
    text = " ".join(wanted.split()).casefold()
    for name in known:
        if " ".join(name.split()).casefold() == text:
            return name
    if not known:
        raise UserError(f"{what} '{wanted}' is onbekend: deze kluis heeft er nog geen.")
    raise UserError(f"{what} '{wanted}' is onbekend. Kies uit: {', '.join(known)}.")
