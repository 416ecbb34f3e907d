"""Screenshots of the agenda with done tasks, the task dialogs and the outcome dialogs, on
the open demo window (called by `ui.screenshots`). The steps it records (two tasks closed, a
pending exemption, a PV sent to the OM, a Halt referral) go through the services, into the
temporary demo vault only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QTableView, QWidget

from lvs_desktop.services import decisions, outcomes, tasks
from lvs_desktop.services.caseload import CaseloadFilter, list_cases
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.task import (
    AssignTaskDialog,
    FinishTaskDialog,
    NewTaskDialog,
    NotNeededDialog,
    RescheduleTaskDialog,
    TaskRef,
)
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.screenshots import filled
from lvs_desktop.ui.widgets import RowsModel

Grab = Callable[[QWidget, Path, str], Path]


def shoot_outcomes(
    window: MainWindow, out: Path, grab: Grab, wait_for: Callable[[SignalInstance, int], None]
) -> list[Path]:
    shots: list[Path] = []
    ctx = window.context
    vault, today = ctx.vault, ctx.today()
    agenda = window.agenda
    window.nav.setCurrentRow(1)
    case = list_cases(vault, CaseloadFilter(open_only=True, consultant_id=ctx.owner_id))[0]
    case_id, reference = case.case_id, case.reference
    for what, days, status, note in (
        ("School bellen over het rooster", -6, "done", "Rooster aangepast met de mentor"),
        ("Verwijzing jeugdarts nagaan", -2, "not_needed", "Jeugdarts zocht zelf contact"),
    ):
        made = tasks.add_task(vault, case_id, what, today + timedelta(days=days)).first("task")
        tasks.finish_task(vault, made, status, today, note, today)
    due = today + timedelta(days=3)
    what = "Terugbellen mentor over het rooster"
    task_id = tasks.add_task(vault, case_id, what, due).first("task")
    ref = TaskRef(task_id, reference, what, due)
    agenda.show_box.setCurrentIndex(2)  # all tasks
    wait_for(agenda.loaded, 10_000)
    agenda.later.setChecked(True)
    row = [e.task_id for e in agenda.shown].index(task_id)
    agenda.table.setCurrentIndex(agenda.model.index(row, 0))  # the actions apply to it
    shots.append(grab(window, out, "17b-agenda-alle-taken"))
    agenda.show_box.setCurrentIndex(0)
    wait_for(agenda.loaded, 10_000)
    for name, make in (
        ("17c-taak-gedaan", lambda: FinishTaskDialog(ctx, ref, window)),
        ("17d-taak-niet-nodig", lambda: NotNeededDialog(ctx, ref, window)),
        ("17e-taak-verzetten", lambda: RescheduleTaskDialog(ctx, ref, window)),
        ("17f-taak-toewijzen", lambda: AssignTaskDialog(ctx, ref, window)),
        ("17g-nieuwe-taak", lambda: NewTaskDialog(ctx, case_id, reference, window)),
    ):
        shots.append(_dialog(window, make(), out, name, grab))

    exemption = decisions.record_exemption(
        vault, case_id, ExemptionInput("5a", today - timedelta(days=20))
    ).first("exemption")
    decisions.request_exemption_advice(
        vault, exemption, today - timedelta(days=10), "Samenwerkingsverband Dordrecht", today
    )
    pv = decisions.record_enforcement(
        vault, case_id, EnforcementInput("pv_pupil", today - timedelta(days=30))
    ).first("enforcement")
    outcomes.send_pv_to_om(vault, pv, today - timedelta(days=25), today)
    outcomes.record_om_decision(vault, pv, "dagvaarding", today - timedelta(days=10), None, today)
    halt = decisions.record_enforcement(
        vault, case_id, EnforcementInput("halt", today - timedelta(days=40), halt_hours=6)
    ).first("enforcement")
    window.show_case(case_id)
    view = window.case_view
    assert view is not None
    if view.detail is None:
        wait_for(view.loaded, 60_000)  # the case is read on the worker
    for tab, record, name in (
        ("exemptions", exemption, "21-vrijstelling-besluit"),
        ("enforcements", pv, "22-pv-uitspraak-rechter"),
        ("enforcements", halt, "23-halt-uitkomst"),
    ):
        table = view.findChild(QTableView, f"tab_{tab}")
        assert table is not None
        view.tabs.setCurrentWidget(table)
        model = table.model()
        ids = [model.index(r, 0).data(RowsModel.IdRole) for r in range(model.rowCount())]
        row = ids.index(record)
        table.setCurrentIndex(model.index(row, 0))
        if name == "21-vrijstelling-besluit":
            shots.append(grab(window, out, "21a-dossier-vrijstellingen"))
        key = "decide_exemption" if tab == "exemptions" else "record_outcome"
        dialog = window.outcomes.trigger(key)
        assert dialog is not None
        filled(dialog)
        if name == "22-pv-uitspraak-rechter":
            dialog.choice.set_code("geldboete")  # type: ignore[attr-defined]
            dialog.amount.setText("150,00")  # type: ignore[attr-defined]
        shots.append(_dialog(window, dialog, out, name, grab, shown=True))
    window.close_case_view()
    return shots


def _dialog(
    window: MainWindow, dialog: FormDialog, out: Path, name: str, grab: Grab, shown: bool = False
) -> Path:
    if not shown:
        window._show_dialog(dialog)
    filled(dialog)
    dialog.adjustSize()
    path = grab(dialog, out, name)
    dialog.reject()
    return path
