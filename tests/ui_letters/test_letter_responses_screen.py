"""Issue 11, defects 4 and 9 on screen: a response recorded in the letters tab reaches the PV;
a letter made twice in the "new letter" dialog waits once in Letters to print."""

from __future__ import annotations

from datetime import date, datetime

from letter_pdf import full_text
from letter_vault import TODAY, LetterVault
from pytestqt.qtbot import QtBot

from lvs_desktop.services import letter_responses, letters, print_queue
from lvs_desktop.services.letters import Appointment, LetterRequest
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.letters import CaseLettersTab, LettersToPrintPage

Desk = tuple[DeskContext, LetterVault]


def test_defect_4_record_a_response_in_the_letters_tab(qtbot: QtBot, desk: Desk) -> None:
    context, cases = desk
    ids = cases.two_addresses
    appointment = Appointment(starts_at=datetime(2026, 11, 12, 10, 0), location="kantoor")
    request = LetterRequest(
        kind="invitation-1", letter_date=date(2026, 11, 3), appointment=appointment
    )
    made = letters.create_letters(context.vault, ids.case_id, request).ids("letter")
    letters.mark_printed(context.vault, made, datetime(2026, 11, 3, 16, 0))  # only a posted
    print_queue.mark_posted(context.vault, made, date(2026, 11, 4), TODAY)  # letter is answered
    tab = CaseLettersTab(context, ids.case_id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.is_loaded and tab.model.rowCount() == 2)
    assert not tab.response_button.isEnabled()  # nothing chosen yet
    row = next(r for r in range(2) if "Yıldız" in tab.model.index(r, 2).data())
    tab.select_row(row)
    tab.response_button.click()
    dialog = tab.dialog
    qtbot.waitUntil(lambda: dialog.is_loaded)
    assert "Yıldız" in dialog.letter_label.text() and dialog.responder.count() == 1
    dialog.no_response.setChecked(True)
    dialog.on.setText("01-12-2026")  # after today: refused, nothing kept
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.errors.isVisible())
    assert "toekomst" in dialog.errors.text()
    dialog.on.setText("20-11-2026")
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        dialog.buttons.accepted.emit()
    rows = letter_responses.sent_letters(context.vault, ids.case_id)
    (mother,) = [r for r in rows if r.responses]
    assert [r.text for r in mother.responses] == [
        "Fatma Yıldız: geen reactie (vastgelegd op 20-11-2026)"
    ]
    pv = LetterRequest(kind="proces-verbaal", letter_date=TODAY, suspect_guardian_id=ids.mother_id)
    (draft,) = letters.draft_letters(context.vault, ids.case_id, pv)
    assert "Fatma Yıldız had op 20 november 2026 niet gereageerd." in full_text(draft.pdf)


def test_defect_9_two_renders_wait_once_in_letters_to_print(qtbot: QtBot, desk: Desk) -> None:
    context, cases = desk
    tab = CaseLettersTab(context, cases.one_address.case_id)  # one letter to both parents
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.is_loaded)
    messages: list[str] = []
    context.message.connect(messages.append)
    for _ in range(2):
        dialog = tab.new_letter()
        qtbot.waitUntil(lambda d=dialog: d.is_loaded)  # type: ignore[misc]
        dialog.set_kind("invitation-1")
        dialog.appointment_date.setText("07-12-2026")
        with qtbot.waitSignal(dialog.previewed, timeout=10000):
            dialog.preview_button.click()
        with qtbot.waitSignal(context.message, timeout=10000):
            dialog.preview.store_button.click()
        dialog.preview.close()
        dialog.close()
    assert messages == ["Brief gemaakt.", "Deze brief is al bewaard."]
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    page = LettersToPrintPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)
    assert page.model.rowCount() == 1


def test_defect_5_the_reason_for_a_pv_anyway_is_asked_for_a_pv_only(
    qtbot: QtBot, desk: Desk
) -> None:
    context, cases = desk
    tab = CaseLettersTab(context, cases.two_addresses.case_id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.is_loaded)
    dialog = tab.new_letter()
    qtbot.waitUntil(lambda: dialog.is_loaded)
    dialog.set_kind("invitation-1")
    assert not dialog.options.isRowVisible(dialog.override)
    dialog.set_kind("proces-verbaal")
    assert dialog.options.isRowVisible(dialog.override)
    dialog.override.setText("Eerder gewaarschuwd in Utrecht.")
    request = dialog.build_request()
    assert request is not None and request.override_reason == "Eerder gewaarschuwd in Utrecht."
