"""An empty tab of the case view says what belongs there and which action (with its real
shortcut) adds it; the sentence goes as soon as a row is there."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QTableView

from lvs_desktop.services import contacts


def hint(window, tab: str) -> QLabel:  # type: ignore[no-untyped-def]
    view = window.case_view.findChild(QTableView, f"tab_{tab}")
    return view.viewport().findChild(QLabel, "emptyHint")


def test_empty_tabs_say_what_belongs_there_and_how_to_add_it(qtbot, desk_window, people):
    window = desk_window
    window.show_case(people.owen)
    view = window.case_view
    qtbot.waitUntil(lambda: view.detail is not None)
    view.tabs.setCurrentIndex(2)  # Contacten
    contacts_hint = hint(window, "contacts")
    assert contacts_hint.isVisible()
    assert contacts_hint.text() == (
        "Nog geen contacten. Leg een gesprek of poging vast met Contact vastleggen (Ctrl+Shift+K)."
    )
    assert window.act_contact.shortcut().toString() == "Ctrl+Shift+K"
    assert hint(window, "exemptions").text() == (
        "Geen vrijstellingen. Leg een verzoek om vrijstelling vast met Vrijstelling (Ctrl+Shift+E)."
    )
    assert hint(window, "routes").text().endswith("met MAS-route kiezen (Ctrl+Shift+R).")
    assert hint(window, "reports").isHidden()  # the case was opened with a report
    summary = contacts.log_contact(
        window.context.vault,
        people.owen,
        contacts.ContactInput(
            occurred_at=datetime(2026, 11, 27, 10, 0), mode="phone", summary="Gebeld met moeder."
        ),
    )
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        window.context.report_change(summary)
    assert view.models["contacts"].rowCount() == 1
    assert contacts_hint.isHidden()
