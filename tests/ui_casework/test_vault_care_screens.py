"""The screens of issue 14 items 1 and 4, driven offscreen from the Settings page's box:
files past retention (destroyed, backups rewritten, the message says so) and the passphrase
change (backups re-encrypted, the message says so). The vault is read back afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from lvs_desktop.models import Case, PurgeTombstone, Youth
from lvs_desktop.services import cases
from lvs_desktop.services.queries import all_labels, owner_name
from lvs_desktop.store import Vault
from lvs_desktop.store.backup import list_backups
from lvs_desktop.store.errors import WrongPassphrase
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.vault_care import PassphraseDialog, RetentionDialog, VaultCareBox
from tests.builders import make_case, make_youth
from tests.conftest import PASSPHRASE

TODAY = date(2026, 11, 28)


@pytest.fixture
def box(qtbot, vault: Vault) -> VaultCareBox:  # type: ignore[no-untyped-def]
    context = DeskContext(vault, all_labels(vault), owner_name(vault), lambda: TODAY)
    care = VaultCareBox(context)
    qtbot.addWidget(care)
    care.show()
    return care


def test_files_past_retention_are_destroyed_from_the_screen(qtbot, vault: Vault, box) -> None:  # type: ignore[no-untyped-def]
    old = make_youth(vault, age=22, surname="Kroonema", bsn=None)
    case_id = make_case(vault, old, opened_on=date(2016, 3, 1))
    cases.close_case(vault, case_id, date(2017, 1, 10), "back_to_school", "seen", today=TODAY)
    young = make_youth(vault, age=10, surname="Veenstra", bsn=None)
    make_case(vault, young)
    vault.backup("manual")

    with vault.session() as s:
        reference = s.get_one(Case, case_id).reference
    box.retention_button.click()
    dialog = box.dialog
    assert isinstance(dialog, RetentionDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.index(0, 0).data() == reference  # named without personal data
    assert dialog.windowTitle() == "Dossiers over de bewaartermijn"

    dialog.purge_button.click()  # nothing selected, nothing confirmed: refused
    assert dialog.errors.isVisible() and "Selecteer" in dialog.errors.text()
    index = dialog.model.index(0, 0)
    dialog.table.selectionModel().select(
        index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.purged, timeout=30_000):
        dialog.purge_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert "1 dossier(s) vernietigd" in dialog.message.text()
    assert "1 reservekopie(ën) herschreven" in dialog.message.text()
    with vault.session() as s:
        assert s.get(Youth, old) is None and s.get(Youth, young) is not None
        assert s.get(PurgeTombstone, old) is not None
    assert len(list_backups(vault.path)) == 1


def test_the_passphrase_is_changed_from_the_screen_with_the_backups(
    qtbot,
    vault: Vault,
    box,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    make_youth(vault, surname="Kroonema", bsn=None)
    vault.backup("manual")
    box.passphrase_button.click()
    dialog = box.dialog
    assert isinstance(dialog, PassphraseDialog)
    dialog.new.setText("kort")
    dialog.repeat.setText("kort")
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.errors.isVisible())  # too weak: refused, nothing changed
    new = "een heel nieuw en lang wachtwoord 2026"
    dialog.new.setText(new)
    dialog.repeat.setText(new)
    with qtbot.waitSignal(dialog.changed, timeout=30_000) as signal:
        dialog.change_button.click()
    assert "1 reservekopie(ën) opnieuw versleuteld" in signal.args[0]
    assert dialog.message.text() == signal.args[0]
    (backup,) = list_backups(vault.path)
    copy = tmp_path / "terug.lvsvault"
    copy.write_bytes(backup.read_bytes())
    with pytest.raises(WrongPassphrase):
        Vault.open(copy, PASSPHRASE)
    Vault.open(copy, new).lock()
