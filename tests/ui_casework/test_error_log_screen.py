"""Issue 14, defect 6 on the screen: a bug's foutcode is found under Settings → Foutmeldingen,
with where it happened and the database's message, and without the youth's BSN or surname
that the failing statement held."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError

from lvs_desktop.services.queries import all_labels, owner_name
from lvs_desktop.store import Vault, log_policy
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.error_log_dialog import ErrorLogDialog
from lvs_desktop.ui.vault_care import VaultCareBox
from tests.builders import make_youth

SURNAME, BSN = "Wijnbergen-Quast", "111222333"


def test_a_foutcode_is_found_on_the_settings_page(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    make_youth(vault, surname=SURNAME, bsn="123456782")
    with vault.engine.begin() as connection:
        connection.exec_driver_sql("CREATE UNIQUE INDEX test_one_surname ON youth(surname)")
    with pytest.raises(IntegrityError) as caught:
        make_youth(vault, surname=SURNAME, bsn=BSN)
    shown = log_policy.report_bug("taak op de achtergrond", caught.value, vault)
    log_policy.report_bug("opdracht", ValueError(SURNAME), vault)  # a second, newer one

    context = DeskContext(vault, all_labels(vault), owner_name(vault), lambda: date(2026, 11, 28))
    box = VaultCareBox(context)
    qtbot.addWidget(box)
    box.show()
    assert box.errors_button.text() == "Foutmeldingen…"
    with qtbot.waitSignal(box.errors_button.clicked):
        box.errors_button.click()
    dialog = box.dialog
    assert isinstance(dialog, ErrorLogDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert dialog.windowTitle() == "Foutmeldingen"

    dialog.code.setText(shown.error_id.lower().replace("-", ""))
    dialog.find_code()
    assert dialog.table.currentIndex().row() in (0, 1)
    detail = dialog.detail.text()
    assert shown.error_id in detail and "IntegrityError" in detail
    assert "UNIQUE constraint failed: youth.surname" in detail
    assert "lvs_desktop/services/people.py" in detail
    every_cell = " ".join(str(dialog.model.index(r, c).data()) for r in range(2) for c in range(4))
    assert SURNAME not in detail + every_cell and BSN not in detail + every_cell

    dialog.code.setText("ZZZZ-ZZZZ")
    dialog.find_code()
    assert "staat niet in deze kluis" in dialog.errors.text()
