"""Edits, enrolments and voids travel through export/import like every edit: two laptops
that change different fields of one guardian both keep their change."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from lvs_desktop.models import Contact, Enrolment, Guardian, Youth
from lvs_desktop.models.enrolment import school_on
from lvs_desktop.services import corrections, people
from lvs_desktop.services import sync as service
from lvs_desktop.sync import kdf
from tests.casework.casework_vault import TODAY, build_casework
from tests.sync.vaults import Team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    kdf.use_fast_kdf_for_tests(True)
    made = Team(tmp_path)
    yield made
    made.close()
    kdf.use_fast_kdf_for_tests(False)


def guardian_input(vault, guardian_id: str) -> people.GuardianInput:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        g = s.get_one(Guardian, guardian_id)
        return people.GuardianInput(
            **{k: getattr(g, k) for k in people.GuardianInput.__dataclass_fields__}
        )


def test_two_laptops_edit_different_fields_of_one_guardian(team: Team) -> None:
    team.open("anna", "lead")
    work = build_casework(team["anna"])
    team.sync("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    people.update_guardian(
        anna, work.mother_id, replace(guardian_input(anna, work.mother_id), phone="06 1111 2222")
    )
    people.update_guardian(
        lead,
        work.mother_id,
        replace(guardian_input(lead, work.mother_id), has_authority=False, email="a@example.nl"),
    )
    team.sync("anna", "lead")
    team.sync("lead", "anna")
    for vault in (anna, lead):
        with vault.session() as s:
            g = s.get_one(Guardian, work.mother_id)
            assert (g.phone, g.email, g.has_authority) == ("06 1111 2222", "a@example.nl", False)
            dots = g.field_dots()
            assert dots["phone"][0] != dots["email"][0]  # each edit kept its own replica's dot
    assert not service.list_conflicts(lead)
    assert not service.list_conflicts(anna)


def test_a_change_of_school_and_a_void_arrive_on_the_team_vault(team: Team) -> None:
    team.open("anna", "lead")
    anna = team["anna"]
    work = build_casework(anna)
    with anna.session() as s:
        y = s.get_one(Youth, work.youth_id)
        data = people.YouthInput(
            **{k: getattr(y, k) for k in people.YouthInput.__dataclass_fields__}
        )
    people.update_youth(
        anna,
        work.youth_id,
        replace(data, school_id=work.new_school, enrolled_on=date(2026, 11, 2)),
        today=TODAY,
    )
    corrections.void_record(anna, "contact", work.contact_id, "Dubbel ingevoerd.", today=TODAY)
    team.sync("anna", "lead")
    with team["lead"].session() as s:
        assert len(s.scalars(select(Enrolment)).all()) == 2
        youth = s.get_one(Youth, work.youth_id)
        assert school_on(youth, date(2026, 10, 1)).name == "Da Costa College"
        assert school_on(youth, TODAY).name == "Johan de Witt MBO"
        contact = s.get_one(Contact, work.contact_id)
        assert (contact.voided_on, contact.void_reason) == (TODAY, "Dubbel ingevoerd.")
