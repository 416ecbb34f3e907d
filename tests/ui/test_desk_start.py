"""The desk reads what the window needs (language, labels, owner, auto-lock) on the worker,
after the unlock; when that read fails the vault closes again and the unlock dialog says why,
in Dutch, with no window left half-built."""

from __future__ import annotations

import pytest

from lvs_desktop.models import UserError
from lvs_desktop.store import Vault
from lvs_desktop.ui import desk as desk_module
from tests.conftest import OWNER, PASSPHRASE


def test_a_failed_start_up_read_locks_again_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, open_desk, vault_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    driver = open_desk(vault_path, PASSPHRASE)

    def fails(vault: Vault) -> desk_module.DeskStart:
        raise UserError("De kluis kon niet worden gelezen.")

    read_start = desk_module.read_start
    monkeypatch.setattr(desk_module, "read_start", fails)
    desk = driver.desk
    desk.dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(desk.locked, timeout=20_000):
        desk.dialog.open_button.click()
    assert desk.window is None and desk.vault is None
    assert (
        desk.dialog is not None and "De kluis kon niet worden gelezen." in desk.dialog.errors.text()
    )
    with Vault.open(vault_path, PASSPHRASE):  # closed again: the file is free
        pass

    monkeypatch.setattr(desk_module, "read_start", read_start)  # the next try reads fine
    desk.dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(desk.unlocked, timeout=20_000):
        desk.dialog.open_button.click()
    assert desk.window is not None and desk.window.context.owner_name == "Jet de Vries"
