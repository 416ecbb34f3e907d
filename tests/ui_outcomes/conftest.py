"""GUI tests of tasks and outcomes: a desk opened on a real vault (made empty by the `vault`
fixture and filled through the services), Dutch, with "today" fixed; Qt warnings fail."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.pages import placeholders
from lvs_desktop.ui.worker import wait_for_jobs
from tests.builders import TODAY
from tests.conftest import PASSPHRASE

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui_outcomes/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _dutch(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    monkeypatch.setattr(i18n, "remember_language", lambda language: None)
    i18n.install("nl")
    yield
    wait_for_jobs()


@pytest.fixture
def open_desk(qtbot) -> Iterator[Callable[[Vault], Desk]]:  # type: ignore[no-untyped-def]
    """Lock the (filled) vault and open the desk on its file, as a consultant would."""
    desks: list[Desk] = []

    def make(vault: Vault) -> Desk:
        path: Path = vault.path
        vault.lock()
        desk = Desk(path, pages=placeholders(), letters_tab=None, today=lambda: TODAY)
        desks.append(desk)
        desk.start()
        assert desk.dialog is not None
        desk.dialog.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(desk.unlocked, timeout=20_000):
            desk.dialog.open_button.click()
        assert desk.window is not None
        qtbot.waitUntil(lambda: window(desk).caseload.is_loaded, timeout=20_000)
        return desk

    yield make
    for desk in desks:
        desk.shutdown()
    wait_for_jobs()


def window(desk: Desk) -> MainWindow:
    assert desk.window is not None
    return desk.window


def read_back(path: Path) -> Vault:
    """The vault file opened again (after the desk closed it)."""
    return Vault.open(path, PASSPHRASE)
