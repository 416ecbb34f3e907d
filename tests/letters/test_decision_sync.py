"""Issue 11 (L3): the grounds of a decision, the day the head was heard and the parents
present at a conversation travel in a bundle with their case (team vault reads them back)."""

from __future__ import annotations

from datetime import date, datetime

from lvs_desktop.services import decisions
from lvs_desktop.services.contacts import Agreement, ContactInput, log_contact
from lvs_desktop.services.decisions import ExemptionInput
from lvs_desktop.sync import kdf
from tests.sync.vaults import Team, live_data, make_case, make_guardian, make_youth

TODAY = date(2026, 11, 28)


def test_grounds_and_parents_present_travel_with_their_case(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kdf.use_fast_kdf_for_tests(True)
    team = Team(tmp_path).open("anna", "lead")
    try:
        anna = team["anna"]
        youth = make_youth(anna)
        mother = make_guardian(anna, youth, has_authority=True)
        case_id = make_case(anna, youth)
        talk = ContactInput(
            datetime(2026, 11, 2, 10),
            "office",
            summary="Gesprek",
            guardians_present=[mother],
            agreements=[Agreement("Moeder belt de mentor", date(2026, 11, 10))],
        )
        contact = log_contact(anna, case_id, talk).first("contact")
        ex = decisions.record_exemption(
            anna, case_id, ExemptionInput("11g", date(2026, 10, 1))
        ).first("exemption")
        decisions.decide_exemption(
            anna,
            ex,
            "afgewezen",
            date(2026, 11, 1),
            grounds="Geen gewichtige omstandigheid.",
            head_consulted_on=date(2026, 10, 20),
            today=TODAY,
        )

        team.sync("anna", "lead")

        theirs = live_data(team["lead"])
        assert theirs["contact"][contact]["guardians_present"] == mother
        assert theirs["exemption"][ex]["grounds"] == "Geen gewichtige omstandigheid."
        assert theirs["exemption"][ex]["head_consulted_on"] in (date(2026, 10, 20), "2026-10-20")
    finally:
        team.close()
        kdf.use_fast_kdf_for_tests(False)
