"""The prevention register from an empty vault: recorded through the service, read back,
counted per kind and per school for a school year; bad input changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, PreventionActivity, UserError
from lvs_desktop.services import prevention
from lvs_desktop.services.prevention import PreventionInput
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.store import Vault

TODAY = date(2026, 11, 28)


def school(vault: Vault, name: str) -> str:
    return add_school(vault, SchoolInput(name=name, school_type="VO")).first("school")


def add(vault: Vault, on: date, kind: str, minutes: int, school_id: str | None = None) -> str:
    data = PreventionInput(on, kind, "school", f"Voorlichting over {kind}", minutes, school_id)
    return prevention.add_activity(vault, data, today=TODAY).first("prevention_activity")


def test_counts_per_kind_and_school_are_the_entries_of_that_school_year(vault: Vault) -> None:
    anker, vlieger = school(vault, "Lyceum Het Anker"), school(vault, "Basisschool De Vlieger")
    add(vault, date(2025, 9, 1), "presentation", 60, anker)
    add(vault, date(2026, 3, 2), "presentation", 90, vlieger)
    add(vault, date(2026, 7, 31), "advice", 30, anker)  # last day of 2025-2026
    add(vault, date(2026, 1, 5), "question", 15)  # no school
    add(vault, date(2026, 8, 1), "meeting", 120, anker)  # 2026-2027: not counted
    gone = add(vault, date(2026, 2, 2), "school_visit", 45, anker)
    prevention.delete_activity(vault, gone)  # deleted: not counted

    counts = prevention.counts(vault, "2025-2026")

    per_kind = {line.label: (line.activities, line.minutes) for line in counts.per_kind}
    assert per_kind == {
        "Voorlichting of presentatie": (2, 150),
        "Overleg": (0, 0),
        "Schoolbezoek": (0, 0),
        "Advies": (1, 30),
        "Vraag": (1, 15),
    }
    per_school = [(line.label, line.activities, line.minutes) for line in counts.per_school]
    assert per_school == [
        ("Basisschool De Vlieger", 1, 90),
        ("Lyceum Het Anker", 2, 90),
        ("Zonder school", 1, 15),
    ]
    assert (counts.total.activities, counts.total.minutes) == (4, 195)
    listed = prevention.list_activities(vault, "2025-2026")
    assert [r.occurred_on for r in listed] == [
        date(2026, 7, 31),
        date(2026, 3, 2),
        date(2026, 1, 5),
        date(2025, 9, 1),
    ]
    assert {r.consultant for r in listed} == {"Jet de Vries"}


def test_an_activity_is_audited_and_carries_its_consultant(vault: Vault) -> None:
    activity = add(vault, date(2026, 11, 2), "meeting", 45)
    with vault.session() as s:
        row = s.get_one(PreventionActivity, activity)
        assert (row.consultant_id, row.kind, row.minutes) == (vault.owner_id, "meeting", 45)
        events = s.scalars(select(AuditEvent).where(AuditEvent.record_id == activity)).all()
        assert [(e.action, e.entity) for e in events] == [("create", "prevention_activity")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PreventionInput(None, "meeting", "school", "Overleg", 30), "Datum is verplicht."),
        (
            PreventionInput(date(2026, 12, 1), "meeting", "school", "Overleg", 30),
            "Datum ligt in de toekomst.",
        ),
        (
            PreventionInput(date(2026, 11, 2), "party", "school", "Overleg", 30),
            "Soort activiteit: onbekende waarde 'party'.",
        ),
        (
            PreventionInput(date(2026, 11, 2), "meeting", "school", "  ", 30),
            "Onderwerp is verplicht.",
        ),
        (
            PreventionInput(date(2026, 11, 2), "meeting", "school", "Overleg", 0),
            "Duur in minuten ligt tussen 1 en 1440.",
        ),
        (
            PreventionInput(date(2026, 11, 2), "meeting", "school", "Overleg", 30, "nope"),
            "School niet gevonden.",
        ),
    ],
)
def test_bad_input_gives_a_dutch_message_and_changes_nothing(
    vault: Vault, data: PreventionInput, message: str
) -> None:
    with pytest.raises(UserError) as raised:
        prevention.add_activity(vault, data, today=TODAY)
    assert message in raised.value.message
    with vault.session() as s:
        assert s.scalar(select(func.count()).select_from(PreventionActivity)) == 0
