"""A register built from an empty vault: two municipalities, three schools, a consultant covering
Zwijndrecht, and two 17-year-olds with a granted 5a exemption (the screening list needs those
from the casework, where exemptions live). Fixture files are in `fixtures/`; every list over
them is known by construction (see `test_register_lists`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from register_data import FIXTURES, ON

from lvs_desktop.services.cases import open_case
from lvs_desktop.services.decisions import ExemptionInput, record_exemption
from lvs_desktop.services.people import YouthInput, create_youth
from lvs_desktop.services.region.municipalities import add_municipalities, list_municipalities
from lvs_desktop.services.region.roster import ConsultantInput, add_consultant
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.store import Vault


def _exempt(vault: Vault, bsn: str, given: str, surname: str, born: date) -> None:
    youth_id = create_youth(vault, YouthInput(given, surname, born, bsn=bsn), today=ON).first(
        "youth"
    )
    case_id = open_case(vault, youth_id, "exemption", date(2026, 6, 1), today=ON).first("case_file")
    record_exemption(
        vault,
        case_id,
        ExemptionInput(
            "5a", date(2026, 6, 1), starts_on=date(2026, 8, 1), outcome="afgegeven",
            decided_on=date(2026, 7, 1),
        ),
    )  # fmt: skip


@pytest.fixture
def region_vault(vault: Vault) -> Iterator[Vault]:
    """The empty `vault` with the region the fixture files name."""
    add_municipalities(vault, ["0505", "0642"])
    towns = {m.name: m.id for m in list_municipalities(vault)}
    for brin, name, kind, town in (
        ("01AB", "Basisschool De Regenboog", "PO", "Dordrecht"),
        ("02CD", "Stedelijk College", "VO", "Dordrecht"),
        ("03EF", "Da Vinci College", "MBO", "Dordrecht"),
    ):
        add_school(vault, SchoolInput(name, kind, towns[town], brin=brin, vestiging="00"))
    add_consultant(
        vault,
        ConsultantInput("Ruben Zwart", "RZ", municipality_ids=[towns["Zwijndrecht"]]),
    )
    _exempt(vault, "879662852", "Cas", "Claes", date(2009, 1, 20))
    _exempt(vault, "019976215", "Daan", "Dekker", date(2009, 3, 25))
    yield vault


@pytest.fixture
def filled_vault(region_vault: Vault) -> Vault:
    """The region with both fixture files imported."""
    from lvs_desktop.services.register.imports import import_enrolments, import_residents

    import_residents(region_vault, FIXTURES / "residents.csv", today=ON)
    import_enrolments(region_vault, FIXTURES / "enrolments.csv", today=ON)
    return region_vault
