"""Enrolments at schools the register does not know (outside the region: an mbo in Rotterdam)
are kept with their BRIN, so the lists never call an enrolled child "not enrolled" (Q1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from register_data import FIXTURES
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.models import RegisterEnrolment
from lvs_desktop.services.region.municipalities import add_municipalities, list_municipalities
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.store import Vault


@pytest.fixture
def own_schools_only(vault: Vault, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The empty vault with the two municipalities and only the region's primary school: the
    enrolment file's VO and MBO schools (02CD, 03EF) are not in the school register."""
    add_municipalities(vault, ["0505", "0642"])
    towns = {m.name: m.id for m in list_municipalities(vault)}
    add_school(
        vault,
        SchoolInput("Basisschool De Regenboog", "PO", towns["Dordrecht"], brin="01AB",
                    vestiging="00"),
    )  # fmt: skip
    path = Path(vault.path)
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().out


def test_enrolments_at_unknown_schools_are_kept_and_count_as_enrolled(
    own_schools_only: Path, capsys: pytest.CaptureFixture[str], passphrase: str
) -> None:
    v = str(own_schools_only)
    assert (
        _run(capsys, "intake", "residents", str(FIXTURES / "residents.csv"), "--vault", v)[0] == 0
    )
    code, out = _run(capsys, "intake", "enrolments", str(FIXTURES / "enrolments.csv"), "--vault", v)
    assert code == 0
    assert out.splitlines()[0] == (
        "Inschrijvingen uit enrolments.csv: 9 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 geweigerd."
    )
    assert out.splitlines()[1].startswith("8 inschrijving(en) bij een school die niet in het")
    vault = Vault.open(own_schools_only, passphrase)
    try:
        with vault.session() as s:
            rows = {(e.person_number, e.brin, e.school_id, e.school_type)
                    for e in s.scalars(select(RegisterEnrolment))}  # fmt: skip
    finally:
        vault.lock()
    assert ("639918967", "02CD", "", "VO") in rows  # Fenna: type from her havo diploma
    assert ("725478342", "03EF", "", "MBO") in rows  # Kees: from his MBO-3 diploma
    assert ("737602120", "02CD", "", "") in rows  # Bram: no diploma, type unknown

    code, out = _run(capsys, "lists", "--vault", v, "--list", "not-enrolled", "--on", "2026-11-30")
    assert code == 0
    assert "Bakker" not in out and "Graaf" not in out  # both enrolled at 02CD
    assert "Akkerman" in out  # enrolled by onderwijsnummer only: on the list by construction
    code, out = _run(capsys, "lists", "--vault", v, "--list", "rmc", "--on", "2026-11-30")
    assert code == 0
    assert "Fokker" not in out  # havo diploma at 02CD: a startkwalificatie
    assert "Klop" not in out  # MBO-3 (at 03EF) is a startkwalificatie too
    assert "Elzinga" in out  # entree is none: Eva stays on the list
