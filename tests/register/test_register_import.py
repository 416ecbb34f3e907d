"""Importing the register from an empty vault: counts, re-import, refused lines, one transaction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from register_data import FIXTURES, ON
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, RegisterEnrolment, RegisterResident, UserError
from lvs_desktop.services.register.imports import import_enrolments, import_residents
from lvs_desktop.store import Vault


def _count(vault: Vault, model: type) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_residents_and_enrolments_import_then_reimport_changes_nothing(region_vault: Vault) -> None:
    first = import_residents(region_vault, FIXTURES / "residents.csv", today=ON)
    assert (first.new, first.changed, first.unchanged, first.refused) == (11, 0, 0, [])
    enrol = import_enrolments(region_vault, FIXTURES / "enrolments.csv", today=ON)
    assert (enrol.new, enrol.changed, enrol.unchanged, enrol.refused) == (9, 0, 0, [])
    with region_vault.session() as s:
        anna = s.scalars(
            select(RegisterResident).where(RegisterResident.bsn == "409783936")
        ).first()
        assert anna is not None
        assert (anna.given_names, anna.surname, anna.postcode) == ("Anna", "Akkerman", "3311 AA")
        assert str(anna.birth_date) == "2015-03-10"
        entree = s.scalars(
            select(RegisterEnrolment).where(RegisterEnrolment.person_number == "183839729")
        ).one()
        assert (entree.diploma_level, entree.school_type) == ("mbo1", "MBO")
        onr = s.scalars(
            select(RegisterEnrolment).where(RegisterEnrolment.number_kind == "onr")
        ).one()
        assert onr.person_number == "101222331"
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "import")).all()
        assert len(events) == 2 and all("nieuw" in (e.detail or "") for e in events)

    again = import_residents(region_vault, FIXTURES / "residents.csv", today=ON)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 11)
    again_e = import_enrolments(region_vault, FIXTURES / "enrolments.csv", today=ON)
    assert (again_e.new, again_e.changed, again_e.unchanged) == (0, 0, 9)
    assert _count(region_vault, RegisterResident) == 11
    assert _count(region_vault, RegisterEnrolment) == 9


def test_a_changed_line_is_updated_in_place(region_vault: Vault, tmp_path: Path) -> None:
    import_residents(region_vault, FIXTURES / "residents.csv", today=ON)
    text = (FIXTURES / "residents.csv").read_text(encoding="utf-8")
    moved = tmp_path / "residents2.csv"
    moved.write_text(text.replace("Dam;9;3331 AC", "Dam;99;3331 AC"), encoding="utf-8")
    report = import_residents(region_vault, moved, today=ON)
    assert (report.new, report.changed, report.unchanged) == (0, 1, 10)
    with region_vault.session() as s:
        iris = s.scalars(
            select(RegisterResident).where(RegisterResident.bsn == "930001965")
        ).first()
        assert iris is not None and iris.house_number == "99"


def test_bad_lines_are_refused_with_line_and_reason(region_vault: Vault) -> None:
    report = import_residents(region_vault, FIXTURES / "residents_bad.csv", today=ON)
    reasons = {b.line: b.reason for b in report.refused}
    assert set(reasons) == {2, 3, 4, 5, 6, 8}
    assert reasons[2] == "BSN voldoet niet aan de elfproef"  # the intake's words, no number
    assert "geen bestaande datum" in reasons[3]
    assert "onbekende gemeente" in reasons[4]
    assert "formule" in reasons[5]
    # "Zoë" in Windows-1252 is read (as the intake's reports are); her BSN then fails
    assert reasons[6] == "BSN voldoet niet aan de elfproef"
    assert "dubbele regel (ook op regel 7)" in reasons[8]
    assert report.new == 1  # only Anna, once
    with region_vault.session() as s:
        assert [r.bsn for r in s.scalars(select(RegisterResident))] == ["409783936"]
    assert "1 nieuw" in report.counts_line() and "6 geweigerd" in report.counts_line()


def test_a_utf8_line_in_a_windows_1252_file_is_refused_as_the_intake_does(
    region_vault: Vault, tmp_path: Path
) -> None:
    lines = (FIXTURES / "residents_bad.csv").read_bytes().splitlines()
    # line 3 saved as UTF-8 ("Zoë" as "ZoÃ«") in the Windows-1252 file
    lines[2] = "083731453;Zoë;;Lier;2012-02-03;Dam;2;3331 AC;Zwijndrecht;0642;;".encode()
    # and a good resident whose name is Windows-1252 ("Chloë")
    lines.append(b"637412357;Chlo\xeb;;Visser;2012-06-01;Dam;6;3331 AC;Zwijndrecht;0642;;")
    path = tmp_path / "inwoners.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report = import_residents(region_vault, path, today=ON)
    reasons = {b.line: b.reason for b in report.refused}
    assert reasons[3] == "verkeerde tekenset: de regel is geen UTF-8 of Windows-1252 zoals de rest"
    assert reasons[6] == "BSN voldoet niet aan de elfproef"  # read, not refused for its bytes
    with region_vault.session() as s:
        names = {r.bsn: r.given_names for r in s.scalars(select(RegisterResident))}
    assert names == {"409783936": "Anna", "637412357": "Chloë"}


def test_bad_enrolments_are_refused(region_vault: Vault) -> None:
    import_residents(region_vault, FIXTURES / "residents.csv", today=ON)
    report = import_enrolments(region_vault, FIXTURES / "enrolments_bad.csv", today=ON)
    reasons = {b.line: b.reason for b in report.refused}
    assert set(reasons) == {3, 4, 5}  # line 2, a school outside the register, is kept
    assert "einddatum ligt vóór de begindatum" in reasons[3]
    assert "onbekend diplomaniveau 'mbo 9'" in reasons[4]
    assert "onderwijsnummer klopt niet" in reasons[5]
    assert report.new == 1 and report.outside == 1
    with region_vault.session() as s:
        kept = s.scalars(select(RegisterEnrolment)).one()
        assert (kept.person_number, kept.brin, kept.vestiging, kept.school_id) == (
            "409783936",
            "99ZZ",
            "00",
            "",
        )


def test_dry_run_writes_nothing(region_vault: Vault) -> None:
    report = import_residents(region_vault, FIXTURES / "residents.csv", apply=False, today=ON)
    assert report.new == 11 and not report.applied
    assert "proefimport" in report.counts_line()
    assert _count(region_vault, RegisterResident) == 0


def test_an_import_killed_halfway_leaves_nothing(
    region_vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    """The progress hook fires after the first chunk is written; an interrupt there (as a kill
    would) rolls the whole import back, and the vault reopens without a row of it."""
    from lvs_desktop.services.register import imports

    big = tmp_path / "big.csv"
    rows = [(FIXTURES / "residents.csv").read_text(encoding="utf-8").splitlines()[0]]
    from random import Random

    from lvs_desktop.models.rules.identifiers import generate_bsn

    rng = Random(5)
    bsns = {generate_bsn(rng) for _ in range(imports.CHUNK + 50)}
    rows += [f"{b};Kind;;Nummer{i};2012-01-01;;;;;0505;;" for i, b in enumerate(sorted(bsns))]
    big.write_text("\n".join(rows) + "\n", encoding="utf-8")
    seen: list[int] = []

    def kill(done: int, total: int) -> None:
        seen.append(done)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_residents(region_vault, big, today=ON, progress=kill)
    assert seen == [imports.CHUNK]
    path = region_vault.path
    region_vault.lock()
    reopened = Vault.open(path, passphrase)
    try:
        assert _count(reopened, RegisterResident) == 0
    finally:
        reopened.lock()


def test_a_file_without_the_needed_columns_is_refused_whole(
    region_vault: Vault, tmp_path: Path
) -> None:
    bad = tmp_path / "x.csv"
    bad.write_text("naam;geboortedatum\nAnna;2015-01-01\n", encoding="utf-8")
    with pytest.raises(UserError, match="kolommen bsn, voornamen, achternaam, gemeente ontbreken"):
        import_residents(region_vault, bad, today=ON)
    shutil.copy(FIXTURES / "residents.csv", tmp_path / "r.csv")
    with pytest.raises(UserError, match="kolommen brin, begindatum ontbreken"):
        import_enrolments(region_vault, tmp_path / "r.csv", today=ON)
    bad.write_text("brin;begindatum\n02CD;2024-08-20\n", encoding="utf-8")
    with pytest.raises(UserError, match="kolom bsn of onderwijsnummer ontbreekt"):
        import_enrolments(region_vault, bad, today=ON)
