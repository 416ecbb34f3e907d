"""The "RMC en verwijzingen" tab of a case: the outreach phases (history, current phase and
destination), the newcomer marker, and the referrals to partners with their follow-up.

Read on the worker (`SerialRead`); every change that touches these rows, the case or its
youth reads it again. A follow-up that passed without a result shows in red ("over tijd"), as
its task does on the agenda.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary, outreach, referrals
from lvs_desktop.services.outreach import NewcomerMark, OutreachView
from lvs_desktop.services.referrals import ReferralRow
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.outreach.dialogs import (
    NewcomerDialog,
    PhaseDialog,
    ReferralDialog,
    ResultDialog,
)
from lvs_desktop.ui.outreach.texts import tr
from lvs_desktop.ui.widgets import ErrorLabel, RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import SerialRead, error_text, run_job

STEP_HEADERS = ("Date", "Phase", "Destination", "Programme", "Positive", "Note")
REFERRAL_HEADERS = (
    "Date",
    "Partner",
    "Kind",
    "Warm",
    "Consent",
    "Follow-up",
    "Accepted",
    "Result",
)
TABLES = ("outreach_step", "referral", "task", "case_file", "youth", "partner")


@dataclass(frozen=True)
class OutreachRead:
    view: OutreachView
    referrals: list[ReferralRow]
    newcomer: NewcomerMark


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes or no (tests replace this)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def _yes(value: bool | None) -> str:
    return "" if value is None else tr("yes") if value else tr("no")


class CaseOutreachTab(QWidget):
    """`refreshed` fires after each read is shown."""

    refreshed = Signal()

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseOutreachTab")
        self.context, self.case_id = context, case_id
        self.data: OutreachRead | None = None
        self.dialog: FormDialog | None = None
        self._reads = SerialRead(self, self._read, self._got, self._failed)
        self.now = QLabel(self)
        self.now.setObjectName("outreachNow")
        self.newcomer = QLabel(self)
        self.newcomer.setObjectName("outreachNewcomer")
        self.steps = RowsModel([tr(h) for h in STEP_HEADERS], self)
        self.steps_table = make_table(self.steps, self)
        self.steps_table.setObjectName("outreachSteps")
        self.steps.modelReset.connect(lambda: fit_columns(self.steps_table))
        self.refs = RowsModel([tr(h) for h in REFERRAL_HEADERS], self)
        self.refs_table = make_table(self.refs, self)
        self.refs_table.setObjectName("referrals")
        self.refs.modelReset.connect(lambda: fit_columns(self.refs_table))
        self.phase_button = QPushButton(tr("Record &phase…"), self)
        self.phase_button.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.undo_button = QPushButton(tr("Take back last step"), self)
        self.newcomer_button = QPushButton(tr("Ne&wcomer…"), self)
        self.refer_button = QPushButton(tr("&Refer…"), self)
        self.refer_button.setShortcut(QKeySequence("Ctrl+Shift+V"))
        self.result_button = QPushButton(tr("Record re&sult…"), self)
        self.errors = ErrorLabel(self)
        top = QGroupBox(tr("RMC outreach"), self)
        top_layout = QVBoxLayout(top)
        line = QHBoxLayout()
        line.addWidget(self.now, 1)
        line.addWidget(self.newcomer)
        top_layout.addLayout(line)
        top_layout.addWidget(self.steps_table, 1)
        top_layout.addLayout(_row(self.phase_button, self.undo_button, self.newcomer_button))
        bottom = QGroupBox(tr("Referrals and hand-overs"), self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(self.refs_table, 1)
        bottom_layout.addLayout(_row(self.refer_button, self.result_button))
        layout = QVBoxLayout(self)
        layout.addWidget(top, 1)
        layout.addWidget(bottom, 1)
        layout.addWidget(self.errors)
        self.phase_button.clicked.connect(self.record_phase)
        self.undo_button.clicked.connect(self.take_back)
        self.newcomer_button.clicked.connect(self.mark_newcomer)
        self.refer_button.clicked.connect(self.refer)
        self.result_button.clicked.connect(self.record_result)
        context.changed.connect(self._on_changed)
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def _on_changed(self, summary: ChangeSummary) -> None:
        if summary.touches(*TABLES):
            self.refresh()

    def refresh(self) -> None:
        self._reads.ask()

    def _read(self) -> Callable[[], OutreachRead]:
        vault, case_id = self.context.vault, self.case_id

        def read() -> OutreachRead:
            return OutreachRead(
                outreach.outreach_of(vault, case_id),
                referrals.case_referrals(vault, case_id),
                outreach.newcomer_of_case(vault, case_id),
            )

        return read

    def _got(self, data: OutreachRead) -> None:
        self.data = data
        v, today = data.view, self.context.today()
        if not v.steps:
            now = tr("No outreach steps yet.")
        elif v.destination_label:
            now = tr("Now: {phase} → {destination}").format(
                phase=v.current_label, destination=v.destination_label
            )
        else:
            now = tr("Now: {phase}").format(phase=v.current_label)
        if v.programme:
            label = next(s.programme_label for s in v.steps if s.programme == v.programme)
            now += tr(" · programme: {programme}").format(programme=label)
        self.now.setText(now)
        n = data.newcomer
        if n.origin is None:
            self.newcomer.setText(tr("Not marked as newcomer."))
        elif n.arrived_on is None:
            self.newcomer.setText(tr("Newcomer: {origin}").format(origin=n.origin_label))
        else:
            self.newcomer.setText(
                tr("Newcomer: {origin}, arrived {date}").format(
                    origin=n.origin_label, date=fmt_date(n.arrived_on)
                )
            )
        self.steps.set_rows(
            [
                (
                    fmt_date(s.taken_on),
                    s.phase_label,
                    s.destination_label,
                    s.programme_label,
                    tr("yes") if s.positive else "",
                    s.note or "",
                )
                for s in v.steps
            ],
            ids=[s.id for s in v.steps],
        )
        self.refs.set_rows(
            [_referral_cells(r, today) for r in data.referrals],
            ids=[r.id for r in data.referrals],
            red=[r.overdue(today) for r in data.referrals],
        )
        self.undo_button.setEnabled(bool(v.steps))
        self.errors.clear_problems()
        self.refreshed.emit()

    def _failed(self, exc: UserError | None) -> None:
        self.errors.show_problems([error_text(exc)])

    # -- actions ---------------------------------------------------------------------------

    def _open(self, dialog: FormDialog) -> FormDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_phase(self) -> FormDialog:
        return self._open(PhaseDialog(self.context, self.case_id, self))

    def refer(self) -> FormDialog:
        return self._open(ReferralDialog(self.context, self.case_id, self))

    def mark_newcomer(self) -> FormDialog:
        n = self.data.newcomer if self.data else NewcomerMark(None, "", None)
        return self._open(
            NewcomerDialog(self.context, self.case_id, (n.origin, n.arrived_on), self)
        )

    def selected_referral(self) -> ReferralRow | None:
        rows = self.refs_table.selectionModel().selectedRows()
        if not rows or self.data is None:
            return None
        wanted = rows[0].data(RowsModel.IdRole)
        return next((r for r in self.data.referrals if r.id == wanted), None)

    def record_result(self) -> FormDialog | None:
        referral = self.selected_referral()
        if referral is None:
            self.errors.show_problems([tr("Choose a referral in the list first.")])
            return None
        return self._open(ResultDialog(self.context, referral, self))

    def take_back(self) -> None:
        if self.data is None or not self.data.view.steps:
            return
        last = self.data.view.steps[-1]
        question = tr("Take back the step of {date} ({phase})?").format(
            date=fmt_date(last.taken_on), phase=last.phase_label
        )
        if not confirm(self, tr("Take back last step"), question):
            return
        vault, context = self.context.vault, self.context
        run_job(
            lambda: outreach.remove_step(vault, last.id),
            context.report_change,
            lambda exc: self.errors.show_problems([error_text(exc)]),
            owner=self,
        )

    def drop_data(self) -> None:
        self.data = None
        self.steps.clear()
        self.refs.clear()
        self.now.clear()
        self.newcomer.clear()


def _row(*buttons: QPushButton) -> QHBoxLayout:
    line = QHBoxLayout()
    for b in buttons:
        line.addWidget(b)
    line.addStretch(1)
    return line


def _referral_cells(r: ReferralRow, today: date) -> tuple[str, ...]:
    if r.follow_up_on is None:
        follow = ""
    elif r.overdue(today):
        follow = tr("{date} OVERDUE").format(date=fmt_date(r.follow_up_on))
    else:
        follow = fmt_date(r.follow_up_on)
    result = (
        tr("{label} on {date}").format(label=r.result_label, date=fmt_date(r.result_on))
        if r.result_on
        else ""
    )
    if r.result:
        result += f": {r.result}"
    consent = f"{r.consent_label}, {fmt_date(r.consent_on)}"
    return (
        fmt_date(r.referred_on),
        r.partner_name,
        r.partner_kind,
        tr("yes") if r.warm else "",
        consent,
        follow,
        _yes(r.accepted),
        result,
    )
