"""The register lists' rules that the annual report counts too (issue 12 item 5, issue 13
item 7), as pure functions: the register services list people with them, the reports layer
counts with them, and neither keeps a second copy.

**VO→MBO transfer.** A pupil who left VO (the last VO enrolment ended) in the year up to the
region's VO→MBO date (a region setting, default 1 October, the teldatum [practice]) without a
startkwalificatie by that date, who is on that date enrolled neither in VO nor in MBO and did
not start an mbo enrolment between leaving and the date (`vo_leaver`). The year runs from the
day after the date a year earlier up to and including the date (`vo_mbo_window`). The list
names the residents aged 12 up to 23 living in the region on the date (`VO_MBO_AGES`).

**The administration's hand-over.** A case opened from the not-enrolled list is the
leerplichtadministratie's hand-over to a consultant for *vervolgonderzoek*: its first report
comes from `HANDOVER_REPORTER` with the function `HANDOVER_FUNCTION`. The services write the
marker, the annual report counts it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.startkwalificatie import is_startkwalificatie

__all__ = [
    "HANDOVER_FUNCTION",
    "HANDOVER_REPORTER",
    "VO_MBO_AGES",
    "VO_MBO_DEFAULT",
    "Enrolment",
    "living_on",
    "startkwalificatie_on",
    "vo_leaver",
    "vo_mbo_deadline",
    "vo_mbo_deadline_in",
    "vo_mbo_window",
]

HANDOVER_REPORTER = "Leerplichtadministratie"
HANDOVER_FUNCTION = "vervolgonderzoek"

VO_MBO_DEFAULT = (10, 1)  # (month, day) [practice] 1 October, the teldatum: a region setting
VO_MBO_AGES = (12, 23)  # from the 12th birthday up to (not including) the 23rd


@dataclass(frozen=True)
class Enrolment:
    """An enrolment of the register as the rules see it (school type when imported)."""

    school_type: str
    starts_on: date
    ends_on: date | None
    level: str | None
    diploma_on: date | None

    def covers(self, on: date) -> bool:
        return self.starts_on <= on and (self.ends_on is None or on <= self.ends_on)


def living_on(moved_in: date | None, moved_out: date | None, on: date) -> bool:
    """Whether a resident lived in the region on `on` (moved in by then, not yet out)."""
    return (moved_in is None or moved_in <= on) and (moved_out is None or moved_out > on)


def startkwalificatie_on(enrolments: Iterable[Enrolment], on: date) -> date | None:
    """The first day a diploma that is a startkwalificatie was awarded, up to `on`."""
    days = [
        e.diploma_on
        for e in enrolments
        if e.diploma_on is not None and e.diploma_on <= on and is_startkwalificatie(e.level)
    ]
    return min(days, default=None)


def vo_mbo_deadline(month_day: tuple[int, int], on: date) -> date:
    """The latest VO→MBO date (the region's month and day) on or before `on`."""
    month, day = month_day
    this_year = date(on.year, month, day)
    return this_year if this_year <= on else date(on.year - 1, month, day)


def vo_mbo_deadline_in(month_day: tuple[int, int], year: SchoolYear) -> date:
    """The VO→MBO date that falls inside a school year (1 October 2025 for 2025-2026)."""
    month, day = month_day
    return date(year.start_year if month >= 8 else year.start_year + 1, month, day)


def vo_mbo_window(deadline: date) -> tuple[date, date]:
    """The year a VO leaver is counted for: after the date a year before, up to `deadline`."""
    return date(deadline.year - 1, deadline.month, deadline.day), deadline


def vo_leaver(enrolments: Iterable[Enrolment], deadline: date) -> date | None:
    """The day the pupil left VO, if the VO→MBO list of `deadline` holds him: the last VO
    enrolment ended in the window up to `deadline`, no startkwalificatie by then, enrolled
    in neither VO nor MBO on the date, and no mbo enrolment started since leaving."""
    own = list(enrolments)
    left = max((e.ends_on for e in own if e.school_type == "VO" and e.ends_on), default=None)
    after, until = vo_mbo_window(deadline)
    if left is None or not after < left <= until:
        return None
    if startkwalificatie_on(own, deadline) is not None:
        return None
    if any(e.school_type in ("VO", "MBO") and e.covers(deadline) for e in own):
        return None
    if any(e.school_type == "MBO" and left <= e.starts_on <= deadline for e in own):
        return None
    return left
