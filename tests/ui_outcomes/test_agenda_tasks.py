"""Tick off a task in the agenda, through the widgets, and see it leave the overdue count in
the agenda and in `lvs-desktop cases --overdue`; the vault read back holds what was typed."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from lvs_desktop.models import Case, Task
from lvs_desktop.services.contacts import Agreement, ContactInput, log_contact
from lvs_desktop.store import Vault
from lvs_desktop.ui.dialogs.task import FinishTaskDialog, NotNeededDialog
from tests.builders import TODAY, make_case, make_youth
from tests.conftest import PASSPHRASE
from tests.test_cli import cli
from tests.ui_outcomes.conftest import read_back, window


def _case_with_agreements(vault: Vault) -> str:
    case_id = make_case(vault, make_youth(vault))
    talk = ContactInput(
        occurred_at=datetime.combine(TODAY - timedelta(days=20), time(10)),
        mode="home_visit",
        summary="Gesprek met moeder en Daan",
        agreements=[
            Agreement("School bellen over rooster", TODAY - timedelta(days=3)),
            Agreement("Verwijzing jeugdarts nagaan", TODAY - timedelta(days=1)),
        ],
    )
    log_contact(vault, case_id, talk, now=datetime.combine(TODAY, time(12)))
    with vault.session() as s:
        return s.get(Case, case_id).reference  # type: ignore[union-attr]


def _row_of(agenda, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(i for i, e in enumerate(agenda.shown) if e.what == text)


def _overdue_cli(path) -> str:  # type: ignore[no-untyped-def]
    run = cli("cases", "--overdue", "--vault", str(path), env={"LVS_PASSPHRASE": PASSPHRASE})
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_tick_off_tasks_in_the_agenda(qtbot, vault: Vault, open_desk) -> None:  # type: ignore[no-untyped-def]
    path = vault.path
    reference = _case_with_agreements(vault)
    vault.lock()
    assert reference in _overdue_cli(path)
    desk = open_desk(vault)
    win = window(desk)
    caseload = win.caseload
    caseload.overdue.setChecked(True)  # the caseload's "overdue only" shows the case
    qtbot.waitUntil(lambda: caseload.table.model().rowCount() == 1)
    agenda = win.agenda
    with qtbot.waitSignal(agenda.loaded, timeout=20_000):
        win.nav.setCurrentRow(1)
    assert agenda.overdue_count() == 2
    assert agenda.summary.text().startswith("Over tijd: 2")

    # done, with a note: select the row, Ctrl+D, type, save
    agenda.table.setFocus()
    agenda.table.setCurrentIndex(
        agenda.model.index(_row_of(agenda, "School bellen over rooster"), 0)
    )
    qtbot.keyClick(agenda.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = agenda.dialog
    assert isinstance(dialog, FinishTaskDialog) and dialog.windowTitle() == "Taak gedaan"
    assert dialog.on.text() == "28-11-2026"
    dialog.note.setPlainText("Rooster aangepast met de mentor")
    with qtbot.waitSignal(agenda.loaded, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert agenda.overdue_count() == 1
    assert agenda.summary.text().startswith("Over tijd: 1")
    assert [e.what for e in agenda.shown] == ["Verwijzing jeugdarts nagaan"]

    # not needed: the reason is required; nothing saved without it
    win.activateWindow()
    qtbot.waitUntil(agenda.table.hasFocus)  # back in the list after the dialog
    agenda.table.setCurrentIndex(agenda.model.index(0, 0))
    qtbot.keyClick(
        agenda.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = agenda.dialog
    assert isinstance(dialog, NotNeededDialog)
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as shown:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert shown.args == [["Schrijf kort waarom de taak niet nodig is."]]
    dialog.note.setPlainText("Jeugdarts heeft zelf contact gezocht")
    with qtbot.waitSignal(agenda.loaded, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert agenda.overdue_count() == 0
    assert agenda.summary.text().startswith("Over tijd: 0")
    qtbot.waitUntil(lambda: caseload.table.model().rowCount() == 0)  # nor in the caseload

    # the done ones, with status and note
    with qtbot.waitSignal(agenda.loaded, timeout=20_000):
        agenda.show_box.setCurrentIndex(1)
    rows = [
        [agenda.model.index(r, c).data() for c in (0, 4, 6, 7)]
        for r in range(agenda.model.rowCount())
    ]
    assert rows == [
        [
            "Gedaan",
            "School bellen over rooster",
            "28-11-2026",
            "Rooster aangepast met de mentor",
        ],
        [
            "Niet nodig",
            "Verwijzing jeugdarts nagaan",
            "28-11-2026",
            "Jeugdarts heeft zelf contact gezocht",
        ],
    ]
    agenda.table.setCurrentIndex(agenda.model.index(0, 0))  # a closed task: only reopen
    assert not agenda.act_done.isEnabled() and agenda.act_reopen.isEnabled()
    desk.shutdown()

    again = read_back(path)
    try:
        with again.session() as s:
            got = sorted(
                (t.description, t.status, t.done_on, t.done_note) for t in s.scalars(select(Task))
            )
    finally:
        again.lock()
    assert got == [
        ("School bellen over rooster", "done", TODAY, "Rooster aangepast met de mentor"),
        (
            "Verwijzing jeugdarts nagaan",
            "not_needed",
            TODAY,
            "Jeugdarts heeft zelf contact gezocht",
        ),
    ]
    assert reference not in _overdue_cli(path)
