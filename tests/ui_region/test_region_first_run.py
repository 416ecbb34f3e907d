"""From no vault at all to a working region: the first-run wizard makes the vault with the
owner's profile, role and the ten municipalities; the Region page imports a DUO school file
(preview first), edits a municipality's objection address and archives a school. Everything
is read back from the vault file itself."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from lvs_desktop.services import settings
from lvs_desktop.services.region import municipalities as mun
from lvs_desktop.services.region import roster
from lvs_desktop.services.region import schools as sch
from lvs_desktop.services.region.setup import region_name
from lvs_desktop.store import Vault
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.first_run import FirstRunWizard, needs_first_run, start_first_run
from lvs_desktop.ui.pages import placeholders
from lvs_desktop.ui.worker import wait_for_jobs

PASSPHRASE = "een lange zin als wachtwoord"
ZHZ = {
    "Alblasserdam": "0482", "Dordrecht": "0505", "Gorinchem": "0512",
    "Hardinxveld-Giessendam": "0523", "Hendrik-Ido-Ambacht": "0531", "Hoeksche Waard": "1963",
    "Molenlanden": "1978", "Papendrecht": "0590", "Sliedrecht": "0610", "Zwijndrecht": "0642",
}  # fmt: skip


@pytest.fixture
def first_run(qtbot, tmp_path: Path) -> Iterator[tuple[Desk, FirstRunWizard, Path]]:
    path = tmp_path / "nieuw" / "kluis.lvsvault"
    assert needs_first_run(path)
    desk = Desk(path, pages=placeholders(), letters_tab=None)
    wizard = start_first_run(desk)
    qtbot.waitExposed(wizard)
    yield desk, wizard, path
    wait_for_jobs()
    if shiboken6.isValid(wizard) and wizard.isVisible():
        wizard.reject()
    desk.shutdown()


def _next(qtbot, wizard: FirstRunWizard) -> None:
    before = wizard.currentId()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == before + 1, wizard.currentPage().errors.text()


def test_a_short_passphrase_is_refused_in_dutch_and_nothing_is_made(qtbot, first_run):
    desk, wizard, path = first_run
    page = wizard.vault_page
    qtbot.waitUntil(page.passphrase.hasFocus)  # the page opens on its first field
    qtbot.keyClicks(page.passphrase, "elf tekens!")  # 11 characters
    qtbot.keyClicks(page.again, "elf tekens!")
    with qtbot.waitSignal(wizard.refused) as refused:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert refused.args[0] == "Kies een wachtwoord van minstens 12 tekens."
    assert "minstens 12 tekens" in page.errors.text()
    assert page.errors.isVisibleTo(wizard)
    assert wizard.currentPage() is page
    assert not path.exists() and not path.parent.exists()
    # the two passphrases differ: refused too
    page.passphrase.setText(PASSPHRASE)
    page.again.setText(PASSPHRASE + " ")
    with qtbot.waitSignal(wizard.refused) as refused:
        wizard.next()
    assert "De twee wachtwoorden verschillen." in refused.args[0]
    assert wizard.currentPage() is page and desk.vault is None


def test_the_unlock_dialog_uses_the_same_rule(qtbot, open_desk_unlock):
    dialog, _path = open_desk_unlock
    dialog.tabs.setCurrentIndex(1)
    dialog.owner_name.setText("Kees Proef")
    dialog.owner_code.setText("KP")
    dialog.new_pass.setText("elf tekens!")
    dialog.new_pass2.setText("elf tekens!")
    with qtbot.waitSignal(dialog.failed) as failed:
        dialog.create_button.click()
    assert "Kies een wachtwoord van minstens 12 tekens." in failed.args[0]
    assert not Path(dialog.new_path.text()).exists()


@pytest.fixture
def open_desk_unlock(qtbot, tmp_path: Path):
    desk = Desk(tmp_path / "kluis.lvsvault", pages=placeholders(), letters_tab=None)
    desk.start()
    yield desk.dialog, tmp_path / "kluis.lvsvault"
    desk.shutdown()


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def drive_wizard(qtbot, wizard: FirstRunWizard, role: str = "team_lead") -> None:
    """Vault → role → profile → region (the preset) → make it, with keys where a user would."""
    page = wizard.vault_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.again, PASSPHRASE)
    _next(qtbot, wizard)
    wizard.role_page.buttons[role].click()
    _next(qtbot, wizard)
    p = wizard.profile_page
    assert p.name.hasFocus()
    qtbot.keyClicks(p.name, "Jet de Vries")
    assert p.code.text() == "JV"  # suggested from the name
    p.function.setText("Teamleider leerplicht")
    p.phone.setText("078 123 4567")
    p.email.setText("j.devries@example.nl")
    p.boa_number.setText("BOA-12345")
    p.akte_number.setText("AK-2024-0099")
    p.akte_expires.setText("31-12-2028")
    p.sworn.setCurrentIndex(p.sworn.findData("belofte"))
    _next(qtbot, wizard)
    region = wizard.region_page
    assert region.picker.search.hasFocus()
    assert region.picker.model.rowCount() > 300  # the national list
    qtbot.keyClick(region.picker.preset_button, Qt.Key.Key_Space)
    assert {pl.name: pl.code for pl in region.picker.checked()} == ZHZ
    assert region.region_name.text() == "Zuid-Holland Zuid"
    _next(qtbot, wizard)
    assert "Jet de Vries" in wizard.summary_page.summary.text()


def test_the_wizard_makes_the_vault_and_the_registers_work(qtbot, first_run, duo_file):
    desk, wizard, path = first_run
    drive_wizard(qtbot, wizard)
    with qtbot.waitSignal(desk.unlocked, timeout=30_000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    window = desk.window
    assert window is not None and window.isVisible()
    # the window shows after its start-up read on the worker; the wizard is gone by then
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # keys go to it
    assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    vault = desk.vault
    assert vault is not None
    # the vault holds the profile, role and region
    profile = settings.get_profile(vault)
    assert (profile.name, profile.code, profile.boa_number) == ("Jet de Vries", "JV", "BOA-12345")
    assert profile.akte_expires_on == date(2028, 12, 31)
    (owner,) = [r for r in roster.list_roster(vault) if r.id == vault.owner_id]
    assert (owner.role, owner.akte_number, owner.sworn_by) == ("team_lead", "AK-2024-0099",
                                                               "belofte")
    assert vault.role == "team"
    assert region_name(vault) == "Zuid-Holland Zuid"
    assert {m.name: m.cbs_code for m in mun.list_municipalities(vault)} == ZHZ

    # the Region page (Ctrl+7), the municipalities first
    window.findChild(type(window.act_lock), "go_region").trigger()
    page = window.pages["region"]
    qtbot.waitUntil(lambda: page.municipalities.is_loaded, timeout=10_000)
    assert page.municipalities.model.rowCount() == 10
    assert page.municipalities.add_button.isEnabled()  # a team lead keeps the registers

    # import the DUO file through the Schools tab: preview first, then apply
    schools = page.show_tab("schools")
    qtbot.waitUntil(lambda: schools.is_loaded, timeout=10_000)
    assert schools.model.rowCount() == 0
    dialog_holder = {}
    with qtbot.waitSignal(schools.loaded, timeout=20_000):
        dialog_holder["d"] = dialog = schools.import_file([duo_file])
        with qtbot.waitSignal(dialog.previewed, timeout=20_000) as previewed:
            pass
        report = previewed.args[0]
        assert [report.count(o) for o in ("new", "changed", "unchanged", "refused")] == [4, 0, 0, 1]
        assert "4 nieuw" in dialog.counts.text() and "1 geweigerd" in dialog.counts.text()
        assert "nog niets opgeslagen" in dialog.counts.text()
        assert sch.list_schools(vault) == []  # the preview wrote nothing
        refused = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())
                   if dialog.model.row_at(r).outcome == "refused"]
        assert [(r.line, r.location_code) for r in refused] == [(5, "04GH00")]
        assert "9999" in refused[0].reason
        row = dialog.model.row_of_id((duo_file.name, 5))
        assert dialog.model.index(row, 1).data() == "geweigerd"
        assert dialog.model.index(row, 0).data() == "5"
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.applied, timeout=20_000):
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Ingelezen" in dialog.counts.text()
    assert schools.model.rowCount() == 4
    assert {(s.location_code, s.school_type, s.municipality) for s in sch.list_schools(vault)} == {
        ("01AB00", "PO", "Dordrecht"),
        ("02CD00", "VO", "Zwijndrecht"),
        ("03EF01", "PO", "Dordrecht"),
        ("05JK00", "MBO", "Dordrecht"),
    }
    assert any(s.name == "Sint-Jozefschool (dépendance)" for s in sch.list_schools(vault))
    dialog.reject()

    # filter by municipality and type
    schools.municipality.setCurrentIndex(schools.municipality.findText("Zwijndrecht"))
    assert schools.proxy.rowCount() == 1
    schools.municipality.setCurrentIndex(0)
    schools.school_type.setCurrentIndex(schools.school_type.findData("PO"))
    assert schools.proxy.rowCount() == 2
    schools.school_type.setCurrentIndex(0)

    # archive a school with the Delete key
    assert schools.select_id(next(s.id for s in sch.list_schools(vault) if s.brin == "05JK"))
    activate(qtbot, window)  # offscreen, closing the dialog leaves no window active
    schools.table.setFocus()
    with qtbot.waitSignal(schools.loaded, timeout=10_000):
        qtbot.keyClick(schools.table, Qt.Key.Key_Delete)
    assert schools.proxy.rowCount() == 3  # archived rows are hidden …
    schools.show_archived.setChecked(True)
    assert schools.proxy.rowCount() == 4  # … until asked for

    # edit Dordrecht's address for objections (Enter opens the dialog on its first field)
    municipalities = page.show_tab("municipalities")
    dordrecht = next(m for m in mun.list_municipalities(vault) if m.name == "Dordrecht")
    assert municipalities.select_id(dordrecht.id)
    activate(qtbot, window)
    municipalities.table.setFocus()
    qtbot.keyClick(municipalities.table, Qt.Key.Key_F2)
    form = municipalities.dialog
    qtbot.waitUntil(lambda: form.college.hasFocus())
    assert form.college.text() == "College van burgemeester en wethouders van Dordrecht"
    form.street.setText("Postbus 8")
    form.postcode.setText("3300aa")
    form.city.setText("Dordrecht")
    with qtbot.waitSignal(municipalities.loaded, timeout=10_000):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    row = municipalities.model.row_of_id(dordrecht.id)
    assert municipalities.model.index(row, 3).data() == "Postbus 8, 3300 AA Dordrecht"

    # read everything back from the file, after the desk let go of it
    desk.shutdown()
    with Vault.open(path, PASSPHRASE) as again:
        d = next(m for m in mun.list_municipalities(again) if m.name == "Dordrecht")
        assert d.postal_lines == [
            "College van burgemeester en wethouders van Dordrecht", "Postbus 8", "3300 AA Dordrecht"
        ]
        live = sch.list_schools(again)
        every = sch.list_schools(again, include_archived=True)
        assert len(live) == 3 and len(every) == 4
        assert [s.brin for s in every if s.archived] == ["05JK"]
        assert len(mun.list_municipalities(again)) == 10


def test_typing_again_clears_the_refusal(qtbot, first_run):
    _desk, wizard, _path = first_run
    page = wizard.vault_page
    page.passphrase.setText("kort")
    with qtbot.waitSignal(wizard.refused):
        wizard.next()
    assert page.errors.isVisibleTo(wizard)
    qtbot.keyClicks(page.passphrase, " maar nu lang genoeg")
    assert not page.errors.isVisibleTo(wizard)


def test_a_vault_inside_a_file_is_refused(qtbot, first_run, tmp_path):
    _desk, wizard, _path = first_run
    page = wizard.vault_page
    (tmp_path / "brief.txt").write_text("geen map")
    page.path.setText(str(tmp_path / "brief.txt" / "kluis"))
    page.passphrase.setText(PASSPHRASE)
    page.again.setText(PASSPHRASE)
    with qtbot.waitSignal(wizard.refused) as refused:
        wizard.next()
    assert refused.args[0] == "De map van de kluis is geen map."
    assert wizard.currentPage() is page
    assert (tmp_path / "brief.txt").read_text() == "geen map"
