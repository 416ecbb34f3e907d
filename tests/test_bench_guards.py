"""Benchmarks that guard: a figure past its ceiling fails the benchmark run (issue 15).

CI runs `make bench-small` (`python -m benchmarks.run --small`); these tests show that the
ceilings of `benchmarks.common.GUARDS` decide its exit status, and that a deliberately low
ceiling (the `LVS_BENCH_CEILINGS` override) makes a real benchmark process fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import common
from benchmarks.common import GUARDS, Timing, ceiling, guard, verdict
from lvs_desktop.store.connection import TEST_KDF_ENV

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fresh_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "_broken", [])
    monkeypatch.delenv(common.CEILINGS_ENV, raising=False)


def test_every_ceiling_is_about_twice_its_aim() -> None:
    for key, spec in GUARDS.items():
        assert 1.5 * spec.aim <= spec.ceiling <= 2.5 * spec.aim, key
        assert spec.small_ceiling >= spec.ceiling, key  # small sizes carry fixed costs
        assert spec.unit in ("ratio", "ms"), key


def test_a_ratio_within_its_ceiling_passes_and_one_past_it_fails(
    capsys: pytest.CaptureFixture[str],
) -> None:
    raw = Timing(wall_ms=100, cpu_ms=100)
    assert guard("export", "export", Timing(900, 590), raw, small=False)
    assert verdict() == 0
    assert not guard("export", "export", Timing(300, 610), raw, small=False)  # CPU decides
    assert verdict() == 1
    assert "PAST THE CEILING" in capsys.readouterr().out


def test_small_sizes_use_their_own_ceiling() -> None:
    raw = Timing(100, 100)
    merge = GUARDS["merge"]
    between = (merge.ceiling + merge.small_ceiling) / 2 * 100
    assert guard("merge", "merge", Timing(between, between), raw, small=True)
    assert not guard("merge", "merge", Timing(between, between), raw, small=False)


def test_an_absolute_guard_compares_milliseconds() -> None:
    limit = GUARDS["report"].ceiling
    assert guard("report", "report", Timing(5 * limit, limit - 1), None, small=False)
    assert not guard("report", "report", Timing(limit - 1, limit + 1), None, small=False)


def test_the_environment_overrides_a_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(common.CEILINGS_ENV, "merge=1.5, export=0.25")
    assert ceiling("export", small=True) == 0.25
    assert ceiling("merge", small=False) == 1.5
    assert ceiling("first_rows", small=False) == GUARDS["first_rows"].ceiling


def test_a_benchmark_process_fails_when_a_ceiling_is_broken(tmp_path: Path) -> None:
    """The real bench_vault on a tiny region: passes with the table's ceiling, fails (exit 1,
    naming the figure) with a ceiling no run can meet."""

    def run(ceilings: str) -> subprocess.CompletedProcess[str]:
        env = {
            **{k: v for k, v in os.environ.items() if k != TEST_KDF_ENV},  # the real KDF
            "LVS_BENCH_DIR": str(tmp_path),
            common.CEILINGS_ENV: ceilings,
            "QT_QPA_PLATFORM": "offscreen",
        }
        return subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_vault", "--small", "--repeat", "1"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    passed = run("")
    assert passed.returncode == 0, passed.stderr
    assert "unlock to first 200 caseload rows" in passed.stdout
    failed = run("first_rows=0.001")
    assert failed.returncode == 1
    assert "PAST THE CEILING" in failed.stdout
    assert "ceiling broken: first_rows" in failed.stderr
