"""Corrections without losing history: a wrong entry is voided with a reason, never deleted.

A voided report, contact, route decision or letter stays in the timeline and the audit (struck
through, with its reason) but counts for nothing: not in the figures, letters or deadlines.
The void fields are ordinary data fields, so a void travels through sync with its own dots.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

VOID_REASON_MAX = 500


class Voidable:
    """Mixin: `voided_on`, `void_reason`, `voided_by_id`; `is_live` = not deleted, not voided."""

    voided_on: Mapped[date | None] = mapped_column(Date, default=None)
    void_reason: Mapped[str | None] = mapped_column(Text, default=None)
    # The consultant's id, deliberately without a foreign key (like `Letter.recipient_id`): a
    # second key to `consultant` would make the rows' existing consultant relationships
    # ambiguous, and the audit event of the void names the actor as well.
    voided_by_id: Mapped[str | None] = mapped_column(String(36), default=None)

    @property
    def is_void(self) -> bool:
        return self.voided_on is not None

    @property
    def is_live(self) -> bool:
        """Counts in figures, letters and deadlines: neither a tombstone nor voided."""
        return not getattr(self, "deleted", False) and self.voided_on is None
