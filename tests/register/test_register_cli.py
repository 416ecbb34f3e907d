"""The register through `lvs-desktop intake residents|enrolments|purge` and `lvs-desktop lists`."""

from __future__ import annotations

from pathlib import Path

import pytest
from register_data import FIXTURES
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.models import AuditEvent, Case, Consultant, RegisterResident, Youth
from lvs_desktop.store import Vault


@pytest.fixture
def cli_vault(region_vault: Vault, passphrase: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The region vault, locked, its path; the passphrase comes from the environment."""
    path = region_vault.path
    region_vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", passphrase)
    return Path(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_import_lists_and_open_cases_from_the_command_line(
    cli_vault: Path, capsys: pytest.CaptureFixture[str], passphrase: str, tmp_path: Path
) -> None:
    v = str(cli_vault)
    code, out, _ = _run(capsys, "intake", "residents", str(FIXTURES / "residents_bad.csv"),
                        "--vault", v, "--dry-run")  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Inwoners uit residents_bad.csv: 1 nieuw, 0 gewijzigd")
    assert "regel 2: BSN voldoet niet aan de elfproef" in lines
    assert "123456789" not in out and "Noord" not in out  # no BSN, no name of a refused line
    code, out, _ = _run(
        capsys, "intake", "residents", str(FIXTURES / "residents.csv"), "--vault", v
    )
    assert (code, out) == (
        0,
        "Inwoners uit residents.csv: 11 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 geweigerd.\n",
    )
    code, out, _ = _run(
        capsys, "intake", "enrolments", str(FIXTURES / "enrolments.csv"), "--vault", v
    )
    assert "9 nieuw" in out

    code, out, _ = _run(capsys, "lists", "--vault", v, "--list", "rmc", "--on", "2026-11-30")
    assert code == 0
    assert out.splitlines()[0] == (
        "RMC-doelgroep (18–23, geen startkwalificatie) op 30-11-2026: 1 (1 Dordrecht)"
    )
    assert "183839729  Eva van Elzinga (05-05-2008, 18)" in out
    with Vault.open(cli_vault, passphrase) as vault, vault.session() as s:
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        assert (event.action, event.entity, event.detail) == (
            "view", "register_resident", "registerlijst rmc: 1",
        )  # fmt: skip

    csv_file = tmp_path / "lijst.csv"
    code, out, _ = _run(capsys, "lists", "--vault", v, "--list", "deregistered", "--on",
                        "2026-11-30", "--format", "csv", "--output", str(csv_file))  # fmt: skip
    assert code == 0 and "2 regel(s) geschreven" in out
    rows = csv_file.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 3 and rows[1].startswith("737602120;Bram Bakker")
    assert csv_file.stat().st_mode & 0o777 == 0o600

    code, out, _ = _run(capsys, "lists", "--vault", v, "--list", "not-enrolled", "--on",
                        "2026-11-30", "--open-cases")  # fmt: skip
    assert code == 0 and "1 dossier(s) geopend, 0 had(den) er al een." in out
    with Vault.open(cli_vault, passphrase) as vault, vault.session() as s:
        reference, consultant = s.execute(
            select(Case.reference, Consultant.name)
            .join(Consultant, Consultant.id == Case.consultant_id)
            .join(Youth, Youth.id == Case.youth_id)
            .where(Youth.bsn == "409783936")
        ).one()
        assert f"{reference} → {consultant}" in out.splitlines()  # who got the case
        kinds = (
            s.execute(
                select(Case.kind)
                .join(Youth, Youth.id == Case.youth_id)
                .where(Youth.bsn == "409783936")
            )
            .scalars()
            .all()
        )
        assert kinds == ["absolute_absence"]

    code, _, err = _run(capsys, "lists", "--vault", v, "--list", "rmc", "--on", "2026-11-30",
                        "--open-cases", "409783936")  # fmt: skip
    assert code == 1 and "staan niet op deze lijst; er is niets geopend" in err

    code, out, _ = _run(capsys, "lists", "--vault", v, "--list", "early-leavers", "--on",
                        "2026-11-30", "--take")  # fmt: skip
    assert "Lijst vastgelegd op 30-11-2026." in out
    assert out.splitlines()[0].startswith("Nieuwe voortijdig schoolverlaters op 30-11-2026: 2 (")
    # the same list again that day, the date written as every other command takes it
    code, out, _ = _run(capsys, "lists", "--vault", v, "--list", "early-leavers", "--on",
                        "30-11-2026")  # fmt: skip
    assert code == 0 and out.splitlines()[:2] == [
        "Nieuwe voortijdig schoolverlaters op 30-11-2026: 0",
        "Sinds de vorige lijst van 30-11-2026.",
    ]
    code, out, _ = _run(
        capsys, "lists", "--vault", v, "--list", "early-leavers", "--on", "2026-12-05"
    )
    assert out.splitlines()[:2] == [
        "Nieuwe voortijdig schoolverlaters op 05-12-2026: 0",
        "Sinds de vorige lijst van 30-11-2026.",
    ]

    code, out, _ = _run(capsys, "intake", "purge", "--vault", v, "--on", "2026-12-16",
                        "--moved-away-months", "12", "--dry-run")  # fmt: skip
    assert out.startswith("Register: 1 inwoner(s) en 1 inschrijving(en) te verwijderen (proef")
    code, out, _ = _run(capsys, "intake", "purge", "--vault", v, "--on", "2026-12-16",
                        "--moved-away-months", "0")  # fmt: skip
    assert out.startswith("Register: 2 inwoner(s) en 1 inschrijving(en) verwijderd. ")
    with Vault.open(cli_vault, passphrase) as vault, vault.session() as s:
        assert (
            s.scalars(select(RegisterResident).where(RegisterResident.bsn == "725478342")).first()
            is None
        )


def test_bad_usage(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "lists", "--vault", str(cli_vault), "--list", "everyone")
    assert code == 2
    code, _, err = _run(
        capsys, "lists", "--vault", str(cli_vault), "--list", "rmc", "--on", "30-11"
    )
    assert code == 1 and "Schrijf de datum als DD-MM-JJJJ, bijvoorbeeld 30-11-2026." in err
    code, _, err = _run(capsys, "intake", "residents", str(cli_vault.parent / "nope.csv"),
                        "--vault", str(cli_vault))  # fmt: skip
    assert code == 1 and "Kan" in err and "niet lezen" in err
