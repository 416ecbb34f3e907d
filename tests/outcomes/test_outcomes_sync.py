"""A task ticked off and outcomes recorded later travel in a bundle with their case: the
team vault holds the same status, note, decision and PV course as the laptop."""

from __future__ import annotations

from datetime import date, datetime

from lvs_desktop.services import decisions, outcomes, tasks
from lvs_desktop.services.contacts import Agreement, ContactInput, log_contact
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.sync import kdf
from tests.sync.vaults import Team, live_data, make_case, make_youth

TODAY = date(2026, 11, 28)


def test_outcomes_travel_with_their_case(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kdf.use_fast_kdf_for_tests(True)
    team = Team(tmp_path).open("anna", "lead")
    try:
        anna = team["anna"]
        case_id = make_case(anna, make_youth(anna))
        talk = ContactInput(
            datetime(2026, 11, 2, 10),
            "phone",
            summary="Gesprek",
            agreements=[Agreement("School bellen", date(2026, 11, 10))],
        )
        task = log_contact(anna, case_id, talk).first("task")
        tasks.finish_task(anna, task, "not_needed", TODAY, "School belde zelf", today=TODAY)
        ex = decisions.record_exemption(
            anna, case_id, ExemptionInput("5b", date(2026, 10, 1))
        ).first("exemption")
        decisions.request_exemption_advice(anna, ex, date(2026, 10, 5), "GGD", today=TODAY)
        decisions.decide_exemption(anna, ex, "ongegrond", date(2026, 11, 1), today=TODAY)
        pv = decisions.record_enforcement(
            anna, case_id, EnforcementInput("pv_pupil", date(2026, 10, 1))
        ).first("enforcement")
        outcomes.send_pv_to_om(anna, pv, date(2026, 10, 2), today=TODAY)
        outcomes.record_om_decision(anna, pv, "strafbeschikking", date(2026, 11, 3), 9500, TODAY)

        team.sync("anna", "lead")

        ours, theirs = live_data(anna), live_data(team["lead"])
        for table in ("task", "exemption", "enforcement"):
            assert theirs[table] == ours[table]
        assert theirs["task"][task]["status"] == "not_needed"
        assert theirs["task"][task]["done_note"] == "School belde zelf"
        assert theirs["exemption"][ex]["advice_from"] == "GGD"
        assert theirs["enforcement"][pv]["om_decision"] == "strafbeschikking"
        assert theirs["enforcement"][pv]["fine_cents"] == 9500
    finally:
        team.close()
        kdf.use_fast_kdf_for_tests(False)
