"""The command line as a script would use it: exit codes, one-line errors, no traceback."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from lvs_desktop.store.migrate import head_revision

PASS = "een lang genoeg wachtwoord"


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", *args],
        capture_output=True,
        text=True,
        env=full,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_init_check_rekey_and_wrong_passphrase(tmp_path: Path) -> None:
    vault = tmp_path / "k.lvsvault"
    made = cli(
        "vault",
        "init",
        "--vault",
        str(vault),
        "--name",
        "Jet de Vries",
        env={"LVS_PASSPHRASE": PASS},
    )
    assert made.returncode == 0, made.stderr
    check = cli("vault", "check", "--vault", str(vault), env={"LVS_PASSPHRASE": PASS})
    head = head_revision()
    assert check.returncode == 0 and f"Schemaversie: {head} (nieuwste: {head})" in check.stdout
    assert "in orde" in check.stdout
    before = hashlib.sha256(vault.read_bytes()).hexdigest()
    wrong = cli("vault", "check", "--vault", str(vault), env={"LVS_PASSPHRASE": "fout!" * 3})
    assert wrong.returncode == 1
    assert wrong.stderr.count("\n") == 1 and "Verkeerd wachtwoord" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    assert hashlib.sha256(vault.read_bytes()).hexdigest() == before
    new_file = tmp_path / "nieuw.txt"
    new_file.write_text("nog een ander wachtwoord\n")
    rekey = cli(
        "vault",
        "rekey",
        "--vault",
        str(vault),
        "--new-passphrase-file",
        str(new_file),
        env={"LVS_PASSPHRASE": PASS},
    )
    assert rekey.returncode == 0, rekey.stderr
    pf = tmp_path / "pf.txt"
    pf.write_text("nog een ander wachtwoord\n")
    again = cli("vault", "check", "--vault", str(vault), "--passphrase-file", str(pf))
    assert again.returncode == 0, again.stderr


def test_usage_errors_exit_2_and_missing_passphrase_exits_1(tmp_path: Path) -> None:
    assert cli("vault", "bogus").returncode == 2
    env = {k: v for k, v in os.environ.items() if k != "LVS_PASSPHRASE"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lvs_desktop",
            "vault",
            "check",
            "--vault",
            str(tmp_path / "x.lvsvault"),
        ],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert cli("vault", "check", "--help").returncode == 0


def test_demo_builds_a_vault_that_checks(tmp_path: Path) -> None:
    vault = tmp_path / "demo.lvsvault"
    made = cli("demo", "--vault", str(vault), "--size", "tiny", env={"LVS_PASSPHRASE": PASS})
    assert made.returncode == 0, made.stderr
    assert (
        cli("vault", "check", "--vault", str(vault), env={"LVS_PASSPHRASE": PASS}).returncode == 0
    )
