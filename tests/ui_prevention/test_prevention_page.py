"""The Prevention page driven as a consultant does: record an activity through the form, see
it listed and counted, delete one, a refused form; everything read back from the vault."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from lvs_desktop.services import prevention
from lvs_desktop.services.prevention import PreventionInput
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.prevention import PreventionPage

TODAY = date(2026, 11, 28)
TIMEOUT = 15000


def open_page(qtbot: QtBot, vault: Vault) -> PreventionPage:
    context = DeskContext(vault, {}, "Jet de Vries", today=lambda: TODAY)
    page = PreventionPage(context)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.activate()
    return page


def cells(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_record_list_count_and_delete(qtbot: QtBot, vault: Vault, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    add_school(vault, SchoolInput(name="Lyceum Het Anker", school_type="VO"))
    prevention.add_activity(
        vault,
        PreventionInput(date(2025, 10, 1), "meeting", "partner", "Vorig schooljaar", 45),
        today=TODAY,
    )
    page = open_page(qtbot, vault)
    assert page.year.currentText() == "2026-2027"
    assert page.rows.rowCount() == 0
    assert page.kind.currentText() == "Voorlichting of presentatie"
    assert page.record.text() == "Vastleggen"

    page.when.setText("12-11-2026")
    page.kind.setCurrentIndex(page.kind.findData("school_visit"))
    page.requester.setCurrentIndex(page.requester.findData("school"))
    page.topic.setText("Verzuimbeleid besproken met de mentoren")
    page.minutes.setValue(75)
    page.school.setCurrentIndex(page.school.findText("Lyceum Het Anker"))
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.record.click()
    assert cells(page.rows, 3) == ["Verzuimbeleid besproken met de mentoren"]
    assert cells(page.rows, 5) == ["Lyceum Het Anker"] and cells(page.rows, 6) == ["Jet de Vries"]
    assert ["Schoolbezoek", "1", "75"] in [
        [page.per_kind.index(r, c).data() for c in range(3)]
        for r in range(page.per_kind.rowCount())
    ]
    assert cells(page.per_school, 0) == ["Lyceum Het Anker"]
    assert page.total.text() == "1 activiteiten, 75 minuten"
    assert page.topic.text() == ""  # ready for the next one
    qtmodeltester.check(page.rows)
    saved = prevention.list_activities(vault, "2026-2027")
    assert [(r.kind, r.minutes, r.school) for r in saved] == [
        ("school_visit", 75, "Lyceum Het Anker")
    ]

    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.year.setCurrentText("2025-2026")
    assert cells(page.rows, 3) == ["Vorig schooljaar"]
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.year.setCurrentText("2026-2027")

    page.table.selectRow(0)
    assert page.delete.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.delete.click()
    assert page.rows.rowCount() == 0
    assert prevention.list_activities(vault, "2026-2027") == []


def test_a_refused_form_says_why_in_dutch_and_saves_nothing(qtbot: QtBot, vault: Vault) -> None:
    page = open_page(qtbot, vault)
    page.topic.setText("")
    with qtbot.waitSignal(page.failed, timeout=TIMEOUT) as failed:
        page.record.click()
    assert "Onderwerp is verplicht." in failed.args[0]
    assert "Onderwerp is verplicht." in page.errors.text() and page.errors.isVisible()
    page.when.setText("31-02-2026")
    with qtbot.waitSignal(page.failed, timeout=TIMEOUT) as failed:
        page.record.click()
    assert "geen geldige datum" in failed.args[0]
    assert prevention.list_activities(vault) == []
