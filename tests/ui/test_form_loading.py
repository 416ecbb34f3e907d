"""Forms that show what the vault holds read it on the worker: "Laden…" with Save off until
the fields are made; a read that fails says why in Dutch and saves nothing; while a save
runs the whole form waits, and after a refusal it is usable again."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from lvs_desktop.services import cases
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.queries import all_labels
from lvs_desktop.services.record_forms import report_input
from lvs_desktop.store import Vault, thread_guard
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.edit_report import EditReportDialog
from tests.builders import TODAY, make_case, make_youth

SAVE = QDialogButtonBox.StandardButton.Save


def _context(vault: Vault) -> DeskContext:
    return DeskContext(vault, all_labels(vault), "Jet de Vries", lambda: TODAY)


def _report(vault: Vault) -> str:
    case_id = make_case(vault, make_youth(vault))
    data = ReportInput(report_type="16_hours", received_on=date(2026, 11, 2), hours_absent=17.0)
    return cases.add_report(vault, case_id, data, today=TODAY).first("report")


def test_a_form_reads_on_the_worker_and_fills_when_the_answer_comes(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    report_id = _report(vault)
    context = _context(vault)
    violations = thread_guard.forbid(threading.get_ident())
    try:
        dialog = EditReportDialog(context, report_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.is_loaded and dialog.loading.text() == "Laden…"
        assert not dialog.buttons.button(SAVE).isEnabled()
        assert not hasattr(dialog, "fields")  # no field before the record is read
        with qtbot.waitSignal(dialog.loaded, timeout=10_000):
            pass
        assert dialog.is_loaded and dialog.buttons.button(SAVE).isEnabled()
        assert dialog.loading.isHidden()
        assert dialog.fields.hours.value() == 17.0
        assert violations == []
    finally:
        thread_guard.forbid(None)


def test_a_record_that_is_gone_says_so_in_dutch_and_saves_nothing(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    dialog = EditReportDialog(_context(vault), "no-such-report")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.problems_shown, timeout=10_000) as shown:
        pass
    assert shown.args == [["Melding niet gevonden."]]
    assert not dialog.is_loaded and not dialog.buttons.button(SAVE).isEnabled()
    dialog.submit()  # (Enter) does nothing without the record
    assert dialog.isVisible() and not hasattr(dialog, "fields")


def test_the_form_waits_while_it_saves_and_is_usable_after_a_refusal(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    report_id = _report(vault)
    dialog = EditReportDialog(_context(vault), report_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=10_000)
    dialog.fields.period_start.setText("10-11-2026")
    dialog.fields.period_end.setText("01-11-2026")  # before the start: the service refuses
    dialog.fields.hours.setFocus()
    with qtbot.waitSignal(dialog.problems_shown, timeout=10_000) as shown:
        dialog.buttons.button(SAVE).click()
        assert not dialog.isEnabled()  # the save runs on the worker; nothing is typed meanwhile
    assert shown.args == [["Het verzuim eindigt vóór het begint."]]
    assert dialog.isEnabled() and dialog.isVisible()
    assert report_input(vault, report_id).period_end is None  # nothing saved
    dialog.fields.period_end.setText("20-11-2026")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.buttons.button(SAVE).click()
    assert report_input(vault, report_id).period_end == date(2026, 11, 20)
