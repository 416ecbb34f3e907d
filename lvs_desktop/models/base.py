"""Declarative base and the sync bookkeeping every synced row carries (DESIGN §3, §5).

The bookkeeping columns are declared here once; they are *filled* in one place only, the
store's flush hook (`lvs_desktop.store.bookkeeping`), so that no service can change a row
without it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import uuid6
from sqlalchemy import JSON, Boolean, DateTime, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Columns that are bookkeeping, not data: they carry no dot of their own.
BOOKKEEPING_COLUMNS = frozenset({"id", "vv", "dots", "created_at", "updated_at"})

# In the stored `dots`, the dot under this key holds for every field not named on its own:
# a new row stores one dot, not one per column (rows would otherwise double in size).
DEFAULT_DOT = "*"


def expand_dots(stored: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    """Stored (compact) dots -> one dot per field."""
    default = stored.get(DEFAULT_DOT)
    out = {f: stored.get(f, default) for f in fields}
    return {f: d for f, d in out.items() if d is not None}


def compact_dots(per_field: dict[str, Any]) -> dict[str, Any]:
    """One dot per field -> the stored form: the most common dot as default, the rest named."""
    if not per_field:
        return {}
    counts: dict[tuple[Any, ...], int] = {}
    for dot in per_field.values():
        counts[tuple(dot)] = counts.get(tuple(dot), 0) + 1
    default = max(counts, key=lambda d: (counts[d], d))
    out: dict[str, Any] = {DEFAULT_DOT: list(default)}
    out.update({f: list(d) for f, d in per_field.items() if tuple(d) != default})
    return out


def new_id() -> str:
    """A new row id: a time-ordered UUID (v7) as text, never an auto-increment.

    Time-ordered ids keep inserts local in the primary-key B-tree (raw inserts of the large
    region in key order took 6.5 s instead of 10.3 s with random v4 ids).
    """
    return str(uuid6.uuid7())


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every table, synced or local."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Synced:
    """Mixin for rows that travel between vaults.

    `vv` maps replica id -> highest counter seen; per data field, a dot [replica id, counter,
    hlc] names the change that last set it (read them with `field_dots()`; `dots` stores them
    compactly, see DEFAULT_DOT). `deleted` is a tombstone and a data field.
    """

    __synced__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    vv: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    dots: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)

    def field_dots(self) -> dict[str, Any]:
        """The dot `[replica_id, counter, hlc]` that last set each data field."""
        return expand_dots(self.dots or {}, type(self).data_fields())

    def set_field_dots(self, per_field: dict[str, Any]) -> None:
        """Store one dot per field (in compact form), e.g. after a merge."""
        self.dots = compact_dots(per_field)

    @classmethod
    def data_fields(cls) -> tuple[str, ...]:
        """The columns that carry a dot: every column except the bookkeeping ones."""
        table = cls.__table__  # type: ignore[attr-defined]
        return tuple(c.key for c in table.columns if c.key not in BOOKKEEPING_COLUMNS)


def synced_classes() -> list[type[Any]]:
    """Every mapped class that carries the sync bookkeeping, parents before children."""
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    classes = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)]
    return sorted(classes, key=lambda c: order[c.__tablename__])
