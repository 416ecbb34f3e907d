"""Official early school leavers (issue 13, item 7): DUO's figure per school year and
municipality, entered on the command line into a new vault, shown in the annual report one
school year later, per municipality and summed for the region."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, UserError, VsvFigure
from lvs_desktop.services.region.municipalities import add_municipalities
from lvs_desktop.services.report_vsv import set_vsv, vsv_entries
from lvs_desktop.services.reports import annual_report
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE

AS_OF = date(2026, 11, 30)
LEAVERS = "Nieuwe voortijdig schoolverlaters (DUO)"
PARTICIPANTS = "Deelnemers 12-23 jaar (noemer)"


def cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LVS_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", "report-vsv", "--vault", str(path), *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def two_municipalities(vault: Vault) -> Vault:
    add_municipalities(vault, ["0505", "0512"])  # Dordrecht, Gorinchem
    return vault


def test_entered_on_the_command_line_and_shown_a_year_later(
    two_municipalities: Vault, tmp_path: Path
) -> None:
    path = two_municipalities.path
    two_municipalities.lock()
    for args in (
        ("--year", "2024-2025", "--municipality", "dordrecht", "--leavers", "61"),
        ("--year", "2024-2025", "--municipality", "Gorinchem", "--leavers", "9"),
        ("--year", "2023-2024", "--municipality", "Dordrecht", "--leavers", "70"),
    ):
        made = cli(path, *args, "--participants", "4000" if "70" in args else "3500")
        assert made.returncode == 0, made.stderr
        assert "opgeslagen" in made.stdout
    again = cli(
        path,
        "--year",
        "2024-2025",
        "--municipality",
        "Dordrecht",
        "--leavers",
        "62",
        "--participants",
        "3500",
    )  # a correction replaces the figure
    assert again.returncode == 0, again.stderr
    listed = cli(path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split()[:4] == ["2024-2025", "Dordrecht", "62", "van"]
    assert "(1,8%)" in lines[0] and lines[2].startswith("2023-2024")

    vault = Vault.open(path, PASSPHRASE)
    try:
        report = annual_report(vault, "2025-2026", as_of=AS_OF)
        # the column of 2025-2026 holds DUO's figure of 2024-2025, of 2024-2025 that of 2023-2024
        assert report.value("vsv", LEAVERS) == 62 + 9
        assert report.value("vsv", PARTICIPANTS) == 3500 + 3500
        assert report.value("vsv", LEAVERS, year="2024-2025") == 70
        assert report.value("vsv", LEAVERS, year="2023-2024") == 0
        gorinchem = annual_report(vault, "2025-2026", "Gorinchem", as_of=AS_OF)
        assert gorinchem.value("vsv", LEAVERS) == 9
        assert "een jaar later" in report.table("vsv").definition
        with vault.session() as s:
            assert s.scalar(select(func.count()).select_from(VsvFigure)) == 3
            audited = s.scalars(select(AuditEvent.detail).where(AuditEvent.entity == "vsv_figure"))
            assert list(audited).count("set_vsv: 2024-2025") == 3
    finally:
        vault.lock()


def test_bad_input_is_one_dutch_line_and_changes_nothing(two_municipalities: Vault) -> None:
    path = two_municipalities.path
    two_municipalities.lock()
    cases = [
        (
            (
                "--year",
                "2024-2025",
                "--municipality",
                "Utrecht",
                "--leavers",
                "1",
                "--participants",
                "10",
            ),
            "Gemeente 'Utrecht' is onbekend",
        ),
        (
            (
                "--year",
                "2024-2025",
                "--municipality",
                "Gorinchem",
                "--leavers",
                "11",
                "--participants",
                "10",
            ),
            "minstens zo groot",
        ),
        (
            (
                "--year",
                "2024",
                "--municipality",
                "Gorinchem",
                "--leavers",
                "1",
                "--participants",
                "10",
            ),
            "schooljaar",
        ),
        (("--year", "2024-2025", "--leavers", "1"), "samen op"),
    ]
    for args, message in cases:
        done = cli(path, *args)
        assert done.returncode == 1, done.stdout
        assert message.lower() in done.stderr.lower(), done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    vault = Vault.open(path, PASSPHRASE)
    try:
        assert vsv_entries(vault) == []
        with pytest.raises(UserError):
            set_vsv(vault, "2024-2025", "Gorinchem", -1, 10)
        assert vsv_entries(vault) == []
    finally:
        vault.lock()


def test_published_report_hides_a_small_vsv_count(two_municipalities: Vault) -> None:
    set_vsv(two_municipalities, "2024-2025", "Gorinchem", 3, 900)
    set_vsv(two_municipalities, "2024-2025", "Dordrecht", 40, 3000)
    published = annual_report(
        two_municipalities, "2025-2026", "Gorinchem", publish=True, as_of=AS_OF
    )
    row = next(r for r in published.table("vsv").rows if r.labels == (LEAVERS,))
    assert row.values[-1] is None and row.is_hidden(len(published.years) - 1)
    region = annual_report(two_municipalities, "2025-2026", publish=True, as_of=AS_OF)
    assert region.value("vsv", LEAVERS) == 43
