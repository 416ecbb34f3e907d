"""`lvs-desktop region …`, `vault init` and `export --region` as a script uses them: exit
codes 0/1/2, one Dutch line on error, nothing changed by a refused command, --help everywhere;
and the one passphrase rule on the command line."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lvs_desktop.store.passphrase import (
    MIN_PASSPHRASE_LENGTH,
    WeakPassphrase,
    check_new_passphrase,
    passphrase_problem,
)

DATA = Path(__file__).parent / "data"
PASS = "een lang genoeg wachtwoord"
TRANSFER = "transfer-wachtwoord van het team"


def cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, "LVS_PASSPHRASE": PASS, "LVS_TRANSFER_PASSPHRASE": TRANSFER, **env}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", *args],
        capture_output=True,
        text=True,
        env=full,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def failed(done: subprocess.CompletedProcess[str], text: str) -> None:
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert text in done.stderr, done.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_one_passphrase_rule() -> None:
    assert MIN_PASSPHRASE_LENGTH == 12
    assert passphrase_problem("a" * 11 + "b") is None
    assert passphrase_problem("kort") == "Kies een wachtwoord van minstens 12 tekens."
    assert passphrase_problem("elf tekens!") is not None  # 11
    assert passphrase_problem(" " * 14) is not None
    assert passphrase_problem("x" * 20) is not None
    assert passphrase_problem("café au lait 2", "cafe\u0301 au lait 2") is None  # NFC: equal
    assert passphrase_problem("twaalf tekens", "twaalf tekenz") == (
        "De twee wachtwoorden zijn niet gelijk."
    )
    with pytest.raises(WeakPassphrase):
        check_new_passphrase("11 tekens!!")


def test_init_and_rekey_refuse_a_short_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "k.lvsvault"
    failed(
        cli("vault", "init", "--vault", str(vault), "--name", "Jet", LVS_PASSPHRASE="elf tekens!"),
        "minstens 12 tekens",
    )
    assert not vault.exists()
    assert cli("vault", "init", "--vault", str(vault), "--name", "Jet de Vries").returncode == 0
    before = digest(vault)
    failed(cli("vault", "rekey", "--vault", str(vault), LVS_NEW_PASSPHRASE="elf tekens!"), "12")
    assert digest(vault) == before
    bad_date = cli("vault", "init", "--vault", str(tmp_path / "b.lvsvault"), "--name", "B",
                   "--akte-expires", "30-06-2027")  # fmt: skip
    failed(bad_date, "JJJJ-MM-DD")
    usage = cli("vault", "init", "--vault", str(tmp_path / "c.lvsvault"), "--name", "C",
                "--sworn-by", "handdruk")  # fmt: skip
    assert usage.returncode == 2


def test_help_everywhere() -> None:
    for args in (
        ("region",),
        ("region", "municipalities"),
        ("region", "schools"),
        ("region", "schools", "import"),
        ("region", "schools", "add"),
        ("region", "schools", "archive"),
        ("region", "schools", "edit"),
        ("region", "partners"),
        ("region", "roster"),
        ("region", "name"),
        ("export",),
    ):
        done = cli(*args, "--help")
        assert done.returncode == 0 and "gebruik: lvs-desktop" in done.stdout, args
    assert "--region" in cli("export", "--help").stdout
    assert cli("region").returncode == 2
    assert cli("region", "schools", "import").returncode == 2  # FILE is required


def test_region_commands_from_team_vault_to_a_consultants_laptop(tmp_path: Path) -> None:
    team = ("--vault", str(tmp_path / "team.lvsvault"))
    laptop = ("--vault", str(tmp_path / "anna.lvsvault"))
    assert cli("vault", "init", *team, "--name", "Lea Leider", "--team").returncode == 0
    assert cli("vault", "init", *laptop, "--name", "Anna Akkerman").returncode == 0
    assert cli("region", "municipalities", "--all").stdout.count("\n") == 342
    failed(cli("region", "municipalities", *team, "--add", "0505", "9998"), "9998")
    failed(cli("region", "schools", "import", str(DATA / "scholen_oud.csv"), *team),
           "nog geen gemeenten")  # fmt: skip
    done = cli("region", "municipalities", *team, "--add", "0505", "0642", "1978", "1963")
    assert done.returncode == 0, done.stderr
    edit = cli("region", "municipalities", *team, "--edit", "dordrecht", "--postal-street",
               "Postbus", "--postal-number", "8", "--postal-postcode", "3300AA",
               "--postal-city", "Dordrecht")  # fmt: skip
    assert "0505  Dordrecht                Postbus 8, 3300 AA Dordrecht" in edit.stdout
    dry = cli("region", "schools", "import", str(DATA / "scholen_fouten.csv"), *team, "--dry-run")
    assert dry.returncode == 0
    assert "scholen_fouten.csv regel 4: geweigerd: BRIN-nummer ontbreekt" in dry.stdout
    assert dry.stdout.strip().endswith(
        "(niets opgeslagen): 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 buiten de regio, 5 geweigerd."
    )
    assert "Geen scholen" in cli("region", "schools", *team).stdout
    imported = cli("region", "schools", "import", str(DATA / "scholen_oud.csv"), *team)
    assert imported.returncode == 0 and "3 nieuw" in imported.stdout
    csv_out = cli("region", "schools", *team, "--format", "csv", "--municipality", "MOLENLANDEN")
    assert csv_out.stdout.splitlines()[1].startswith("99AK;00;CBS Eben-Haëzer;PO;Molenlanden;")
    failed(cli("region", "schools", *team, "--municipality", "Utrecht"),
           "Gemeente 'Utrecht' is onbekend. Kies uit: Dordrecht, Hoeksche Waard, Molenlanden, "
           "Zwijndrecht.")  # fmt: skip
    assert cli("region", "schools", "archive", "99AL00", *team).returncode == 0
    assert "Calvijn" not in cli("region", "schools", *team).stdout
    assert "[gearchiveerd]" in cli("region", "schools", *team, "--archived").stdout
    partner = cli("region", "partners", *team, "--add", "--kind", "wijkteam", "--name",
                  "Sociaal Wijkteam Dordrecht", "--postcode", "3311 aa")  # fmt: skip
    assert "Wijkteam of sociaal team" in partner.stdout
    failed(cli("region", "partners", *team, "--add", "--kind", "kerk", "--name", "X"), "--kind")
    roster = cli("region", "roster", *team, "--add", "--name", "Anna Akkerman", "--code",
                 "AA", "--covers", "dordrecht", "--akte-expires", "2027-06-30",
                 "--sworn-by", "eed")  # fmt: skip
    assert re.search(r"AA +Anna Akkerman +Consulent, akte tot 30-06-2027; werkgebied: Dordrecht",
                     roster.stdout), roster.stdout  # fmt: skip
    assert cli("region", "name", *team, "Zuid-Holland Zuid").returncode == 0
    edited = cli("region", "schools", "edit", "99ak00", *team, "--contact", "M. de Zorg")
    assert edited.returncode == 0 and "School CBS Eben-Haëzer opgeslagen." in edited.stdout
    partner = cli("region", "partners", *team, "--edit", "sociaal wijkteam dordrecht",
                  "--contact", "P. Jansen")  # fmt: skip
    assert "Sociaal Wijkteam Dordrecht (contact: P. Jansen)" in partner.stdout
    roster = cli("region", "roster", *team, "--edit", "aa", "--covers", "Zwijndrecht")
    assert "werkgebied: Zwijndrecht" in roster.stdout and "30-06-2027" in roster.stdout
    failed(cli("region", "schools", "edit", "00XX00", *team, "--name", "X"), "00XX00")

    failed(cli("export", *laptop, "--region", "--out", str(tmp_path / "x")), "Alleen de teamkluis")
    bundle = tmp_path / "regio.lvsbundle"
    made = cli("export", *team, "--region", "--out", str(bundle))
    assert made.returncode == 0, made.stderr
    print_ = re.search(r"vingerafdruk ([0-9A-F ]+)\)", made.stdout)
    assert print_ is not None
    before = digest(tmp_path / "anna.lvsvault")
    wrong = cli("import", *laptop, str(bundle), "--accept-fingerprint", print_.group(1),
                LVS_TRANSFER_PASSPHRASE="niet het goede wachtwoord")  # fmt: skip
    assert wrong.returncode == 1 and digest(tmp_path / "anna.lvsvault") == before
    got = cli("import", *laptop, str(bundle), "--accept-fingerprint", print_.group(1))
    assert got.returncode == 0, got.stderr
    schools = cli("region", "schools", *laptop, "--archived").stdout
    assert "CBS Eben-Haëzer" in schools and "Calvijn College" in schools
    assert "Sociaal Wijkteam Dordrecht" in cli("region", "partners", *laptop).stdout
    assert "werkgebied: Zwijndrecht" in cli("region", "roster", *laptop).stdout
    assert "M. de Zorg" in cli("region", "schools", *laptop, "--format", "csv").stdout
    assert "Postbus 8" in cli("region", "municipalities", *laptop).stdout
