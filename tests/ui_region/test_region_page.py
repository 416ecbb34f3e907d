"""The Region page of a team lead's vault, driven by the keyboard where a user would: the DUO
import through Ctrl+I and the file dialog (and again: nothing changes), schools, partners,
team members and municipalities added by hand, bad input refused in Dutch with nothing saved.
Every check reads the vault back through the services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from lvs_desktop.services import region as r
from lvs_desktop.store import OwnerProfile, Vault
from tests.conftest import PASSPHRASE

LEAD = OwnerProfile(name="Lea Leider", code="LL", role="team_lead", region="Zuid-Holland Zuid")


@pytest.fixture
def team_vault(tmp_path: Path) -> Iterator[Vault]:
    v = Vault.create(tmp_path / "team.lvsvault", PASSPHRASE, LEAD)
    r.setup_region(v, None, r.SEED_REGION_CODES)
    yield v
    v.lock()


def activate(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _save(qtbot, dialog, tab) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)


def _refused(qtbot, dialog) -> list[str]:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.problems_shown, timeout=10_000) as shown:
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    return shown.args[0]


def test_ctrl_i_imports_through_the_file_dialog_and_again_changes_nothing(
    qtbot, page_on, team_vault, duo_file
):
    page = page_on(team_vault)
    schools = page.show_tab("schools")
    qtbot.waitUntil(lambda: schools.is_loaded)
    schools.table.setFocus()
    qtbot.keyClick(schools.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = schools.import_dialog
    assert dialog is not None and dialog.isVisible()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        chooser.selectFile(str(duo_file))
        chooser.accept()
    assert dialog.files.text() == duo_file.name
    dialog.activateWindow()  # offscreen, the closed file dialog leaves no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.applied, timeout=20_000):
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # &Inlezen
    assert len(r.list_schools(team_vault)) == 4
    before = {s.id: s for s in r.list_schools(team_vault)}
    # the same file again: all unchanged, nothing to import
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as again:
        dialog.load_files([duo_file])
    report = again.args[0]
    assert (report.count("new"), report.count("changed"), report.count("unchanged")) == (0, 0, 4)
    assert report.count("refused") == 1
    assert not dialog.import_button.isEnabled()
    dialog.show_only.setCurrentIndex(dialog.show_only.findData("refused"))
    assert dialog.proxy.rowCount() == 1
    assert {s.id: s for s in r.list_schools(team_vault)} == before
    dialog.reject()


def test_a_school_by_hand_bad_brin_is_refused_in_dutch_then_saved(qtbot, page_on, team_vault):
    page = page_on(team_vault)
    schools = page.show_tab("schools")
    qtbot.waitUntil(lambda: schools.is_loaded)
    schools.table.setFocus()
    qtbot.keyClick(schools.table, Qt.Key.Key_Insert)
    form = schools.dialog
    qtbot.waitUntil(form.name.hasFocus)  # the form opens on its first field
    qtbot.keyClicks(form.name, "De Kleine Prins")
    form.school_type.setCurrentIndex(form.school_type.findData("PO"))
    form.municipality.setCurrentIndex(form.municipality.findText("Sliedrecht"))
    form.brin.setText("XYZ")
    form.postcode.setText("33611")
    problems = _refused(qtbot, form)
    assert "Een BRIN-nummer is 2 cijfers en 2 letters, bijvoorbeeld 12AB." in problems
    assert any("postcode" in p.lower() for p in problems)
    assert form.isVisible() and r.list_schools(team_vault) == []  # nothing saved
    form.brin.setText("21XY")
    form.vestiging.setText("0")
    form.postcode.setText("3361 ab")
    _save(qtbot, form, schools)
    (school,) = r.list_schools(team_vault)
    assert (school.name, school.location_code, school.municipality, school.postcode) == (
        "De Kleine Prins", "21XY00", "Sliedrecht", "3361 AB"
    )
    assert schools.model.rowCount() == 1


def test_partner_added_edited_and_archived(qtbot, page_on, team_vault):
    page = page_on(team_vault)
    tab = page.show_tab("partners")
    qtbot.waitUntil(lambda: tab.is_loaded)
    form = tab.add()
    qtbot.waitUntil(form.kind.hasFocus)
    form.kind.setCurrentIndex(form.kind.findData("rvdk"))
    assert _refused(qtbot, form) == ["Naam is verplicht."]
    assert r.list_partners(team_vault) == []
    form.name.setText("Raad voor de Kinderbescherming, Dordrecht")
    form.contact.setText("M. de Boer")
    _save(qtbot, form, tab)
    (partner,) = r.list_partners(team_vault)
    assert (partner.kind, partner.contact_name) == ("rvdk", "M. de Boer")
    assert tab.select_id(partner.id)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter edits
    form = tab.dialog
    form.phone.setText("088 123 0000")
    _save(qtbot, form, tab)
    assert r.list_partners(team_vault)[0].phone == "088 123 0000"
    activate(qtbot, page)  # offscreen, a closed dialog leaves no window active
    tab.table.setFocus()
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert r.list_partners(team_vault) == []
    assert r.list_partners(team_vault, include_archived=True)[0].archived
    assert tab.proxy.rowCount() == 0 and tab.model.rowCount() == 1


def test_a_team_member_with_the_municipalities_and_a_school_they_cover(
    qtbot, page_on, team_vault
):
    school = r.add_school(team_vault, r.SchoolInput("Develcollege", "VO", brin="02CD"))
    school_id = school.first("school")
    page = page_on(team_vault)
    tab = page.show_tab("team")
    qtbot.waitUntil(lambda: tab.is_loaded)
    assert tab.model.rowCount() == 1  # the team lead herself
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    form = tab.dialog
    qtbot.waitUntil(form.name.hasFocus)
    qtbot.keyClicks(form.name, "Kees Bakker")
    form.code.setText("LL")  # taken by the team lead
    form.akte_expires.setText("31-02-2027")
    problems = _refused(qtbot, form)
    assert any("datum" in p for p in problems)  # an impossible date, in Dutch
    form.akte_expires.setText("28-02-2027")
    problems = _refused(qtbot, form)
    assert any("De code LL is al van Lea Leider" in p for p in problems)
    assert len(r.list_roster(team_vault)) == 1
    form.code.setText("kb")
    form.boa.setText("BOA-0043")
    picker = form.cover_municipalities
    picker.search.setText("dordrecht")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # one match: Enter ticks it
    form.cover.setCurrentIndex(1)
    form.cover_schools.model.set_checked([school_id])
    _save(qtbot, form, tab)
    kees = next(p for p in r.list_roster(team_vault) if p.code == "KB")
    dordrecht = r.find_municipality(team_vault, "Dordrecht")
    assert kees.municipality_ids == (dordrecht.id,) and kees.school_ids == (school_id,)
    assert kees.boa_number == "BOA-0043" and kees.role == "consultant"
    row = tab.model.row_of_id(kees.id)
    assert tab.model.index(row, 6).data() == "Dordrecht, Develcollege"


def test_municipalities_added_from_the_national_list(qtbot, page_on, tmp_path):
    with Vault.create(tmp_path / "leeg.lvsvault", PASSPHRASE, LEAD) as empty:
        page = page_on(empty)
        tab = page.municipalities
        assert tab.model.rowCount() == 0
        form = tab.add()
        qtbot.waitUntil(form.picker.search.hasFocus)
        problems = _refused(qtbot, form)
        assert problems == ["Vink minstens één gemeente aan."]
        qtbot.keyClicks(form.picker.search, "0512")
        qtbot.keyClick(form.picker.search, Qt.Key.Key_Return)
        form.picker.search.clear()
        qtbot.keyClicks(form.picker.search, "Sliedrecht")
        qtbot.keyClick(form.picker.search, Qt.Key.Key_Return)
        assert form.picker.count.text() == "2 gekozen"
        _save(qtbot, form, tab)
        assert [(m.name, m.cbs_code) for m in r.list_municipalities(empty)] == [
            ("Gorinchem", "0512"), ("Sliedrecht", "0610")
        ]
        assert tab.model.rowCount() == 2
        # the next time they are shown ticked and cannot be added twice
        form = tab.add()
        model = form.picker.model
        row = next(i for i in range(model.rowCount()) if model.place_at(i).code == "0512")
        assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsUserCheckable
        form.reject()
        page.close()


def test_the_region_is_renamed_by_the_team_lead(qtbot, page_on, team_vault):
    page = page_on(team_vault)
    assert "Registers van de regio Zuid-Holland Zuid" in page.heading.text()
    form = page.rename()
    qtbot.waitUntil(form.name.hasFocus)
    form.name.clear()
    assert _refused(qtbot, form) == ["Naam van de regio is verplicht."]
    assert r.region_name(team_vault) == "Zuid-Holland Zuid"
    form.name.setText("Drechtsteden  en  Hoeksche Waard")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    assert r.region_name(team_vault) == "Drechtsteden en Hoeksche Waard"
    qtbot.waitUntil(lambda: "Drechtsteden en Hoeksche Waard" in page.heading.text())
