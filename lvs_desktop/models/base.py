"""Declarative base and the sync bookkeeping every synced row carries (DESIGN §3, §5).

The bookkeeping columns are declared here once; they are *filled* in one place only, the
store's flush hook (`lvs_desktop.store.bookkeeping`), so that no service can change a row
without it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, DateTime, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Columns that are bookkeeping, not data: they carry no dot of their own.
BOOKKEEPING_COLUMNS = frozenset({"id", "vv", "dots", "created_at", "updated_at"})


def new_id() -> str:
    """A new row id: a random UUID as text (never an auto-increment)."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every table, synced or local."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON}


class Synced:
    """Mixin for rows that travel between vaults.

    `vv` maps replica id -> highest counter seen; `dots` maps a data field -> [replica id,
    counter, hlc] of the change that last set it. `deleted` is a tombstone and a data field.
    """

    __synced__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    vv: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    dots: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)

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
