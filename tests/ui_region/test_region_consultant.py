"""A consultant's Region page: the team's registers arrive with the region bundle and are
read-only; the consultant may add a school or partner the team's register lacks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lvs_desktop.services import region as r
from lvs_desktop.services import sync as service
from lvs_desktop.services.region.ui_support import own_register_ids
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync import kdf
from lvs_desktop.sync.errors import UnknownSignerError
from tests.conftest import OWNER, PASSPHRASE

TRANSFER = "transportwachtwoord van het team"


@pytest.fixture
def consultant(tmp_path: Path) -> Iterator[Vault]:
    """A consultant's vault that imported the team's region bundle."""
    kdf.use_fast_kdf_for_tests(True)  # the transfer passphrase's scrypt, as tests/ui_sync do
    lead = OwnerProfile(name="Lea Leider", code="LL", role="team_lead")
    with Vault.create(tmp_path / "team.lvsvault", PASSPHRASE, lead) as team:
        r.setup_region(team, "Zuid-Holland Zuid", r.SEED_REGION_CODES)
        dordrecht = r.find_municipality(team, "Dordrecht").id
        r.add_school(team, r.SchoolInput("De Regenboog", "PO", dordrecht, "01AB", "00"))
        r.add_partner(team, r.PartnerInput("halt", "Halt Zuid-West"))
        r.export_region(team, tmp_path / "regio.lvsbundle", TRANSFER)
    v = Vault.create(tmp_path / "jet.lvsvault", PASSPHRASE, OWNER)
    try:
        bundles = service.open_bundles(v, [tmp_path / "regio.lvsbundle"], TRANSFER)
    except UnknownSignerError as new_sender:  # Jet compared the fingerprint by phone
        service.accept_signer(v, new_sender)
        bundles = service.open_bundles(v, [tmp_path / "regio.lvsbundle"], TRANSFER)
    service.apply_import(v, bundles)
    yield v
    v.lock()
    kdf.use_fast_kdf_for_tests(False)


def test_the_registers_are_read_only_for_a_consultant(qtbot, consultant, page_on):
    page = page_on(consultant, "Jet de Vries")
    assert "beheerd door uw teamleider" in page.heading.text()
    m = page.municipalities
    assert m.model.rowCount() == 10
    m.table.selectRow(0)
    assert not m.add_button.isEnabled() and not m.edit_button.isEnabled()
    assert not m.archive_button.isEnabled()
    assert m.edit() is None and m.add() is None  # the keys do nothing either
    schools = page.show_tab("schools")
    qtbot.waitUntil(lambda: schools.is_loaded)
    assert schools.model.rowCount() == 1
    schools.table.selectRow(0)
    assert not schools.edit_button.isEnabled() and not schools.archive_button.isEnabled()
    assert not schools.import_button.isEnabled() and schools.import_file() is None
    assert schools.add_button.isEnabled()  # a school the team's register lacks
    partners = page.show_tab("partners")
    qtbot.waitUntil(lambda: partners.is_loaded)
    partners.table.selectRow(0)
    assert partners.add_button.isEnabled() and not partners.edit_button.isEnabled()
    team = page.show_tab("team")
    qtbot.waitUntil(lambda: team.is_loaded)
    assert {row.name for row in team.model.rows()} >= {"Lea Leider", "Jet de Vries"}
    team.table.selectRow(0)
    assert not team.add_button.isEnabled() and not team.edit_button.isEnabled()
    assert QApplication.activeModalWidget() is None


def test_a_consultant_adds_and_changes_her_own_school_only(qtbot, consultant, page_on):
    page = page_on(consultant, "Jet de Vries")
    page.activateWindow()
    schools = page.show_tab("schools")
    qtbot.waitUntil(lambda: schools.is_loaded)
    team_school = schools.model.rows()[0]
    schools.table.setFocus()
    qtbot.keyClick(schools.table, Qt.Key.Key_Insert)
    form = schools.dialog
    qtbot.waitUntil(form.name.hasFocus)
    qtbot.keyClicks(form.name, "Internationale school Oost")
    form.school_type.setCurrentIndex(form.school_type.findData("VO"))
    form.municipality.setCurrentIndex(form.municipality.findText("Dordrecht"))
    with qtbot.waitSignal(schools.loaded, timeout=10_000):
        form.submit()
    own = next(s for s in r.list_schools(consultant) if s.name == "Internationale school Oost")
    assert own_register_ids(consultant) == {own.id}  # the team's school and partner are not
    assert schools.select_id(own.id)
    assert schools.edit_button.isEnabled() and schools.archive_button.isEnabled()
    form = schools.edit()
    form.phone.setText("078 000 1111")
    with qtbot.waitSignal(schools.loaded, timeout=10_000):
        form.submit()
    assert next(s for s in r.list_schools(consultant) if s.id == own.id).phone == "078 000 1111"
    # the team's school stays the team's
    assert schools.select_id(team_school.id)
    assert not schools.edit_button.isEnabled() and schools.edit() is None
    unchanged = next(s for s in r.list_schools(consultant) if s.id == team_school.id)
    assert unchanged == team_school
