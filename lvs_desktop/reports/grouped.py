"""Counting in SQL: the shared pieces of the grouped queries behind the annual figures.

Measured on the five-year large region, reading the vault's pages costs little once they are
in the page cache (a count over all 50,000 cases: 13 ms); turning rows into Python objects
costs most. So a figure that is a plain count of rows that no other figure reads (reports,
exemptions, enforcement steps) asks SQLite for the count: one grouped query per family of
figures, a few hundred rows back. SQLite groups through a sorter at about 1.5-3 µs a row, no
faster than Python, so the figures over the cases first moved to SQL measured slower (past
deadline 0.76 s against 0.59 s). With the indexes of migration 0021 they no longer sort: a
column per reference date summed over a covering index in its order (open per consultant), a
range of the index on the first report (days to contact, first contact too late), the cases
of one kind by the kind's index, the late tasks grouped in index order. Each reads index
pages only and returns a few dozen rows, so no figure reads all 50,000 cases into Python
(0.3 s by itself). Each query is the one definition of its figure; the Python counting it
replaced lives on in the tests as an independent oracle (`tests/reports/row_oracle.py`).

Dates are stored as ISO text, so a date compares as text and its school year is
`year - (month < 8)`. Only ids, codes, dates and counts pass through here: no personal data.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session

from lvs_desktop.reports.tally import Tally, Window

T = TypeVar("T")

#: `Tally.cache` key prefix (+ a figure's key): the vault holds no data for that figure, and
#: the value says why in Dutch. `build.layout` shows the figure without rows, the reason
#: added to its definition, instead of zeros that would read as facts.
NO_DATA = "no_data:"


def school_year(column: str) -> str:
    """SQL: the start year of the school year of an ISO date (or timestamp) column."""
    return f"(CAST(substr({column}, 1, 4) AS INTEGER) - (substr({column}, 6, 2) < '08'))"


def fetch(session: Session, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run `sql` with `?` parameters through the raw cursor inside the session's transaction."""
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return list(cursor.execute(sql, tuple(params)))
    finally:
        cursor.close()


def marks(values: Sequence[object]) -> str:
    """`?, ?, ?` for an IN list (at least one placeholder: an empty list matches nothing)."""
    return ", ".join("?" for _ in values) or "NULL"


def in_window(window: Window) -> tuple[str, str]:
    """The first and last day of the window as ISO text (a date inside compares between)."""
    return window.start.isoformat(), window.end.isoformat()


def years_cte(window: Window) -> tuple[str, list[Any]]:
    """`y(i, sy, start, cutoff)`: one row per school year that has started on `as_of`, with
    its position in the window, start year, first day and reference date ("at year end")."""
    rows: list[str] = []
    params: list[Any] = []
    for i, year in enumerate(window.years):
        cutoff = window.cutoff(year)
        if cutoff is not None:
            rows.append("(?, ?, ?, ?)")
            params += [i, year.start_year, year.start.isoformat(), cutoff.isoformat()]
    if not rows:
        return "y(i, sy, start, cutoff) AS (SELECT 0, 0, '', '' WHERE 0)", []
    return f"y(i, sy, start, cutoff) AS (VALUES {', '.join(rows)})", params


def cached(tally: Tally, key: str, load: Callable[[], T]) -> T:
    """`load()` once per computation (kept in the tally's cache under `key`)."""
    if key not in tally.cache:
        tally.cache[key] = load()
    return cast(T, tally.cache[key])
