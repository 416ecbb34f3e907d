"""The synced tables as sync sees them: columns, references, and rows to and from bundles.

A row travels as a flat JSON object: `id`, `created_at`, `updated_at`, `vv`, `dots` (compact,
with the "*" default dot of `models.base`) and the data columns, with dates, datetimes and
bytes tagged (`codec`). Datetimes are stored naive (UTC) in the vault; in a bundle they are
UTC with an offset. Decoding gives back exactly the Python values the vault returns, so that
the merge can compare an incoming value with a stored one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, DateTime, LargeBinary, Table
from sqlalchemy.orm import Session

from lvs_desktop.models.base import (
    BOOKKEEPING_COLUMNS,
    DEFAULT_DOT,
    compact_dots,
    expand_dots,
    synced_classes,
)
from lvs_desktop.sync.codec import decode_value, encode_value
from lvs_desktop.sync.hlc import Dot
from lvs_desktop.sync.merge import RowState

YOUTH = "youth"
AUDIT = "audit_event"


@dataclass(frozen=True)
class SyncTable:
    """One synced table: its SQLAlchemy table, data fields and references to other tables."""

    name: str
    model: type[Any]
    table: Table
    fields: tuple[str, ...]
    field_set: frozenset[str]
    references: tuple[tuple[str, str], ...]  # (column, referenced table)
    datetimes: frozenset[str]
    dates: frozenset[str]
    binaries: frozenset[str]
    typed: frozenset[str]  # the columns that travel tagged: all three above

    def references_to(self, target: str) -> tuple[str, ...]:
        key = (self.name, target)  # asked for every incoming row: worked out once
        found = _REFERENCES.get(key)
        if found is None:
            found = _REFERENCES[key] = tuple(c for c, ref in self.references if ref == target)
        return found

    def scope_names(self) -> tuple[str, ...]:
        """What deciding an export's scope reads of a row: the id, `updated_at`, every
        reference (and an audit event's `record_id`), and `vv`/`dots`, all as stored (text:
        decoded only where a rule needs them). Never the data itself."""
        names = ["id", "updated_at", *(col for col, _ in self.references)]
        if "record_id" in self.table.c and "record_id" not in names:
            names.append("record_id")
        return (*names, "vv", "dots")

    def read_scope(self, cursor: Any, column: str, values: list[str]) -> Iterator[dict[str, Any]]:
        """The scope columns (`scope_names`) of the rows whose `column` is one of `values`,
        read through the raw DBAPI cursor, as dicts."""
        names = self.scope_names()
        columns = ", ".join('"' + n + '"' for n in names)
        marks = ",".join("?" * len(values))
        sql = f'SELECT {columns} FROM "{self.name}" WHERE "{column}" IN ({marks})'
        for raw in cursor.execute(sql, values):
            yield dict(zip(names, raw, strict=True))

    # -- vault row <-> merge state -------------------------------------------------------

    def state(self, row: Mapping[str, Any]) -> RowState:
        dots = expand_dots(row["dots"] or {}, self.fields)
        return RowState(
            values={f: row[f] for f in self.fields},
            vv=dict(row["vv"] or {}),
            dots={f: Dot(d[0], int(d[1]), int(d[2])) for f, d in dots.items()},
        )

    @staticmethod
    def stored_dots(state: RowState) -> dict[str, Any]:
        return compact_dots({f: list(d) for f, d in state.dots.items()})

    # -- vault row <-> bundle row --------------------------------------------------------

    def encode(self, row: Mapping[str, Any]) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in self.fields:
            value = row[name]
            if name in self.datetimes and value is not None:
                value = _utc(value)
            data[name] = encode_value(value)
        return {
            "id": row["id"],
            "created_at": encode_value(_utc(row["created_at"])),
            "updated_at": encode_value(_utc(row["updated_at"])),
            "vv": row["vv"] or {},
            "dots": row["dots"] or {},
            "data": data,
        }

    def decode(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """Bundle data (JSON) -> the Python values a vault row holds (known columns only)."""
        typed, dts, days = self.typed, self.datetimes, self.dates
        out: dict[str, Any] = {}
        for name in self.fields:
            if name in values:
                raw = values[name]
                # None, or a plain scalar in a column without a tag, is itself (what
                # `decode_column` returns for it), without a call per value (300,000 rows).
                if raw is None or (type(raw) in _SCALARS and name not in typed):
                    out[name] = raw
                elif type(raw) is dict and len(raw) == 1 and "$dt" in raw and name in dts:
                    out[name] = naive_time(raw["$dt"])
                elif type(raw) is dict and len(raw) == 1 and "$d" in raw and name in days:
                    out[name] = date.fromisoformat(raw["$d"])
                else:
                    out[name] = self.decode_column(name, raw)
        return out

    def decode_column(self, name: str, raw: Any) -> Any:
        value = decode_value(raw) if isinstance(raw, dict | list) else raw
        if value is None:
            return None
        if name in self.datetimes:
            if not isinstance(value, datetime):
                raise ValueError(name)
            return naive(value)
        if name in self.dates:
            if isinstance(value, datetime) or not isinstance(value, date):
                raise ValueError(name)
            return value
        if name in self.binaries and not isinstance(value, bytes):
            raise ValueError(name)
        return value


_SCALARS = frozenset({str, int, float, bool})
_REFERENCES: dict[tuple[str, str], tuple[str, ...]] = {}


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def naive_time(text: str) -> datetime:
    """A tagged datetime's text -> the naive UTC datetime the vault holds (what
    `naive(decode_value({"$dt": text}))` gives, in one step)."""
    return datetime.fromisoformat(text).astimezone(UTC).replace(tzinfo=None)


def naive(value: Any) -> Any:
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def dots_from_bundle(raw: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Dot]:
    """Compact bundle dots ("*" default) -> one `Dot` per field."""
    default = raw.get(DEFAULT_DOT)
    out: dict[str, Dot] = {}
    for name in fields:
        dot = raw.get(name, default)
        if dot is not None:
            out[name] = Dot(str(dot[0]), int(dot[1]), int(dot[2]))
    return out


@cache
def sync_tables() -> tuple[SyncTable, ...]:
    """Every synced table, parents before children."""
    tables = []
    for model in synced_classes():
        table: Table = model.__table__
        fields = tuple(c.key for c in table.columns if c.key not in BOOKKEEPING_COLUMNS)
        refs = tuple(
            (fk.parent.key, fk.column.table.name)
            for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.key)
        )
        kinds = {c.key: type(c.type) for c in table.columns}
        tables.append(
            SyncTable(
                name=table.name,
                model=model,
                table=table,
                fields=fields,
                field_set=frozenset(fields),
                references=refs,
                datetimes=frozenset(k for k in fields if issubclass(kinds[k], DateTime)),
                dates=frozenset(
                    k
                    for k in fields
                    if issubclass(kinds[k], Date) and not issubclass(kinds[k], DateTime)
                ),
                binaries=frozenset(k for k in fields if issubclass(kinds[k], LargeBinary)),
                typed=frozenset(
                    k for k in fields if issubclass(kinds[k], DateTime | Date | LargeBinary)
                ),
            )
        )
    return tuple(tables)


def table_named(name: str) -> SyncTable:
    for table in sync_tables():
        if table.name == name:
            return table
    raise KeyError(name)


def raw_cursor(session: Session) -> Any:
    """A DBAPI cursor on the session's connection (inside its transaction)."""
    return session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
