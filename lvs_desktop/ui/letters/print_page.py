""" "Brieven om af te drukken": every stored letter not yet printed or not yet posted.

Letters to one address share an envelope number and print one after the other. The batch runs
off the GUI thread with a progress dialog that can cancel it; the letters that were printed are
recorded as printed, the rest stay waiting. A printed letter can be printed again (nothing new
is stored) and is marked as posted, with the date, once it is in the post.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary, letters, print_queue
from lvs_desktop.services.print_queue import QueueEntry
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.letters.i18n import ensure_translator, tr
from lvs_desktop.ui.letters.preview_dialog import LetterPreviewDialog, PreviewItem
from lvs_desktop.ui.letters.printing import PrintJob, choose_printer
from lvs_desktop.ui.widgets import ErrorLabel, RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import SerialRead, error_text, run_job

HEADERS = ("Envelope", "Date", "Case", "Letter", "Recipient", "Status")


class LettersToPrintPage(QWidget):
    """`refreshed` fires after each read (on the worker) is shown; `batch_done(summary)` after
    a batch; `posted(summary)` once a posting date is recorded."""

    refreshed = Signal()
    batch_done = Signal(object)
    posted = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_translator()
        self.setObjectName("lettersToPrint")
        self.context = context
        self.rows: list[QueueEntry] = []
        self.is_loaded = False
        self._reads = SerialRead(self, self._queue_read, self._got, self._read_failed)
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
        self.posted_button = QPushButton(tr("&Mark as posted…"), self)
        self.refresh_button = QPushButton(tr("&Refresh"), self)
        self.errors = ErrorLabel(self)
        buttons = QHBoxLayout()
        for b in (self.select_all_button, self.show_button, self.print_button, self.posted_button):
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
        self.posted_button.clicked.connect(self.ask_posted)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        context.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, summary: ChangeSummary) -> None:
        if summary.touches("letter"):
            self.refresh()

    def refresh(self) -> None:
        """Read the queue on the worker; `refreshed` follows once it is shown."""
        self._reads.ask()

    def _queue_read(self) -> Callable[[], list[QueueEntry]]:
        vault = self.context.vault
        return lambda: print_queue.print_queue(vault)

    def _read_failed(self, exc: UserError | None) -> None:
        self.errors.show_problems([error_text(exc)])

    def _got(self, rows: list[QueueEntry]) -> None:
        self.rows = rows
        self.is_loaded = True
        self.model.set_rows(
            [
                (
                    str(x.household),
                    fmt_date(x.letter_date),
                    x.reference,
                    x.title,
                    x.recipient_name,
                    self._status(x),
                )
                for x in self.rows
            ],
            [x.id for x in self.rows],
        )
        waiting = sum(not x.printed for x in self.rows)
        to_post = len(self.rows) - waiting
        self.summary.setText(
            tr("No letters are waiting.")
            if not self.rows
            else tr("{n} letter(s) to print, {m} printed and not yet posted.").format(
                n=waiting, m=to_post
            )
        )
        self._enable()
        self.refreshed.emit()

    @staticmethod
    def _status(x: QueueEntry) -> str:
        if x.draft:
            return tr("Draft (CONCEPT)")
        return tr("Printed, to post") if x.printed else tr("To print")

    def selected(self) -> list[QueueEntry]:
        return [self.rows[i.row()] for i in sorted(self.table.selectionModel().selectedRows())]

    def _enable(self) -> None:
        chosen = self.selected()
        self.show_button.setEnabled(len(chosen) == 1)
        self.print_button.setEnabled(bool(chosen) and self.job is None)
        self.posted_button.setEnabled(bool(chosen) and all(x.printed for x in chosen))
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

    def _open(self, x: QueueEntry, pdf: bytes) -> None:
        item = PreviewItem(x.recipient_name, pdf, letters.file_name(x.reference, x.kind, 1), x.id)
        self.dialog = LetterPreviewDialog([item], self, title=x.title)
        self.dialog.print_requested.connect(lambda _: self._print([x.id]))
        self.dialog.show()

    def print_selected(self) -> None:
        chosen = self.selected()
        if chosen:
            self._print(print_queue.in_print_order(self.rows, (x.id for x in chosen)))

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

    def ask_posted(self) -> PostedDialog | None:
        """Ask the date the chosen printed letters went into the post, then record it."""
        chosen = [x.id for x in self.selected() if x.printed]
        if not chosen:
            return None
        dialog = PostedDialog(self.context.today(), self)
        dialog.accepted.connect(lambda: self.mark_posted(chosen, dialog.posted_on()))
        dialog.open()
        return dialog

    def mark_posted(self, ids: list[str], on: date) -> None:
        """Record the posting date on the worker (the button waits); errors in Dutch below."""
        vault, today = self.context.vault, self.context.today()
        self.posted_button.setEnabled(False)
        run_job(
            lambda: print_queue.mark_posted(vault, ids, on, today),
            self._marked,
            self._mark_failed,
            owner=self,
        )

    def _marked(self, summary: ChangeSummary) -> None:
        self.errors.clear_problems()
        self._enable()
        self.context.report_change(summary)
        self.posted.emit(summary)

    def _mark_failed(self, exc: UserError | None) -> None:
        self._enable()
        self.errors.show_problems([error_text(exc)])

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


class PostedDialog(QDialog):
    """The date a batch of printed letters went into the post (today unless changed)."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mark as posted"))
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        form = QFormLayout(self)
        form.addRow(tr("Posted on"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.date.setFocus()

    def posted_on(self) -> date:
        return self.date.date().toPython()  # type: ignore[no-any-return]
