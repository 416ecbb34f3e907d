"""What the letter services hand to screens and the CLI: plain read models, no ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class KindInfo:
    """A letter kind as the "new letter" dialog offers it."""

    kind: str
    title: str
    description: str
    recipients: tuple[str, ...]
    to_suspect: bool
    uses_appointment: bool
    uses_exemption: bool
    uses_suspect: bool  # a summons or PV: against a parent or the pupil
    uses_reasons: bool  # may show the pupil's reasons (consent of a pupil of 16+)
    uses_halt: bool
    draft: bool


@dataclass(frozen=True)
class DraftLetter:
    """A letter drawn in memory, not stored: what the preview shows before saving."""

    kind: str
    title: str
    recipient_kind: str
    recipient_id: str | None
    recipient_name: str
    pdf: bytes
    sha256: str
    final: bool


@dataclass(frozen=True)
class StoredLetter:
    """A letter as kept in the vault."""

    id: str
    case_id: str
    reference: str
    kind: str
    title: str
    recipient_name: str
    sent_on: date
    printed_at: datetime | None
    finalised: bool
    draft: bool  # a draft kind (PV, Halt) not finalised: it carries "CONCEPT"
    void_reason: str | None = None  # voided: kept and shown, struck through, not sent


@dataclass(frozen=True)
class SuspectChoice:
    """Who a summons or PV can be against: a parent (guardian id) or the pupil (None)."""

    guardian_id: str | None
    name: str
