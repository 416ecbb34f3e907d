"""Issue 11, defect 4: a recorded response to a letter travels in a bundle with its case."""

from __future__ import annotations

from datetime import date, datetime

from vaults import Team, add_letter, edit, live_data, make_case, make_youth

from lvs_desktop.models import Letter
from lvs_desktop.services import letter_responses, print_queue


def test_a_recorded_response_travels_with_its_case_and_lands_once(team: Team) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    case = make_case(team["anna"], youth)
    letter = add_letter(team["anna"], case)
    edit(team["anna"], Letter, letter, kind="invitation-1")  # a letter kind of the catalogue
    # only a posted letter takes a response: printed and posted, as the print queue records it
    edit(team["anna"], Letter, letter, printed_at=datetime(2026, 11, 21, 9, 0))
    print_queue.mark_posted(team["anna"], [letter], date(2026, 11, 22), today=date(2026, 11, 28))
    letter_responses.record_response(
        team["anna"], letter, responded=True, on=date(2026, 11, 24), today=date(2026, 11, 28)
    )
    team.sync("anna", "lead")
    rows = live_data(team["lead"])["letter_response"]
    assert [(r["letter_id"], r["responded"], r["noted_on"]) for r in rows.values()] == [
        (letter, True, date(2026, 11, 24))
    ]
    assert rows == live_data(team["anna"])["letter_response"]
    team.sync("anna", "lead")  # again: nothing new
    assert len(live_data(team["lead"])["letter_response"]) == 1
