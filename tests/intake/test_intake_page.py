"""The intake page and the import dialog, driven offscreen as the administration would: import
a download (preview first), assign two reports to a chosen consultant, confirm a candidate,
assign to the roster's proposal; each read back from the vault. In Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from lvs_desktop.models import Case, IntakeReport, Report
from lvs_desktop.services import intake
from lvs_desktop.services.queries import all_labels
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.intake import IntakePage
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.pages import placeholders
from lvs_desktop.ui.worker import wait_for_jobs
from tests.conftest import PASSPHRASE
from tests.intake.helpers import FIXTURES, REGION_COLUMNS, TODAY, Region, make_region

ADMIN = OwnerProfile(name="Ada Admin", code="AD", role="administration")
pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


@pytest.fixture(autouse=True)
def _dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    i18n.install("nl")


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[tuple[Vault, Region]]:
    vault = Vault.create(tmp_path / "admin.lvsvault", PASSPHRASE, ADMIN)
    region = make_region(vault)
    yield vault, region
    wait_for_jobs()
    vault.lock()


def select_duo(page: IntakePage, *numbers: str) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() in numbers:
            selection.select(
                page.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_import_preview_then_assign_and_confirm(qtbot, qtmodeltester, admin) -> None:  # type: ignore[no-untyped-def]
    vault, region = admin
    context = DeskContext(vault, {}, "Ada Admin", lambda: TODAY)
    page = IntakePage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.activate()
    assert page.counts.text() == "De intake is leeg: geen meldingen die op een consulent wachten."

    dialog = page.open_import()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Verzuimmeldingen inlezen"
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(FIXTURES / "reports_default.csv")
    assert dialog.mapping_title.text() == "Koppeling van de kolommen (profiel standaard)"
    assert dialog.mapping.index(0, 0).data() == "Meldingnummer DUO"
    assert dialog.mapping.index(0, 1).data() == "Meldingnummer"
    lines = dialog.lines_view.model()
    assert lines.rowCount() == 4 and lines.index(0, 0).data() == "M-1001"
    assert dialog.counts.text().startswith("Als u inleest: 2 nieuw")
    with vault.session() as s:
        assert s.scalars(select(IntakeReport)).first() is None  # the preview stored nothing
    with (
        qtbot.waitSignal(page.loaded, timeout=20_000),
        qtbot.waitSignal(dialog.imported, timeout=20_000),
    ):
        dialog.import_button.click()
    assert dialog.counts.text().startswith("Meldingen ingelezen: 2 nieuw, 1 toegevoegd")
    dialog.close()

    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 3
    assert page.counts.text() == "3 meldingen wachten, waarvan 1 te bevestigen"
    status = [page.model.index(r, 6).data() for r in range(3)]
    assert "kandidaat: Noor Bakker (15-02-2012)?" in status

    select_duo(page, "M-1001", "M-1003")
    page.consultant.setCurrentIndex(page.consultant.findData(region.bram))
    with (
        qtbot.waitSignal(page.loaded, timeout=20_000),
        qtbot.waitSignal(page.acted, timeout=20_000),
    ):
        page.assign_button.click()
    with vault.session() as s:
        made = s.scalars(
            select(Case).join(Report).where(Report.duo_number.in_(["M-1001", "M-1003"]))
        ).all()
        assert len(made) == 2 and {c.consultant_id for c in made} == {region.bram}
    assert [page.model.row_at(r).duo_number for r in range(page.model.rowCount())] == ["M-1004"]

    select_duo(page, "M-1004")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.same_button.click()
    assert intake.list_inbox(vault)[0].status == "new"
    select_duo(page, "M-1004")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.proposal_button.click()  # Papendrecht: Bram Claes covers it
    with vault.session() as s:
        case = s.scalars(select(Case).join(Report).where(Report.duo_number == "M-1004")).one()
        assert (case.youth_id, case.consultant_id) == (region.noor, region.bram)
    assert page.model.rowCount() == 0


def test_nothing_chosen_is_said_in_dutch(qtbot, admin) -> None:  # type: ignore[no-untyped-def]
    vault, _region = admin
    page = IntakePage(DeskContext(vault, {}, "Ada Admin", lambda: TODAY))
    qtbot.addWidget(page)
    page.proposal_button.click()
    assert page.errors.text() == "• Kies eerst een of meer meldingen."


def test_the_navigation_shows_intake_only_to_the_administration_or_team_lead(
    qtbot, admin, vault: Vault
) -> None:  # type: ignore[no-untyped-def]
    for owner_vault, shown in ((admin[0], True), (vault, False)):
        context = DeskContext(owner_vault, all_labels(owner_vault), "x", lambda: TODAY)
        window = MainWindow(context, pages=placeholders())
        qtbot.addWidget(window)
        page = window.pages["intake"]
        assert isinstance(page, IntakePage)
        with qtbot.waitSignal(page.available, timeout=10_000) as said:
            pass
        assert said.args == [shown]
        item = window.nav.item(list(window.pages).index("intake"))
        assert item.text() == "Intake" and item.isHidden() is not shown
        wait_for_jobs()


def test_a_file_no_profile_fits_is_mapped_by_hand_and_imported(qtbot, admin) -> None:  # type: ignore[no-untyped-def]
    vault, _region = admin
    page = IntakePage(DeskContext(vault, {}, "Ada Admin", lambda: TODAY))
    qtbot.addWidget(page)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.load_file(FIXTURES / "reports_region.csv")
    assert "Geen koppelprofiel past bij het bestand" in dialog.errors.text()
    assert not dialog.import_button.isEnabled() and dialog.map_button.isEnabled()
    dialog.map_button.click()
    qtbot.waitUntil(lambda: dialog.mapper is not None, timeout=10_000)
    mapper = dialog.mapper
    assert mapper is not None and mapper.windowTitle() == "Kolommen koppelen"
    mapper.name.setText("Drechtsteden")
    mapper.save()  # nothing chosen yet: the required fields are named
    assert mapper.errors.text().startswith("• Kies een kolom voor: Meldingnummer DUO, Achternaam")
    for field, column in REGION_COLUMNS.items():
        mapper.combos[field].setCurrentIndex(mapper.combos[field].findData(column))
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        mapper.save()
    assert dialog.mapping_title.text() == "Koppeling van de kolommen (profiel Drechtsteden)"
    assert dialog.counts.text().startswith("Als u inleest: 2 nieuw")
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    assert intake.get_profile(vault, "Drechtsteden").columns["surname"] == "Geslachtsnaam"
    assert {r.duo_number for r in intake.list_inbox(vault)} == {"R-2001", "R-2002"}
