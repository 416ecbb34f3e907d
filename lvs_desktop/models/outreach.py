"""RMC outreach and referrals to partners (issue 13, items 1 and 2): rows owned by a case.

* `OutreachStep`: one dated step of an outreach case through the phases of the list
  "outreach_phase" (in beeld → benaderd → gesproken → traject → uitgestroomd). Every step is
  a row of its own, so the history is kept and a case that spans two school years counts each
  step in the year of its date. The step into *uitgestroomd* carries the destination (list
  "outreach_destination"); `programme` (list "outreach_programme", e.g. MatchMakers) names the
  programme the step happened in, so placements per programme are counted from plain columns.
  Whether a destination is positive is decided once, in `models.rules.outreach`.
* `Referral`: a hand-over (warm or not) of the case to a partner of the region's register:
  who (`partner_id`), when, why, the consent for sharing data (by whom and on which day; see
  `models.rules.outreach.CONSENT_COVERS`), accepted yes/no, a follow-up date (a task on the
  agenda, `task_id`) and the result (code of "referral_result" plus free text).

Both hang off `case_file` by `case_id`, so they travel in bundles with their case
(`sync.scope.case_children`) and fall under the case's owner in `sync.authority`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lvs_desktop.models.base import Base, Synced


class OutreachStep(Synced, Base):
    """A dated phase of an outreach case; the newest live step (by date) is the current phase."""

    __tablename__ = "outreach_step"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), default=None)
    phase: Mapped[str] = mapped_column(String(20))
    taken_on: Mapped[date] = mapped_column(Date)
    destination: Mapped[str | None] = mapped_column(String(24), default=None)
    programme: Mapped[str | None] = mapped_column(String(24), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)


class Referral(Synced, Base):
    """A referral (verwijzing) or hand-over (overdracht) of a case to a partner."""

    __tablename__ = "referral"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"))
    consultant_id: Mapped[str | None] = mapped_column(ForeignKey("consultant.id"), default=None)
    referred_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    warm: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_by: Mapped[str] = mapped_column(String(20))
    consent_on: Mapped[date] = mapped_column(Date)
    follow_up_on: Mapped[date | None] = mapped_column(Date, default=None)
    task_id: Mapped[str | None] = mapped_column(ForeignKey("task.id"), default=None)
    accepted: Mapped[bool | None] = mapped_column(Boolean, default=None)
    result_code: Mapped[str | None] = mapped_column(String(24), default=None)
    result: Mapped[str | None] = mapped_column(Text, default=None)
    result_on: Mapped[date | None] = mapped_column(Date, default=None)
