"""A consultant's outreach case, its referral (with the follow-up task and the partner it
names) and the newcomer marker travel to the team lead's vault in a bundle; a later result
follows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from lvs_desktop.models import OutreachStep, Partner, Referral, Task, Youth
from lvs_desktop.services import outreach, referrals
from lvs_desktop.services.referrals import ReferralInput
from lvs_desktop.sync import kdf
from tests.outreach.outreach_vault import TODAY, build_outreach
from tests.sync.vaults import Team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    kdf.use_fast_kdf_for_tests(True)
    made = Team(tmp_path)
    yield made
    made.close()
    kdf.use_fast_kdf_for_tests(False)


def test_an_outreach_case_and_its_referral_arrive_at_the_team_lead(team: Team) -> None:
    team.open("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    sem = build_outreach(anna)
    outreach.set_phase(anna, sem.case_id, "in_beeld", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(
        anna, sem.case_id, "traject", date(2025, 9, 8), programme="matchmakers", today=TODAY
    )
    outreach.set_newcomer(anna, sem.youth_id, "asylum", date(2023, 4, 1), today=TODAY)
    referrals.add_referral(
        anna,
        sem.case_id,
        ReferralInput(
            partner_id=sem.matchmakers_id,
            referred_on=date(2025, 9, 8),
            reason="Begeleiding naar werk",
            consent_by="youth",
            consent_on=date(2025, 9, 5),
            warm=True,
            follow_up_on=date(2025, 10, 6),
        ),
        today=TODAY,
    )
    report = team.sync("anna", "lead")
    assert not report.refused
    with lead.session() as s:
        steps = s.scalars(select(OutreachStep).where(OutreachStep.case_id == sem.case_id)).all()
        assert sorted((x.phase, x.taken_on, x.programme) for x in steps) == [
            ("in_beeld", date(2025, 6, 2), None),
            ("traject", date(2025, 9, 8), "matchmakers"),
        ]
        r = s.scalars(select(Referral)).one()
        assert (r.case_id, r.partner_id, r.warm, r.consent_by) == (
            sem.case_id,
            sem.matchmakers_id,
            True,
            "youth",
        )
        assert s.get_one(Partner, sem.matchmakers_id).name == "MatchMakers ZHZ"
        task = s.get_one(Task, r.task_id)
        assert (task.case_id, task.due_on, task.done_on) == (sem.case_id, date(2025, 10, 6), None)
        youth = s.get_one(Youth, sem.youth_id)
        assert (youth.newcomer_origin, youth.newcomer_arrived_on) == ("asylum", date(2023, 4, 1))
        referral_id = r.id

    referrals.record_result(
        anna,
        referral_id,
        accepted=True,
        result_code="help_started",
        result_on=date(2025, 10, 6),
        today=TODAY,
    )
    report = team.sync("anna", "lead")
    assert not report.refused
    [row] = referrals.case_referrals(lead, sem.case_id)
    assert (row.accepted, row.result_code, row.result_on) == (
        True,
        "help_started",
        date(2025, 10, 6),
    )
    assert not row.overdue(TODAY)
    view = outreach.outreach_of(lead, sem.case_id)
    assert view.current_phase == "traject" and view.programme == "matchmakers"
