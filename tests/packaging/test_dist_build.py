"""The standalone build, as `make dist` leaves it: the window starts and keeps running, and the
command line runs a working day from a folder outside the checkout.

`make dist` runs this test right after building, with `LVS_DIST` naming the build folder;
without it (as in `make test`, which does not build) the test is skipped.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from cli_day import clean_env, run, working_day

import lvs_desktop

pytestmark = pytest.mark.packaging

CHECKOUT = Path(lvs_desktop.__file__).resolve().parents[1]
DIST_ENV = "LVS_DIST"
ALIVE_FOR = 5.0  # seconds the window must keep running once its demo vault is made
START_LIMIT = 90.0  # seconds to make the demo vault on a busy machine


@pytest.fixture
def program() -> Path:
    folder = os.environ.get(DIST_ENV)
    if not folder:
        pytest.skip(f"no standalone build named (make dist sets {DIST_ENV})")
    program = (CHECKOUT / folder / "lvs-desktop").resolve()
    assert program.is_file(), f"{program} is missing: run make dist"
    return program


def test_the_window_starts_offscreen_and_keeps_running(program: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path, program.parent)
    vault = tmp_path / "demo.lvsvault"
    window = subprocess.Popen(
        [program, "--demo", "--vault", vault],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The demo vault is made before the unlock dialog shows: wait for it, or for an exit.
        deadline = time.monotonic() + START_LIMIT
        while not vault.exists() and window.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        with pytest.raises(subprocess.TimeoutExpired):
            window.wait(timeout=ALIVE_FOR)  # still running: no import error, no crash
        assert vault.exists()
    finally:
        window.terminate()
        try:
            _, errors = window.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            window.kill()
            _, errors = window.communicate()
    assert "Traceback" not in errors, errors


def test_the_command_line_runs_a_day_from_the_build(program: Path, tmp_path: Path) -> None:
    work = tmp_path / "elders"
    work.mkdir()
    env = clean_env(tmp_path, program.parent)
    version = run([program, "--version"], work, env).split()[-1]
    assert version == lvs_desktop.__version__
    working_day(program, work, env, version=version)
