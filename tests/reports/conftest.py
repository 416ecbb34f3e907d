"""The constructed region, built once per session through the services, opened read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lvs_desktop.reports.build import Computed
from lvs_desktop.services.reports import compute_figures
from lvs_desktop.store import Vault
from tests.conftest import OWNER, PASSPHRASE
from tests.reports.region import AS_OF, build


@pytest.fixture(scope="session")
def region_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("region") / "regio.lvsvault"
    vault = Vault.create(path, PASSPHRASE, OWNER)
    try:
        build(vault)
    finally:
        vault.lock()
    return path


@pytest.fixture
def region_vault(region_file: Path) -> Iterator[Vault]:
    """The constructed region, unlocked (tests only read it)."""
    vault = Vault.open(region_file, PASSPHRASE)
    yield vault
    vault.lock()


@pytest.fixture
def computed(region_vault: Vault) -> Computed:
    """Every figure of 2019-2020 … 2021-2022, counted on 28 November 2026."""
    return compute_figures(region_vault, "2021-2022", as_of=AS_OF)
