"""The first run's other paths: the program opens the wizard when no vault is at the default
place or at `--vault`; "open an existing vault" shows the unlock dialog; the administration
role; a vault that appears meanwhile is refused in Dutch and left untouched; the wizard by
keyboard alone."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from lvs_desktop.services.region import list_municipalities, list_roster
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.ui import app as app_module
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.first_run import FirstRunWizard, start_first_run
from lvs_desktop.ui.pages import placeholders
from lvs_desktop.ui.unlock import UnlockDialog
from lvs_desktop.ui.worker import wait_for_jobs

PASSPHRASE = "een lange zin als wachtwoord"


def _shown(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


@pytest.mark.parametrize("given", [True, False])
def test_the_program_opens_the_wizard_without_a_vault(qtbot, tmp_path, monkeypatch, given):
    """`lvs-desktop --vault NEW` and `lvs-desktop` with nothing at the default place."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    seen: dict[str, object] = {}

    def fake_exec() -> int:  # instead of the event loop: look at what the program shows
        wizards = _shown(FirstRunWizard)
        seen["path"] = wizards[0].vault_page.vault_path() if wizards else None
        seen["unlock"] = bool(_shown(UnlockDialog))
        for w in wizards:
            w.reject()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    path = tmp_path / "elders" / "nieuw.lvsvault"
    assert app_module.run(vault=path if given else None) == 0
    expected = path if given else tmp_path / "data" / "lvs-desktop" / "kluis.lvsvault"
    assert seen == {"path": expected, "unlock": False}
    assert not expected.exists()


def test_an_existing_vault_opens_the_unlock_dialog_not_the_wizard(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kluis.lvsvault"
    Vault.create(path, PASSPHRASE, OwnerProfile(name="Jet de Vries", code="JV")).lock()
    seen = {}

    def fake_exec() -> int:
        seen["wizard"], seen["unlock"] = bool(_shown(FirstRunWizard)), bool(_shown(UnlockDialog))
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run(vault=path) == 0
    assert seen == {"wizard": False, "unlock": True}


@pytest.fixture
def desk_without_vault(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    desk = Desk(tmp_path / "kluis.lvsvault", pages=placeholders(), letters_tab=None)
    yield desk
    wait_for_jobs()
    desk.shutdown()
    for w in _shown(FirstRunWizard):
        w.reject()


def test_open_an_existing_vault_instead(qtbot, desk_without_vault):
    desk = desk_without_vault
    wizard = start_first_run(desk)
    qtbot.keyClick(wizard.vault_page.open_existing, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.dialog is not None and desk.dialog.isVisible())
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()
    assert isinstance(desk.dialog, UnlockDialog)
    assert not desk.path.exists()


def test_a_vault_that_appeared_meanwhile_is_refused_and_left_alone(qtbot, desk_without_vault):
    desk = desk_without_vault
    wizard = start_first_run(desk)
    page = wizard.vault_page
    page.passphrase.setText(PASSPHRASE)
    page.again.setText(PASSPHRASE)
    wizard.next()
    wizard.role_page.set_role("administration")
    wizard.next()
    p = wizard.profile_page
    assert p.function.text() == "Medewerker administratie LVS"
    assert "als u dat bent" in p.boa_box.title()
    p.name.setText("de administratie van LVS")
    p.code.setText("LVS")
    wizard.next()
    region = wizard.region_page
    with qtbot.waitSignal(wizard.refused) as refused:  # the administration needs a region
        wizard.next()
    assert "Kies minstens één gemeente" in refused.args[0]
    region.picker.search.setText("Dordrecht")
    qtbot.keyClick(region.picker.search, Qt.Key.Key_Return)
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    desk.path.write_bytes(b"iets anders")  # another program made a file there meanwhile
    with qtbot.waitSignal(wizard.refused, timeout=20_000) as refused:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "Er staat al een bestand op" in refused.args[0]
    assert desk.path.read_bytes() == b"iets anders" and desk.vault is None
    assert wizard.isVisible() and wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    desk.path.unlink()
    with qtbot.waitSignal(desk.unlocked, timeout=20_000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    vault = desk.vault
    (owner,) = list_roster(vault)
    assert (owner.name, owner.code, owner.role) == ("de administratie van LVS", "LVS",
                                                     "administration")
    assert vault.role == "consultant"  # not a team vault
    assert [m.name for m in list_municipalities(vault)] == ["Dordrecht"]


def test_the_wizard_by_keyboard_alone(qtbot, desk_without_vault):
    desk = desk_without_vault
    wizard = start_first_run(desk)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.waitUntil(wizard.vault_page.passphrase.hasFocus)
    focus = QApplication.focusWidget
    qtbot.keyClicks(focus(), PASSPHRASE)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focus(), PASSPHRASE)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)  # Enter: next page
    assert wizard.currentPage() is wizard.role_page
    qtbot.keyClick(wizard, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # &2 Teamleider
    qtbot.waitUntil(lambda: wizard.role_page.role() == "team_lead")  # (an animated click)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.profile_page
    qtbot.waitUntil(wizard.profile_page.name.hasFocus)
    qtbot.keyClicks(focus(), "Piet Jansen")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.region_page
    qtbot.waitUntil(wizard.region_page.picker.search.hasFocus)
    qtbot.keyClick(wizard, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # the &10 preset
    qtbot.waitUntil(lambda: len(wizard.region_page.picker.checked()) == 10)
    qtbot.keyClick(wizard, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # &Volgende
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page)
    with qtbot.waitSignal(desk.unlocked, timeout=20_000):
        qtbot.keyClick(wizard, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Kluis &maken
    assert len(list_municipalities(desk.vault)) == 10
    assert list_roster(desk.vault)[0].code == "PJ"
