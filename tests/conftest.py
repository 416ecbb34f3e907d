"""Shared fixtures: real SQLCipher vaults in tmp_path, a demo vault built once per session.

Every vault open pays SQLCipher's KDF. Tests run with a lower iteration count behind one
switch (`LVS_TEST_KDF_ITER`); tests marked `real_kdf` run at SQLCipher's real setting.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
FAST_KDF_ITER = "4000"
os.environ["LVS_TEST_KDF_ITER"] = FAST_KDF_ITER

from lvs_desktop.store import OwnerProfile, Vault  # noqa: E402
from lvs_desktop.store.connection import TEST_KDF_ENV  # noqa: E402

PASSPHRASE = "correct paard batterij niet"
DEMO_TODAY = date(2026, 11, 28)
OWNER = OwnerProfile(name="Jet de Vries", code="JV", phone="078 123 4567")


@pytest.fixture(autouse=True)
def _isolated_state(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    """Unlock-failure counts go to a temp folder; `real_kdf` tests drop the fast KDF."""
    monkeypatch.setenv("LVS_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    if request.node.get_closest_marker("real_kdf"):
        monkeypatch.delenv(TEST_KDF_ENV, raising=False)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "kluis.lvsvault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    """A new, empty vault owned by consultant Jet de Vries (JV)."""
    v = Vault.create(vault_path, PASSPHRASE, OWNER)
    yield v
    v.lock()


@pytest.fixture(scope="session")
def demo_vault_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny demo region, built once per test session (do not open it directly: copy it)."""
    from lvs_desktop.services.demo import create_demo_vault

    path = tmp_path_factory.mktemp("demo") / "demo.lvsvault"
    create_demo_vault(path, PASSPHRASE, size="tiny", today=DEMO_TODAY).lock()
    return path


@pytest.fixture
def demo_vault(demo_vault_file: Path, tmp_path: Path) -> Iterator[Vault]:
    """A private, unlocked copy of the tiny demo region (safe to change)."""
    copy = tmp_path / "demo.lvsvault"
    shutil.copyfile(demo_vault_file, copy)
    v = Vault.open(copy, PASSPHRASE)
    yield v
    v.lock()


@pytest.fixture(autouse=True)
def _reset_language() -> Iterator[None]:
    """A test that switched the desk to Dutch must not leave its translators to the next."""
    yield
    import sys

    if "lvs_desktop.ui.i18n" in sys.modules:
        sys.modules["lvs_desktop.ui.i18n"].install("en")
    if "lvs_desktop.ui.letters.i18n" in sys.modules:
        sys.modules["lvs_desktop.ui.letters.i18n"].ensure_translator()


@pytest.fixture(scope="session", autouse=True)
def print_system(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """A private CUPS scheduler for the whole session, so no test reaches a real printer.

    Started before any test, because libcups remembers the server the first time Qt asks
    for printers. Where CUPS cannot run (no `cups` package, not root), the server points at a
    socket that does not exist: printing to a queue then fails, as on a machine without one.
    """
    from benchmarks import cups_sandbox

    if not cups_sandbox.available():
        os.environ["CUPS_SERVER"] = str(tmp_path_factory.mktemp("no-cups") / "none.sock")
        yield None
        return
    with cups_sandbox.PrivateCups(tmp_path_factory.mktemp("print")) as cups:
        yield cups
