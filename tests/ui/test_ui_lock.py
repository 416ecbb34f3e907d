"""Locking: after the idle time, or on Ctrl+L, no widget holds personal data any more, the
vault is closed, and the unlock dialog is back."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lvs_desktop.services.case_detail import case_detail
from tests.conftest import PASSPHRASE
from tests.ui.helpers import visible_texts


def _open_demo(open_desk, demo_vault_file, tmp_path, qtbot):
    path = tmp_path / "demo.lvsvault"
    shutil.copyfile(demo_vault_file, path)
    driver = open_desk(path, PASSPHRASE)
    window = driver.unlock()
    case_id = window.caseload.model.rows[0].case_id
    window.show_case(case_id)
    detail = case_detail(window.context.vault, case_id)
    name = detail.header.youth_name
    surname = name.split()[-1]
    window.nav.setCurrentRow(1)  # the agenda, too
    qtbot.waitUntil(lambda: window.agenda.is_loaded)
    window.nav.setCurrentRow(0)
    window.act_contact.trigger()  # and a dialog open on the case
    texts = " ".join(visible_texts())
    assert name in texts and surname in texts  # the walk does see the data while unlocked
    return driver, surname


def test_idle_time_locks_and_drops_personal_data(qtbot, open_desk, demo_vault_file, tmp_path):
    driver, surname = _open_demo(open_desk, demo_vault_file, tmp_path, qtbot)
    desk = driver.desk
    desk.idle_override_ms = 300
    desk._start_idle(10)
    with qtbot.waitSignal(desk.locked, timeout=10_000):
        pass  # nobody touches the keyboard
    assert desk.window is None and desk.vault is None
    assert desk.dialog is not None and desk.dialog.isVisible()
    assert desk.dialog.passphrase.text() == ""
    texts = visible_texts()
    assert not [t for t in texts if surname in t]
    assert not [
        w
        for w in QApplication.allWidgets()
        if w.objectName() in ("caseView", "caseloadTable", "mainWindow")
    ]
    # the vault file is closed: another program may open it now
    from lvs_desktop.store import Vault

    Vault.open(tmp_path / "demo.lvsvault", PASSPHRASE).lock()


def test_activity_postpones_the_lock(qtbot, open_desk, demo_vault_file, tmp_path):
    driver, _ = _open_demo(open_desk, demo_vault_file, tmp_path, qtbot)
    desk = driver.desk
    desk.idle_override_ms = 60_000
    desk._start_idle(10)
    remaining = desk.idle._timer.remainingTime()
    qtbot.keyClick(desk.window.caseload.search, Qt.Key.Key_A)
    assert desk.idle._timer.remainingTime() >= remaining - 50
    assert desk.window is not None


def test_ctrl_l_locks_at_once_and_unlock_brings_the_desk_back(
    qtbot, open_desk, demo_vault_file, tmp_path
):
    driver, surname = _open_demo(open_desk, demo_vault_file, tmp_path, qtbot)
    desk = driver.desk
    window = desk.window
    window.dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.act_lock.shortcut().toString() == "Ctrl+L"
    with qtbot.waitSignal(desk.locked, timeout=5_000):
        qtbot.keyClick(window.caseload.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not [t for t in visible_texts() if surname in t]
    window = driver.unlock()
    assert window.caseload.model.rowCount() > 0
    assert desk.window is window and window.case_view is None
