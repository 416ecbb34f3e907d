""" "Brieven om af te drukken": every stored letter not yet printed, printed as a batch.

The batch runs off the GUI thread with a progress dialog that can cancel it; the letters that
were printed are recorded as printed, the rest stay in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary, letters
from lvs_desktop.services.letters import QueuedLetter
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.letters.i18n import ensure_translator, tr
from lvs_desktop.ui.letters.preview_dialog import LetterPreviewDialog, PreviewItem
from lvs_desktop.ui.letters.printing import PrintJob, choose_printer
from lvs_desktop.ui.widgets import ErrorLabel, RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import error_text, run_job

HEADERS = ("Date", "Case", "Letter", "Recipient", "Status")


class LettersToPrintPage(QWidget):
    """`refreshed` fires after each read; `batch_done(summary)` after a batch."""

    refreshed = Signal()
    batch_done = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_translator()
        self.setObjectName("lettersToPrint")
        self.context = context
        self.rows: list[QueuedLetter] = []
        self.job: PrintJob | None = None
        self.progress: QProgressDialog | None = None
        self.dialog: LetterPreviewDialog | None = None
        title = QLabel(f"<h2>{tr('Letters to print')}</h2>", self)
        self.summary = QLabel(self)
        self.model = RowsModel([tr(h) for h in HEADERS], self)
        self.table = make_table(self.model, self)
        self.table.setObjectName("lettersToPrintTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.doubleClicked.connect(lambda _: self.show_letter())
        self.model.modelReset.connect(lambda: fit_columns(self.table))
        self.select_all_button = QPushButton(tr("Select &all"), self)
        self.show_button = QPushButton(tr("&Show"), self)
        self.print_button = QPushButton(tr("&Print selected…"), self)
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.refresh_button = QPushButton(tr("&Refresh"), self)
        self.errors = ErrorLabel(self)
        buttons = QHBoxLayout()
        for b in (self.select_all_button, self.show_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.show_button.clicked.connect(self.show_letter)
        self.print_button.clicked.connect(self.print_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        context.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, summary: ChangeSummary) -> None:
        if summary.touches("letter"):
            self.refresh()

    def refresh(self) -> None:
        try:
            self.rows = letters.unprinted_letters(self.context.vault)
        except UserError as exc:
            self.errors.show_problems([exc.message])
            return
        self.model.set_rows(
            [
                (
                    fmt_date(x.sent_on),
                    x.reference,
                    x.title,
                    x.recipient_name,
                    tr("Draft (CONCEPT)") if x.draft else "",
                )
                for x in self.rows
            ],
            [x.id for x in self.rows],
        )
        n = len(self.rows)
        self.summary.setText(
            tr("No letters are waiting.") if n == 0 else tr("{n} letter(s) waiting.").format(n=n)
        )
        self._enable()
        self.refreshed.emit()

    def selected(self) -> list[QueuedLetter]:
        return [self.rows[i.row()] for i in sorted(self.table.selectionModel().selectedRows())]

    def _enable(self) -> None:
        chosen = self.selected()
        self.show_button.setEnabled(len(chosen) == 1)
        self.print_button.setEnabled(bool(chosen) and self.job is None)
        self.select_all_button.setEnabled(bool(self.rows))

    def show_letter(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        x = chosen[0]
        vault = self.context.vault
        run_job(
            lambda: letters.letter_pdf(vault, x.id),
            lambda pdf: self._open(x, pdf),
            lambda exc: self.errors.show_problems([error_text(exc)]),
            owner=self,
        )

    def _open(self, x: QueuedLetter, pdf: bytes) -> None:
        item = PreviewItem(x.recipient_name, pdf, letters.file_name(x.reference, x.kind, 1), x.id)
        self.dialog = LetterPreviewDialog([item], self, title=x.title)
        self.dialog.print_requested.connect(lambda _: self._print([x.id]))
        self.dialog.show()

    def print_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self._print([x.id for x in chosen])

    def _print(self, ids: list[str]) -> None:
        printer = choose_printer(self)
        if printer is None:
            return
        self.errors.clear_problems()
        job = PrintJob(self.context.vault, printer, ids, parent=self)
        progress = QProgressDialog(tr("Printing letters…"), tr("Stop"), 0, len(ids), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        job.progress.connect(lambda done, _total: progress.setValue(done))
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        self.job, self.progress = job, progress
        self._enable()
        job.start()

    def _end_batch(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.job = None
        self._enable()

    def _finished(self, summary: ChangeSummary) -> None:
        self._end_batch()
        self.context.report_change(summary)
        self.batch_done.emit(summary)

    def _failed(self, message: str) -> None:
        self._end_batch()
        self.errors.show_problems([message])
