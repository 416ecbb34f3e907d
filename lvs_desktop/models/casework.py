"""The case file: cases, absence reports, route decisions, contacts and follow-up tasks."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lvs_desktop.models.base import Base, Synced
from lvs_desktop.models.people import Consultant, Municipality, School, Youth
from lvs_desktop.models.voiding import Voidable

if TYPE_CHECKING:
    from lvs_desktop.models.decisions import Enforcement, Exemption, Letter


class Case(Synced, Base):
    """A dossier. `reference` (e.g. 2026-JD-0042) is the "Ons kenmerk" of every letter."""

    __tablename__ = "case_file"

    reference: Mapped[str] = mapped_column(String(24), index=True)
    youth_id: Mapped[str] = mapped_column(ForeignKey("youth.id"), index=True)
    consultant_id: Mapped[str] = mapped_column(ForeignKey("consultant.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(40), default="in_behandeling")
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    closing_reason: Mapped[str | None] = mapped_column(String(40), default=None)
    closing_note: Mapped[str | None] = mapped_column(String(40), default=None)
    outcome: Mapped[str | None] = mapped_column(Text, default=None)
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"), default=None)
    school_id: Mapped[str | None] = mapped_column(ForeignKey("school.id"), default=None)
    underlying_problems: Mapped[str | None] = mapped_column(Text, default=None)
    # Codes of the list "underlying_problem", sorted and comma-separated ("bullying,family"),
    # so the figures can count causes; `underlying_problems` holds the free text.
    problem_codes: Mapped[str | None] = mapped_column(String(200), default=None)

    youth: Mapped[Youth] = relationship(back_populates="cases")
    consultant: Mapped[Consultant] = relationship()
    municipality: Mapped[Municipality | None] = relationship()
    school: Mapped[School | None] = relationship()
    reports: Mapped[list[Report]] = relationship(
        back_populates="case", order_by="Report.received_on"
    )
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="case", order_by="Contact.occurred_at"
    )
    tasks: Mapped[list[Task]] = relationship(back_populates="case", order_by="Task.due_on")
    route_decisions: Mapped[list[RouteDecision]] = relationship(
        back_populates="case", order_by="RouteDecision.decided_on"
    )
    exemptions: Mapped[list[Exemption]] = relationship(back_populates="case")
    enforcements: Mapped[list[Enforcement]] = relationship(back_populates="case")
    letters: Mapped[list[Letter]] = relationship(back_populates="case")

    @property
    def is_open(self) -> bool:
        return self.closed_on is None and not self.deleted

    def current_route(self) -> RouteDecision | None:
        """The latest live route decision (history is kept; voided decisions do not count)."""
        live = [d for d in self.route_decisions if d.is_live]
        return live[-1] if live else None


class Report(Voidable, Synced, Base):
    """A report (melding) of absence, with the facts of the Besluit Verzuimmelding."""

    __tablename__ = "report"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    school_id: Mapped[str | None] = mapped_column(ForeignKey("school.id"), default=None)
    report_type: Mapped[str] = mapped_column(String(40))
    received_on: Mapped[date] = mapped_column(Date)
    period_start: Mapped[date | None] = mapped_column(Date, default=None)
    period_end: Mapped[date | None] = mapped_column(Date, default=None)
    hours_absent: Mapped[float] = mapped_column(Float, default=0.0)
    days_absent: Mapped[float] = mapped_column(Float, default=0.0)
    late_count: Mapped[int] = mapped_column(Integer, default=0)
    hours_unit: Mapped[str] = mapped_column(String(10), default="clock")
    all_lessons_missed: Mapped[bool] = mapped_column(Boolean, default=False)
    suspected_reason: Mapped[str | None] = mapped_column(Text, default=None)
    school_actions: Mapped[str | None] = mapped_column(Text, default=None)
    school_wants_action: Mapped[bool] = mapped_column(Boolean, default=True)
    reporter_name: Mapped[str | None] = mapped_column(String(120), default=None)
    reporter_function: Mapped[str | None] = mapped_column(String(120), default=None)
    reporter_phone: Mapped[str | None] = mapped_column(String(40), default=None)
    reporter_email: Mapped[str | None] = mapped_column(String(120), default=None)
    duo_number: Mapped[str | None] = mapped_column(String(40), default=None)
    duo_status: Mapped[str] = mapped_column(String(40), default="in_behandeling")

    case: Mapped[Case] = relationship(back_populates="reports")
    school: Mapped[School | None] = relationship()


class RouteDecision(Voidable, Synced, Base):
    """A choice of MAS route: date, rationale, who decided, and any override of the rules."""

    __tablename__ = "route_decision"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    route: Mapped[str] = mapped_column(String(40))
    decided_on: Mapped[date] = mapped_column(Date)
    decided_by_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), default=None)
    rationale: Mapped[str] = mapped_column(Text, default="")
    eligible: Mapped[bool] = mapped_column(Boolean, default=True)
    override_reason: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="route_decisions")
    decided_by: Mapped[Consultant | None] = relationship()


class Contact(Voidable, Synced, Base):
    """A conversation or an attempt (home visit, phone, school, WhatsApp, invitation)."""

    __tablename__ = "contact"
    __table_args__ = (Index("ix_contact_case_time", "case_id", "occurred_at", "kind", "deleted"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), default=None)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    mode: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20), default="conversation")
    answered: Mapped[bool | None] = mapped_column(Boolean, default=None)
    participants: Mapped[str | None] = mapped_column(Text, default=None)
    location: Mapped[str | None] = mapped_column(String(160), default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str | None] = mapped_column(Text, default=None)
    is_interrogation: Mapped[bool] = mapped_column(Boolean, default=False)
    cautie_given: Mapped[bool] = mapped_column(Boolean, default=False)
    statement: Mapped[str | None] = mapped_column(Text, default=None)
    # A verhoor (issue 11, migration 0014): who was heard (the youth, or one guardian by id,
    # deliberately without a foreign key, like `voided_by_id`), what he was told and offered,
    # and how the statement was closed; `consultant_id` is who held it.
    heard_role: Mapped[str | None] = mapped_column(String(10), default=None)  # youth / guardian
    heard_guardian_id: Mapped[str | None] = mapped_column(String(36), default=None)
    suspicion_explained: Mapped[bool] = mapped_column(Boolean, default=False)
    counsel: Mapped[str | None] = mapped_column(String(20), default=None)  # waived / present
    counsel_name: Mapped[str | None] = mapped_column(String(120), default=None)
    interpreter: Mapped[str | None] = mapped_column(String(120), default=None)
    read_back: Mapped[bool] = mapped_column(Boolean, default=False)
    signature: Mapped[str | None] = mapped_column(String(10), default=None)  # signed / refused
    # the ids of the parents (guardian rows) who were at the conversation, comma-separated
    # (migration 0016): a parent not listed gets the informational agreements letter
    guardians_present: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="contacts")
    consultant: Mapped[Consultant | None] = relationship()


class Task(Synced, Base):
    """A follow-up with a due date, often an agreement made in a contact."""

    __tablename__ = "task"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), default=None)
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)
    # open, done, not_needed (list "task_status"); done_on is the day it was closed either way,
    # so every "open task" query (done_on IS NULL) leaves a task that was not needed alone.
    status: Mapped[str] = mapped_column(String(20), default="open")
    done_note: Mapped[str | None] = mapped_column(Text, default=None)

    case: Mapped[Case] = relationship(back_populates="tasks")
