"""The prevention and thuiszitter pages offscreen, in Dutch; Qt warnings fail these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from tests.conftest import PASSPHRASE
from tests.reports.conftest import region_file  # noqa: F401 - the shared session fixture

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui_prevention/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install("nl")
    yield
    QThreadPool.globalInstance().waitForDone(30000)  # no job outlives the vault


@pytest.fixture
def region_copy(region_file: Path, tmp_path: Path) -> Iterator[Vault]:  # noqa: F811
    """A private copy of the constructed region (these tests save in it)."""
    import shutil

    copy = tmp_path / "regio.lvsvault"
    shutil.copyfile(region_file, copy)
    vault = Vault.open(copy, PASSPHRASE)
    yield vault
    QThreadPool.globalInstance().waitForDone(30000)
    vault.lock()
