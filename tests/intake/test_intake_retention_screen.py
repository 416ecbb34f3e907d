"""The retention dialog (Instellingen → Dossiers over de bewaartermijn) shows the term of intake
reports nobody assigned, saves a new one, and lists the waiting reports past it; destroying
them from the screen empties them in the vault."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from lvs_desktop.models import IntakeReport
from lvs_desktop.services import intake, retention
from lvs_desktop.services.queries import all_labels, owner_name
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.vault_care import RetentionDialog
from tests.intake.helpers import TODAY, fixture, make_region
from tests.intake.test_intake_page import _dutch  # noqa: F401  (Dutch, as a consultant sees it)

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


def test_the_term_is_set_and_the_waiting_reports_are_purged_from_the_screen(
    qtbot, vault: Vault
) -> None:  # type: ignore[no-untyped-def]
    make_region(vault)
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    later = date.today() + timedelta(days=40)  # the dialog's "today"
    context = DeskContext(vault, all_labels(vault), owner_name(vault), lambda: later)
    dialog = RetentionDialog(context)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.show()
    assert dialog.intake_days.value() == 90 and dialog.intake_days.suffix() == " dagen na inlezen"

    def intake_rows() -> list[int]:
        return [
            r for r in range(dialog.model.rowCount())
            if str(dialog.model.index(r, 0).data()).startswith("melding ")
        ]  # fmt: skip

    assert intake_rows() == []  # 40 days: within the default term

    dialog.intake_days.setValue(30)
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.term_button.click()
    assert dialog.message.text() == "Termijn opgeslagen."
    assert retention.get_terms(vault).intake_unassigned_days == 30
    rows = sorted(dialog.model.index(r, 0).data() for r in intake_rows())
    assert rows == [
        "melding M-1001 (postvak intake)",
        "melding M-1003 (postvak intake)",
        "melding M-1004 (postvak intake)",
    ]
    assert {dialog.model.index(r, 2).data() for r in intake_rows()} == {
        "melding in het postvak, nooit toegewezen"
    }
    for r in intake_rows():
        dialog.table.selectionModel().select(
            dialog.model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    dialog.confirm.setChecked(True)
    with qtbot.waitSignal(dialog.purged, timeout=20_000) as done:
        dialog.purge_button.click()
    assert "3 niet toegewezen melding(en) uit het postvak verwijderd" in done.args[0].message
    qtbot.waitUntil(lambda: intake_rows() == [], timeout=20_000)
    with vault.session() as s:
        assert set(s.scalars(select(IntakeReport.status))) == {"removed"}
        assert set(s.scalars(select(IntakeReport.surname))) == {None}
