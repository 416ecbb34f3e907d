"""A youth's enrolment history: which school from when until when (moving, leaving, coming back).

`Youth.school_id` stays as a copy of the *current* enrolment (the services keep it so), so
that screens and queries that only need "the school now" read one column; anything dated
(a letter, a PV's offence period, the figures at a report's date) asks `school_on`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from lvs_desktop.models.base import Base, Synced
from lvs_desktop.models.people import School, Youth


class Enrolment(Synced, Base):
    """One enrolment: the youth at a school location from `starts_on` to `ends_on` (inclusive;
    None = still enrolled)."""

    __tablename__ = "enrolment"

    youth_id: Mapped[str] = mapped_column(ForeignKey("youth.id"), index=True)
    school_id: Mapped[str] = mapped_column(ForeignKey("school.id"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    grade: Mapped[str | None] = mapped_column(String(20), default=None)

    school: Mapped[School] = relationship()
    # The backref gives `Youth.enrolments` (read it with `enrolments_of`) without the people
    # module having to know this one.
    youth: Mapped[Youth] = relationship(
        backref=backref("enrolments", order_by="Enrolment.starts_on")
    )

    def covers(self, on: date) -> bool:
        return self.starts_on <= on and (self.ends_on is None or on <= self.ends_on)


def enrolment_on(enrolments: Iterable[Enrolment], on: date) -> Enrolment | None:
    """The live enrolment that covers `on` (the latest start wins if two overlap)."""
    live = [e for e in enrolments if not e.deleted and e.covers(on)]
    return max(live, key=lambda e: e.starts_on, default=None)


def enrolments_of(youth: Youth) -> list[Enrolment]:
    """The youth's live enrolments, earliest first."""
    return [e for e in getattr(youth, "enrolments", []) if not e.deleted]


def school_on(youth: Youth, on: date) -> School | None:
    """The school of `youth` on day `on`: the enrolment that covers it; with no history at all,
    the one school the youth row names (vaults from before the history, new youths)."""
    history = enrolments_of(youth)
    if not history:
        return youth.school
    found = enrolment_on(history, on)
    return found.school if found is not None else None


def school_id_on(youth: Youth, on: date) -> str | None:
    """The id of the school of `youth` on `on` (see `school_on`)."""
    school = school_on(youth, on)
    return school.id if school is not None else None
