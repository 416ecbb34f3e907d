"""Agenda, settings, navigation and the pages other modules will provide."""

from __future__ import annotations

import shutil
from datetime import date

from PySide6.QtCore import Qt

from lvs_desktop.services import settings
from lvs_desktop.store import Vault
from lvs_desktop.ui.case_view import CaseView
from lvs_desktop.ui.main_window import NAVIGATION
from tests.conftest import OWNER, PASSPHRASE


def _demo(open_desk, demo_vault_file, tmp_path):
    path = tmp_path / "demo.lvsvault"
    shutil.copyfile(demo_vault_file, path)
    driver = open_desk(path, PASSPHRASE)
    return driver, driver.unlock()


def test_agenda_buckets_and_one_click_to_the_case(qtbot, open_desk, demo_vault_file, tmp_path):
    _, window = _demo(open_desk, demo_vault_file, tmp_path)
    window.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: window.agenda.is_loaded)
    agenda = window.agenda
    assert agenda.model.rowCount() > 0
    assert "Over tijd:" in agenda.summary.text()
    whens = {agenda.model.index(r, 0).data() for r in range(agenda.model.rowCount())}
    assert whens <= {"Over tijd", "Vandaag", "Deze week"}
    assert "Later" not in whens
    agenda.later.setChecked(True)
    assert agenda.model.rowCount() == len(agenda.entries)
    index = agenda.model.index(0, 3)
    case_id = index.data(agenda.model.IdRole)
    rect = agenda.table.visualRect(index)
    qtbot.mouseClick(agenda.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(window.case_view, CaseView) and window.case_view.case_id == case_id
    assert window.stack.currentWidget() is window.case_view
    # the case is read on the worker; its actions open once it shows (an open case)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=10_000)
    assert window.act_contact.isEnabled()


def test_settings_are_saved_and_validated(qtbot, open_desk, vault_path):
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    driver = open_desk(vault_path, PASSPHRASE)
    window = driver.unlock()
    page = window.settings
    window.nav.setCurrentRow(5)
    qtbot.waitUntil(lambda: page.current is not None)  # read on the worker
    page.boa.setText("BOA-1234-5678")
    page.akte.setText("30-02-2027")
    page.save_button.click()
    assert "geen geldige datum" in page.errors.text()
    page.akte.setText("30-06-2028")
    page.auto_lock.setValue(5)
    page.terms["first_contact_working_days"].setValue(7)
    page.code.setText("J1")  # the service refuses a code with a digit
    page.save_button.click()
    qtbot.waitUntil(lambda: "code" in page.errors.text())
    page.code.setText("JV")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.save_button.click()
    assert "5 min" in window.lock_label.text()
    assert driver.desk.idle.timeout_ms() == 5 * 60_000
    vault = driver.desk.vault
    profile = settings.get_profile(vault)
    assert (profile.boa_number, profile.akte_expires_on) == ("BOA-1234-5678", date(2028, 6, 30))
    assert settings.get_auto_lock_minutes(vault) == 5
    assert settings.get_terms(vault).first_contact_working_days == 7


def test_english_can_be_chosen(qtbot, open_desk, vault_path):
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    driver = open_desk(vault_path, PASSPHRASE)
    window = driver.unlock()
    qtbot.waitUntil(lambda: window.settings.current is not None)  # read on the worker
    window.settings.language.setCurrentIndex(window.settings.language.findData("en"))
    with qtbot.waitSignal(window.settings.saved, timeout=10_000):
        window.settings.save_button.click()
    qtbot.waitUntil(lambda: driver.desk.window is not None and driver.desk.window is not window)
    new = driver.desk.window
    assert new is not window
    assert [new.nav.item(i).text() for i in range(new.nav.count())] == [t for _, t in NAVIGATION]
    assert new.menuBar().actions()[0].text() == "&File"
    assert settings.get_language(driver.desk.vault) == "en"


def test_pages_of_other_modules_fall_back_to_coming_soon(qtbot, open_desk, vault_path):
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    window = open_desk(vault_path, PASSPHRASE).unlock()
    window.nav.setCurrentRow(3)
    text = " ".join(w.text() for w in window.pages["sync"].findChildren(type(window.lock_label)))
    assert "Synchronisatie" in text and "Komt binnenkort" in text


def test_every_action_has_a_shortcut_and_a_menu(qtbot, open_desk, vault_path):
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    window = open_desk(vault_path, PASSPHRASE).unlock()
    in_menus = {a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    for action in window.actions():
        assert action in in_menus, action.text()
        if action.objectName() != "about":
            assert not action.shortcut().isEmpty(), action.text()
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))


def test_enter_in_the_caseload_opens_the_case(qtbot, open_desk, demo_vault_file, tmp_path):
    _, window = _demo(open_desk, demo_vault_file, tmp_path)
    table = window.caseload.table
    table.setFocus()
    table.setCurrentIndex(window.caseload.model.index(2, 1))
    case_id = window.caseload.current_case_id()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.case_view is not None and window.case_view.case_id == case_id
    qtbot.keyClick(window.case_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.case_view is None
    assert window.stack.currentWidget() is window.caseload
