"""A recorded response to a letter sent: who responded (or did not), on which day, noted by whom.

The letters-sent list of a PV or a Halt referral says "(niet) gereageerd" only from these rows,
never from the dates of later conversations (issue 11, defect 4). One letter may go to two
parents at one address: each records their own response. The newest live row per letter and
recipient counts; older ones are kept (history), a mistake is corrected by recording again.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lvs_desktop.models.base import Base, Synced
from lvs_desktop.models.casework import Case
from lvs_desktop.models.decisions import Letter
from lvs_desktop.models.people import Consultant


class LetterResponse(Synced, Base):
    """`responded` on `noted_on`: the day the recipient responded, or (False) the day the
    consultant noted that no response came. `recipient_id` is a guardian or youth id (no
    foreign key: like `Letter.recipient_id` it may name either)."""

    __tablename__ = "letter_response"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    letter_id: Mapped[str] = mapped_column(ForeignKey("letter.id"), index=True)
    recipient_kind: Mapped[str] = mapped_column(String(20), default="guardian")
    recipient_id: Mapped[str | None] = mapped_column(String(36), default=None)
    recipient_name: Mapped[str] = mapped_column(String(240), default="")
    responded: Mapped[bool] = mapped_column(Boolean)
    noted_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), default=None)

    case: Mapped[Case] = relationship()
    letter: Mapped[Letter] = relationship()
    recorded_by: Mapped[Consultant | None] = relationship()
