"""Printing letters: choose a printer once, then print a batch off the GUI thread.

`PrintJob` reads each letter's stored bytes from the vault and prints them: on the vector path
(`spool.py`: the PDF itself to a CUPS queue) when the chosen printer is one, else, or when the
queue refuses the first letter, on the raster path (`pdf.print_pdfs`). When done it records
the letters as printed. Progress comes back by signal; `cancel()` stops after the letter being
printed. The printer is chosen in the GUI thread (`choose_printer`); a QPainter over a
QPrinter may be used in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from lvs_desktop.models import UserError
from lvs_desktop.services import letters, print_queue
from lvs_desktop.services.uow import ChangeSummary
from lvs_desktop.store import Vault
from lvs_desktop.ui.letters import spool
from lvs_desktop.ui.letters.i18n import tr
from lvs_desktop.ui.letters.pdf import print_pdfs
from lvs_desktop.ui.worker import Job, JobContext, start_job

log = logging.getLogger(__name__)


def new_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName("LVS-brieven")  # the spooler shows this: no names
    return printer


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """The printer the user picks in the print dialog, or None when cancelled."""
    printer = new_printer()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print letters"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


class PrintJob(QObject):
    """Print stored letters one after the other; emits `progress(done, total)` and then
    `finished(summary)` (the letters printed, recorded in the vault) or `failed(message)`."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        vault: Vault,
        printer: QPrinter,
        letter_ids: Sequence[str],
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault, self.printer, self.letter_ids = vault, printer, list(letter_ids)
        self._now = now
        self._job: Job | None = None
        # Read from the printer here, in the GUI thread that owns it.
        self.spool_options = spool.options_for(printer)
        self.path = "vector" if self.spool_options else "raster"

    def start(self) -> None:
        self._job = start_job(
            self._work,
            self.finished.emit,
            self._job_failed,
            owner=self,
            on_progress=self.progress.emit,
        )

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _work(self, ctx: JobContext) -> ChangeSummary:  # (in the worker thread)
        def step(done: int, total: int) -> bool:
            ctx.report(done, total)
            return not ctx.cancelled()

        if self.spool_options is not None:
            try:
                return print_queue.spool_letters(
                    self.vault, self.letter_ids, self.spool_options, self._now, step
                )[1]
            except print_queue.SpoolRefused as exc:
                if exc.printed:  # the queue took letters before: not a PDF problem
                    raise
                log.warning("print queue refused a PDF; printing as images instead")
                self.path = "raster"
        pdfs = [letters.letter_pdf(self.vault, i) for i in self.letter_ids]
        printed = print_pdfs(self.printer, pdfs, step)
        done = self.letter_ids[:printed]
        return letters.mark_printed(self.vault, done, self._now()) if done else ChangeSummary()

    def _job_failed(self, error: UserError | None) -> None:
        self.failed.emit(
            error.message
            if error
            else tr("Printing failed; the letters are still waiting to be printed.")
        )
