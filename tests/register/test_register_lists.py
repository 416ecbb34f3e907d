"""Every list over the fixture register, known by construction (see `fixtures/*.csv`).

On 30-11-2026: Anna (11) never enrolled; Bram (12) left VO on 31-10-2026; Cas and Daan (17) have
a granted 5a exemption and turn 18 in 2 and 4 months; Eva (18) has only an entree (mbo 1)
diploma and no school; Fenna (18) has havo; Gijs (14) is at school; Hidde (16) left VO with
vmbo on 15-07-2026 and has no mbo; Iris (16) went from VO to mbo; Joris moved away; Kees (22)
has mbo 3.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from register_data import FIXTURES, ON
from sqlalchemy import func, select

from lvs_desktop.models import (
    Case,
    Consultant,
    RegisterEnrolment,
    RegisterResident,
    UserError,
    Youth,
)
from lvs_desktop.models.rules.startkwalificatie import is_startkwalificatie, normalise_level
from lvs_desktop.services.register.cases import open_cases
from lvs_desktop.services.register.imports import import_enrolments
from lvs_desktop.services.register.lists import (
    compute_list,
    csv_text,
    record_taken,
    set_vo_mbo_date,
)
from lvs_desktop.services.register.purge import RegisterRetention, purge_register, set_retention
from lvs_desktop.store import Vault


def _names(vault: Vault, name: str, on: date = ON) -> list[str]:
    return sorted(r.name for r in compute_list(vault, name, on).rows)


def test_startkwalificatie_rule() -> None:
    assert [
        is_startkwalificatie(normalise_level(t)) for t in ("havo", "VWO", "MBO-2", "mbo 4")
    ] == [True] * 4
    assert [is_startkwalificatie(normalise_level(t)) for t in ("Entree", "mbo1", "vmbo")] == [
        False
    ] * 3
    assert normalise_level("hbo") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("not-enrolled", ["Anna Akkerman"]),
        ("deregistered", ["Bram Bakker", "Hidde Hoekstra"]),
        ("screening-17", ["Cas Claes"]),
        ("rmc", ["Eva van Elzinga"]),
        ("early-leavers", ["Eva van Elzinga", "Hidde Hoekstra"]),
        ("vo-mbo", ["Hidde Hoekstra"]),
    ],
)
def test_each_list_is_known_by_construction(
    filled_vault: Vault, name: str, expected: list[str]
) -> None:
    assert _names(filled_vault, name) == expected


def test_rows_say_why_and_the_counts_per_municipality(filled_vault: Vault) -> None:
    rmc = compute_list(filled_vault, "rmc", ON)
    (eva,) = rmc.rows
    assert (eva.bsn, eva.age, eva.municipality) == ("183839729", 18, "Dordrecht")
    assert "mbo niveau 1 (entree)" in eva.detail and eva.address == "Singel 5, 3311 AC Dordrecht"
    screening = compute_list(filled_vault, "screening-17", ON).rows[0]
    assert screening.since == date(2027, 1, 20) and screening.case_reference  # his exemption file
    dereg = compute_list(filled_vault, "deregistered", ON)
    assert dereg.counts_by_municipality() == {"Dordrecht": 1, "Zwijndrecht": 1}
    assert dereg.counts_line().endswith(": 2 (1 Dordrecht, 1 Zwijndrecht)")
    text = csv_text(dereg)
    assert text.splitlines()[0].startswith("bsn;naam;geboortedatum")
    assert "737602120;Bram Bakker;01-06-2014;12;Dordrecht" in text


def test_early_leavers_counts_from_the_last_list_taken(filled_vault: Vault, tmp_path: Path) -> None:
    record_taken(filled_vault, "early-leavers", ON)
    later = date(2027, 1, 5)
    first = compute_list(filled_vault, "early-leavers", later)
    assert first.rows == [] and first.last_taken == ON
    text = (FIXTURES / "enrolments.csv").read_text(encoding="utf-8")
    changed = tmp_path / "enrolments2.csv"
    changed.write_text(text.replace("03EF;00;2026-08-25;;", "03EF;00;2026-08-25;2026-12-20;"))
    report = import_enrolments(filled_vault, changed, today=ON)
    assert (report.changed, report.unchanged) == (1, 8)
    assert _names(filled_vault, "early-leavers", later) == ["Iris Ismail"]


def test_vo_mbo_uses_the_region_date(filled_vault: Vault) -> None:
    assert compute_list(filled_vault, "vo-mbo", ON).deadline == date(2026, 10, 1)
    set_vo_mbo_date(filled_vault, "01-07")  # before Hidde left: last year's window, empty
    result = compute_list(filled_vault, "vo-mbo", ON)
    assert result.deadline == date(2026, 7, 1) and result.rows == []
    with pytest.raises(UserError, match="DD-MM"):
        set_vo_mbo_date(filled_vault, "31-02")


def test_open_cases_from_a_list(filled_vault: Vault) -> None:
    bsns = [r.bsn for r in compute_list(filled_vault, "deregistered", ON).rows]
    opened = open_cases(filled_vault, "deregistered", bsns, ON)
    assert len(opened.opened) == 2 and opened.unchanged == 0
    with filled_vault.session() as s:
        rows = s.execute(
            select(Youth.bsn, Case.kind, Case.status, Consultant.code, Youth.municipality_id)
            .join(Case, Case.youth_id == Youth.id)
            .join(Consultant, Consultant.id == Case.consultant_id)
            .where(Youth.bsn.in_(bsns))
            .order_by(Youth.bsn)
        ).all()
        # Hidde lives in Zwijndrecht, which Ruben Zwart covers; Bram's Dordrecht falls to the owner
        assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
            ("687976388", "absolute_absence", "in_behandeling", "RZ"),
            ("737602120", "absolute_absence", "in_behandeling", "JV"),
        ]
        hidde = s.scalars(select(Youth).where(Youth.bsn == "687976388")).one()
        assert (hidde.surname, str(hidde.birth_date), hidde.postcode) == (
            "Hoekstra", "2010-04-04", "3331 AC",
        )  # fmt: skip
    again = open_cases(filled_vault, "deregistered", bsns, ON)
    assert (again.opened, again.unchanged) == ([], 2)
    listed = compute_list(filled_vault, "deregistered", ON).rows
    assert all(r.case_reference for r in listed)


def test_open_cases_refuses_a_stranger_and_changes_nothing(filled_vault: Vault) -> None:
    with pytest.raises(UserError, match="niet \\(meer\\) in het register"):
        open_cases(filled_vault, "rmc", ["183839729", "111222333"], ON)
    with filled_vault.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(Youth).where(Youth.bsn == "183839729")) == 0
        )


def test_purge_removes_people_who_moved_away_or_aged_out(
    filled_vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    backup = filled_vault.backup("test")  # holds Kees, who turns 23 on 15-12-2026
    preview = purge_register(filled_vault, date(2026, 12, 16), apply=False)
    assert (preview.residents, preview.enrolments) == (2, 1)  # Joris moved; Kees turned 23
    set_retention(filled_vault, RegisterRetention(moved_away_months=12))
    done = purge_register(filled_vault, date(2026, 12, 16))
    assert (done.residents, done.enrolments) == (1, 1)  # Joris is kept a year
    with filled_vault.session() as s:
        assert (
            s.scalars(select(RegisterResident).where(RegisterResident.bsn == "725478342")).first()
            is None
        )
        assert (
            s.scalars(select(RegisterResident).where(RegisterResident.bsn == "252299723")).first()
            is not None
        )
        numbers = set(s.scalars(select(RegisterEnrolment.person_number)))
        # Kees' enrolment went with him; the running onderwijsnummer one stays until it ends
        assert "725478342" not in numbers and "101222331" in numbers
    assert "1 reservekopie(ën) herschreven" in done.counts_line()
    copy = tmp_path / "kopie.lvsvault"
    shutil.copyfile(backup, copy)
    with Vault.open(copy, passphrase) as old, old.session() as s:
        kept = set(s.scalars(select(RegisterResident.bsn)))
        assert "725478342" not in kept and "252299723" in kept and len(kept) == 10
        assert "725478342" not in set(s.scalars(select(RegisterEnrolment.person_number)))
