"""Record a response to a letter sent: who responded (or that no response came), on which day.

The PV and the Halt referral say "(niet) gereageerd" only from what is recorded here (issue 11,
defect 4). The dialog reads the case's letters sent on the worker, shows what is recorded for
the chosen one, and records through `services.letter_responses`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary, letter_responses
from lvs_desktop.services.letter_responses import SentLetterRow
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.letters.i18n import tr
from lvs_desktop.ui.widgets import DateField, ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job


class ResponseDialog(QDialog):
    """`loaded` once the letter is read; `recorded` with the change after a response is kept."""

    loaded = Signal()
    recorded = Signal(object)

    def __init__(
        self, context: DeskContext, case_id: str, letter_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterResponseDialog")
        self.setWindowTitle(tr("Record a response"))
        self.context, self.case_id, self.letter_id = context, case_id, letter_id
        self.row: SentLetterRow | None = None
        self.is_loaded = False
        self.letter_label = QLabel(self)
        self.letter_label.setWordWrap(True)
        self.recorded_label = QLabel(self)
        self.recorded_label.setWordWrap(True)
        self.responder = QComboBox(self)
        self.responded = QRadioButton(tr("Responded on"), self)
        self.no_response = QRadioButton(tr("No response, noted on"), self)
        self.responded.setChecked(True)
        self.on = DateField(context.today(), self)
        self.note = QLineEdit(self)
        self.note.setMaxLength(letter_responses.NOTE_MAX)
        self.errors = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Letter"), self.letter_label)
        form.addRow(tr("Recorded"), self.recorded_label)
        form.addRow(tr("Who"), self.responder)
        form.addRow(self.responded)
        form.addRow(self.no_response)
        form.addRow(tr("Date"), self.on)
        form.addRow(tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        vault = context.vault
        run_job(
            lambda: letter_responses.sent_letters(vault, case_id),
            self._got,
            self._failed,
            owner=self,
        )

    def _got(self, rows: list[SentLetterRow]) -> None:
        self.row = next((r for r in rows if r.id == self.letter_id), None)
        self.is_loaded = True
        if self.row is None:
            self.errors.show_problems(
                [tr("This is not a letter sent (a draft or a document for an organisation).")]
            )
        else:
            r = self.row
            self.letter_label.setText(
                tr("{title} of {date}, to {name}").format(
                    title=r.title, date=fmt_date(r.sent_on), name=r.recipient_name
                )
            )
            self.recorded_label.setText(
                "\n".join(x.text for x in r.responses) or tr("nothing recorded yet")
            )
            for who in r.responders:
                self.responder.addItem(who.name, who.id)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.loaded.emit()

    def save(self) -> None:
        if self.row is None:
            return
        problem = self.on.problem(tr("Date"), required=True)
        if problem:
            self.errors.show_problems([problem])
            return
        day = self.on.value()
        assert day is not None  # checked by problem()
        vault, letter_id, today = self.context.vault, self.row.id, self.context.today()
        responded, note = self.responded.isChecked(), self.note.text()
        who = self.responder.currentData()
        run_job(
            lambda: letter_responses.record_response(
                vault,
                letter_id,
                responded=responded,
                on=day,
                today=today,
                responder_id=who,
                note=note,
            ),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, summary: ChangeSummary) -> None:
        self.context.report_change(summary)
        self.recorded.emit(summary)
        self.accept()

    def _failed(self, exc: UserError | None) -> None:
        self.errors.show_problems([error_text(exc)])
