"""What the program keeps about a bug: an error id and where it happened, never row values.

A person sees only a one-line message with the error id; the detail stays inside the vault
(encrypted) in `error_record`, found again by that id (`lvs-desktop errors ID`). It is local to
this vault (it does not travel in bundles: a bug on one laptop is no business of another's),
holds the exception's type and file:line frames, and for a database error the engine's own
message (SQLite names tables and columns there, never values). An exception's own text is not
kept: it can hold a surname or a BSN, and a retention purge would not reach it here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, utcnow


class ErrorRecord(Base):
    """One bug as kept in the vault, under the id the user was shown."""

    __tablename__ = "error_record"

    error_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    context: Mapped[str] = mapped_column(String(80))
    error_type: Mapped[str] = mapped_column(String(120))
    location: Mapped[str] = mapped_column(String(600))
    db_message: Mapped[str | None] = mapped_column(String(300), default=None)
    app_version: Mapped[str] = mapped_column(String(40))
