"""The importer's bulk reads and inserts through the raw DBAPI cursor (issue 15, the merge).

SQLAlchemy Core costs more per row than SQLite itself when an import writes 350,000 rows:
compiling, building parameters, and then the same type conversions we need anyway. Here each
synced table gets a plan made once per session: its columns in order, and each column's own
SQLAlchemy bind and result processors, so that what is written and read is exactly what the
Core statements would write and read. The stored `vv` and `dots` JSON is encoded by one
reused C encoder of the standard library (the text `json.dumps` gives, without building an
encoder per value). A database error comes out as SQLAlchemy's own exception class, with its
parameters hidden as the vault's engine does (they may be personal data).
"""

from __future__ import annotations

import json.encoder
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import exc
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from lvs_desktop.sync.rows import SyncTable, raw_cursor
from lvs_desktop.sync.scope import chunks

Processor = Callable[[Any], Any] | None
JSON_COLUMNS = ("vv", "dots")


def _unencodable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


# json.dumps' own C encoder with json.dumps' default settings (separators ", " and ": ",
# ASCII only), made once instead of once per value.
_c_encoder = getattr(json.encoder, "c_make_encoder", None)
_ENCODE = (
    _c_encoder(
        None,  # no check for circular references (a stored dict has none)
        _unencodable,
        json.encoder.encode_basestring_ascii,
        None,  # no indent
        ": ",
        ", ",
        False,  # keys in their order
        False,  # no key skipped
        True,  # NaN as json.dumps writes it
    )
    if _c_encoder is not None
    else None
)


def json_text(value: dict[str, Any]) -> str:
    """`json.dumps(value)` for a dict (the stored bookkeeping), character for character."""
    if _ENCODE is None:  # pragma: no cover - CPython always has the C encoder
        return json.dumps(value)
    return "".join(_ENCODE(value, 0))


class TablePlan:
    """One table's columns with their processors, for raw inserts and reads."""

    def __init__(self, table: SyncTable, dialect: Dialect) -> None:
        self.table = table
        columns = list(table.table.columns)
        self.keys = tuple(c.key for c in columns)
        names = ", ".join(f'"{c.name}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.insert_sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'
        self.select_sql = f'SELECT {names} FROM "{table.name}" WHERE "id" IN '
        self.binds: tuple[Processor, ...] = tuple(
            c.type._cached_bind_processor(dialect) for c in columns
        )
        self.results: tuple[Processor, ...] = tuple(
            c.type._cached_result_processor(dialect, None) for c in columns
        )

    def bind_rows(self, rows: Iterable[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        """Rows (every column present) as the tuples SQLite stores."""
        take = itemgetter(*self.keys)
        processed = [
            (i, bind, key in JSON_COLUMNS)
            for i, (key, bind) in enumerate(zip(self.keys, self.binds, strict=True))
            if bind is not None
        ]
        # Many rows share one value object (the import's own `updated_at`): convert it once.
        last_in: list[Any] = [object()] * len(self.keys)
        last_out: list[Any] = [None] * len(self.keys)
        out: list[tuple[Any, ...]] = []
        for row in rows:
            values = list(take(row))
            for i, bind, is_json in processed:
                value = values[i]
                if value is last_in[i]:
                    values[i] = last_out[i]
                elif is_json and type(value) is dict:
                    values[i] = json_text(value)
                else:
                    last_in[i] = value
                    values[i] = last_out[i] = bind(value)
            out.append(tuple(values))
        return out

    def read_rows(self, raw: Iterable[Sequence[Any]]) -> Iterator[dict[str, Any]]:
        """Raw rows of `select_sql` as the dicts a Core `select(table)` gives."""
        plan = list(zip(self.keys, self.results, strict=True))
        for values in raw:
            yield {
                key: (result(value) if result is not None else value)
                for (key, result), value in zip(plan, values, strict=True)
            }


class RawIO:
    """Raw inserts and reads for one import's session (inside its transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.plans: dict[str, TablePlan] = {}

    def plan(self, table: SyncTable) -> TablePlan:
        plan = self.plans.get(table.name)
        if plan is None:
            plan = self.plans[table.name] = TablePlan(table, self.dialect)
        return plan

    def cursor(self) -> Any:
        self.session.flush()  # nothing the ORM holds may land after the raw statements
        return raw_cursor(self.session)

    def insert(self, table: SyncTable, rows: Iterable[Mapping[str, Any]]) -> None:
        """Insert whole rows (every column given), as `session.execute(insert, rows)`."""
        plan = self.plan(table)
        params = plan.bind_rows(rows)
        if params:
            with _as_sqlalchemy_error(plan.insert_sql):
                self.cursor().executemany(plan.insert_sql, params)

    def load(self, table: SyncTable, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The whole rows with these ids (one IN query per chunk), as Core would read them."""
        plan = self.plan(table)
        found: dict[str, dict[str, Any]] = {}
        cursor = self.cursor()
        for batch in chunks(ids):
            sql = plan.select_sql + "(" + ",".join("?" * len(batch)) + ")"
            with _as_sqlalchemy_error(sql):
                raw = cursor.execute(sql, batch).fetchall()
            for row in plan.read_rows(raw):
                found[row["id"]] = row
        return found

    def existing_ids(self, table: SyncTable, ids: Iterable[str]) -> list[str]:
        """Which of these ids the table holds."""
        out: list[str] = []
        cursor = self.cursor()
        for batch in chunks(ids):
            sql = f'SELECT "id" FROM "{table.name}" WHERE "id" IN ({",".join("?" * len(batch))})'
            with _as_sqlalchemy_error(sql):
                out.extend(r[0] for r in cursor.execute(sql, batch))
        return out


@contextmanager
def _as_sqlalchemy_error(statement: str) -> Iterator[None]:
    """Re-raise a DBAPI error as the SQLAlchemy exception Core would raise, parameters hidden."""
    try:
        yield
    except sqlcipher.Error as error:
        raise exc.DBAPIError.instance(
            statement, None, error, sqlcipher.Error, hide_parameters=True
        ) from error
