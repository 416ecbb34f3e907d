"""Issue 11 in the window: the verhoor fields of the contact form, the PV's profile fields in
Settings; read back from the vault (qtbot, offscreen)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from lvs_desktop.models import Contact
from lvs_desktop.services import settings
from lvs_desktop.store import Vault
from tests.conftest import OWNER, PASSPHRASE
from tests.ui.helpers import wait_loaded

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "letters"))
from letter_vault import make_letter_case


def _desk_with_case(open_desk, vault_path, qtbot):  # type: ignore[no-untyped-def]
    vault = Vault.create(vault_path, PASSPHRASE, OWNER)
    case = make_letter_case(vault)
    vault.lock()
    driver = open_desk(vault_path, PASSPHRASE)
    window = driver.unlock()
    window.show_case(case.case_id)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=20_000)
    return driver, window, case


def test_a_verhoor_is_recorded_with_its_suspect_from_the_contact_form(qtbot, open_desk, vault_path):  # type: ignore[no-untyped-def]
    driver, window, _case = _desk_with_case(open_desk, vault_path, qtbot)
    window.act_contact.trigger()
    dialog = wait_loaded(qtbot, window.dialog)
    assert not dialog.verhoor.isVisibleTo(dialog)  # only for a verhoor
    dialog.mode.set_code("office")
    dialog.summary.setPlainText("Verhoor op kantoor.")
    dialog.interrogation.setChecked(True)
    assert dialog.verhoor.isVisibleTo(dialog)
    assert dialog.verhoor.title() == "Verhoor"  # Dutch
    # The caution is one of the verhoor's fields: inside the group, above the suspicion.
    assert dialog.cautie.parent() is dialog.verhoor and dialog.cautie.isVisibleTo(dialog)
    assert dialog.cautie.text() == "De cautie is gegeven"
    assert dialog.cautie.geometry().top() < dialog.verhoor.explained.geometry().top()
    dialog.cautie.setChecked(True)
    box = dialog.verhoor
    labels = [box.heard.itemText(i) for i in range(box.heard.count())]
    assert labels[1] == "Daan Pieter van den Berg (de leerling)"
    assert "Fatma Yıldız (ouder)" in labels
    # Nothing about who was heard: the service refuses, in Dutch, and nothing is stored.
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as refused:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert any("wie er is gehoord" in p for p in refused.args[0])
    box.heard.setCurrentIndex(1)
    box.explained.setChecked(True)
    box.counsel.setCurrentIndex(box.counsel.findData("present"))
    assert box.counsel_name.isVisibleTo(box)
    box.counsel_name.setText("mr. A. de Wit")
    box.interpreter.setText("Turks, mevrouw E. Kaya")
    box.statement.setPlainText("Ik ga voortaan elke dag.")
    box.read_back.setChecked(True)
    box.signature.setCurrentIndex(box.signature.findData("refused"))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    vault = driver.desk.vault
    with vault.session() as s:
        c = s.scalars(select(Contact).where(Contact.statement == "Ik ga voortaan elke dag.")).one()
        assert (c.heard_role, c.heard_guardian_id, c.counsel, c.counsel_name) == (
            "youth",
            None,
            "present",
            "mr. A. de Wit",
        )
        assert (c.interpreter, c.read_back, c.signature, c.suspicion_explained) == (
            "Turks, mevrouw E. Kaya",
            True,
            "refused",
            True,
        )
        assert c.consultant_id == vault.owner_id  # who held it


def test_the_profile_holds_eed_akte_and_appointment_for_the_pv(qtbot, open_desk, vault_path):  # type: ignore[no-untyped-def]
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    driver = open_desk(vault_path, PASSPHRASE)
    window = driver.unlock()
    page = window.settings
    window.nav.setCurrentRow(5)
    qtbot.waitUntil(lambda: page.current is not None)
    page.akte_number.setText("AK-2024-0031")
    page.sworn.setCurrentIndex(page.sworn.findData("belofte"))
    page.appointed_by.setText("het college van burgemeester en wethouders van Dordrecht")
    page.appointed_on.setText("31-02-2024")
    page.save_button.click()
    assert "geen geldige datum" in page.errors.text()  # nothing saved
    assert settings.get_profile(driver.desk.vault).akte_number is None
    page.appointed_on.setText("01-03-2024")
    page.pv_article.setText("artikel 4a juncto artikel 26, tweede lid, Leerplichtwet 1969")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        page.save_button.click()
    vault = driver.desk.vault
    p = settings.get_profile(vault)
    assert (p.akte_number, p.sworn_by, p.appointed_on) == (
        "AK-2024-0031",
        "belofte",
        date(2024, 3, 1),
    )
    assert p.appointed_by == "het college van burgemeester en wethouders van Dordrecht"
    assert settings.get_pv_article(vault).startswith("artikel 4a juncto artikel 26")
