"""Tables that stay in one vault: replica identity, settings, reference lists, sync state.

None of these travel in a bundle; they carry no version vector.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, new_id, utcnow


class ReplicaState(Base):
    """This vault as a replica: its id, change counter, clock and signing key (one row)."""

    __tablename__ = "replica_state"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    owner_id: Mapped[str | None] = mapped_column(String(36), default=None)
    role: Mapped[str] = mapped_column(String(12), default="consultant")
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    clock_flagged_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Setting(Base):
    """A vault setting (letterhead, deadline terms, auto-lock, …) as JSON under a key."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class ReferenceCode(Base):
    """An entry of a list the law or the region may change (report types, routes, …)."""

    __tablename__ = "reference_code"

    category: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_nl: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Conflict(Base):
    """A field changed on two replicas at once: the winner went live, the loser is kept here."""

    __tablename__ = "sync_conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20), default="field")
    winner_value: Mapped[Any] = mapped_column(JSON, default=None)
    winner_dot: Mapped[Any] = mapped_column(JSON, default=None)
    loser_value: Mapped[Any] = mapped_column(JSON, default=None)
    loser_dot: Mapped[Any] = mapped_column(JSON, default=None)
    loser_actor: Mapped[str | None] = mapped_column(String(120), default=None)
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolution: Mapped[str | None] = mapped_column(String(20), default=None)


class YouthAlias(Base):
    """A youth id that was merged into a canonical one, so later bundles land on it."""

    __tablename__ = "youth_alias"

    alias_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    canonical_id: Mapped[str] = mapped_column(String(36), index=True)
    reason: Mapped[str] = mapped_column(String(20), default="bsn")
    linked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PeerKey(Base):
    """A replica's public signing key, as first seen and accepted by this vault."""

    __tablename__ = "peer_key"

    replica_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    consultant_id: Mapped[str | None] = mapped_column(String(36), default=None)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    fingerprint: Mapped[str] = mapped_column(String(80))
    accepted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ExportLog(Base):
    """One export made from this vault: sequence number and the counter it covered."""

    __tablename__ = "export_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    sequence: Mapped[int] = mapped_column(Integer)
    consultant_id: Mapped[str | None] = mapped_column(String(36), default=None)
    up_to_counter: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[str | None] = mapped_column(Text, default=None)


class ImportLog(Base):
    """One bundle applied to this vault: source replica and its export sequence."""

    __tablename__ = "import_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    source_replica_id: Mapped[str] = mapped_column(String(36), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    summary: Mapped[str | None] = mapped_column(Text, default=None)
