"""The mypy ratchet in `pyproject.toml` can only tighten.

`make lint` (run by `.ci/run`) type-checks the whole package under `--strict`, except two
lists of modules that were not clean when the ratchet was set: "typed, not strict yet" and
"not type-clean yet". This test keeps those lists from growing and from going stale, and keeps
`models/`, `store/` and `sync/` off them; mypy itself runs in `make lint`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import lvs_desktop

PACKAGE = Path(lvs_desktop.__file__).parent
PYPROJECT = PACKAGE.parent / "pyproject.toml"
ALWAYS_STRICT = ("lvs_desktop.models", "lvs_desktop.store", "lvs_desktop.sync")
# The lists' lengths when the ratchet was set (30-11-2026). Lower them as modules come off;
# never raise them.
MAX_NOT_STRICT = 18
MAX_NOT_CHECKED = 13


def _mypy() -> dict[str, Any]:
    config: dict[str, Any] = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    return dict(config["tool"]["mypy"])


def _ours(override: dict[str, Any]) -> list[str]:
    modules = override["module"]
    names = [modules] if isinstance(modules, str) else list(modules)
    return [m for m in names if m == "lvs_desktop" or m.startswith("lvs_desktop.")]


def _tiers() -> tuple[list[str], list[str]]:
    not_strict: list[str] = []
    not_checked: list[str] = []
    for override in _mypy().get("overrides", []):
        ours = _ours(override)
        if not ours:
            continue  # third-party settings are not part of the ratchet
        if override.get("ignore_errors") is True:
            not_checked += ours
        else:
            assert override.get("strict") is not True  # (per-module strict is not a thing)
            not_strict += ours
    return not_strict, not_checked


def _exists(module: str) -> bool:
    path = PACKAGE.parent.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_the_whole_package_is_checked_strictly_by_default() -> None:
    mypy = _mypy()
    assert mypy["strict"] is True
    assert mypy["files"] == ["lvs_desktop"]
    assert mypy.get("ignore_errors") is not True


def test_the_exception_lists_never_grow() -> None:
    not_strict, not_checked = _tiers()
    assert len(not_strict) <= MAX_NOT_STRICT, "a module came onto the not-strict list"
    assert len(not_checked) <= MAX_NOT_CHECKED, "a module came onto the not-checked list"
    assert not set(not_strict) & set(not_checked)


def test_models_store_and_sync_are_always_strict() -> None:
    not_strict, not_checked = _tiers()
    assert [m for m in not_strict + not_checked if m.startswith(ALWAYS_STRICT)] == []
    assert not any("*" in m for m in not_strict + not_checked), "name modules one by one"


def test_every_listed_module_exists() -> None:
    """A module that was renamed or removed comes off its list (or the list would hide
    whatever takes its name)."""
    not_strict, not_checked = _tiers()
    assert [m for m in not_strict + not_checked if not _exists(m)] == []
