"""Issue 11 (L1): a verhoor bound to its suspect travels with its case, and the verbalisant's
appointment and oath travel with the consultant row, so the team vault draws the same PV."""

from __future__ import annotations

from datetime import date, datetime

from vaults import Team, live_data, make_case, make_guardian, make_youth

from lvs_desktop.services import contacts, settings


def test_a_verhoor_and_the_verbalisants_appointment_travel_with_the_case(team: Team) -> None:
    team.open("anna", "lead")
    anna = team["anna"]
    youth = make_youth(anna)
    mother = make_guardian(anna, youth)
    case = make_case(anna, youth)
    settings.set_profile(
        anna,
        settings.Profile(
            **{
                **vars(settings.get_profile(anna)),
                "sworn_by": "belofte",
                "akte_number": "AK-1",
                "appointed_by": "het college van Dordrecht",
                "appointed_on": date(2024, 3, 1),
            }
        ),
    )
    contact_id = contacts.log_contact(
        anna,
        case,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 20, 10, 30),
            mode="office",
            summary="Verhoor.",
            is_interrogation=True,
            cautie_given=True,
            heard_role="guardian",
            heard_guardian_id=mother,
            suspicion_explained=True,
            counsel="present",
            counsel_name="mr. A. de Wit",
            interpreter="Arabisch",
            statement="Ik breng hem voortaan zelf.",
            read_back=True,
            signature="signed",
        ),
    ).first("contact")
    team.sync("anna", "lead")
    row = live_data(team["lead"])["contact"][contact_id]
    assert (row["heard_role"], row["heard_guardian_id"]) == ("guardian", mother)
    assert (row["counsel"], row["counsel_name"], row["interpreter"]) == (
        "present",
        "mr. A. de Wit",
        "Arabisch",
    )
    assert (row["suspicion_explained"], row["read_back"], row["signature"]) == (
        True,
        True,
        "signed",
    )
    assert row == live_data(anna)["contact"][contact_id]
    consultants = live_data(team["lead"])["consultant"]
    (mine,) = [c for c in consultants.values() if c["code"] == "AA"]
    assert (mine["appointed_by"], mine["appointed_on"], mine["sworn_by"]) == (
        "het college van Dordrecht",
        date(2024, 3, 1),
        "belofte",
    )
