"""The first-run wizard and the Region page offscreen, on real vaults made from nothing;
Qt warnings fail these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from lvs_desktop.ui import i18n
from lvs_desktop.ui.worker import wait_for_jobs

OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

DUO_HEADER = (
    "INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;STRAATNAAM;HUISNUMMER-TOEVOEGING;POSTCODE;"
    "PLAATSNAAM;GEMEENTENUMMER;GEMEENTENAAM;DENOMINATIE;TELEFOONNUMMER;INTERNETADRES;"
    "ONDERWIJSSTRUCTUUR"
)
DUO_ROWS = (
    # line 2..6; line 5 names a municipality code that does not exist
    "01AB;01AB00;De Regenboog;Bilderdijkstraat;12;3314 AB;DORDRECHT;0505;DORDRECHT;"
    "Openbaar;078-1234567;www.regenboog.nl;BAS",
    "02CD;02CD00;Het Develcollege;Develweg;3;3331 HB;ZWIJNDRECHT;0642;ZWIJNDRECHT;"
    "Protestants-Christelijk;078-7654321;www.develcollege.nl;VMBO/HAVO/VWO",
    "03EF;03EF01;Sint-Jozefschool (dépendance);Voorstraat;140-A;3311 ES;DORDRECHT;0505;"
    "DORDRECHT;Rooms-Katholiek;078-1112223;;BAS",
    "04GH;04GH00;Spookschool;Nergensweg;1;9999 ZZ;NERGENS;9999;NERGENS;Openbaar;;;BAS",
    "05JK;05JK00;Da Vinci College Leerpark;Leerpark;1;3311 GA;DORDRECHT;0505;DORDRECHT;"
    "Algemeen bijzonder;078-6543210;www.davinci.nl;MBO",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui_region/" in str(item.fspath).replace("\\", "/"):
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
    # Widgets closed with WA_DeleteOnClose (forms, the wizard, the file dialog with its
    # file-system thread) go now, not at interpreter exit.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def duo_file(tmp_path: Path) -> Path:
    """A small DUO file as DUO ships it: Windows-1252, `;`, CRLF, a header row; five
    locations, one of them (line 5) in a municipality that does not exist."""
    path = tmp_path / "vestigingen-po-vo.csv"
    text = "\r\n".join((DUO_HEADER, *DUO_ROWS)) + "\r\n"
    path.write_bytes(text.encode("cp1252"))
    return path


@pytest.fixture
def page_on(qtbot):  # type: ignore[no-untyped-def]
    """The Region page on a vault, shown, active, with its first rows in.

    The pages are held here until every background job is done: a job holds its page (its
    callbacks), and a top-level page whose last reference went with a job would be destroyed
    on the worker thread."""
    from lvs_desktop.ui.context import DeskContext
    from lvs_desktop.ui.region import RegionPage

    pages: list[RegionPage] = []

    def make(vault, owner_name: str = ""):  # type: ignore[no-untyped-def]
        context = DeskContext(vault, labels={}, owner_name=owner_name)
        page = RegionPage(context)
        page._context_keepalive = context  # type: ignore[attr-defined]
        pages.append(page)
        page.resize(1200, 700)
        page.show()
        page.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        with qtbot.waitSignal(page.ready, timeout=10_000):
            page.activate()
        return page

    yield make
    wait_for_jobs()
    for page in pages:
        page.close()
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    pages.clear()
