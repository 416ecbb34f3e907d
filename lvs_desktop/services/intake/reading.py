"""Reading a Verzuimloket download (pure: bytes in, a header and text rows out).

CSV: the separator is sniffed from the header (`;` or `,`); the encoding is UTF-8 (with or
without BOM) or Windows-1252, decided for the whole file as `services.region.duo` does: a
file whose every non-ASCII line is valid UTF-8 is UTF-8, any other is Windows-1252, and in a
Windows-1252 file a line that *is* UTF-8 ("Ã©" for "é") was saved wrongly and is refused with
its line number, as is a line that fits neither. XLSX: the first sheet, read with openpyxl;
a date cell becomes an ISO date text, a formula cell keeps its formula text (so the row
checks refuse it as formula-like instead of running or hiding it). Line numbers are the
file's own (the header is line 1), as a person sees them in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from lvs_desktop.models import UserError

ENCODING_REFUSED = "verkeerde tekenset: de regel is geen UTF-8 of Windows-1252 zoals de rest"


@dataclass(frozen=True)
class RawLine:
    line: int
    values: tuple[str, ...]


@dataclass
class RawTable:
    """A file as text: the header, the data lines, and lines refused before any mapping."""

    name: str
    kind: str  # "csv" or "xlsx"
    header: list[str]
    lines: list[RawLine] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    encoding: str = "utf-8"


def read_table(data: bytes, name: str) -> RawTable:
    """Read a CSV or XLSX download; a file that is neither (or empty) is a UserError."""
    if data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, name)
    return _read_csv(data, name)


def _physical_lines(data: bytes) -> list[bytes]:
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [raw.rstrip(b"\r") for raw in lines]


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _read_csv(data: bytes, name: str) -> RawTable:
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    lines = _physical_lines(data)
    if not lines or not lines[0].strip():
        raise UserError(f"{name} is leeg of heeft geen kopregel.")
    non_ascii = [raw for raw in lines if not raw.isascii()]
    utf8_file = bom or (bool(non_ascii) and all(_is_utf8(raw) for raw in non_ascii))
    header_text = _decode(lines[0], utf8_file)
    if header_text is None:
        raise UserError(f"{name}: de kopregel is niet te lezen (tekenset).")
    delimiter = ";" if header_text.count(";") >= header_text.count(",") else ","
    header = [h.strip().strip('"').strip() for h in _split(header_text, delimiter)]
    if len(header) < 2:
        raise UserError(f"{name} is geen CSV-bestand met kolommen gescheiden door ; of ,.")
    table = RawTable(name, "csv", header, encoding="utf-8" if utf8_file else "windows-1252")
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        text = _decode(raw, utf8_file)
        if text is None:
            table.refused.append((number, ENCODING_REFUSED))
            continue
        values = _split(text, delimiter)
        if len(values) != len(header):
            table.refused.append(
                (number, f"verkeerd aantal velden: {len(values)} in plaats van {len(header)}")
            )
            continue
        table.lines.append(RawLine(number, tuple(v.strip() for v in values)))
    return table


def _decode(raw: bytes, utf8_file: bool) -> str | None:
    if utf8_file:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if not raw.isascii() and _is_utf8(raw):
        return None  # a UTF-8 line in a Windows-1252 file
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _split(text: str, delimiter: str) -> list[str]:
    return next(csv.reader([text], delimiter=delimiter, quotechar='"'), [])


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(data: bytes, name: str) -> RawTable:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UserError(f"{name} is geen leesbaar Excel-bestand (.xlsx).") from exc
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        first = next(rows, None)
        if first is None:
            raise UserError(f"{name} is leeg of heeft geen kopregel.")
        header = [_cell_text(v) for v in first]
        while header and not header[-1]:
            header.pop()
        table = RawTable(name, "xlsx", header, encoding="xlsx")
        for number, row in enumerate(rows, start=2):
            values = [_cell_text(v) for v in row][: len(header)]
            values += [""] * (len(header) - len(values))
            if any(values):
                table.lines.append(RawLine(number, tuple(values)))
        return table
    finally:
        book.close()
