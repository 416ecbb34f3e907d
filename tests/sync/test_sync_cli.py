"""`lvs-desktop export | import | conflicts` as a script uses them: exit codes, one-line errors,
and the import's last line: `nieuw N, bijgewerkt N, ongewijzigd N, conflicten N, dubbele N`.

Most calls go through `cli.main` in this process (the same code path, without paying the
program's start-up each time); one runs the real `python -m lvs_desktop`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from vaults import PASSPHRASE, TRANSFER, Team, edit, make_case, make_youth

from lvs_desktop.cli import main
from lvs_desktop.models import Youth


@pytest.fixture(autouse=True)
def _secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LVS_TRANSFER_PASSPHRASE", TRANSFER)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(result: tuple[int, str, str], words: str) -> None:
    code, _, err = result
    assert code == 1 and err.count("\n") == 1 and words in err, err
    assert "Traceback" not in err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_import_and_conflicts_from_the_command_line(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06 anna")
    edit(team["lead"], Youth, youth, phone="06 lea")
    anna, lead = team.vaults.pop("anna"), team.vaults.pop("lead")
    anna.lock()
    lead.lock()
    out = team.folder / "anna-2.lvsbundle"

    code, text, _ = run(
        capsys, "export", "--vault", str(anna.path), "--out", str(out), "--since-last"
    )
    assert code == 0 and "export 2 voor Anna Akkerman, sinds export 1" in text

    before = digest(lead.path)
    monkeypatch.setenv("LVS_TRANSFER_PASSPHRASE", "fout")
    one_line_error(
        run(capsys, "import", "--vault", str(lead.path), str(out)),
        "Verkeerd wachtwoord voor het exportbestand",
    )
    monkeypatch.setenv("LVS_TRANSFER_PASSPHRASE", TRANSFER)
    code, text, _ = run(capsys, "import", "--vault", str(lead.path), "--dry-run", str(out))
    assert code == 0
    assert text.splitlines()[-1] == "nieuw 0, bijgewerkt 1, ongewijzigd 0, conflicten 1, dubbele 0"
    assert digest(lead.path) == before

    real = subprocess.run(  # the installed entry point, start to finish
        [sys.executable, "-m", "lvs_desktop", "import", "--vault", str(lead.path), str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert real.returncode == 0, real.stderr
    assert (
        real.stdout.splitlines()[-1]
        == "nieuw 0, bijgewerkt 1, ongewijzigd 0, conflicten 1, dubbele 0"
    )

    code, text, _ = run(capsys, "conflicts", "--vault", str(lead.path))
    line = text.splitlines()[0]
    assert code == 0 and "Telefoon: nu '06 lea' (Lea Leider" in line
    assert "ook '06 anna' (Anna Akkerman" in line and text.splitlines()[-1] == "1 conflict."
    code, text, _ = run(
        capsys, "conflicts", "--vault", str(lead.path), "--take-other", line.split()[0]
    )
    assert code == 0 and "overgenomen" in text


def test_command_line_refusals(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    team.open("anna", "lead")
    make_case(team["anna"], make_youth(team["anna"]))
    anna, lead = team.vaults.pop("anna"), team.vaults.pop("lead")
    anna.lock()
    lead.lock()
    out = team.folder / "anna.lvsbundle"
    assert run(capsys, "export", "--vault", str(anna.path), "--out", str(out))[0] == 0

    unknown = run(capsys, "import", "--vault", str(lead.path), str(out))
    one_line_error(unknown, "Onbekende afzender: Anna Akkerman, vingerafdruk")
    assert "Vergelijk de vingerafdruk met de afzender" in unknown[2]  # and the option for it:
    assert '--accept-fingerprint "' in unknown[2]
    fingerprint = unknown[2].split("vingerafdruk ")[1].split(".")[0]
    code, text, _ = run(
        capsys, "import", "--vault", str(lead.path), str(out), "--accept-fingerprint", fingerprint
    )
    assert code == 0 and text.splitlines()[-1].startswith("nieuw 4, bijgewerkt 0")

    one_line_error(
        run(capsys, "export", "--vault", str(lead.path), "--out", str(out)),
        "Kies voor welke consulent",
    )
    one_line_error(
        run(capsys, "import", "--vault", str(lead.path), str(team.folder / "weg.lvsbundle")),
        "Exportbestand niet gevonden",
    )
    with pytest.raises(SystemExit) as usage:
        main(["import", "--vault", str(lead.path)])  # no files
    assert usage.value.code == 2
