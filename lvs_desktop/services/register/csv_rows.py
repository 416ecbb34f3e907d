"""Reading the register's CSV files: lines with their numbers, cells checked before use.

A file is UTF-8 (a byte-order mark is allowed) or Windows-1252, decided for the whole file as
the intake's reports are read (`services.intake.reading`), with `;`, `,` or a tab between
cells and a header line; column names are matched case-insensitively against the aliases a
caller gives. A line that does not fit the file's encoding, or that has a cell that starts
like a spreadsheet formula (`=`, `+`, `@`, or `-` not followed by a digit:
`=cmd|' /C calc'!A0`), is refused with its line number and reason; nothing else of it is read.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from lvs_desktop.models import UserError
from lvs_desktop.services.intake.reading import ENCODING_REFUSED

_DELIMITERS = (";", "\t", ",")


@dataclass(frozen=True)
class CsvLine:
    """One data line: its number in the file (the header is line 1) and cells by column key."""

    line: int
    cells: dict[str, str]


@dataclass(frozen=True)
class BadLine:
    line: int
    reason: str


def formula_like(value: str) -> bool:
    """Whether a cell would run as a formula when the file is opened in a spreadsheet."""
    if not value:
        return False
    first = value[0]
    if first in "=+@\t\r":
        return True
    return first == "-" and not value[1:2].isdigit()


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ";"


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode(raw: bytes, utf8_file: bool) -> str | None:
    """A line's text, or None when it does not fit the file's encoding (a UTF-8 line in a
    Windows-1252 file was saved wrongly: "Ã«" for "ë")."""
    if utf8_file:
        return raw.decode("utf-8") if _is_utf8(raw) else None
    if not raw.isascii() and _is_utf8(raw):
        return None
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None


def read_lines(
    data: bytes, name: str, columns: Mapping[str, tuple[str, ...]], required: tuple[str, ...]
) -> Iterator[CsvLine | BadLine]:
    """The file's data lines, each as cells by column key (`columns`: key -> header aliases).

    Raises `UserError` when the header is unreadable or lacks a required column: then the
    file is refused whole.
    """
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    raw_lines = data.splitlines()
    if not raw_lines:
        raise UserError(f"{name} is leeg.")
    # UTF-8 or Windows-1252, decided for the whole file as the intake's reports are read
    non_ascii = [raw for raw in raw_lines if not raw.isascii()]
    utf8_file = bom or (bool(non_ascii) and all(_is_utf8(raw) for raw in non_ascii))
    header_text = _decode(raw_lines[0], utf8_file)
    if header_text is None:
        raise UserError(f"{name}: de kopregel is niet te lezen (tekenset).")
    delimiter = _delimiter(header_text)
    header = [h.strip().lower() for h in next(csv.reader([header_text], delimiter=delimiter))]
    index: dict[str, int] = {}
    for key, aliases in columns.items():
        for alias in aliases:
            if alias in header:
                index[key] = header.index(alias)
                break
    missing = [columns[k][0] for k in required if k not in index]
    if missing:
        if len(missing) == 1:
            raise UserError(f"{name}: kolom {missing[0]} ontbreekt in de kopregel.")
        raise UserError(f"{name}: kolommen {', '.join(missing)} ontbreken in de kopregel.")
    for number, raw in enumerate(raw_lines[1:], start=2):
        if not raw.strip():
            continue
        text = _decode(raw, utf8_file)
        if text is None:
            yield BadLine(number, ENCODING_REFUSED)
            continue
        cells = next(csv.reader([text], delimiter=delimiter))
        if any(formula_like(c.strip()) for c in cells):
            yield BadLine(number, "een cel begint als een formule (=, +, - of @)")
            continue
        yield CsvLine(
            number,
            {k: cells[i].strip() if i < len(cells) else "" for k, i in index.items()},
        )


def parse_day(text: str, what: str) -> date | None:
    """A date written as JJJJ-MM-DD or DD-MM-JJJJ; empty is None; else ValueError in Dutch."""
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) == 10 and text[2] in "-/" and text[5] in "-/":
            return date(int(text[6:]), int(text[3:5]), int(text[:2]))
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what} '{text}' is geen bestaande datum") from None
