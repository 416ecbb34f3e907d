"""The Reports page on the constructed region; Qt warnings fail these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE
from tests.reports.conftest import region_file  # noqa: F401 - the shared session fixture

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui_reports/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def region_vault(region_file: Path) -> Iterator[Vault]:  # noqa: F811
    vault = Vault.open(region_file, PASSPHRASE)
    yield vault
    QThreadPool.globalInstance().waitForDone(30000)  # no job outlives the vault
    vault.lock()
