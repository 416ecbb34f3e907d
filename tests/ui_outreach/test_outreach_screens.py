"""The "RMC en verwijzingen" tab driven with qtbot on a desk over a real vault: a referral
refused without consent (Dutch, nothing stored), a warm hand-over whose follow-up passed
(red in the tab, overdue on the agenda), the result, and an outreach phase; read back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from lvs_desktop.models import OutreachStep, Referral, Task, Youth
from lvs_desktop.services import outreach
from lvs_desktop.store import Vault
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.outreach import case_tab
from lvs_desktop.ui.outreach.case_tab import CaseOutreachTab
from lvs_desktop.ui.outreach.dialogs import (
    NewcomerDialog,
    PhaseDialog,
    ReferralDialog,
    ResultDialog,
)
from tests.builders import TODAY
from tests.outreach.outreach_vault import build_outreach
from tests.ui_outcomes.conftest import window

SENT, FOLLOW_UP = TODAY - timedelta(days=20), TODAY - timedelta(days=6)


def _loaded(qtbot, dialog: FormDialog) -> FormDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=20_000)
    return dialog


def _save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_referral_form_consent_overdue_follow_up_on_the_agenda_and_result(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, open_desk
) -> None:
    sem = build_outreach(vault)
    win = window(open_desk(vault))
    win.show_case(sem.case_id)
    view = win.case_view
    assert view is not None
    tab = view.outreach
    assert isinstance(tab, CaseOutreachTab)
    assert view.tabs.tabText(view.tabs.indexOf(tab)) == "RMC en verwijzingen"
    qtbot.waitUntil(lambda: tab.data is not None, timeout=20_000)
    assert tab.now.text() == "Nog geen outreach-stappen."

    dialog = _loaded(qtbot, tab.refer())
    assert isinstance(dialog, ReferralDialog)
    assert dialog.windowTitle() == "Verwijzen naar een partner"
    dialog.partner.set_code(sem.wijkteam_id)
    dialog.reason.setPlainText("Schulden, geen dagritme")
    dialog.on.set_value(SENT)
    dialog.warm.setChecked(True)
    dialog.follow_up.set_value(FOLLOW_UP)
    assert dialog.consent_by.code() is None  # "(nog geen toestemming)"
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as shown:
        _save(dialog)
    assert any(p.startswith("Zonder toestemming voor het delen") for p in shown.args[0])
    assert dialog.isVisible()
    with win.context.vault.session() as s:
        assert s.scalar(select(func.count()).select_from(Referral)) == 0

    dialog.consent_by.set_code("youth")
    dialog.consent_on.set_value(SENT)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        _save(dialog)
    assert tab.refs.rowCount() == 1
    follow = tab.refs.index(0, 5)
    assert follow.data() == f"{FOLLOW_UP:%d-%m-%Y} over tijd"
    assert tab.refs.data(follow, Qt.ItemDataRole.ForegroundRole) is not None

    agenda = win.agenda
    with qtbot.waitSignal(agenda.loaded, timeout=20_000):
        win.nav.setCurrentRow(1)
    assert agenda.overdue_count() == 1
    assert [e.what for e in agenda.shown] == [
        "Terugkoppeling verwijzing Sociaal Wijkteam Dordrecht-West navragen"
    ]
    assert agenda.summary.text().startswith("Over tijd: 1")

    win.show_case(sem.case_id)
    tab.refs_table.selectRow(0)
    result = _loaded(qtbot, tab.record_result())
    assert isinstance(result, ResultDialog)
    result.result_combo.set_code("help_started")
    result.note.setPlainText("Intake gehad")
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        _save(result)
    assert tab.refs.index(0, 5).data() == f"{FOLLOW_UP:%d-%m-%Y}"
    assert tab.refs.index(0, 7).data().startswith("Hulp of traject gestart op 28-11-2026")
    assert tab.refs.data(tab.refs.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None

    with win.context.vault.session() as s:
        r = s.scalars(select(Referral)).one()
        assert (r.warm, r.consent_by, r.consent_on, r.follow_up_on) == (
            True,
            "youth",
            SENT,
            FOLLOW_UP,
        )
        assert (r.accepted, r.result_code, r.result, r.result_on) == (
            True,
            "help_started",
            "Intake gehad",
            TODAY,
        )
        assert s.get_one(Task, r.task_id).done_on == TODAY


def test_phase_form_records_dated_steps_and_shows_the_current_phase(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, open_desk
) -> None:
    sem = build_outreach(vault)
    win = window(open_desk(vault))
    win.show_case(sem.case_id)
    assert win.case_view is not None
    tab = win.case_view.outreach
    qtbot.waitUntil(lambda: tab.data is not None, timeout=20_000)
    for phase, on, destination in (
        ("in_beeld", date(2025, 6, 2), None),
        ("uitgestroomd", date(2025, 9, 1), "school"),
    ):
        dialog = _loaded(qtbot, tab.record_phase())
        assert isinstance(dialog, PhaseDialog)
        dialog.phase.set_code(phase)
        assert dialog.destination.isEnabled() == (destination is not None)
        dialog.destination.set_code(destination)
        dialog.on.set_value(on)
        with qtbot.waitSignal(tab.refreshed, timeout=20_000):
            _save(dialog)
    assert tab.now.text() == "Nu: Uitgestroomd → School"
    assert [tab.steps.index(r, 1).data() for r in range(2)] == ["In beeld", "Uitgestroomd"]
    assert tab.steps.index(1, 4).data() == "ja"
    with win.context.vault.session() as s:
        steps = s.scalars(select(OutreachStep).order_by(OutreachStep.taken_on)).all()
        assert [(x.phase, x.taken_on, x.destination) for x in steps] == [
            ("in_beeld", date(2025, 6, 2), None),
            ("uitgestroomd", date(2025, 9, 1), "school"),
        ]


def test_newcomer_form_and_taking_back_the_last_step(  # type: ignore[no-untyped-def]
    qtbot, vault: Vault, open_desk, monkeypatch
) -> None:
    sem = build_outreach(vault)
    outreach.set_phase(vault, sem.case_id, "in_beeld", date(2025, 6, 2), today=TODAY)
    outreach.set_phase(vault, sem.case_id, "benaderd", date(2025, 6, 9), today=TODAY)
    win = window(open_desk(vault))
    win.show_case(sem.case_id)
    assert win.case_view is not None
    tab = win.case_view.outreach
    qtbot.waitUntil(lambda: tab.data is not None, timeout=20_000)
    assert tab.newcomer.text() == "Niet gemarkeerd als nieuwkomer."
    dialog = _loaded(qtbot, tab.mark_newcomer())
    assert isinstance(dialog, NewcomerDialog) and dialog.windowTitle() == "Nieuwkomer"
    dialog.arrived.setText("31-02-2026")
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000):
        _save(dialog)
    dialog.origin.set_code("ukraine")
    dialog.arrived.setText("01-03-2026")
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        _save(dialog)
    assert tab.newcomer.text() == "Nieuwkomer: Oekraïne, aangekomen 01-03-2026"

    asked: list[str] = []
    monkeypatch.setattr(case_tab, "confirm", lambda parent, title, text: asked.append(text) or True)
    with qtbot.waitSignal(tab.refreshed, timeout=20_000):
        tab.undo_button.click()
    assert asked == ["De stap van 09-06-2025 (Benaderd) terugnemen?"]
    assert tab.now.text() == "Nu: In beeld"
    with win.context.vault.session() as s:
        y = s.get_one(Youth, sem.youth_id)
        assert (y.newcomer_origin, y.newcomer_arrived_on) == ("ukraine", date(2026, 3, 1))
        live = s.scalars(select(OutreachStep).where(OutreachStep.deleted.is_(False))).all()
        assert [x.phase for x in live] == ["in_beeld"]
