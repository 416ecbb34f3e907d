"""The Sync page offscreen, on real vaults; Qt warnings fail these tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from lvs_desktop.sync import kdf
from lvs_desktop.ui import i18n

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui_sync/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _dutch_and_fast(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    monkeypatch.setattr(i18n, "remember_language", lambda language: None)
    i18n.install("nl")
    kdf.use_fast_kdf_for_tests(True)
    yield
    QThreadPool.globalInstance().waitForDone(30_000)  # no job outlives its vault
    kdf.use_fast_kdf_for_tests(False)


@pytest.fixture
def team(tmp_path: Path):  # type: ignore[no-untyped-def]
    from vaults import Team

    made = Team(tmp_path)
    yield made
    QThreadPool.globalInstance().waitForDone(30_000)
    made.close()


@pytest.fixture
def page_for(qtbot):  # type: ignore[no-untyped-def]
    """The Sync page on a vault, with its first loads done."""
    from lvs_desktop.ui.context import DeskContext
    from lvs_desktop.ui.sync import create_page

    def make(vault):  # type: ignore[no-untyped-def]
        context = DeskContext(vault, labels={}, owner_name="")
        page = create_page(context)
        page._context_keepalive = context  # type: ignore[attr-defined]
        qtbot.addWidget(page)
        page.resize(1000, 640)
        page.show()
        qtbot.waitUntil(lambda: page.reassign.consultant.count() > 0, timeout=10_000)
        qtbot.waitUntil(lambda: page.export_panel.consultant.count() > 0, timeout=10_000)
        return page

    return make
