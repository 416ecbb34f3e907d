"""Deadlines a consultant must keep, computed from dates and `DeadlineTerms` (settings).

Sources (DOMAIN.md §3, §4): the PV reaches the officier within 1 month of the
first interrogation and in principle within 2 months of the report [OM 2011];
days to first contact and invitations before escalation are practice, not law;
exemption notices are renewed before 1 July; the 17-year-old screening starts
3 months before the 18th birthday [region]; a thuiszitter gets an offer within
3 months [region]; an Awb objection term is 6 weeks from the day after sending.

Every function returns the **last day that is still in time** (inclusive), except
`exemption_renewal_due`, which returns the date *before* which the notice must be
in (1 July), as the law words it; the label says "vóór".
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType

from lvs_desktop.models.rules.dates import (
    SchoolYear,
    add_months,
    add_working_days,
    birthday,
    format_date_nl,
)

__all__ = [
    "DEADLINE_LABELS",
    "Deadline",
    "DeadlineTerms",
    "escalation_due",
    "exemption_renewal_due",
    "first_contact_due",
    "make_deadline",
    "objection_deadline",
    "pv_due",
    "screening_17_due",
    "thuiszitter_offer_due",
]


@dataclass(frozen=True)
class DeadlineTerms:
    """Terms behind the deadlines; all of them are settings a region may change."""

    first_contact_working_days: int = 10
    invitations_before_escalation: int = 3
    pv_months_after_interrogation: int = 1
    pv_months_after_report: int = 2
    screening_months_before_18: int = 3
    thuiszitter_offer_months: int = 3
    #: (month, day) before which an exemption notice is renewed: 1 July.
    exemption_renewal_day: tuple[int, int] = (7, 1)
    objection_weeks: int = 6


DEFAULT_TERMS = DeadlineTerms()

#: Kinds of deadline and their Dutch names.
DEADLINE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "first_contact": "Eerste contact na de melding",
        "pv": "Proces-verbaal naar de officier van justitie",
        "exemption_renewal": "Kennisgeving vrijstelling vernieuwen (vóór deze datum)",
        "screening_17": "Screening 17-jarige (vrijstelling eindigt met 18 jaar)",
        "thuiszitter_offer": "Onderwijs- of zorgaanbod voor de thuiszitter",
        "objection": "Einde bezwaartermijn",
    }
)


@dataclass(frozen=True)
class Deadline:
    """A deadline of some `kind`; `due` is the last day in time (see the module docstring)."""

    kind: str
    label_nl: str
    due: date

    def overdue(self, on: date) -> bool:
        """Whether the deadline has passed on `on` (the due day itself is still in time)."""
        return on > self.due

    def days_left(self, on: date) -> int:
        """Calendar days from `on` to `due`: 0 on the day itself, negative when overdue."""
        return (self.due - on).days

    def describe(self) -> str:
        """``"Einde bezwaartermijn: 12 april 2026"``."""
        return f"{self.label_nl}: {format_date_nl(self.due)}"


def make_deadline(kind: str, due: date) -> Deadline:
    """A `Deadline` with the Dutch label of `kind` (a key of `DEADLINE_LABELS`)."""
    return Deadline(kind, DEADLINE_LABELS[kind], due)


def first_contact_due(
    report_received: date,
    terms: DeadlineTerms = DEFAULT_TERMS,
    holidays: Collection[date] = (),
) -> date:
    """Last day for the first contact: N working days after the report came in."""
    return add_working_days(report_received, terms.first_contact_working_days, holidays)


def escalation_due(unanswered_invitations: int, terms: DeadlineTerms = DEFAULT_TERMS) -> bool:
    """Whether the number of unanswered invitations calls for escalation (e.g. a PV)."""
    return unanswered_invitations >= terms.invitations_before_escalation


def pv_due(
    report_received: date,
    first_interrogation: date | None,
    terms: DeadlineTerms = DEFAULT_TERMS,
) -> date:
    """Last day for the PV: the earlier of 2 months after the report and 1 month after the
    first interrogation (the latter only once there has been one)."""
    due = add_months(report_received, terms.pv_months_after_report)
    if first_interrogation is not None:
        due = min(due, add_months(first_interrogation, terms.pv_months_after_interrogation))
    return due


def exemption_renewal_due(
    exemption_ends_or_school_year_end: date, terms: DeadlineTerms = DEFAULT_TERMS
) -> date:
    """The date before which an exemption notice must be renewed for the next school year.

    That is 1 July in the school year that contains the given date (for an end of
    31 July 2026: 1 July 2026). An exemption that ends earlier in the school year
    (before 1 July) must be renewed before it ends, so the end date itself is
    returned then.
    """
    month, day = terms.exemption_renewal_day
    year = SchoolYear.of(exemption_ends_or_school_year_end)
    renewal = date(year.end.year, month, day)
    return min(renewal, exemption_ends_or_school_year_end)


def screening_17_due(birth: date, terms: DeadlineTerms = DEFAULT_TERMS) -> date:
    """Contact date for the 17-year-old screening: 3 months before the 18th birthday."""
    return add_months(birthday(birth, 18), -terms.screening_months_before_18)


def thuiszitter_offer_due(since: date, terms: DeadlineTerms = DEFAULT_TERMS) -> date:
    """Last day for an education or care offer: 3 months after the youth stayed home."""
    return add_months(since, terms.thuiszitter_offer_months)


def objection_deadline(
    sent_on: date,
    terms: DeadlineTerms = DEFAULT_TERMS,
    holidays: Collection[date] = (),
) -> date:
    """Last day to lodge an objection (Awb art. 6:7, 6:8).

    The term starts the day after the decision was sent and runs 6 weeks, so the
    last day is `sent_on` + 42 days. A term ending on a Saturday, Sunday or a
    holiday in `holidays` runs on to the next working day (Algemene termijnenwet
    art. 1); we keep no holiday calendar, the caller passes one.
    """
    last = sent_on + timedelta(weeks=terms.objection_weeks)
    while last.weekday() >= 5 or last in holidays:
        last += timedelta(days=1)
    return last
