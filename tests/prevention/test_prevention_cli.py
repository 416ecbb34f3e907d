"""`lvs-desktop prevention add|list|counts`, `thuiszitters` and `thuiszitter-offer` as a
consultant types them: output read back, the vault read back, one Dutch line on error."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from lvs_desktop.cli import main
from lvs_desktop.models import Case
from lvs_desktop.services import cases, prevention
from lvs_desktop.services import thuiszitters as service
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.store import Vault
from tests.builders import make_youth
from tests.conftest import OWNER, PASSPHRASE

TODAY = date.today()


@pytest.fixture
def vault_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "kluis.lvsvault"
    vault = Vault.create(path, PASSPHRASE, OWNER)
    add_school(vault, SchoolInput(name="Lyceum Het Anker", school_type="VO"))
    vault.lock()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_prevention_add_list_counts(vault_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    v = ("--vault", str(vault_file))
    day = TODAY.strftime("%d-%m-%Y")
    code, out, err = run(
        capsys,
        "prevention",
        "add",
        *v,
        "--date",
        day,
        "--kind",
        "voorlichting",
        "--requester",
        "school",
        "--topic",
        "Verzuim en welbevinden",
        "--minutes",
        "90",
        "--school",
        "lyceum het anker",
    )
    assert code == 0, err
    assert "vastgelegd" in out
    code, out, err = run(
        capsys,
        "prevention",
        "add",
        *v,
        "--kind",
        "advies",
        "--requester",
        "ouder",
        "--topic",
        "Vraag over verlof",
        "--minutes",
        "20",
    )
    assert code == 0, err

    code, out, _ = run(capsys, "prevention", "list", *v)
    assert code == 0
    assert "Voorlichting of presentatie (School) · Verzuim en welbevinden · 90 min" in out
    assert "Lyceum Het Anker" in out and "Advies (Ouder of verzorger)" in out
    code, out, _ = run(capsys, "prevention", "counts", *v)
    assert code == 0
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert "Voorlichting of presentatie 1 90" in lines
    assert "Advies 1 20" in lines
    assert "Lyceum Het Anker 1 90" in lines and "Zonder school 1 20" in lines
    assert "Totaal 2 110" in lines

    vault = Vault.open(vault_file, PASSPHRASE)
    try:
        rows = prevention.list_activities(vault)
        assert sorted(r.minutes for r in rows) == [20, 90]
    finally:
        vault.lock()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--kind", "feest", "--requester", "school"), "Soort 'feest' is onbekend. Kies uit:"),
        (("--kind", "overleg", "--requester", "buurman"), "Aanvrager 'buurman' is onbekend."),
        (
            ("--kind", "overleg", "--requester", "school", "--school", "Atlantis"),
            "School 'Atlantis'",
        ),
        (("--kind", "overleg", "--requester", "school", "--date", "31-02-2026"), "geen datum"),
    ],
)
def test_prevention_add_refuses_bad_input_in_one_dutch_line(
    vault_file: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(
        capsys,
        "prevention",
        "add",
        "--vault",
        str(vault_file),
        "--topic",
        "Overleg",
        "--minutes",
        "30",
        *args,
    )
    assert code == 1
    assert message in err and len(err.strip().splitlines()) == 1
    vault = Vault.open(vault_file, PASSPHRASE)
    try:
        assert prevention.list_activities(vault) == []
    finally:
        vault.lock()


def test_thuiszitters_list_csv_and_offer(
    vault_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = Vault.open(vault_file, PASSPHRASE)
    try:
        youth = make_youth(vault, birth_date=date(2012, 5, 1), given_names="Sam")
        opened = cases.open_case(
            vault,
            youth,
            "relative_absence",
            date(2026, 9, 20),
            report=ReportInput(
                "long_term_relative", date(2026, 9, 20), date(2026, 9, 1), date(2026, 11, 27)
            ),
            today=date(2026, 11, 28),
        )
        with vault.session() as session:
            reference = session.get_one(Case, opened.first("case_file")).reference
    finally:
        vault.lock()
    v = ("--vault", str(vault_file))
    code, out, err = run(capsys, "thuiszitters", *v, "--on", "28-11-2026")
    assert code == 0, err
    assert out.startswith("Thuiszitters schooljaar 2026-2027, op 28-11-2026: 1\n")
    assert "Sam Zandkamp" in out and "thuis sinds 01-09-2026" in out
    # home until 27-11, before the offer deadline of 01-12: back at school by the list's day
    assert "tot 27-11-2026" in out
    assert "termijn 01-12-2026 · geen aanbod · weer naar school" in out
    ref = out.splitlines()[1].split()[0]
    assert ref == reference

    code, out, err = run(
        capsys,
        "thuiszitter-offer",
        ref,
        *v,
        "--date",
        "15-10-2026",
        "--kind",
        "onderwijs",
        "--description",
        "Plaats op het Da Vinci",
    )
    assert code == 0, err
    out_file = tmp_path / "thuiszitters.csv"
    code, out, err = run(
        capsys, "thuiszitters", *v, "--on", "28-11-2026", "--format", "csv", "--out", str(out_file)
    )
    assert code == 0, err
    if os.name == "posix":
        assert out_file.stat().st_mode & 0o777 == 0o600  # it names youths
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    # the offer, where it stands, and "alleen uit melding" (no conversation recorded)
    assert lines[1].split(";")[-4:] == ["15-10-2026", "Onderwijsaanbod", service.OFFERED, "ja"]

    code, _, err = run(capsys, "thuiszitter-offer", ref, *v, "--kind", "cursus")
    assert code == 1 and "Soort aanbod 'cursus' is onbekend" in err
