"""Outcomes recorded later, through the case view's dialogs on a real vault: decide a pending
exemption (one exemption in the figures, not two) and follow a PV from the OM to a fine of
€ 150; the vault read back holds each step."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableView
from sqlalchemy import select

from lvs_desktop.models import Enforcement, Exemption, Task
from lvs_desktop.services import decisions
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.services.reports import compute_figures, report_from
from lvs_desktop.store import Vault
from lvs_desktop.ui.dialogs.enforcement_outcome import EnforcementOutcomeDialog
from lvs_desktop.ui.dialogs.exemption_decision import ExemptionDecisionDialog
from lvs_desktop.ui.dialogs.task import NewTaskDialog
from tests.builders import TODAY, make_case, make_guardian, make_youth
from tests.ui.helpers import wait_loaded
from tests.ui_outcomes.conftest import read_back, window

ART5A = "Art. 5 onder a – lichamelijk of psychisch ongeschikt"
SAVE = QDialogButtonBox.StandardButton.Save


def _open_case(qtbot, win, case_id: str, tab: str) -> QTableView:  # type: ignore[no-untyped-def]
    win.show_case(case_id)
    view = win.case_view
    qtbot.waitUntil(lambda: view.detail is not None)
    table = view.findChild(QTableView, f"tab_{tab}")
    view.tabs.setCurrentWidget(table)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    return table


def _save(qtbot, win, dialog) -> None:  # type: ignore[no-untyped-def]
    loaded = qtbot.waitSignal(win.case_view.loaded, timeout=20_000)
    with loaded, qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.buttons.button(SAVE).click()


def _figures(vault: Vault) -> dict[str, object]:
    report = report_from(compute_figures(vault, "2026-2027", as_of=TODAY), "2026-2027")
    i = report.years.index("2026-2027")
    return {r.label: r.values[i] for r in report.table("exemptions").rows}


def test_decide_a_pending_exemption(qtbot, vault: Vault, open_desk) -> None:  # type: ignore[no-untyped-def]
    path = vault.path
    case_id = make_case(vault, make_youth(vault), kind="exemption")
    decisions.record_exemption(vault, case_id, ExemptionInput("5a", date(2026, 9, 1)))
    assert _figures(vault)[f"{ART5A} – In behandeling"] == 1
    desk = open_desk(vault)
    win = window(desk)
    table = _open_case(qtbot, win, case_id, "exemptions")
    assert table.model().index(0, 4).data() == "Ontvangen, in behandeling"

    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on the row opens the dialog
    dialog = wait_loaded(qtbot, win.dialog)  # forms read on the worker
    assert isinstance(dialog, ExemptionDecisionDialog)
    assert dialog.windowTitle() == "Vrijstelling: advies en besluit"
    dialog.step.setCurrentIndex(1)  # first: advice asked
    assert dialog.step.currentText() == "Advies gevraagd"
    dialog.advice_on.setText("05-09-2026")
    dialog.advice_from.setText("Samenwerkingsverband Dordrecht")
    _save(qtbot, win, dialog)
    assert table.model().index(0, 4).data() == (
        "Advies gevraagd bij Samenwerkingsverband Dordrecht (05-09-2026)"
    )

    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)  # then the decision, on the same record
    assert win.dialog is not dialog
    dialog = wait_loaded(qtbot, win.dialog)  # forms read on the worker
    assert isinstance(dialog, ExemptionDecisionDialog)
    assert dialog.outcome.currentText() == "Afgegeven"
    assert dialog.form.isRowVisible(dialog.grounds)
    assert not dialog.form.isRowVisible(dialog.head_heard_on)  # only for leave over 10 days
    dialog.decided_on.setText("01-10-2026")  # without grounds: refused (issue 11, defect 3)
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as shown:
        dialog.buttons.button(SAVE).click()
    assert shown.args == [["Motivering is verplicht."]]
    dialog.grounds.setPlainText("Verklaring van de aangewezen jeugdarts van 28 augustus 2026.")
    dialog.decided_on.setText("01-09-2026")  # before the advice: refused, nothing saved
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as shown:
        dialog.buttons.button(SAVE).click()
    assert shown.args == [["Het besluit ligt vóór de adviesvraag."]]
    dialog.decided_on.setText("01-10-2026")
    dialog.starts_on.setText("01-10-2026")
    dialog.ends_on.setText("31-07-2027")
    _save(qtbot, win, dialog)
    assert table.model().index(0, 4).data() == "Afgegeven (01-10-2026)"

    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))  # the list was read anew
    qtbot.keyClick(table, Qt.Key.Key_Return)  # decided: shown, nothing to save
    assert win.dialog is not dialog
    dialog = wait_loaded(qtbot, win.dialog)  # forms read on the worker
    assert isinstance(dialog, ExemptionDecisionDialog)
    assert not dialog.buttons.button(SAVE).isEnabled()
    assert "er valt niets meer vast te leggen" in dialog.intro.text()
    dialog.reject()
    desk.shutdown()

    again = read_back(path)
    try:
        with again.session() as s:
            rows = [
                (e.article, e.outcome, e.advice_requested_on, e.decided_on, e.starts_on, e.ends_on)
                for e in s.scalars(select(Exemption))
            ]
            grounds = [e.grounds for e in s.scalars(select(Exemption))
            ]
        got = _figures(again)
    finally:
        again.lock()
    assert rows == [
        (
            "5a",
            "afgegeven",
            date(2026, 9, 5),
            date(2026, 10, 1),
            date(2026, 10, 1),
            date(2027, 7, 31),
        )
    ]
    assert grounds == ["Verklaring van de aangewezen jeugdarts van 28 augustus 2026."]
    assert got[f"{ART5A} – Afgegeven"] == 1
    assert f"{ART5A} – In behandeling" not in got
    assert got["Totaal"] == 1


def test_record_a_pv_course_to_a_fine(qtbot, vault: Vault, open_desk) -> None:  # type: ignore[no-untyped-def]
    path = vault.path
    youth = make_youth(vault)
    parent = make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth)
    decisions.record_enforcement(
        vault,
        case_id,
        EnforcementInput("pv_parent", TODAY - timedelta(days=40), subject_guardian_id=parent),
    )
    desk = open_desk(vault)
    win = window(desk)
    table = _open_case(qtbot, win, case_id, "enforcements")
    assert table.model().index(0, 3).data() == "Nog niet ingezonden"

    def next_dialog() -> EnforcementOutcomeDialog:
        before = win.dialog
        win.activateWindow()  # the window's shortcut works in the active window
        qtbot.waitUntil(win.isActiveWindow)
        table.setFocus()
        qtbot.keyClick(
            table,
            Qt.Key.Key_U,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )
        dialog = wait_loaded(qtbot, win.dialog)  # forms read on the worker
        assert isinstance(dialog, EnforcementOutcomeDialog) and dialog is not before
        return dialog

    dialog = next_dialog()
    assert dialog.next == "sent" and dialog.choice is None
    dialog.on.setText("20-10-2026")
    _save(qtbot, win, dialog)

    dialog = next_dialog()
    assert dialog.next == "om"
    assert [dialog.choice.itemText(i) for i in range(dialog.choice.count())] == [
        "Sepot",
        "Strafbeschikking",
        "Dagvaarding",
    ]
    dialog.choice.set_code("dagvaarding")
    assert not dialog.form.isRowVisible(dialog.amount)
    dialog.on.setText("01-11-2026")
    _save(qtbot, win, dialog)

    dialog = next_dialog()
    assert dialog.next == "court"
    dialog.choice.set_code("geldboete")
    assert dialog.form.isRowVisible(dialog.amount)
    dialog.on.setText("25-11-2026")
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as shown:
        dialog.buttons.button(SAVE).click()
    assert shown.args == [["Vul het bedrag van de boete in."]]
    dialog.amount.setText("150")
    _save(qtbot, win, dialog)
    assert table.model().index(0, 3).data() == (
        "Ingezonden aan het OM (20-10-2026) → Dagvaarding (01-11-2026) → "
        "Geldboete (25-11-2026) € 150,00"
    )
    dialog = next_dialog()
    assert dialog.next is None and not dialog.buttons.button(SAVE).isEnabled()
    dialog.reject()
    desk.shutdown()

    again = read_back(path)
    try:
        with again.session() as s:
            pv = s.scalars(select(Enforcement)).one()
            got = (
                pv.sent_on,
                pv.om_decision,
                pv.om_decision_on,
                pv.court_outcome,
                pv.court_outcome_on,
                pv.fine_cents,
            )
    finally:
        again.lock()
    assert got == (
        date(2026, 10, 20),
        "dagvaarding",
        date(2026, 11, 1),
        "geldboete",
        date(2026, 11, 25),
        15000,
    )


def test_add_a_task_by_hand_from_the_case_view(qtbot, vault: Vault, open_desk) -> None:  # type: ignore[no-untyped-def]
    path = vault.path
    case_id = make_case(vault, make_youth(vault))
    desk = open_desk(vault)
    win = window(desk)
    table = _open_case(qtbot, win, case_id, "timeline")
    assert [a.text() for a in win.outcome_actions] == [
        "Besluit vrijstelling…",
        "Uitkomst vastleggen…",
        "Taak toevoegen…",
    ]
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(table, Qt.Key.Key_A, modifiers)
    dialog = wait_loaded(qtbot, win.dialog)  # forms read on the worker
    assert isinstance(dialog, NewTaskDialog) and dialog.windowTitle() == "Nieuwe taak"
    qtbot.waitUntil(dialog.description.hasFocus)  # opens on its first field
    qtbot.keyClicks(dialog.description, "Mentor bellen over het rooster")
    dialog.due_on.setText("03-12-2026")
    _save(qtbot, win, dialog)
    deadlines = [d.label for d in win.case_view.detail.header.deadlines]
    assert "Mentor bellen over het rooster" in deadlines
    desk.shutdown()

    again = read_back(path)
    try:
        with again.session() as s:
            got = [(t.description, t.due_on, t.status) for t in s.scalars(select(Task))]
    finally:
        again.lock()
    assert got == [("Mentor bellen over het rooster", date(2026, 12, 3), "open")]
