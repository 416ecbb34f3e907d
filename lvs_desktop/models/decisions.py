"""Decisions and documents: exemptions, enforcement steps and letters (with their PDF bytes)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from lvs_desktop.models.base import Base, Synced
from lvs_desktop.models.casework import Case
from lvs_desktop.models.people import Consultant, Guardian, Youth
from lvs_desktop.models.voiding import Voidable


class Exemption(Synced, Base):
    """A vrijstelling or leave decision, by article (5a, 5b, 5c, 15, 3a, 3b, 11g/14, 13a)."""

    __tablename__ = "exemption"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    youth_id: Mapped[str] = mapped_column(ForeignKey("youth.id"), index=True)
    article: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date)
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    # received -> advice asked -> decided, on this one record (the figures count it once)
    advice_requested_on: Mapped[date | None] = mapped_column(Date, default=None)
    advice_from: Mapped[str | None] = mapped_column(String(120), default=None)
    # the motivation of the decision (required for a decision letter); art. 14 lid 3: the
    # day the head of the school was heard on extra leave over ten days (migration 0016)
    grounds: Mapped[str | None] = mapped_column(Text, default=None)
    head_consulted_on: Mapped[date | None] = mapped_column(Date, default=None)

    case: Mapped[Case] = relationship(back_populates="exemptions")
    youth: Mapped[Youth] = relationship()


class Enforcement(Synced, Base):
    """An enforcement step: warning, Halt referral, PV (parent or pupil), fine, SVB report."""

    __tablename__ = "enforcement"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    absence_kind: Mapped[str] = mapped_column(String(20), default="relative")
    subject_guardian_id: Mapped[str | None] = mapped_column(ForeignKey("guardian.id"), default=None)
    dated_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(40), default=None)
    halt_hours: Mapped[float | None] = mapped_column(Float, default=None)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    outcome_on: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    outcome_note: Mapped[str | None] = mapped_column(Text, default=None)
    # a PV's course: sent to the OM, the OM's decision, the court's outcome (lists
    # "om_decision" and "court_outcome"); a fine's amount in euro cents
    sent_on: Mapped[date | None] = mapped_column(Date, default=None)
    om_decision: Mapped[str | None] = mapped_column(String(20), default=None)
    om_decision_on: Mapped[date | None] = mapped_column(Date, default=None)
    court_outcome: Mapped[str | None] = mapped_column(String(20), default=None)
    court_outcome_on: Mapped[date | None] = mapped_column(Date, default=None)
    fine_cents: Mapped[int | None] = mapped_column(Integer, default=None)

    case: Mapped[Case] = relationship(back_populates="enforcements")
    subject_guardian: Mapped[Guardian | None] = relationship()


class Letter(Voidable, Synced, Base):
    """A letter as sent: the exact PDF bytes and their sha256, so it can be shown and reprinted."""

    __tablename__ = "letter"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    recipient_kind: Mapped[str] = mapped_column(String(20), default="guardian")
    recipient_id: Mapped[str | None] = mapped_column(String(36), default=None)
    recipient_name: Mapped[str] = mapped_column(String(240), default="")
    sent_on: Mapped[date] = mapped_column(Date)
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    sha256: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # The day the consultant marked it as posted: the date that counts for deadlines and for
    # the PV's list of letters (`sent_on` is the date printed on the letter).
    posted_on: Mapped[date | None] = mapped_column(Date, default=None)
    finalised: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), default=None)
    # A PV the OM rules advise against, drawn anyway: the consultant's reason (printed in it)
    override_reason: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="letters")
    created_by: Mapped[Consultant | None] = relationship()


class AuditEvent(Synced, Base):
    """Who did what to which record, and when. Append-only; the detail holds no personal data."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_chain", "replica_id", "seq"),
        Index("ix_audit_event_actor_at", "actor_id", "at"),  # a person's events; exports
        Index("ix_audit_event_at", "at"),  # the log newest first
    )

    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[str | None] = mapped_column(String(36), default=None)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    detail: Mapped[str | None] = mapped_column(Text, default=None)
    # The hash chain (issue 14; `store.audit_chain`): the replica that wrote the event, its
    # place in that replica's chain, the previous event's hash and its own (SHA-256, hex).
    # Filled when the event is written, never changed: triggers refuse UPDATE and DELETE.
    replica_id: Mapped[str | None] = mapped_column(String(36), default=None)
    seq: Mapped[int | None] = mapped_column(Integer, default=None)
    prev_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    hash: Mapped[str | None] = mapped_column(String(64), default=None)
