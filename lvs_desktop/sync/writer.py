"""The export's writer: vault rows, as the database hands them over, straight into the
compressed JSON document of a bundle, one row at a time.

Per synced table a `TableEncoder` holds one encoder per column, chosen once from the
column's type, that turns the raw SQLite value (text, integer, real, blob) into the JSON text
`rows.SyncTable.encode` + `codec.encode_value` would have produced for the value SQLAlchemy
reads: booleans from 0/1, dates and datetimes tagged, blobs as base64. The stored bookkeeping
(`vv`, `dots`) is JSON already and is passed through as text: the writer never decodes it.
Columns of any other type go the long way (SQLAlchemy's own result processing, then
`codec.encode_value`), so a new column type is exported correctly before it is fast.

`DocumentStream` writes the document in pieces into a zlib stream: first the tables, then
the manifest, whose per-table count and id hash (`codec.ids_sha256`) it computes on the way.
Rows must come in ascending id order (the hash is over sorted ids); the stream checks that
and refuses a duplicate or an out-of-order id. Key order in a JSON object is free, so the
reader (`document.parse_document`) sees the same document as before.

Nothing is validated on the way out: that the reader accepts what this writes, and gives back
the rows that went in, is what the property tests of the writer prove (tests/sync).
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, LargeBinary, String
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.type_api import TypeEngine

from lvs_desktop.sync.codec import encode_value
from lvs_desktop.sync.rows import SyncTable

Encoder = Callable[[Any], str]
BUFFER_CHARS = 1 << 20  # text gathered before it goes to the compressor
_DIALECT = sqlite.dialect()


def dumps(value: Any) -> str:
    """JSON text of an already JSON-ready value, as `bundle.encode_document` writes it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _text(value: Any) -> str:
    if value is None:
        return "null"
    if type(value) is str:
        return encode_basestring(value)
    return dumps(encode_value(value))


def _boolean(value: Any) -> str:
    if value is None:
        return "null"
    return "true" if value else "false"


def _integer(value: Any) -> str:
    if value is None:
        return "null"
    if type(value) is int:
        return str(value)
    return dumps(encode_value(value))


def _real(value: Any) -> str:
    if value is None:
        return "null"
    if type(value) is int:
        value = float(value)  # SQLite hands back 3.0 stored as an integer as 3
    if type(value) is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("non-finite float")
        return repr(value)
    return dumps(encode_value(value))


def _blob(value: Any) -> str:
    if value is None:
        return "null"
    return '{"$b":"' + base64.b64encode(bytes(value)).decode("ascii") + '"}'


def _date(value: Any) -> str:
    if value is None:
        return "null"
    if type(value) is str and len(value) == 10:
        return '{"$d":"' + date.fromisoformat(value).isoformat() + '"}'
    return dumps(encode_value(_read(Date(), value)))


def _datetime(value: Any) -> str:
    """Stored naive UTC ("YYYY-MM-DD HH:MM:SS.ffffff") -> {"$dt": ISO-8601 with +00:00}."""
    if value is None:
        return "null"
    if type(value) is str and len(value) in (19, 26) and value[10] == " ":
        datetime.fromisoformat(value)  # checks it; the text itself is already ISO 8601
        return '{"$dt":"' + value[:10] + "T" + value[11:] + '+00:00"}'
    return dumps(encode_value(_aware(_read(DateTime(), value))))


def _aware(value: Any) -> Any:
    """A stored (naive UTC) datetime as an aware one, as `SyncTable.encode` sends it."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return value


def _read(kind: TypeEngine[Any], raw: Any) -> Any:
    """The Python value SQLAlchemy reads for `raw` stored in a column of type `kind`."""
    process = kind.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
    return process(raw) if process is not None else raw


def _generic(kind: TypeEngine[Any]) -> Encoder:
    process = kind.dialect_impl(_DIALECT).result_processor(_DIALECT, None)

    def encode(raw: Any) -> str:
        value = process(raw) if process is not None and raw is not None else raw
        return dumps(encode_value(_aware(value)))

    return encode


def encoder_for(kind: TypeEngine[Any]) -> Encoder:
    """The encoder of one column type (the most specific match; the long way otherwise)."""
    for base, encoder in (
        (Boolean, _boolean),
        (DateTime, _datetime),
        (Date, _date),
        (LargeBinary, _blob),
        (Float, _real),
        (Integer, _integer),
        (String, _text),
    ):
        if isinstance(kind, base):
            return encoder
    return _generic(kind)


def _bookkeeping(value: Any) -> str:
    """`vv` / `dots` as stored: JSON text, passed through (an absent value is `{}`)."""
    if value is None:
        return "{}"
    if isinstance(value, str):
        return value
    return dumps(value)


@dataclass(frozen=True)
class TableEncoder:
    """Raw rows of one synced table -> the JSON text of bundle rows."""

    name: str
    columns: tuple[str, ...]  # what to SELECT, in the order `encode` expects
    encoders: tuple[Encoder, ...]  # of the data columns (`columns[5:]`)
    encode: Callable[[Sequence[Any]], str]  # one row, in `columns` order, as bundle JSON

    @classmethod
    def of(cls, table: SyncTable) -> TableEncoder:
        by_key = {c.key: c for c in table.table.columns}
        encoders = tuple(encoder_for(by_key[f].type) for f in table.fields)
        return cls(
            name=table.name,
            columns=("id", "created_at", "updated_at", "vv", "dots", *table.fields),
            encoders=encoders,
            encode=_row_function(table.name, table.fields, encoders),
        )

    def select_sql(self, where: str) -> str:
        columns = ", ".join(f'"{c}"' for c in self.columns)
        return f'SELECT {columns} FROM "{self.name}" WHERE {where} ORDER BY "id"'


def _row_function(
    name: str, fields: tuple[str, ...], encoders: tuple[Encoder, ...]
) -> Callable[[Sequence[Any]], str]:
    """One function per table that concatenates a row's JSON in a single expression.

    Generated (as `collections.namedtuple` does) because a loop over the columns costs about
    twice as much per row; the source holds only indexes and names bound in `namespace`, no
    text from the schema or the data.
    """
    namespace: dict[str, Any] = {
        "s": encode_basestring,
        "dt": _datetime,
        "bk": _bookkeeping,
        "start": '{"id":',
        "created": ',"created_at":',
        "updated": ',"updated_at":',
        "vv": ',"vv":',
        "dots": ',"dots":',
        "close": "}}",
    }
    parts = [
        "start", "s(r[0])", "created", "dt(r[1])", "updated", "dt(r[2])",
        "vv", "bk(r[3])", "dots", "bk(r[4])",
    ]  # fmt: skip
    for i, (field, encoder) in enumerate(zip(fields, encoders, strict=True)):
        prefix = ("," if i else ',"data":{') + encode_basestring(field) + ":"
        namespace[f"k{i}"], namespace[f"e{i}"] = prefix, encoder
        parts += [f"k{i}", f"e{i}(r[{i + 5}])"]
    if not fields:
        parts.append("'" + ',"data":{' + "'")
    parts.append("close")
    source = f"def encode(r):\n    return {' + '.join(parts)}\n"
    exec(compile(source, f"<bundle row encoder: {name}>", "exec"), namespace)
    function: Callable[[Sequence[Any]], str] = namespace["encode"]
    return function


class OutOfOrderError(ValueError):
    """A table's rows did not come in strictly ascending id order (a bug, never data)."""


class DocumentStream:
    """The document `{"tables": {...}, "manifest": {...}}`, written in pieces into zlib.

    `table` takes each table's rows (id and JSON text, ascending ids); `finish` adds the
    manifest (with the counts and id hashes gathered) and returns the compressed document
    and its size once decompressed.
    """

    def __init__(self, level: int = 6) -> None:
        self._deflate = zlib.compressobj(level)
        self._compressed: list[bytes] = []
        self._pending: list[str] = []
        self._pending_chars = 0
        self.size = 0
        self.summaries: dict[str, dict[str, Any]] = {}
        self._write('{"tables":{')

    def _write(self, text: str) -> None:
        self._pending.append(text)
        self._pending_chars += len(text)
        if self._pending_chars >= BUFFER_CHARS:
            self._flush()

    def _flush(self) -> None:
        data = "".join(self._pending).encode("utf-8")
        self._pending, self._pending_chars = [], 0
        self.size += len(data)
        out = self._deflate.compress(data)
        if out:
            self._compressed.append(out)

    def table(self, name: str, rows: Iterable[tuple[str, str]]) -> int:
        """Write one table's rows; a table without rows is left out. Returns the count."""
        if name in self.summaries:
            raise ValueError(f"table {name} written twice")
        digest = hashlib.sha256()
        count = 0
        last = ""
        for row_id, text in rows:
            if row_id <= last:
                raise OutOfOrderError(name)
            last = row_id
            digest.update(row_id.encode("ascii") + b"\n")
            if count == 0:
                self._write(("," if self.summaries else "") + encode_basestring(name) + ":[")
            else:
                self._write(",")
            self._write(text)
            count += 1
        if count:
            self._write("]")
            self.summaries[name] = {"count": count, "ids_sha256": digest.hexdigest()}
        return count

    def finish(
        self, manifest: dict[str, Any], tombstones: Sequence[dict[str, Any]] = ()
    ) -> tuple[bytes, int]:
        """Close the document with `manifest` (+ the tables' summaries) and the purge
        tombstones, if any: (zlib data, size)."""
        if tombstones:
            self._write('},"tombstones":' + dumps(list(tombstones)))
        else:
            self._write("}")
        self._write(',"manifest":' + dumps({**manifest, "tables": self.summaries}) + "}")
        self._flush()
        self._compressed.append(self._deflate.flush())
        data = b"".join(self._compressed)
        self._compressed = []
        return data, self.size
