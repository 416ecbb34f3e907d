"""A consultant's working day on the command line, run against an installed program (the
wheel in a fresh venv, or the standalone build) from a folder outside the checkout: every
step reads what it needs (templates, fonts, registers, the Dutch catalog, the migrations)
from the installation's own files."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader

PASSPHRASE = "een lang genoeg wachtwoord"
TIMEOUT = 120


def clean_env(tmp: Path, path_first: Path) -> dict[str, str]:
    """No PYTHONPATH, no pip configuration, no home folder of the developer; `path_first`
    leads PATH."""
    keep = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV", "XDG_", "LVS_"))
        and key not in ("HOME",)
    }
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    return {
        **keep,
        "PATH": f"{path_first}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PIP_CONFIG_FILE": os.devnull,
        "QT_QPA_PLATFORM": "offscreen",
        "LVS_PASSPHRASE": PASSPHRASE,
        # the suite's one switch for a fast KDF (tests/conftest.py), kept for the subprocesses
        "LVS_TEST_KDF_ITER": os.environ.get("LVS_TEST_KDF_ITER", ""),
    }


def run(args: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    """The command's stdout; it must exit 0."""
    done = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, f"{args[:3]} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def school_year(today: date) -> str:
    start = today.year if today.month >= 8 else today.year - 1
    return f"{start}-{start + 1}"


def working_day(lvs: Path, work: Path, env: dict[str, str], version: str) -> None:
    """--help and --version, `vault init` and `check`, `region`, `demo --size tiny`,
    `cases`, `letter` and `report --format pdf`, with the PDFs read back."""
    assert run([lvs, "--help"], work, env).startswith("gebruik: lvs-desktop")  # the catalog
    assert run([lvs, "--version"], work, env).strip() == f"lvs-desktop {version}"

    own = work / "eigen.lvsvault"
    run([lvs, "vault", "init", "--vault", own, "--name", "Jet de Vries"], work, env)
    assert own.read_bytes()[:16] != b"SQLite format 3\x00"
    assert "in orde" in run([lvs, "vault", "check", "--vault", own], work, env)
    # the national municipality list (CBS codes) from the shipped registers
    run([lvs, "region", "municipalities", "--vault", own, "--add", "0505"], work, env)
    listed = run([lvs, "region", "municipalities", "--vault", own], work, env)
    assert re.search(r"^0505\s+Dordrecht", listed, re.M), listed

    demo = work / "demo.lvsvault"
    run([lvs, "demo", "--size", "tiny", "--vault", demo], work, env)
    listing = run([lvs, "cases", "--vault", demo, "--format", "csv"], work, env).splitlines()
    reference = listing[1].split(",")[0]
    assert re.fullmatch(r"\d{4}-[A-Z]{2}-\d{4}", reference), listing[:2]

    appointment = f"{date.today() + timedelta(days=14):%d-%m-%Y} 10:30"
    letter: list[str | Path] = [lvs, "letter", "--vault", demo, "--case", reference]
    letter += ["--kind", "invitation-1", "--out", "brieven", "--appointment", appointment]
    run(letter, work, env)
    letters = sorted((work / "brieven").glob("*.pdf"))
    assert letters, "no letter written"
    text = pdf_text(letters[0])
    assert reference in text and "Retouradres" in text

    year = school_year(date.today())
    run(
        [lvs, "report", "--vault", demo, "--year", year, "--format", "pdf", "--out", "jaar.pdf"],
        work,
        env,
    )
    assert f"Jaarcijfers {year}" in pdf_text(work / "jaar.pdf")
