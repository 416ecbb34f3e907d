"""The audit log page (issue 14, defect 3) offscreen on a new vault filled through the services:
Dutch, filters narrow the rows (person, dossier, action, period), the export writes exactly the
filtered rows, and the chain check reports. Every read goes through the runner: the test
waits on the page's signals."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, Case
from lvs_desktop.services.queries import all_labels
from lvs_desktop.services.region.roster import ConsultantInput, add_consultant
from lvs_desktop.services.uow import UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.audit.page import AuditPage
from lvs_desktop.ui.context import DeskContext
from tests.builders import TODAY, make_case, make_youth


@pytest.fixture
def page(vault: Vault, qtbot: QtBot) -> Iterator[tuple[AuditPage, dict[str, str]]]:
    """Jet's two cases; her colleague Sanne viewed the second one."""
    first = make_case(vault, make_youth(vault, surname="Zandkamp", bsn="111222333"))
    second = make_case(vault, make_youth(vault, surname="Ploegstra", bsn="123456782"))
    sanne = add_consultant(vault, ConsultantInput(name="Sanne Bakker", code="SB")).first(
        "consultant"
    )
    with UnitOfWork(vault, "view_case", actor_id=sanne) as uow:
        uow.audit("view", "case_file", second, "view_case")
        uow.commit()
    with vault.session() as s:
        refs = {c.id: c.reference for c in s.scalars(select(Case))}
    i18n.install("nl")
    context = DeskContext(vault, all_labels(vault), "Jet de Vries", lambda: TODAY)
    widget = AuditPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget, {"first": refs[first], "second": refs[second], "second_id": second}
    QThreadPool.globalInstance().waitForDone(30000)


def events_in(vault: Vault) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def reload(qtbot: QtBot, page: AuditPage) -> int:
    with qtbot.waitSignal(page.loaded, timeout=10_000) as blocker:
        page.reload()
    return int(blocker.args[0])


def test_filters_narrow_the_rows_and_the_export_writes_them(
    page: tuple[AuditPage, dict[str, str]], vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    widget, refs = page
    assert widget.model.rowCount() == 0  # nothing read before the page is shown
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.activate()
    total = events_in(vault)
    assert widget.model.rowCount() == total > 5, widget.status.text()
    headers = [widget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Wanneer", "Wie", "Handeling", "Onderdeel", "Dossier", "Toelichting"]
    assert widget.status.text() == f"{total} logregels"
    assert "111222333" not in {r.dossier for r in widget.model.rows}

    widget.actor.setText("sanne")
    assert reload(qtbot, widget) == 1
    (row,) = widget.model.rows
    assert (row.actor, row.action_label, row.dossier) == ("Sanne Bakker", "bekeken", refs["second"])
    shown_detail = widget.model.data(widget.model.index(0, 5))
    assert shown_detail == row.detail_label == "dossier geopend om te lezen"  # Dutch, not a code

    widget.actor.clear()
    widget.case.setText(refs["second"].lower())
    shown = reload(qtbot, widget)
    assert 2 <= shown < total
    assert {r.dossier for r in widget.model.rows} == {refs["second"]}
    assert {r.actor for r in widget.model.rows} == {"Jet de Vries", "Sanne Bakker"}

    out = tmp_path / "logboek.csv"
    with qtbot.waitSignal(widget.exported, timeout=10_000) as blocker:
        widget.export_csv(out)
    assert blocker.args == [shown]
    written = list(csv.reader(out.open(encoding="utf-8"), delimiter=";"))
    assert written[0][:5] == ["Wanneer (UTC)", "Wie", "Handeling", "Onderdeel", "Dossier"]
    assert len(written) == 1 + shown
    assert {line[4] for line in written[1:]} == {refs["second"]}
    assert "Ploegstra" not in out.read_text(encoding="utf-8")

    widget.action.setCurrentIndex(widget.action.findData("view"))  # reloads by itself
    qtbot.waitUntil(lambda: {r.action for r in widget.model.rows} == {"view"}, timeout=10_000)
    assert len(widget.model.rows) == 1

    widget.case.clear()
    later = TODAY + timedelta(days=400)
    widget.since.setDate(QDate(later.year, later.month, later.day))
    with qtbot.waitSignal(widget.loaded, timeout=10_000) as blocker:
        widget.action.setCurrentIndex(0)  # all actions again: reloads by itself
    assert blocker.args == [0]
    assert widget.status.text() == "Geen logregels die aan het filter voldoen."


def test_an_unknown_dossier_and_a_reversed_period_are_told_in_dutch(
    page: tuple[AuditPage, dict[str, str]], qtbot: QtBot
) -> None:
    widget, _ = page
    widget.activate()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=10_000)
    widget.case.setText("2026-XX-9999")
    assert reload(qtbot, widget) == 0
    assert widget.status.text() == "Geen dossier met kenmerk 2026-XX-9999."
    widget.case.clear()
    widget.since.setDate(QDate(2026, 6, 1))
    widget.until.setDate(QDate(2026, 5, 1))
    widget.reload()
    assert widget.status.text() == "De eerste dag ligt na de laatste."


def test_the_chain_check_reports_from_the_page(
    page: tuple[AuditPage, dict[str, str]], vault: Vault, qtbot: QtBot
) -> None:
    widget, _ = page
    with qtbot.waitSignal(widget.verified, timeout=10_000) as blocker:
        widget.verify()
    assert blocker.args[0].startswith(f"Auditlog intact: {events_in(vault)} gebeurtenissen")
