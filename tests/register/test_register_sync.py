"""The register stays in the team vault (need to know); a case opened from a list travels to
the consultant the roster names, like any case, in the usual bundle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from register_data import FIXTURES, ON
from sqlalchemy import func, select

from lvs_desktop.models import Case, RegisterEnrolment, RegisterListRun, RegisterResident, Youth
from lvs_desktop.services.region.municipalities import add_municipalities, list_municipalities
from lvs_desktop.services.region.roster import set_coverage
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.services.register.cases import open_cases
from lvs_desktop.services.register.imports import import_enrolments, import_residents
from lvs_desktop.services.register.lists import record_taken
from lvs_desktop.sync import kdf
from lvs_desktop.sync.rows import sync_tables
from tests.sync.vaults import Team

REGISTER_TABLES = {"register_resident", "register_enrolment", "register_list_run"}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    kdf.use_fast_kdf_for_tests(True)
    made = Team(tmp_path)
    yield made
    made.close()
    kdf.use_fast_kdf_for_tests(False)


def test_the_register_stays_and_the_case_travels(team: Team) -> None:
    assert not REGISTER_TABLES & {t.name for t in sync_tables()}
    team.open("anna", "lead")
    team.sync("anna", "lead")  # the team vault learns Anna's roster row
    lead, anna = team["lead"], team["anna"]
    add_municipalities(lead, ["0505", "0642"])
    towns = {m.name: m.id for m in list_municipalities(lead)}
    for brin, kind in (("01AB", "PO"), ("02CD", "VO"), ("03EF", "MBO")):
        add_school(lead, SchoolInput(f"School {brin}", kind, towns["Dordrecht"], brin=brin,
                                     vestiging="00"))  # fmt: skip
    set_coverage(lead, anna.owner_id or "", [towns["Zwijndrecht"]], [])
    import_residents(lead, FIXTURES / "residents.csv", today=ON)
    import_enrolments(lead, FIXTURES / "enrolments.csv", today=ON)
    record_taken(lead, "early-leavers", ON)
    opened = open_cases(lead, "deregistered", ["687976388"], ON)  # Hidde, Zwijndrecht
    team.sync("lead", "anna")
    with anna.session() as s:
        case = s.scalars(select(Case).where(Case.reference == opened.opened[0])).one()
        assert case.consultant_id == anna.owner_id and case.kind == "absolute_absence"
        youth = s.get_one(Youth, case.youth_id)
        assert (youth.bsn, youth.surname) == ("687976388", "Hoekstra")
        for model in (RegisterResident, RegisterEnrolment, RegisterListRun):
            assert s.scalar(select(func.count()).select_from(model)) == 0
    with lead.session() as s:
        assert s.scalar(select(func.count()).select_from(RegisterResident)) == 11
