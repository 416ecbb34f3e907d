"""The letters tab of a case: its letters, a new letter, show, print, save as, finalise a PV,
and record a response to a letter sent (issue 11, defect 4)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary, letters
from lvs_desktop.services.letters import StoredLetter
from lvs_desktop.ui.casework_texts import tr as casework_tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date, fmt_datetime
from lvs_desktop.ui.letters.i18n import ensure_translator, tr
from lvs_desktop.ui.letters.new_letter import NewLetterDialog, problems_of
from lvs_desktop.ui.letters.preview_dialog import LetterPreviewDialog, PreviewItem, ask_save_path
from lvs_desktop.ui.letters.printing import PrintJob, choose_printer
from lvs_desktop.ui.letters.response_dialog import ResponseDialog
from lvs_desktop.ui.widgets import ErrorLabel, RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import SerialRead, run_job

HEADERS = ("Date", "Letter", "Recipient", "Printed", "Status")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes or no (tests replace this)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def status_text(x: StoredLetter) -> str:
    if x.void_reason is not None:
        return casework_tr("VOIDED: {reason}").format(reason=x.void_reason)
    if x.draft:
        return tr("Draft (CONCEPT)")
    if x.kind == letters.PV_KIND:
        return tr("Finalised")
    return ""


class CaseLettersTab(QWidget):
    """`refreshed` fires after each read of the case's letters (on the worker) is shown."""

    refreshed = Signal()

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_translator()
        self.setObjectName("caseLettersTab")
        self.context, self.case_id = context, case_id
        self.rows: list[StoredLetter] = []
        self.reference = ""
        self.is_loaded = False
        self._reads = SerialRead(self, self._letters_read, self._got, self._failed)
        self.dialog: QWidget | None = None
        self.print_job: PrintJob | None = None
        self.model = RowsModel([tr(h) for h in HEADERS], self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("caseLetters")
        self.table.doubleClicked.connect(lambda _: self.show_letter())
        self.model.modelReset.connect(lambda: fit_columns(self.table))
        self.new_button = QPushButton(tr("&New letter…"), self)
        self.new_button.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.show_button = QPushButton(tr("&Show"), self)
        self.print_button = QPushButton(tr("&Print…"), self)
        self.save_button = QPushButton(tr("Save &as…"), self)
        self.finalise_button = QPushButton(tr("&Finalise PV…"), self)
        self.response_button = QPushButton(tr("&Response…"), self)
        self.response_button.setToolTip(tr("Record whether the recipient responded to this letter"))
        self.errors = ErrorLabel(self)
        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.show_button,
            self.print_button,
            self.save_button,
            self.finalise_button,
            self.response_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        self.new_button.clicked.connect(self.new_letter)
        self.show_button.clicked.connect(self.show_letter)
        self.print_button.clicked.connect(self.print_letter)
        self.save_button.clicked.connect(self.save_letter)
        self.finalise_button.clicked.connect(self.finalise)
        self.response_button.clicked.connect(self.record_response)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        context.changed.connect(self._on_changed)
        self._enable()
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def _on_changed(self, summary: ChangeSummary) -> None:
        if summary.touches("letter", "case_file", "youth", "guardian"):
            self.refresh()

    def refresh(self) -> None:
        """Read the case's letters on the worker; `refreshed` follows once they are shown."""
        self._reads.ask()

    def _letters_read(self) -> Callable[[], tuple[list[StoredLetter], str]]:
        vault, case_id, reference = self.context.vault, self.case_id, self.reference

        def read() -> tuple[list[StoredLetter], str]:
            rows = letters.case_letters(vault, case_id)
            return rows, reference or letters.case_reference(vault, case_id)

        return read

    def _got(self, result: tuple[list[StoredLetter], str]) -> None:
        self.rows, self.reference = result
        self.is_loaded = True
        self.model.set_rows(
            [
                (
                    fmt_date(x.sent_on),
                    x.title,
                    x.recipient_name,
                    fmt_datetime(x.printed_at) if x.printed_at else tr("not yet"),
                    status_text(x),
                )
                for x in self.rows
            ],
            [x.id for x in self.rows],
            struck=[x.void_reason is not None for x in self.rows],
        )
        self._enable()
        self.refreshed.emit()

    def selected(self) -> StoredLetter | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _enable(self) -> None:
        self.new_button.setEnabled(self.is_loaded)  # its title needs the case's reference
        x = self.selected()
        for b in (self.show_button, self.print_button, self.save_button):
            b.setEnabled(x is not None)
        self.finalise_button.setEnabled(x is not None and x.kind == letters.PV_KIND and x.draft)
        self.response_button.setEnabled(
            x is not None and not x.draft and x.void_reason is None and x.kind != letters.PV_KIND
        )

    # -- actions ---------------------------------------------------------------------------

    def new_letter(self) -> NewLetterDialog:
        dialog = NewLetterDialog(self.context, self.case_id, self.reference, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _item(self, x: StoredLetter, pdf: bytes) -> PreviewItem:
        return PreviewItem(x.recipient_name, pdf, letters.file_name(x.reference, x.kind, 1), x.id)

    def show_letter(self) -> None:
        x = self.selected()
        if x is None:
            return
        vault = self.context.vault
        run_job(
            lambda: letters.letter_pdf(vault, x.id),
            lambda pdf: self._open(x, pdf),
            self._failed,
            owner=self,
        )

    def _open(self, x: StoredLetter, pdf: bytes) -> None:
        dialog = LetterPreviewDialog([self._item(x, pdf)], self, title=x.title)
        dialog.print_requested.connect(lambda _: self._print([x.id]))
        dialog.saved.connect(lambda *_: self._record_saved(x.id))
        self.dialog = dialog
        dialog.show()

    def print_letter(self) -> None:
        x = self.selected()
        if x is not None:
            self._print([x.id])

    def _print(self, ids: list[str]) -> None:
        printer = choose_printer(self)
        if printer is None:
            return
        job = PrintJob(self.context.vault, printer, ids, parent=self)
        job.finished.connect(self.context.report_change)
        job.failed.connect(lambda message: self.errors.show_problems([message]))
        self.print_job = job
        job.start()

    def save_letter(self) -> None:
        x = self.selected()
        if x is None:
            return
        path = ask_save_path(self, letters.file_name(x.reference, x.kind, 1))
        if path is None:
            return
        vault, letter_id = self.context.vault, x.id

        def write() -> None:
            pdf = letters.letter_pdf(vault, letter_id)
            try:
                path.write_bytes(pdf)
            except OSError as exc:
                raise UserError(str(exc.strerror or exc)) from exc

        run_job(write, lambda _: self._record_saved(letter_id), self._failed, owner=self)

    def _record_saved(self, letter_id: str) -> None:
        vault = self.context.vault
        run_job(lambda: letters.record_saved(vault, letter_id), owner=self)
        self.context.message.emit(tr("Letter saved as a file."))

    def finalise(self) -> None:
        x = self.selected()
        if x is None or x.kind != letters.PV_KIND or not x.draft:
            return
        question = tr(
            "A finalised proces-verbaal can no longer be changed or drawn again. "
            "Finalise it now, dated today?"
        )
        if not confirm(self, tr("Finalise PV"), question):
            return
        vault, today = self.context.vault, self.context.today()
        run_job(
            lambda: letters.finalise_pv(vault, x.id, today),
            self.context.report_change,
            self._failed,
            owner=self,
        )

    def record_response(self) -> ResponseDialog | None:
        x = self.selected()
        if x is None:
            return None
        dialog = ResponseDialog(self.context, self.case_id, x.id, self)
        self.dialog = dialog
        dialog.show()
        return dialog

    def _failed(self, exc: UserError | None) -> None:
        self.errors.show_problems(problems_of(exc))
