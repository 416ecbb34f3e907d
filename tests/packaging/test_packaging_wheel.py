"""The wheel, installed into a fresh virtual environment outside the checkout, runs every step
of a working day from another folder: `vault init`, `region`, `demo`, `cases`, `letter`,
`report --format pdf`, each reading what it needs from the wheel's own `resources/`.

Speed without a leak: the fresh venv gets no pip and no copy of PySide6 (hundreds of MB).
Its third-party packages are the development venv's, but only the runtime dependency closure
of the wheel's own `Requires-Dist` (no pytest, no lvs_desktop, no `.pth` hooks), linked one
top-level entry at a time into a folder that a `.pth` line puts on the fresh venv's path.
pip then installs the wheel with `--no-index` and no configuration, so a dependency the wheel
forgets to declare makes the install fail here instead of on a consultant's laptop.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from email.parser import HeaderParser
from importlib.metadata import Distribution, distribution
from pathlib import Path

import pytest
from cli_day import clean_env, run, working_day
from packaging.requirements import Requirement

import lvs_desktop

pytestmark = pytest.mark.packaging

CHECKOUT = Path(lvs_desktop.__file__).resolve().parents[1]


def runtime_closure(requirements: list[str]) -> dict[str, Distribution]:
    """The installed distributions the requirements need, transitively (markers evaluated,
    extras followed), by normalised name."""
    found: dict[str, Distribution] = {}
    todo = [(Requirement(text), "") for text in requirements]
    while todo:
        req, extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": extra}):
            continue
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        if name in found:
            continue
        dist = distribution(req.name)
        assert dist.version in req.specifier, f"{req} is not met by the dev venv ({dist.version})"
        found[name] = dist
        for wanted in ["", *sorted(req.extras)]:
            todo += [(Requirement(text), wanted) for text in dist.requires or []]
    return found


def wheel_requirements(wheel: Path) -> list[str]:
    """The wheel's own `Requires-Dist` lines (not the dev install's metadata)."""
    with zipfile.ZipFile(wheel) as archive:
        (name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = HeaderParser().parsestr(archive.read(name).decode("utf-8"))
    return metadata.get_all("Requires-Dist") or []


def link_dependencies(dists: dict[str, Distribution], into: Path) -> None:
    """Each distribution's top-level files and folders (its RECORD), linked into `into`."""
    into.mkdir()
    for dist in dists.values():
        site = Path(str(dist.locate_file("")))
        for entry in {file.parts[0] for file in dist.files or []}:
            if entry in ("..", "__pycache__") or entry.endswith(".pth"):
                continue
            target = into / entry
            if not target.exists():
                target.symlink_to(site / entry)


def test_the_wheel_runs_a_day_from_a_fresh_venv_outside_the_checkout(tmp_path: Path) -> None:
    # Build the wheel from the checkout (hatchling from the dev venv: no network).
    wheels = tmp_path / "wheels"
    run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", wheels, CHECKOUT],
        cwd=tmp_path,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
    )
    (wheel,) = wheels.glob("lvs_desktop-*.whl")

    # A fresh venv, outside the checkout, that sees only the wheel's runtime dependencies.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv / "bin" / "python"
    site = Path(
        run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], tmp_path, {}
        ).strip()
    )
    needed = runtime_closure(wheel_requirements(wheel))
    assert "lvs-desktop" not in needed and "pytest" not in needed and "pyside6-addons" in needed
    deps = tmp_path / "runtime-deps"
    link_dependencies(needed, deps)
    (site / "runtime_deps.pth").write_text(f"{deps}\n", encoding="utf-8")
    env = clean_env(tmp_path, venv)
    pip = [sys.executable, "-m", "pip", "--python", python, "--disable-pip-version-check"]
    run([*pip, "install", "--no-index", "--no-cache-dir", wheel], tmp_path, env)
    run([*pip, "check"], tmp_path, env)

    # Another folder; the installed package and its shipped files, not the checkout's.
    work = tmp_path / "elders"
    work.mkdir()
    where = run(
        [
            python,
            "-c",
            "import lvs_desktop; from lvs_desktop.resource_files import resource_path as r; "
            "print(lvs_desktop.__file__); print(r('letters/fonts/LiberationSans-Regular.ttf')); "
            "print(r('translations/lvs_nl.qm').is_file(), r('registers/gemeenten.csv').is_file())",
        ],
        work,
        env,
    ).splitlines()
    package_file, font = Path(where[0]), Path(where[1])
    assert not package_file.resolve().is_relative_to(CHECKOUT)
    assert package_file.is_relative_to(site / "lvs_desktop")
    assert font.is_relative_to(site / "lvs_desktop" / "resources") and font.is_file()
    assert where[2] == "True True"
    versions = site / "lvs_desktop" / "store" / "migrations" / "versions"
    assert len(list(versions.glob("0*.py"))) >= 10  # the migrations ship too

    # The working day, with the console script the wheel installed; its Dutch command line
    # comes from the catalog in the wheel's resources, its version from the wheel's metadata.
    working_day(venv / "bin" / "lvs-desktop", work, env, version=wheel.name.split("-")[1])
