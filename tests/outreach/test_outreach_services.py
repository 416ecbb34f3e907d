"""RMC outreach, referrals and newcomers through the services, on a new empty vault, read back
from the vault each time."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import (
    AuditEvent,
    Case,
    Contact,
    OutreachStep,
    ReferenceCode,
    Referral,
    Task,
    UserError,
    Youth,
)
from lvs_desktop.models.rules import outreach as rules
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.models.rules.outreach import Step
from lvs_desktop.services import contacts, enrolments, outreach, referrals
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.referrals import ReferralInput
from lvs_desktop.services.validation import InvalidInput
from lvs_desktop.store import Vault
from tests.builders import make_case, make_youth
from tests.casework.casework_vault import add_schools
from tests.outreach.outreach_vault import TODAY, Outreach, build_outreach

Y2024 = SchoolYear.starting_in(2024)
Y2025 = SchoolYear.starting_in(2025)


@pytest.fixture
def sem(vault: Vault) -> Outreach:
    return build_outreach(vault)


def steps_in_vault(vault: Vault, case_id: str) -> list[Step]:
    with vault.session() as s:
        rows = s.scalars(select(OutreachStep).where(OutreachStep.case_id == case_id)).all()
        return [Step(r.phase, r.taken_on, r.destination, r.programme) for r in rows]


def test_an_outreach_case_that_spans_two_school_years_counts_each_step_in_its_own_year(
    vault: Vault, sem: Outreach
) -> None:
    outreach.set_phase(vault, sem.case_id, "in_beeld", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(vault, sem.case_id, "benaderd", date(2025, 7, 14), today=TODAY)
    outreach.set_phase(vault, sem.case_id, "gesproken", date(2025, 9, 3), today=TODAY)
    outreach.set_phase(vault, sem.case_id, "traject", date(2025, 10, 1), today=TODAY)
    outreach.set_phase(
        vault,
        sem.case_id,
        "uitgestroomd",
        date(2026, 2, 16),
        destination="learning_working",
        note="BBL-plek bij een installateur",
        today=TODAY,
    )
    steps = steps_in_vault(vault, sem.case_id)
    assert len(steps) == 5  # history kept, one row per step
    assert rules.reached_in_year(steps, Y2024) == {"in_beeld", "benaderd"}
    assert rules.reached_in_year(steps, Y2025) == {"gesproken", "traject", "uitgestroomd"}
    assert not rules.positive_in_year(steps, Y2024)
    assert rules.positive_in_year(steps, Y2025)
    view = outreach.outreach_of(vault, sem.case_id)
    assert view.current_phase == "uitgestroomd"
    assert view.current_label == "Uitgestroomd"
    assert view.destination_label == "Leren en werken"
    assert view.positive
    with vault.session() as s:
        events = s.scalars(
            select(AuditEvent.detail).where(AuditEvent.entity == "outreach_step")
        ).all()
    assert len(events) == 5 and all(e.startswith("set_outreach_phase") for e in events)


def test_positive_is_school_work_or_learning_and_working_only() -> None:
    assert {d for d in rules.DESTINATIONS if rules.is_positive(d)} == {
        "school",
        "work",
        "learning_working",
    }


def test_outreach_refuses_wrong_steps_with_dutch_reasons_and_changes_nothing(
    vault: Vault, sem: Outreach
) -> None:
    with pytest.raises(InvalidInput, match="De eerste stap is 'in beeld'"):
        outreach.set_phase(vault, sem.case_id, "benaderd", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(vault, sem.case_id, "in_beeld", date(2025, 6, 2), today=TODAY)
    with pytest.raises(InvalidInput, match="hoort een bestemming"):
        outreach.set_phase(vault, sem.case_id, "uitgestroomd", date(2025, 7, 1), today=TODAY)
    with pytest.raises(InvalidInput, match="niet eerder"):
        outreach.set_phase(vault, sem.case_id, "benaderd", date(2025, 5, 1), today=TODAY)
    with pytest.raises(InvalidInput, match="toekomst"):
        outreach.set_phase(vault, sem.case_id, "benaderd", date(2026, 12, 1), today=TODAY)
    assert len(steps_in_vault(vault, sem.case_id)) == 1


def test_outreach_is_for_16_to_23_and_matchmakers_for_18_to_27(vault: Vault) -> None:
    young = make_case(vault, make_youth(vault, age=15, bsn=None), kind="rmc_outreach")
    with pytest.raises(InvalidInput, match="outreach is voor 16 tot 23 jaar"):
        outreach.set_phase(vault, young, "in_beeld", TODAY, today=TODAY)
    older = make_case(vault, make_youth(vault, age=25, bsn=None, surname="Ouder"))
    with pytest.raises(InvalidInput, match="16 tot 23"):
        outreach.set_phase(vault, older, "in_beeld", TODAY, today=TODAY)
    outreach.set_phase(vault, older, "in_beeld", TODAY, programme="matchmakers", today=TODAY)
    assert outreach.outreach_of(vault, older).programme == "matchmakers"
    assert steps_in_vault(vault, young) == []


def test_a_referral_without_consent_is_refused_in_dutch_and_nothing_is_stored(
    vault: Vault, sem: Outreach
) -> None:
    data = ReferralInput(
        partner_id=sem.wijkteam_id,
        referred_on=date(2026, 10, 1),
        reason="Schulden en geen dagritme",
        consent_by=None,
        consent_on=None,
        follow_up_on=date(2026, 10, 15),
    )
    with pytest.raises(InvalidInput, match="Zonder toestemming voor het delen van gegevens"):
        referrals.add_referral(vault, sem.case_id, data, today=TODAY)
    # an 18-year-old gives consent himself, not his parent
    data.consent_by, data.consent_on = "guardian", date(2026, 9, 30)
    with pytest.raises(InvalidInput, match="zelf toestemming"):
        referrals.add_referral(vault, sem.case_id, data, today=TODAY)
    data.consent_by, data.consent_on = "youth", date(2026, 10, 2)
    with pytest.raises(InvalidInput, match="vóór of op de dag"):
        referrals.add_referral(vault, sem.case_id, data, today=TODAY)
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 0
        assert s.scalar(select(func.count()).select_from(Task)) == 0


def test_a_warm_hand_over_with_consent_gets_a_follow_up_task_that_the_result_closes(
    vault: Vault, sem: Outreach
) -> None:
    data = ReferralInput(
        partner_id=sem.wijkteam_id,
        referred_on=date(2026, 10, 1),
        reason="Schulden en geen dagritme",
        consent_by="youth",
        consent_on=date(2026, 9, 30),
        warm=True,
        follow_up_on=date(2026, 10, 15),
    )
    summary = referrals.add_referral(vault, sem.case_id, data, today=TODAY)
    assert summary.message == "Warme overdracht naar Sociaal Wijkteam Dordrecht-West vastgelegd."
    [row] = referrals.case_referrals(vault, sem.case_id)
    assert row.warm and row.consent_label == "De jongere zelf"
    assert row.overdue(TODAY)  # 15-10 passed without a result
    with vault.session() as s:
        task = s.scalars(select(Task)).one()
        assert task.due_on == date(2026, 10, 15) and task.done_on is None
        assert "Sociaal Wijkteam" in task.description
    referrals.record_result(
        vault,
        row.id,
        accepted=True,
        result_code="help_started",
        result="Intake gehad, begeleiding loopt",
        result_on=date(2026, 10, 20),
        today=TODAY,
    )
    [row] = referrals.case_referrals(vault, sem.case_id)
    assert row.accepted is True and row.result_label == "Hulp of traject gestart"
    assert not row.overdue(TODAY)
    with vault.session() as s:
        task = s.scalars(select(Task)).one()
        assert task.done_on == date(2026, 10, 20) and task.status == "done"
    with pytest.raises(Exception, match="al vastgelegd op 20-10-2026"):
        referrals.record_result(vault, row.id, accepted=False, result_code="other", today=TODAY)


def test_newcomers_in_view_and_not_enrolled_are_counted_per_origin(vault: Vault) -> None:
    _old, mbo = add_schools(vault)
    a = make_youth(vault, age=12, bsn=None, surname="Kovalenko")
    b = make_youth(vault, age=15, bsn=None, surname="Shevchenko")
    c = make_youth(vault, age=9, bsn=None, surname="Haddad")
    d = make_youth(vault, age=10, bsn=None, surname="Zonderdossier")
    for y in (a, b, c):
        make_case(vault, y, kind="absolute_absence", opened_on=date(2026, 9, 1))
    outreach.set_newcomer(vault, a, "ukraine", date(2026, 3, 1), today=TODAY)
    outreach.set_newcomer(vault, b, "ukraine", None, today=TODAY)
    outreach.set_newcomer(vault, c, "asylum", date(2026, 8, 20), today=TODAY)
    outreach.set_newcomer(vault, d, "ukraine", today=TODAY)  # no case: not in view
    enrolments.add_enrolment(
        vault, b, enrolments.EnrolmentInput(school_id=mbo, starts_on=date(2026, 9, 15)), today=TODAY
    )
    count = outreach.newcomer_counts(vault, date(2026, 10, 1))
    assert (count.in_view, count.not_enrolled) == (3, 2)
    assert count.by_origin == {"ukraine": (2, 1), "asylum": (1, 1)}
    with vault.session() as s:
        assert s.get_one(Youth, a).newcomer_arrived_on == date(2026, 3, 1)
    with pytest.raises(InvalidInput, match="Herkomst: onbekende waarde"):
        outreach.set_newcomer(vault, a, "mars", today=TODAY)
    outreach.set_newcomer(vault, a, None, today=TODAY)
    with vault.session() as s:
        y = s.get_one(Youth, a)
        assert (y.newcomer_origin, y.newcomer_arrived_on) == (None, None)


def test_only_the_newest_step_can_be_taken_back_and_older_steps_stay(
    vault: Vault, sem: Outreach
) -> None:
    outreach.set_phase(vault, sem.case_id, "in_beeld", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(vault, sem.case_id, "benaderd", date(2025, 6, 9), today=TODAY)
    first, last = outreach.outreach_of(vault, sem.case_id).steps
    with pytest.raises(UserError, match="Alleen de laatste stap"):
        outreach.remove_step(vault, first.id)
    outreach.remove_step(vault, last.id)
    view = outreach.outreach_of(vault, sem.case_id)
    assert [s.phase for s in view.steps] == ["in_beeld"] and view.current_phase == "in_beeld"
    with vault.session() as s:
        assert s.get_one(OutreachStep, last.id).deleted  # a tombstone that travels, not a delete


def test_outreach_figures_per_school_year_are_known_by_construction(vault: Vault) -> None:
    a = build_outreach(vault).case_id  # spans 2024-25 and 2025-26, positive
    outreach.set_phase(vault, a, "in_beeld", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(vault, a, "benaderd", date(2025, 7, 14), today=TODAY)
    outreach.set_phase(vault, a, "uitgestroomd", date(2025, 9, 1), destination="work", today=TODAY)
    youth = make_youth(vault, age=22, bsn=None, surname="Matchmaker")
    b = make_case(vault, youth, kind="rmc_outreach", opened_on=date(2025, 8, 4), with_report=False)
    outreach.set_phase(vault, b, "in_beeld", date(2025, 8, 4), programme="matchmakers", today=TODAY)
    outreach.set_phase(vault, b, "benaderd", date(2025, 8, 20), today=TODAY)
    outreach.set_phase(vault, b, "uitgestroomd", date(2026, 3, 2), destination="care", today=TODAY)
    old = outreach.outreach_figures(vault, Y2024)
    assert old.reached == dict.fromkeys(rules.PHASES, 0) | {"in_beeld": 1, "benaderd": 1}
    assert (old.by_destination, old.positive) == ({}, 0)
    new = outreach.outreach_figures(vault, Y2025)
    assert new.reached == {
        "in_beeld": 1,
        "benaderd": 1,
        "gesproken": 0,
        "traject": 0,
        "uitgestroomd": 2,
    }
    assert new.by_destination == {"work": 1, "care": 1}
    assert new.positive == 1  # care is not positive
    assert new.matchmakers_by_destination == {"care": 1}


def test_mbo_signal_and_exit_interview_are_case_kinds_and_a_partner_is_a_contact_mode(
    vault: Vault,
) -> None:
    youth = make_youth(vault, age=17, bsn=None)
    signal = make_case(vault, youth, kind="mbo_no_perspective", with_report=False)
    exit_talk = make_case(vault, youth, kind="exit_interview", with_report=False)
    contacts.log_contact(
        vault,
        signal,
        ContactInput(
            occurred_at=datetime(2026, 11, 20, 10, 0),
            mode="network_partner",
            summary="Via de mbo-zorgcoördinator: student ziet geen perspectief",
        ),
        now=datetime(2026, 11, 28, 12, 0),
    )
    with vault.session() as s:
        kinds = {c.id: c.kind for c in s.scalars(select(Case))}
        assert kinds == {signal: "mbo_no_perspective", exit_talk: "exit_interview"}
        assert s.scalars(select(Contact.mode)).one() == "network_partner"
        labels = dict(
            s.execute(
                select(ReferenceCode.code, ReferenceCode.label_nl).where(
                    ReferenceCode.category.in_(("case_kind", "contact_mode")),
                    ReferenceCode.code.in_(
                        ("mbo_no_perspective", "exit_interview", "network_partner")
                    ),
                )
            ).all()
        )
    assert labels == {
        "mbo_no_perspective": "Mbo-signaal: student zonder perspectief",
        "exit_interview": "Exitgesprek (pilot)",
        "network_partner": "Via een netwerkpartner",
    }


def test_a_skipped_phase_counts_as_passed_where_a_later_one_presupposes_it(
    vault: Vault, sem: Outreach
) -> None:
    """Q1: in beeld, then gesproken, then uitgestroomd (benaderd and traject skipped) — the
    annual "benaderd" missed a youth who was evidently approached. A talk presupposes an
    approach (on the talk's date, in that year); an outflow presupposes no traject."""
    outreach.set_phase(vault, sem.case_id, "in_beeld", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(vault, sem.case_id, "gesproken", date(2025, 9, 3), today=TODAY)
    outreach.set_phase(
        vault, sem.case_id, "uitgestroomd", date(2025, 10, 1), destination="work", today=TODAY
    )
    steps = steps_in_vault(vault, sem.case_id)
    assert rules.reached_in_year(steps, Y2024) == {"in_beeld"}
    assert rules.reached_in_year(steps, Y2025) == {"benaderd", "gesproken", "uitgestroomd"}
    figures = outreach.outreach_figures(vault, Y2025)
    assert figures.reached["benaderd"] == 1 and figures.reached["traject"] == 0
    assert figures.reached["in_beeld"] == 0  # passed the year before, on its own step
    # a case first recorded as "uitgestroomd" (moved away) was in view, never approached
    lone = [Step("uitgestroomd", date(2025, 11, 3), "moved")]
    assert rules.reached_in_year(lone, Y2025) == {"in_beeld", "uitgestroomd"}
