"""Tests for the deadlines (first contact, PV, exemptions, screening, thuiszitter, objection)."""

from __future__ import annotations

from datetime import date

from lvs_desktop.models.rules.deadlines import (
    DEADLINE_LABELS,
    Deadline,
    DeadlineTerms,
    escalation_due,
    exemption_renewal_due,
    first_contact_due,
    make_deadline,
    objection_deadline,
    pv_due,
    screening_17_due,
    thuiszitter_offer_due,
)


def test_first_contact_counts_working_days() -> None:
    # Monday 2 March 2026 + 10 working days = Monday 16 March 2026
    assert first_contact_due(date(2026, 3, 2)) == date(2026, 3, 16)
    assert first_contact_due(date(2026, 3, 2), DeadlineTerms(first_contact_working_days=5)) == (
        date(2026, 3, 9)
    )
    assert first_contact_due(date(2026, 3, 2), holidays={date(2026, 3, 10)}) == date(2026, 3, 17)


def test_pv_two_months_after_report_without_interrogation() -> None:
    assert pv_due(date(2025, 12, 31), None) == date(2026, 2, 28)


def test_pv_takes_the_earlier_of_the_two() -> None:
    report = date(2026, 1, 10)
    assert pv_due(report, date(2026, 1, 20)) == date(2026, 2, 20)
    assert pv_due(report, date(2026, 2, 25)) == date(2026, 3, 10)


def test_escalation_after_three_unanswered_invitations() -> None:
    assert not escalation_due(2)
    assert escalation_due(3)
    assert not escalation_due(3, DeadlineTerms(invitations_before_escalation=4))


def test_exemption_renewal_before_1_july() -> None:
    assert exemption_renewal_due(date(2026, 7, 31)) == date(2026, 7, 1)
    assert exemption_renewal_due(date(2026, 7, 15)) == date(2026, 7, 1)


def test_exemption_ending_earlier_is_renewed_before_it_ends() -> None:
    assert exemption_renewal_due(date(2026, 3, 15)) == date(2026, 3, 15)


def test_screening_three_months_before_18() -> None:
    assert screening_17_due(date(2008, 5, 31)) == date(2026, 2, 28)
    assert screening_17_due(date(2008, 2, 29)) == date(2025, 12, 1)


def test_thuiszitter_offer_within_three_months() -> None:
    assert thuiszitter_offer_due(date(2025, 11, 30)) == date(2026, 2, 28)


def test_objection_six_weeks_from_the_day_after_sending() -> None:
    # sent Thursday 5 March 2026: term 6 March .. Thursday 16 April 2026
    assert objection_deadline(date(2026, 3, 5)) == date(2026, 4, 16)


def test_objection_ending_in_a_weekend_runs_on_to_monday() -> None:
    # sent Sunday 1 March 2026: six weeks end Sunday 12 April -> Monday 13 April
    assert objection_deadline(date(2026, 3, 1)) == date(2026, 4, 13)
    assert objection_deadline(date(2026, 3, 1), holidays={date(2026, 4, 13)}) == date(2026, 4, 14)


def test_deadline_overdue_and_days_left() -> None:
    deadline = make_deadline("objection", date(2026, 4, 16))
    assert deadline == Deadline("objection", DEADLINE_LABELS["objection"], date(2026, 4, 16))
    assert deadline.days_left(date(2026, 4, 10)) == 6
    assert deadline.days_left(date(2026, 4, 16)) == 0
    assert not deadline.overdue(date(2026, 4, 16))
    assert deadline.overdue(date(2026, 4, 17))
    assert deadline.days_left(date(2026, 4, 17)) == -1
    assert deadline.describe() == "Einde bezwaartermijn: 16 april 2026"
