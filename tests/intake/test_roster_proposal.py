"""One rule proposes a consultant for new work, in the intake inbox and in the register lists'
"Dossier openen": the school's consultant first, then whoever covers the municipality of
residence, then whoever covers the school's municipality; else (register only) the owner.

The region (helpers.make_region): Anna Visser covers the school Wijzer College (12AB,
Dordrecht), Bram Claes covers Papendrecht (where De Regenboog, 34CD, stands); nobody covers
Dordrecht as a municipality. The vault's owner is Jet de Vries (JV).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lvs_desktop.models import Case, Consultant, Youth
from lvs_desktop.services import intake
from lvs_desktop.services.register.cases import open_cases
from lvs_desktop.services.register.imports import import_residents
from lvs_desktop.store import Vault
from tests.intake.helpers import FIXTURES, TODAY, Region, make_region

HEADER = (FIXTURES / "reports_default.csv").read_text(encoding="utf-8-sig").splitlines()[0]


def bsn(n: int) -> str:
    """The smallest valid BSN (11-test) from 8 digits `n` onwards."""
    while True:
        digits = f"{n:08d}"
        total = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        for last in range(10):
            if (total - last) % 11 == 0:
                return digits + str(last)
        n += 1


# who, BSN, place of residence, school (BRIN + vestiging) or "" for none
PEOPLE = {
    "school": (bsn(10000001), "Dordrecht", ("12AB", "00")),  # Anna by the school
    "residence": (bsn(20000001), "Papendrecht", ("12AB", "00")),  # school wins: Anna
    "residence_only": (bsn(30000001), "Papendrecht", None),  # Bram by residence
    "school_town": (bsn(40000001), "Dordrecht", ("34CD", "01")),  # Bram by the school's town
    "nobody": (bsn(50000001), "Dordrecht", None),  # nobody covers
}


@pytest.fixture
def region(vault: Vault) -> Region:
    return make_region(vault)


def _reports_file(tmp_path: Path) -> tuple[str, bytes]:
    lines = [HEADER]
    for i, (key, (number, town, school)) in enumerate(PEOPLE.items()):
        if school is None:
            continue  # a DUO report always names a school
        brin, vest = school
        lines.append(
            f"P-{i};{number};;{key};;Proef;01-01-2012;Straat;{i + 1};3311 AB;{town};{brin};"
            f"{vest};16 uur in 4 weken;02-11-2026;05-10-2026;30-10-2026;18;klokuren;"
            "J. Smit;mentor;;"
        )
    return "proposal.csv", ("\n".join(lines) + "\n").encode("utf-8")


def _residents_file(tmp_path: Path) -> Path:
    path = tmp_path / "residents.csv"
    lines = [
        "bsn;voornamen;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;postcode;"
        "woonplaats;gemeente;datum_vestiging;datum_vertrek"
    ]
    for i, (key, (number, town, _school)) in enumerate(PEOPLE.items()):
        lines.append(f"{number};{key};;Proef;2015-01-01;Straat;{i + 1};3311 AB;{town};{town};;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_inbox_proposes_by_the_one_rule(vault: Vault, region: Region, tmp_path: Path) -> None:
    result = intake.import_reports(vault, [_reports_file(tmp_path)], today=TODAY)
    assert result.new == 3, result.refused
    proposed = {row.name.split()[0]: row.proposed for row in intake.list_inbox(vault)}
    assert proposed == {
        "school": "Anna Visser",
        "residence": "Anna Visser",
        "school_town": "Bram Claes",
    }


def test_the_register_lists_assign_by_the_same_rule(
    vault: Vault, region: Region, tmp_path: Path
) -> None:
    import_residents(vault, _residents_file(tmp_path), today=TODAY)
    # the register knows no school; a youth the vault knows brings hers (set in the casework)
    from lvs_desktop.services import people

    for key in ("school", "residence", "school_town"):
        number, _town, school = PEOPLE[key]
        assert school is not None
        school_id = region.school_12ab if school[0] == "12AB" else region.school_34cd
        people.create_youth(
            vault,
            people.YouthInput(key, "Proef", TODAY.replace(year=2015), bsn=number,
                              school_id=school_id),
            today=TODAY,
        )  # fmt: skip
    numbers = [number for number, _t, _s in PEOPLE.values()]
    opened = open_cases(vault, "not-enrolled", numbers, TODAY)
    assert len(opened.opened) == 5
    with vault.session() as s:
        got = dict(
            s.execute(
                select(Youth.given_names, Consultant.code)
                .join(Case, Case.youth_id == Youth.id)
                .join(Consultant, Consultant.id == Case.consultant_id)
                .where(Youth.bsn.in_(numbers))
            ).all()
        )
    assert got == {
        "school": "AV",
        "residence": "AV",
        "residence_only": "BC",
        "school_town": "BC",
        "nobody": "JV",  # the register falls back to the vault's owner
    }
