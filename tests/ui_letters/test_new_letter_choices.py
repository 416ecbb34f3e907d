"""The new-letter dialog (issue 11 leftovers): a warning's chooser says "Ontvanger", only the PV
and the summons choose a "Verdachte"; a pupil of 16+ agrees per parent that this parent reads
his reasons (a tick per parent, shown only from 16), and the request carries those parents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from letter_vault import LetterVault
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.letters import CaseLettersTab
from lvs_desktop.ui.letters.i18n import ensure_translator
from lvs_desktop.ui.letters.new_letter import NewLetterDialog

Desk = tuple[DeskContext, LetterVault]


@pytest.fixture(autouse=True)
def dutch(qapp: object) -> Iterator[None]:
    """The screens as a Dutch consultant sees them."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    ensure_translator()
    yield
    QLocale.setDefault(before)
    ensure_translator()


def open_dialog(qtbot: QtBot, context: DeskContext, case_id: str) -> NewLetterDialog:
    tab = CaseLettersTab(context, case_id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.is_loaded)  # the letters (and the reference) from the worker
    dialog = tab.new_letter()
    qtbot.waitUntil(lambda: dialog.is_loaded)  # the kinds, suspects and age from the worker
    return dialog


def test_a_warning_chooses_its_recipient_not_a_suspect(qtbot: QtBot, desk: Desk) -> None:
    context, cases = desk
    dialog = open_dialog(qtbot, context, cases.two_addresses.case_id)
    dialog.set_kind("warning")
    assert dialog.suspect.isVisible()
    assert dialog.suspect_label.text() == "Ontvanger"
    dialog.set_kind("proces-verbaal")
    assert dialog.suspect_label.text() == "Verdachte"
    dialog.set_kind("summons")
    assert dialog.suspect_label.text() == "Verdachte"


def test_consent_per_parent_is_offered_from_16(qtbot: QtBot, desk: Desk) -> None:
    context, cases = desk
    young = open_dialog(qtbot, context, cases.two_addresses.case_id)  # 14
    young.set_kind("invitation-1")
    assert not young.consent.isVisible()
    request = young.build_request()
    assert request is not None and request.consent_guardian_ids == frozenset()

    dialog = open_dialog(qtbot, context, cases.sixteen.case_id)  # 16, two parents
    dialog.set_kind("invitation-1")
    assert dialog.consent.isVisible()
    ticks = dialog.consent_parents
    assert set(ticks) == {cases.sixteen.mother_id, cases.sixteen.father_id}
    assert all(box.isVisible() and not box.isChecked() for box in ticks.values())
    title = "De leerling (16+) vindt goed dat deze ouder zijn redenen leest"
    assert dialog.consent.title() == title
    ticks[cases.sixteen.mother_id].setChecked(True)
    request = dialog.build_request()
    assert request is not None
    assert request.consent_guardian_ids == frozenset({cases.sixteen.mother_id})
    assert not request.pupil_consent  # not every parent: only the one ticked
