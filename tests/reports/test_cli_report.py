"""`lvs-desktop report` as a script uses it: formats, exit codes, one Dutch line on error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lvs_desktop.reports.csv_export import read_csv
from tests.conftest import PASSPHRASE


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LVS_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", "report", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_text_csv_pdf_and_errors(region_file: Path, tmp_path: Path) -> None:
    vault = ("--vault", str(region_file))
    text = cli(*vault, "--year", "2021-2022")
    assert text.returncode == 0, text.stderr
    assert "Jaarcijfers leerplicht en RMC – Regio – schooljaar 2021-2022" in text.stdout
    assert "Ahmed Bakker" in text.stdout  # internal: the caseload per consultant

    out = tmp_path / "gorinchem.csv"
    made = cli(
        *vault,
        "--year",
        "2021-2022",
        "--municipality",
        "Gorinchem",
        "--format",
        "csv",
        "--out",
        str(out),
        "--publish",
    )
    assert made.returncode == 0, made.stderr
    rows = read_csv(out.read_text(encoding="utf-8"))
    assert {r.area for r in rows} == {"Gorinchem"}
    assert not any(r.table == "open_per_consultant" for r in rows)

    pdf = tmp_path / "regio.pdf"
    assert cli(*vault, "--year", "2021-2022", "--format", "pdf", "--out", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")

    for args, message in (
        (("--year", "2021"), "geen schooljaar"),
        (("--year", "2021-2022", "--municipality", "Atlantis"), "onbekend"),
        (("--year", "2021-2022", "--format", "pdf"), "--out"),
    ):
        failed = cli(*vault, *args)
        assert failed.returncode == 1, args
        assert failed.stderr.count("\n") == 1 and message in failed.stderr
        assert "Traceback" not in failed.stderr
    usage = cli(*vault, "--year", "2021-2022", "--format", "docx")
    assert usage.returncode == 2
