"""GUI test helpers: a desk opened on a real vault through the unlock dialog.

Qt warnings fail these tests (except the offscreen platform's note about size hints).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from lvs_desktop.ui import i18n
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.pages import placeholders
from lvs_desktop.ui.worker import wait_for_jobs

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _dutch(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dutch, as a consultant sees it; the language choice is not remembered across tests."""
    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    monkeypatch.setattr(i18n, "remember_language", lambda language: None)
    i18n.install("nl")
    yield
    wait_for_jobs()


class DeskDriver:
    """Opens a desk on a vault and hands out its parts."""

    def __init__(self, qtbot, path: Path, passphrase: str) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.passphrase = passphrase
        self.desk = Desk(path, pages=placeholders(), letters_tab=None)  # the desk alone
        self.desk.start()

    @property
    def window(self) -> MainWindow:
        assert self.desk.window is not None
        return self.desk.window

    def unlock(self, passphrase: str | None = None) -> MainWindow:
        dialog = self.desk.dialog
        assert dialog is not None
        dialog.passphrase.setText(passphrase or self.passphrase)
        with self.qtbot.waitSignal(self.desk.unlocked, timeout=20_000):
            dialog.open_button.click()
        self.qtbot.waitUntil(lambda: self.window.caseload.is_loaded, timeout=20_000)
        return self.window


@pytest.fixture
def open_desk(qtbot):  # type: ignore[no-untyped-def]
    drivers: list[DeskDriver] = []

    def make(path: Path, passphrase: str) -> DeskDriver:
        driver = DeskDriver(qtbot, path, passphrase)
        drivers.append(driver)
        return driver

    yield make
    for driver in drivers:
        driver.desk.shutdown()
    wait_for_jobs()
