"""Every vault call from a widget goes through the one runner (issue 15, item 5).

The store's guard (`store/thread_guard.py`) is turned on for the GUI thread, then every
screen and dialog is driven offscreen as a consultant would: unlock, each page, the case
and each of its forms (open, fill, save), the letters, the agenda, settings, the Region
page, lock and unlock again. A vault session, connection, backup or check opened on the
GUI thread raises there (pytest-qt fails the test on an exception in a slot) and is
recorded; each test ends by asserting that nothing was recorded. Seeding the vault through
the services happens before the guard is on.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView

from lvs_desktop.services import decisions, letters, tasks
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.services.letters import Appointment, LetterRequest
from lvs_desktop.services.region import SEED_REGION_CODES, setup_region
from lvs_desktop.store import OwnerProfile, Vault, thread_guard
from lvs_desktop.store.thread_guard import VaultOnForbiddenThread
from lvs_desktop.ui import i18n
from lvs_desktop.ui.case_view import CaseView
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.letters import case_tab
from lvs_desktop.ui.letters.case_tab import CaseLettersTab
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.widgets import RowsModel
from lvs_desktop.ui.worker import run_job, wait_for_jobs
from tests.casework.casework_vault import TODAY, Casework, build_casework
from tests.conftest import PASSPHRASE
from tests.ui.helpers import wait_loaded

SAVE = QDialogButtonBox.StandardButton.Save
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"
pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore(OFFSCREEN_NOISE),
]


@pytest.fixture(autouse=True)
def _dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dutch; the language choice is not remembered in this machine's settings."""
    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    monkeypatch.setattr(i18n, "remember_language", lambda language: None)
    i18n.install("nl")


@pytest.fixture
def guarded() -> Iterator[list[str]]:
    """The GUI thread (this one) may not touch the vault; the violations, live."""
    violations = thread_guard.forbid(threading.get_ident())
    yield violations
    thread_guard.forbid(None)


@pytest.fixture
def seeded(vault: Vault) -> tuple[Path, Casework, dict[str, str]]:
    """The casework case, with an exemption request, a PV against the mother, a task and a
    printed letter waiting to be posted; locked again, as on a laptop at start."""
    work = build_casework(vault)
    exemption = decisions.record_exemption(
        vault, work.case_id, ExemptionInput("5a", date(2026, 11, 1))
    ).first("exemption")
    pv = decisions.record_enforcement(
        vault,
        work.case_id,
        EnforcementInput("pv_parent", date(2026, 11, 2), subject_guardian_id=work.mother_id),
    ).first("enforcement")
    task = tasks.add_task(vault, work.case_id, "Mentor bellen", TODAY).first("task")
    request = LetterRequest(
        kind="invitation-1",
        letter_date=TODAY,
        appointment=Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="het kantoor"),
    )
    letter = letters.create_letters(vault, work.case_id, request).first("letter")
    letters.mark_printed(vault, [letter], datetime(2026, 11, 28, 9, 0))
    path = vault.path
    vault.lock()
    return path, work, {"exemption": exemption, "pv": pv, "task": task, "letter": letter}


@pytest.fixture
def desk(qtbot, seeded, guarded) -> Iterator[tuple[Desk, Casework, dict[str, str]]]:  # type: ignore[no-untyped-def]
    """The whole desk (every page, the letters tab), unlocked with the guard on."""
    path, work, ids = seeded
    desk = Desk(path, today=lambda: TODAY)
    desk.start()
    _unlock(qtbot, desk)
    yield desk, work, ids
    desk.shutdown()
    wait_for_jobs()


def _unlock(qtbot, desk: Desk) -> MainWindow:  # type: ignore[no-untyped-def]
    assert desk.dialog is not None
    desk.dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(desk.unlocked, timeout=30_000):
        desk.dialog.open_button.click()
    window = _window(desk)
    qtbot.waitUntil(lambda: window.caseload.is_loaded, timeout=20_000)
    return window


def _window(desk: Desk) -> MainWindow:
    assert desk.window is not None
    return desk.window


def _save(qtbot, dialog: FormDialog) -> Any:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        dialog.buttons.button(SAVE).click()
    return saved.args[0]


def _open_case(qtbot, window: MainWindow, case_id: str) -> CaseView:  # type: ignore[no-untyped-def]
    window.show_case(case_id)
    view = window.case_view
    assert view is not None
    qtbot.waitUntil(lambda: view.detail is not None, timeout=20_000)
    return view


def _select(view: CaseView, tab: str, record_id: str) -> None:
    table = view.findChild(QTableView, f"tab_{tab}")
    assert table is not None
    view.tabs.setCurrentWidget(table)
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(RowsModel.IdRole) == record_id:
            table.selectRow(row)
            return
    raise LookupError(record_id)


def test_the_guard_refuses_the_gui_thread_and_allows_a_worker(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    """The guard can fail: a session here raises and is recorded; on the runner it is fine."""
    violations = thread_guard.forbid(threading.get_ident())
    try:
        with pytest.raises(VaultOnForbiddenThread), vault.session():
            pass
        with pytest.raises(VaultOnForbiddenThread):
            vault.get_setting("language")
        assert len(violations) == 2 and violations[0].startswith("session at ")
        got: list[object] = []
        run_job(lambda: vault.get_setting("absent", 7), got.append)
        qtbot.waitUntil(lambda: got == [7], timeout=10_000)
        assert len(violations) == 2
    finally:
        thread_guard.forbid(None)
    assert vault.get_setting("absent", 8) == 8  # off again: allowed everywhere


def test_every_page_reads_on_the_runner(qtbot, desk, guarded) -> None:  # type: ignore[no-untyped-def]
    d, _work, _ids = desk
    window = _window(d)
    window.nav.setCurrentRow(1)  # agenda
    qtbot.waitUntil(lambda: window.agenda.is_loaded, timeout=20_000)
    assert window.agenda.model.rowCount() >= 1
    window.nav.setCurrentRow(2)  # letters to print
    letters_page = window.pages["letters"]
    qtbot.waitUntil(lambda: letters_page.is_loaded, timeout=20_000)
    assert len(letters_page.rows) == 1
    window.nav.setCurrentRow(3)  # sync
    reports = window.pages["reports"]
    with qtbot.waitSignal(reports.report_ready, timeout=30_000):
        window.nav.setCurrentRow(4)
    window.nav.setCurrentRow(5)  # settings
    settings_page = window.settings
    qtbot.waitUntil(lambda: settings_page.current is not None, timeout=20_000)
    assert settings_page.name.text() == "Jet de Vries"
    settings_page.phone.setText("078 999 0000")
    with qtbot.waitSignal(settings_page.saved, timeout=20_000):
        settings_page.save_button.click()
    care = settings_page.care  # files past retention, the passphrase
    retention = care.open_retention()
    qtbot.waitSignal(retention.loaded, timeout=20_000).wait()  # (queued: not shown before)
    retention.reject()
    care.open_passphrase().reject()
    region = window.pages["region"]
    with qtbot.waitSignal(region.ready, timeout=20_000):
        window.nav.setCurrentRow(6)
    window.nav.setCurrentRow(0)
    with qtbot.waitSignal(window.caseload.loaded, timeout=20_000):
        window.act_refresh.trigger()  # F5: every view reads again
    for row in range(window.nav.count()):  # every page again, also one added later
        window.nav.setCurrentRow(row)
        _all_answered()
    assert guarded == []


def _all_answered() -> None:
    """Until no job runs and every answer has been shown (answers may start new jobs)."""
    for _ in range(5):
        wait_for_jobs()
        QApplication.processEvents()


def test_the_case_and_its_forms_read_and_save_on_the_runner(qtbot, desk, guarded) -> None:  # type: ignore[no-untyped-def]
    d, work, ids = desk
    window = _window(d)
    view = _open_case(qtbot, window, work.case_id)
    editor = view.editor

    editor.actions["editYouth"].trigger()
    dialog = wait_loaded(qtbot, editor.dialog)
    dialog.phone.setText("06 1234 5678")
    with qtbot.waitSignal(view.reloaded, timeout=20_000):
        _save(qtbot, dialog)
    editor.actions["addGuardian"].trigger()
    dialog = wait_loaded(qtbot, editor.dialog)
    dialog.surname.setText("Visser")
    dialog.given.setText("Kees")
    dialog.findChild(type(dialog.buttons.button(SAVE)), "sameAddress").click()
    assert dialog.address.values()["city"] == "Dordrecht"  # the youth's, read with the form
    _save(qtbot, dialog)
    editor.actions["editCase"].trigger()
    _save(qtbot, wait_loaded(qtbot, editor.dialog))
    editor.actions["addEnrolment"].trigger()
    wait_loaded(qtbot, editor.dialog).reject()
    _select(view, "people", work.mother_id)
    editor.actions["removeGuardian"].trigger()
    editor.dialog.reject()
    for tab, record in (("reports", work.report_id), ("contacts", work.contact_id)):
        _select(view, tab, record)
        editor.actions["editSelected"].trigger()  # F2
        _save(qtbot, wait_loaded(qtbot, editor.dialog))
    _select(view, "timeline", f"contact:{work.contact_id}")
    editor.actions["voidEntry"].trigger()
    editor.dialog.reason.setPlainText("Bij het verkeerde dossier gezet.")
    with qtbot.waitSignal(view.reloaded, timeout=20_000):
        _save(qtbot, editor.dialog)

    for action, fill in (
        (window.act_report, None),
        (window.act_contact, "summary"),
        (window.act_route, "route"),
        (window.act_exemption, None),
        (window.act_enforcement, None),
        (window.act_close_case, None),
    ):
        action.trigger()
        dialog = wait_loaded(qtbot, window.dialog)
        if fill == "summary":
            dialog.summary.setPlainText("Moeder gebeld.")
            _save(qtbot, dialog)
        elif fill == "route":
            dialog.structural.setChecked(True)  # the rules are asked again, without the vault
            dialog.choose("voluntary_care")
            dialog.rationale.setPlainText("Hulp via het wijkteam.")
            _save(qtbot, dialog)
        else:
            dialog.reject()

    _select(view, "exemptions", ids["exemption"])
    window.outcomes.trigger("decide_exemption")
    wait_loaded(qtbot, window.dialog).reject()
    _select(view, "enforcements", ids["pv"])
    window.outcomes.trigger("record_outcome")
    dialog = wait_loaded(qtbot, window.dialog)
    assert dialog.next == "sent"
    _save(qtbot, dialog)
    window.outcomes.trigger("add_task")
    dialog = wait_loaded(qtbot, window.dialog)
    dialog.description.setText("School bellen")
    _save(qtbot, dialog)

    dialog = wait_loaded(qtbot, window.new_case())
    dialog.bsn.setText("111222333")
    with qtbot.waitSignal(dialog.searched, timeout=20_000):
        dialog.bsn.editingFinished.emit()
    assert dialog.match_list.count() == 1
    dialog.reject()
    wait_for_jobs()
    assert guarded == []


def test_letters_and_tasks_on_the_runner(qtbot, desk, guarded, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d, work, ids = desk
    window = _window(d)
    view = _open_case(qtbot, window, work.case_id)
    tab = view.findChild(CaseLettersTab)
    assert tab is not None
    qtbot.waitUntil(lambda: tab.is_loaded, timeout=20_000)
    letter = tab.new_letter()
    qtbot.waitUntil(lambda: letter.is_loaded, timeout=20_000)
    letter.set_kind("invitation-1")
    letter.appointment_date.setText("07-12-2026")
    with qtbot.waitSignal(letter.previewed, timeout=30_000):
        letter.preview_button.click()
    assert letter.preview is not None
    with qtbot.waitSignal(tab.refreshed, timeout=30_000):
        letter.preview.store_button.click()
    assert len(tab.rows) == 2
    target = tmp_path / "brief.pdf"
    monkeypatch.setattr(case_tab, "ask_save_path", lambda parent, suggested: target)
    tab.select_row(0)
    with qtbot.waitSignal(d.window.context.message, timeout=20_000):
        tab.save_letter()  # read and written on the worker
    assert target.read_bytes().startswith(b"%PDF")

    window.close_case_view()
    window.nav.setCurrentRow(2)
    page = window.pages["letters"]
    qtbot.waitUntil(lambda: page.is_loaded and len(page.rows) == 2, timeout=20_000)
    page.mark_posted([ids["letter"]], date(2026, 11, 29))  # tomorrow: refused, in Dutch
    qtbot.waitUntil(lambda: "De verzenddatum ligt in de toekomst." in page.errors.text())
    with qtbot.waitSignal(page.posted, timeout=20_000):
        page.mark_posted([ids["letter"]], TODAY)
    qtbot.waitUntil(lambda: [x.id for x in page.rows if x.printed] == [], timeout=20_000)

    window.nav.setCurrentRow(1)
    agenda = window.agenda
    qtbot.waitUntil(lambda: agenda.is_loaded, timeout=20_000)
    row = next(i for i, e in enumerate(agenda.shown) if e.task_id == ids["task"])
    agenda.table.setCurrentIndex(agenda.model.index(row, 0))
    agenda.act_assign.trigger()
    dialog = wait_loaded(qtbot, agenda.dialog)  # the colleagues come from the worker
    assert dialog.colleague.count() >= 1
    dialog.reject()
    agenda.act_new.trigger()
    dialog = wait_loaded(qtbot, agenda.dialog)
    dialog.reject()
    wait_for_jobs()
    assert guarded == []


def test_lock_and_unlock_again_stay_off_the_gui_thread(qtbot, desk, guarded) -> None:  # type: ignore[no-untyped-def]
    d, work, _ids = desk
    window = _window(d)
    _open_case(qtbot, window, work.case_id)
    with qtbot.waitSignal(d.locked, timeout=20_000):
        window.act_lock.trigger()
    window = _unlock(qtbot, d)
    _open_case(qtbot, window, work.case_id)
    assert guarded == []


@pytest.fixture
def team_path(tmp_path: Path) -> Path:
    """A team lead's vault with the region's seed municipalities, locked."""
    lead = OwnerProfile(name="Lea Leider", code="LL", role="team_lead", region="Zuid-Holland Zuid")
    path = tmp_path / "team.lvsvault"
    team = Vault.create(path, PASSPHRASE, lead)
    setup_region(team, None, SEED_REGION_CODES)
    team.lock()
    return path


def test_the_team_leads_region_and_sync_pages_on_the_runner(qtbot, team_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A team vault: every register tab, a form per register (one saved), the region's name,
    and the sync page's panels and import wizard."""
    guarded = thread_guard.forbid(threading.get_ident())  # (seeded above, before this)
    desk = Desk(team_path, today=lambda: TODAY)
    desk.start()
    try:
        window = _unlock(qtbot, desk)
        region = window.pages["region"]
        with qtbot.waitSignal(region.ready, timeout=20_000):
            window.nav.setCurrentRow(6)
        for key in ("municipalities", "schools", "partners", "team"):
            tab = region.show_tab(key)
            qtbot.waitUntil(lambda t=tab: t.is_loaded, timeout=20_000)
            form = tab.add()
            assert form is not None, key
            if key == "partners":
                form.kind.setCurrentIndex(form.kind.findData("rvdk"))
                form.name.setText("Raad voor de Kinderbescherming, Dordrecht")
                with qtbot.waitSignal(tab.loaded, timeout=20_000):
                    form.buttons.button(SAVE).click()
            else:
                form.reject()
        form = region.rename()
        form.name.setText("Drechtsteden")
        _save(qtbot, form)

        window.nav.setCurrentRow(3)
        sync = window.pages["sync"]
        for panel in (sync.conflicts, sync.duplicates, sync.reassign):
            with qtbot.waitSignal(panel.loaded, timeout=20_000):
                panel.load()
        sync.open_import().reject()
        wait_for_jobs()
        assert guarded == []
    finally:
        desk.shutdown()
        wait_for_jobs()
        thread_guard.forbid(None)


def test_the_first_run_makes_the_vault_on_the_runner(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """From no vault: the wizard makes it (KDF, migrations, region) and the desk opens on it."""
    from lvs_desktop.ui.first_run import start_first_run
    from tests.ui_region.test_region_first_run import drive_wizard

    desk = Desk(tmp_path / "nieuw" / "kluis.lvsvault", today=lambda: TODAY)
    guarded = thread_guard.forbid(threading.get_ident())
    try:
        wizard = start_first_run(desk)
        qtbot.waitExposed(wizard)
        wizard.activateWindow()  # the wizard's pages check where the keys go
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        drive_wizard(qtbot, wizard)
        with qtbot.waitSignal(desk.unlocked, timeout=60_000):
            wizard.next()  # Finish: the vault is made on the worker
        window = _window(desk)
        qtbot.waitUntil(lambda: window.caseload.is_loaded, timeout=20_000)
        region = window.pages["region"]
        with qtbot.waitSignal(region.ready, timeout=20_000):
            window.nav.setCurrentRow(6)
        _all_answered()
        assert guarded == []
    finally:
        desk.shutdown()
        wait_for_jobs()
        thread_guard.forbid(None)
