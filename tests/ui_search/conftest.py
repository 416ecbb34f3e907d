"""Fixtures for the caseload search tests: a small vault made through the services, a desk
opened on it through the unlock dialog, QSettings in a temporary folder, Dutch on screen.

Qt warnings fail these tests (except the offscreen platform's note about size hints).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from lvs_desktop.services.queries import all_labels, owner_name
from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.caseload_page import CaseloadPage
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.pages import placeholders
from lvs_desktop.ui.worker import wait_for_jobs
from tests.builders import TODAY, make_case, make_youth
from tests.conftest import PASSPHRASE

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
ZOE_BORN = date(2012, 3, 5)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui_search/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _dutch_and_private_settings(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """Dutch on screen; QSettings (column choices, widths) in a folder of this test only."""
    folder = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    monkeypatch.setattr(i18n, "remember_language", lambda language: None)
    i18n.install("nl")
    yield
    wait_for_jobs()


@dataclass
class People:
    """The cases of the search vault, by who they are for."""

    zoe_de_wit: str
    zoe_bakker: str
    owen: str
    daan: str


@pytest.fixture
def people(vault: Vault) -> People:
    """Zoë de Wit (born 05-03-2012), Zoe Bakker (no accent), Owen Ploegstra and Daan
    Zandkamp, each with an open case of the vault owner, made through the services."""

    def case(given: str, surname: str, kind: str = "relative_absence", **extra: object) -> str:
        youth = make_youth(vault, given_names=given, surname=surname, bsn=None, **extra)
        return make_case(vault, youth, kind=kind)

    return People(
        zoe_de_wit=case("Zoë", "Wit", surname_prefix="de", birth_date=ZOE_BORN),
        zoe_bakker=case("Zoe", "Bakker", kind="luxe"),
        owen=case("Owen", "Ploegstra"),
        daan=case("Daan", "Zandkamp"),
    )


@pytest.fixture
def make_page(vault: Vault, people: People, qtbot) -> Callable[[], CaseloadPage]:  # type: ignore[no-untyped-def]
    """A caseload page over the search vault, every row loaded (a new instance per call)."""
    context = DeskContext(vault, all_labels(vault), owner_name(vault), lambda: TODAY)

    def make() -> CaseloadPage:
        page = CaseloadPage(context)
        qtbot.addWidget(page)
        page.resize(1200, 500)
        qtbot.waitUntil(lambda: page.is_loaded, timeout=20_000)
        return page

    return make


@pytest.fixture
def desk_window(vault: Vault, people: People, qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The desk on the search vault, unlocked through the dialog, every row loaded."""
    path = vault.path
    vault.lock()
    desk = Desk(path, pages=placeholders(), letters_tab=None, today=lambda: TODAY)
    desk.start()
    assert desk.dialog is not None
    desk.dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(desk.unlocked, timeout=20_000):
        desk.dialog.open_button.click()
    window = desk.window
    assert window is not None
    qtbot.waitUntil(lambda: window.caseload.is_loaded, timeout=20_000)
    yield window
    desk.shutdown()
    wait_for_jobs()
