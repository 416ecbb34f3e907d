"""Unlock: a wrong passphrase and a vault in use say so in Dutch; a new vault needs the
passphrase twice; the right passphrase opens the desk with the caseload."""

from __future__ import annotations

from pathlib import Path

from lvs_desktop.store import Vault
from lvs_desktop.ui.unlock import strength
from tests.conftest import OWNER, PASSPHRASE


def _make_vault(path: Path) -> Path:
    Vault.create(path, PASSPHRASE, OWNER).lock()
    return path


def test_wrong_passphrase_shows_the_dutch_message(qtbot, open_desk, vault_path):
    driver = open_desk(_make_vault(vault_path), PASSPHRASE)
    dialog = driver.desk.dialog
    dialog.passphrase.setText("dit is niet het wachtwoord")
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as blocker:
        dialog.open_button.click()
    assert blocker.args[0].startswith("Verkeerd wachtwoord, of de kluis is beschadigd.")
    assert "Verkeerd wachtwoord" in dialog.errors.text()
    assert dialog.errors.isVisibleTo(dialog)
    assert driver.desk.window is None
    assert dialog.open_button.isEnabled()  # ready for the next try


def test_vault_in_use_is_reported(qtbot, open_desk, vault_path):
    _make_vault(vault_path)
    holder = Vault.open(vault_path, PASSPHRASE)
    try:
        driver = open_desk(vault_path, PASSPHRASE)
        dialog = driver.desk.dialog
        dialog.passphrase.setText(PASSPHRASE)
        with qtbot.waitSignal(dialog.failed, timeout=20_000) as blocker:
            dialog.open_button.click()
        assert "al geopend door een ander programma" in blocker.args[0]
    finally:
        holder.lock()


def test_right_passphrase_opens_the_desk(qtbot, open_desk, vault_path):
    driver = open_desk(_make_vault(vault_path), PASSPHRASE)
    window = driver.unlock()
    assert window.isVisible()
    assert window.nav.item(0).text() == "Caseload"
    assert window.nav.item(5).text() == "Instellingen"
    assert "Jet de Vries" in window.user_label.text()
    assert "Ontgrendeld" in window.lock_label.text()
    assert window.caseload.model.rowCount() == 0


def test_new_vault_needs_the_passphrase_twice(qtbot, open_desk, tmp_path):
    driver = open_desk(tmp_path / "nieuw.lvsvault", "")
    dialog = driver.desk.dialog
    dialog.tabs.setCurrentIndex(1)
    dialog.new_path.setText(str(tmp_path / "nieuw.lvsvault"))
    dialog.owner_name.setText("Kees Proef")
    dialog.owner_code.setText("kp")
    dialog.new_pass.setText("een lange zin als wachtwoord")
    dialog.new_pass2.setText("een andere zin als wachtwoord")
    with qtbot.waitSignal(dialog.failed) as blocker:
        dialog.create_button.click()
    assert "De twee wachtwoorden verschillen." in blocker.args[0]
    assert "Sterk" in dialog.hint.text()
    dialog.new_pass2.setText("een lange zin als wachtwoord")
    with qtbot.waitSignal(driver.desk.unlocked, timeout=20_000):
        dialog.create_button.click()
    qtbot.waitUntil(lambda: driver.window.caseload.is_loaded)
    assert "Kees Proef" in driver.window.user_label.text()
    assert (tmp_path / "nieuw.lvsvault").read_bytes()[:16] != b"SQLite format 3\x00"


def test_strength_hint():
    assert strength("kort")[0] == 0
    assert strength("correct paard batterij niet")[0] == 3
    assert 1 <= strength("abcdefghijklm")[0] < 3
