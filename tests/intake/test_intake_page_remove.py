"""Verwijderen uit postvak on the intake page, driven offscreen: nothing chosen is said in
Dutch; a chosen report leaves the inbox with the chosen reason, read back from the vault."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lvs_desktop.models import AuditEvent, IntakeReport
from lvs_desktop.services import intake
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.intake import IntakePage
from tests.intake.helpers import TODAY, fixture
from tests.intake.test_intake_page import _dutch, admin, select_duo  # noqa: F401

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


def test_remove_from_the_inbox_on_the_page(qtbot, admin) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    vault, _region = admin
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    page = IntakePage(DeskContext(vault, {}, "Ada Admin", lambda: TODAY))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    assert page.remove_button.text() == "Verwijderen uit &postvak"
    page.remove_button.click()
    assert page.errors.text() == "• Kies eerst een of meer meldingen."
    assert page.model.rowCount() == 3

    select_duo(page, "M-1003")
    page.reason.setCurrentIndex(page.reason.findData("duplicate"))
    assert page.reason.currentText() == "dubbele melding"
    with (
        qtbot.waitSignal(page.loaded, timeout=20_000),
        qtbot.waitSignal(page.acted, timeout=20_000) as acted,
    ):
        page.remove_button.click()
    assert acted.args[0].message == "1 melding(en) uit het postvak verwijderd."
    assert sorted(page.model.row_at(r).duo_number for r in range(page.model.rowCount())) == [
        "M-1001", "M-1004",
    ]  # fmt: skip
    with vault.session() as s:
        sem = s.scalars(select(IntakeReport).where(IntakeReport.duo_number == "M-1003")).one()
        assert (sem.status, sem.surname, sem.onderwijsnummer) == ("removed", None, None)
        details = set(s.scalars(select(AuditEvent.detail).where(AuditEvent.record_id == sem.id)))
        assert "uit postvak: dubbele melding" in details
