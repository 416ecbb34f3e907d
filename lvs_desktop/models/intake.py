"""The intake of absence reports from DUO's Verzuimloket (issue 12): profiles and the inbox.

Both tables stay in the vault that imports (the team lead's or the administration's); neither
travels in a bundle. What travels is what an assignment makes of an inbox row: the youth, the
case and the `Report`, the usual synced rows.

* `IntakeProfile`: a named mapping of a download's column names to our fields, for a region
  whose export names the columns differently from the default (`services.intake.profiles`).
* `IntakeReport`: one imported report that is not (yet) part of a case: `status` "new" (waits
  for a consultant), "candidate" (a name and birth date without BSN or onderwijsnummer that
  look like a youth we know: a person says whether it is the same one) or "assigned" (became a
  case's report; `case_id` names it). Once assigned, the personal fields are emptied (the case
  holds them now); the DUO number stays, so a re-import of the file is recognised.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, new_id, utcnow

INTAKE_STATUSES = ("new", "candidate", "assigned", "removed")  # removed: see intake.upkeep


class IntakeProfile(Base):
    """A region's mapping of column names (field → column), stored under a name."""

    __tablename__ = "intake_profile"

    name: Mapped[str] = mapped_column(String(60), primary_key=True)
    columns: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class IntakeReport(Base):
    """An imported absence report waiting in the intake inbox (or assigned, see above)."""

    __tablename__ = "intake_report"
    __table_args__ = (Index("ix_intake_report_status", "status", "received_on"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    status: Mapped[str] = mapped_column(String(12), default="new")
    duo_number: Mapped[str] = mapped_column(String(40), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    file_name: Mapped[str | None] = mapped_column(String(200), default=None)
    line: Mapped[int] = mapped_column(Integer, default=0)
    # the youth as the file gives it
    bsn: Mapped[str | None] = mapped_column(String(9), default=None, index=True)
    onderwijsnummer: Mapped[str | None] = mapped_column(String(9), default=None, index=True)
    given_names: Mapped[str | None] = mapped_column(String(120), default=None)
    surname_prefix: Mapped[str | None] = mapped_column(String(20), default=None)
    surname: Mapped[str | None] = mapped_column(String(120), default=None)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    street: Mapped[str | None] = mapped_column(String(120), default=None)
    house_number: Mapped[str | None] = mapped_column(String(20), default=None)
    postcode: Mapped[str | None] = mapped_column(String(10), default=None)
    city: Mapped[str | None] = mapped_column(String(80), default=None)
    # the report
    school_id: Mapped[str | None] = mapped_column(String(36), default=None)
    report_type: Mapped[str] = mapped_column(String(40))
    received_on: Mapped[date] = mapped_column(Date)
    period_start: Mapped[date | None] = mapped_column(Date, default=None)
    period_end: Mapped[date | None] = mapped_column(Date, default=None)
    hours_absent: Mapped[float] = mapped_column(Float, default=0.0)
    hours_unit: Mapped[str] = mapped_column(String(10), default="clock")
    reporter_name: Mapped[str | None] = mapped_column(String(120), default=None)
    reporter_function: Mapped[str | None] = mapped_column(String(120), default=None)
    reporter_phone: Mapped[str | None] = mapped_column(String(40), default=None)
    reporter_email: Mapped[str | None] = mapped_column(String(120), default=None)
    # matching and assignment
    youth_id: Mapped[str | None] = mapped_column(String(36), default=None)
    candidate_youth_id: Mapped[str | None] = mapped_column(String(36), default=None)
    case_id: Mapped[str | None] = mapped_column(String(36), default=None)
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
