"""Work beside the casework (issue 13, items 4, 5 and 8).

* `PreventionActivity`: preventive work and advice not tied to a case (a presentation, a
  meeting, a school visit, an advice or a question): what kind, asked by whom (a school, a
  partner, a parent, someone else), about what, how long, when, by which consultant, at which
  school if any. Kinds and requesters are the reference lists "prevention_kind" and
  "prevention_requester" (migration 0018). Synced: a consultant's entries travel to the team
  lead in her bundle (`sync.scope`), like her cases.
* `ThuiszitterOffer`: the offer of education or care made to a thuiszitter (the region aims at
  one within 3 months of the first day at home), on the case the youth is counted for. A
  child row of the case: it travels and is authorised with the case.
* `ReportText`: the text a team lead writes under a table of the annual report, per school
  year, area (the region or a municipality) and table. Local: the document is the team
  lead's, drawn up in the team vault; it does not travel.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, Synced, utcnow


class PreventionActivity(Synced, Base):
    """One piece of preventive work or advice by a consultant (no youth, no case)."""

    __tablename__ = "prevention_activity"

    consultant_id: Mapped[str] = mapped_column(ForeignKey("consultant.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(40))
    requester: Mapped[str] = mapped_column(String(40))
    topic: Mapped[str] = mapped_column(String(300))
    minutes: Mapped[int] = mapped_column(Integer)
    school_id: Mapped[str | None] = mapped_column(ForeignKey("school.id"), default=None)
    partner_id: Mapped[str | None] = mapped_column(ForeignKey("partner.id"), default=None)


class ThuiszitterOffer(Synced, Base):
    """The offer (education, care, or both) made on a thuiszitter's case: when and what."""

    __tablename__ = "thuiszitter_offer"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    offered_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(String(300), default=None)


class ReportText(Base):
    """A team lead's text under one table of the annual report (local, never synced)."""

    __tablename__ = "report_text"

    school_year: Mapped[str] = mapped_column(String(9), primary_key=True)
    area: Mapped[str] = mapped_column(String(80), primary_key=True)
    table_key: Mapped[str] = mapped_column(String(60), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
