"""The VSV form on the Reports page (issue 13, item 7), offscreen: entered figures are saved on
the runner, read back from the vault, and the page recounts and shows them a year later; a
refused entry keeps the form open with a Dutch message and saves nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lvs_desktop.services.region.municipalities import add_municipalities
from lvs_desktop.services.report_vsv import VsvEntry, vsv_entries
from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.reports import ReportsPage

TIMEOUT = 20000
TODAY = date(2026, 11, 30)
LEAVERS = ("Nieuwe voortijdig schoolverlaters (DUO)",)


def open_page(qtbot: QtBot, vault: Vault) -> ReportsPage:
    i18n.install("nl")  # the desk in Dutch, as a consultant sees it (reset after the test)
    add_municipalities(vault, ["0505", "0512"])  # Dordrecht, Gorinchem
    page = ReportsPage(vault, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
        page.activate()
    return page


def test_vsv_entered_on_the_reports_page(qtbot: QtBot, vault: Vault) -> None:
    page = open_page(qtbot, vault)
    assert page.vsv.text() == "Vsv-cijfers…"
    dialog = page.open_vsv()
    assert dialog.windowTitle() == "Voortijdig schoolverlaters (DUO)"
    years = [dialog.year.itemText(i) for i in range(dialog.year.count())]
    assert years == ["2026-2027", "2025-2026"]  # the year before the oldest shows in it
    dialog.year.setCurrentText("2025-2026")
    dialog.municipality.setCurrentText("Gorinchem")
    dialog.leavers.setValue(12)
    dialog.participants.setValue(1480)
    with (
        qtbot.waitSignal(page.report_ready, timeout=TIMEOUT),
        qtbot.waitSignal(dialog.saved, timeout=TIMEOUT),
    ):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert vsv_entries(vault) == [VsvEntry("2025-2026", "Gorinchem", 12, 1480)]
    assert page.report is not None
    assert page.report.value("vsv", *LEAVERS, year="2026-2027") == 12


def test_a_refused_entry_keeps_the_form_open(qtbot: QtBot, vault: Vault) -> None:
    page = open_page(qtbot, vault)
    dialog = page.open_vsv()
    dialog.leavers.setValue(5)  # and no denominator
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.errors.isVisible(), timeout=TIMEOUT)
    assert "noemer" in dialog.errors.text()
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    assert vsv_entries(vault) == []
