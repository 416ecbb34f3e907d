"""`lvs-desktop vault audit`: the log listed and exported on the command line, filtered by
dossier, person, action and day, on a vault from `vault init` filled through the services."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.models import Case
from lvs_desktop.services.region.roster import ConsultantInput, add_consultant
from lvs_desktop.services.uow import UnitOfWork
from lvs_desktop.store import Vault
from tests.builders import make_case, make_youth
from tests.conftest import PASSPHRASE


@pytest.fixture
def logged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, str]]:
    """Jet's two cases; colleague Sanne viewed the second. Returns (path, references)."""
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "jet.lvsvault"
    assert main(["vault", "init", "--vault", str(path), "--name", "Jet de Vries"]) == 0
    with Vault.open(path, PASSPHRASE) as vault:
        first = make_case(vault, make_youth(vault, surname="Zandkamp", bsn="111222333"))
        second = make_case(vault, make_youth(vault, surname="Ploegstra", bsn="123456782"))
        sanne = add_consultant(vault, ConsultantInput(name="Sanne Bakker", code="SB"))
        with UnitOfWork(vault, "view_case", actor_id=sanne.first("consultant")) as uow:
            uow.audit("view", "case_file", second, "view_case")
            uow.commit()
        with vault.session() as s:
            refs = {c.id: c.reference for c in s.scalars(select(Case))}
    return path, {"first": refs[first], "second": refs[second]}


def rows_of(capsys: pytest.CaptureFixture[str], path: Path, *filters: str) -> list[dict[str, str]]:
    capsys.readouterr()
    code = main(["vault", "audit", "--vault", str(path), "--format", "csv", *filters])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(csv.DictReader(io.StringIO(out), delimiter=";"))


def test_the_log_filtered_by_dossier_person_action_and_day(
    logged: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, refs = logged
    everything = rows_of(capsys, path)
    assert len(everything) >= 6
    assert {r["Wie"] for r in everything} == {"Jet de Vries", "Sanne Bakker"}
    assert not any("111222333" in v or "Zandkamp" in v for r in everything for v in r.values())

    second = rows_of(capsys, path, "--case", refs["second"])
    assert 2 <= len(second) < len(everything)
    assert {r["Dossier"] for r in second} == {refs["second"]}

    sanne = rows_of(capsys, path, "--actor", "Sanne")
    assert [(r["Handeling"], r["Dossier"]) for r in sanne] == [("bekeken", refs["second"])]
    assert rows_of(capsys, path, "--action", "view", "--case", refs["first"]) == []
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert rows_of(capsys, path, "--since", tomorrow) == []
    assert len(rows_of(capsys, path, "--until", tomorrow)) == len(everything)

    out = tmp_path / "log.csv"
    assert (
        main(["vault", "audit", "--vault", str(path), "--case", refs["second"], "--out", str(out)])
        == 0
    )
    lines = "logregel" if len(second) == 1 else "logregels"
    assert f"{len(second)} {lines} geschreven naar {out}" in capsys.readouterr().out
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1 + len(second)

    assert main(["vault", "audit", "--vault", str(path), "--actor", "Sanne"]) == 0
    text = capsys.readouterr().out.splitlines()
    assert (
        text[-1] == "1 logregel."
        and "Sanne Bakker  bekeken  Dossier  " + refs["second"] in text[0]
    )


def test_a_wrong_dossier_or_day_is_one_dutch_line(
    logged: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = logged
    capsys.readouterr()
    assert main(["vault", "audit", "--vault", str(path), "--case", "2026-XX-0001"]) == 1
    assert capsys.readouterr().err.strip() == "lvs-desktop: Geen dossier met kenmerk 2026-XX-0001."
    assert main(["vault", "audit", "--vault", str(path), "--since", "gisteren"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "JJJJ-MM-DD" in err[0]
