"""The Register page offscreen on a region made from nothing: import both files through the
preview, see the lists, open a case from a row and for all, export the CSV; read the vault back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from register_data import FIXTURES, ON
from sqlalchemy import select

from lvs_desktop.models import Case, RegisterResident, Youth
from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.worker import wait_for_jobs

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]


@pytest.fixture
def page_on(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from lvs_desktop.ui.context import DeskContext
    from lvs_desktop.ui.register import RegisterPage

    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    monkeypatch.setattr(i18n, "remember_language", lambda language: None)
    i18n.install("nl")
    pages: list[RegisterPage] = []

    def make(vault: Vault) -> RegisterPage:
        context = DeskContext(vault, labels={}, owner_name="Jet de Vries", today=lambda: ON)
        page = RegisterPage(context)
        page._context_keepalive = context  # type: ignore[attr-defined]
        pages.append(page)
        page.resize(1300, 700)
        page.show()
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            page.activate()
        return page

    yield make
    wait_for_jobs()
    for page in pages:
        page.close()
        page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _accept(qtbot, page, signal):  # type: ignore[no-untyped-def]
    box = page.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(signal, timeout=20_000):
        qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)


def test_import_then_open_a_case_from_a_row(qtbot, page_on, region_vault: Vault) -> None:  # type: ignore[no-untyped-def]
    page = page_on(region_vault)
    assert page.model.rowCount() == 0
    assert page.summary.text().startswith("Het register is leeg: lees eerst")
    assert page.open_button.text() == "&Dossier openen"
    with qtbot.waitSignal(page.previewed, timeout=20_000) as preview:
        page.import_file("residents", FIXTURES / "residents_bad.csv")
    assert preview.args[0].new == 1 and len(preview.args[0].refused) == 6
    assert "regel 5: een cel begint als een formule" in page.confirm_box.text()
    page.confirm_box.reject()  # cancelled: nothing stored
    with region_vault.session() as s:
        assert s.scalars(select(RegisterResident)).first() is None

    for kind, name in (("residents", "residents.csv"), ("enrolments", "enrolments.csv")):
        with qtbot.waitSignal(page.previewed, timeout=20_000):
            page.import_file(kind, FIXTURES / name)
        _accept(qtbot, page, page.loaded)

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.choose_list("deregistered")
    assert page.model.rowCount() == 2
    assert page.summary.text().startswith(
        "Uitgeschreven zonder nieuwe inschrijving op 30-11-2026: 2"
    )
    names = [page.model.row_at(r).name for r in range(2)]
    row = names.index("Hidde Hoekstra")
    page.table.selectionModel().select(
        page.proxy.mapFromSource(page.model.index(row, 0)),
        page.table.selectionModel().SelectionFlag.ClearAndSelect
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert page.selected_bsns() == ["687976388"]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    with region_vault.session() as s:
        cases = s.execute(
            select(Youth.bsn, Case.kind, Case.reference).join(Case, Case.youth_id == Youth.id)
            .where(Case.kind == "absolute_absence")
        ).all()  # fmt: skip
    assert [(c[0], c[1]) for c in cases] == [("687976388", "absolute_absence")]
    shown = {page.model.row_at(r).bsn: page.model.row_at(r).case_reference for r in range(2)}
    assert shown == {"687976388": cases[0][2], "737602120": None}

    with qtbot.waitSignal(page.cases_opened, timeout=20_000) as opened:
        qtbot.mouseClick(page.open_all_button, Qt.MouseButton.LeftButton)
    assert len(opened.args[0].opened) == 1 and opened.args[0].unchanged == 1


def test_a_list_is_exported_and_the_date_changes_it(
    qtbot, page_on, filled_vault: Vault, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = page_on(filled_vault)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.choose_list("screening-17")
    assert [page.model.row_at(r).name for r in range(page.model.rowCount())] == ["Cas Claes"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.on_date.setDate(QDate(2027, 1, 1))  # both within 3 months now
    assert page.model.rowCount() == 2
    out = tmp_path / "screening.csv"
    page.export_csv(out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("bsn;naam") and len(lines) == 3
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        page.table.clearSelection()
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "Kies een of meer personen op de lijst."
    assert QApplication.instance() is not None
