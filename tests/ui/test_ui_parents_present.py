"""Issue 11, defect 8 in the window: the contact form records which parents were at a
conversation (by guardian id), and the agreements letter follows it; read back (qtbot)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from lvs_desktop.models import Contact
from lvs_desktop.services import letters
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.store import Vault
from tests.conftest import OWNER, PASSPHRASE
from tests.ui.helpers import wait_loaded

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "letters"))
from letter_pdf import full_text
from letter_vault import make_letter_case


def test_parents_present_are_recorded_and_the_absent_parent_is_informed(  # type: ignore[no-untyped-def]
    qtbot, open_desk, vault_path
) -> None:
    vault = Vault.create(vault_path, PASSPHRASE, OWNER)
    case = make_letter_case(vault)  # mother and father with gezag, at two addresses
    vault.lock()
    driver = open_desk(vault_path, PASSPHRASE)
    window = driver.unlock()
    window.show_case(case.case_id)
    qtbot.waitUntil(lambda: window.case_view.detail is not None, timeout=20_000)
    window.act_contact.trigger()
    dialog = wait_loaded(qtbot, window.dialog)
    assert dialog.present_box.isVisibleTo(dialog)  # a conversation
    names = [box.text() for _gid, box in dialog.present]
    assert "Fatma Yıldız" in names and len(names) == 2
    dialog.mode.set_code("office")
    dialog.summary.setPlainText("Gesprek met moeder op kantoor.")
    mother_box = next(box for gid, box in dialog.present if gid == case.mother_id)
    mother_box.setChecked(True)
    dialog.agreements.add_row("Moeder belt de mentor.", "31-12-2099")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    desk_vault = driver.desk.vault
    with desk_vault.session() as s:
        c = s.scalars(
            select(Contact).where(Contact.summary == "Gesprek met moeder op kantoor.")
        ).one()
        assert c.guardians_present == case.mother_id
    drafts = letters.draft_letters(
        desk_vault, case.case_id, LetterRequest("agreements", date.today())
    )
    texts = [full_text(d.pdf) for d in drafts]
    assert sum("U was niet bij dit gesprek" in t for t in texts) == 1  # the father
