"""The marker a retention purge leaves behind: which record was destroyed, and when.

A `PurgeTombstone` holds a table name, a record id and dates, never personal data. It stays
in the vault that purged (or learned of) the record and travels in every bundle, so that no
other laptop's copy of the record can bring it back (DESIGN §5 "Purges"). It is written once
and never changed; it carries no version vector.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, utcnow


class PurgeTombstone(Base):
    """One destroyed record: its table and id, the day of the purge, when this vault learned it."""

    __tablename__ = "purge_tombstone"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    purged_on: Mapped[date] = mapped_column(Date)
    # When this vault recorded it (the replica clock's time): an export "since the last one"
    # sends the tombstones recorded after that export.
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
