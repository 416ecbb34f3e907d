"""A consultant's prevention register travels to the team lead in her bundle (issue 13):
her entries, their edits and deletions arrive; a colleague's entries stay out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from lvs_desktop.models import PreventionActivity, ThuiszitterOffer
from lvs_desktop.services import prevention, thuiszitters
from lvs_desktop.services.prevention import PreventionInput
from lvs_desktop.sync import kdf
from tests.sync.vaults import Team, make_case, make_youth

TODAY = date(2026, 11, 28)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    kdf.use_fast_kdf_for_tests(True)
    made = Team(tmp_path)
    yield made
    made.close()
    kdf.use_fast_kdf_for_tests(False)


def entry(topic: str, minutes: int) -> PreventionInput:
    return PreventionInput(date(2026, 10, 5), "presentation", "school", topic, minutes)


def rows(vault) -> dict[str, tuple[str, int, str, bool]]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        return {
            a.id: (a.topic, a.minutes, a.consultant_id, a.deleted)
            for a in s.scalars(select(PreventionActivity))
        }


def test_the_team_lead_receives_a_consultants_entries_edits_and_deletions(team: Team) -> None:
    team.open("anna", "bram", "lead")
    anna, bram, lead = team["anna"], team["bram"], team["lead"]
    kept = prevention.add_activity(anna, entry("Verzuim in de brugklas", 60), today=TODAY)
    dropped = prevention.add_activity(anna, entry("Dubbel ingevoerd", 30), today=TODAY)
    prevention.add_activity(bram, entry("Ouderavond", 90), today=TODAY)
    kept_id = kept.first("prevention_activity")
    dropped_id = dropped.first("prevention_activity")

    report = team.sync("anna", "lead")
    assert not report.refused
    assert rows(lead) == {
        kept_id: ("Verzuim in de brugklas", 60, anna.owner_id, False),
        dropped_id: ("Dubbel ingevoerd", 30, anna.owner_id, False),
    }
    listed = prevention.list_activities(lead, "2026-2027")
    assert [r.consultant for r in listed] == ["Anna Akkerman", "Anna Akkerman"]

    prevention.update_activity(anna, kept_id, entry("Verzuim in de brugklas", 75), today=TODAY)
    prevention.delete_activity(anna, dropped_id)
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    assert rows(lead)[kept_id][:2] == ("Verzuim in de brugklas", 75)
    assert rows(lead)[dropped_id][3] is True
    counts = prevention.counts(lead, "2026-2027")
    assert (counts.total.activities, counts.total.minutes) == (2, 165)  # Anna's 75 + Bram's 90

    # the team lead's bundle for Anna carries Anna's entries, never Bram's
    team.sync("lead", "anna")
    assert set(rows(anna)) == {kept_id, dropped_id}


def test_a_thuiszitter_offer_travels_with_its_case(team: Team) -> None:
    team.open("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    youth = make_youth(anna, age=13)
    case = make_case(anna, youth, kind="absolute_absence", with_report=False)
    offer = thuiszitters.record_offer(
        anna, case, thuiszitters.OfferInput(TODAY, "care", "Dagbesteding"), today=TODAY
    ).first("thuiszitter_offer")

    report = team.sync("anna", "lead")
    assert not report.refused
    with lead.session() as s:
        row = s.get_one(ThuiszitterOffer, offer)
        assert (row.case_id, row.kind, row.description) == (case, "care", "Dagbesteding")
