"""Printing letters: choose a printer once, then print a batch off the GUI thread.

`PrintJob` reads each letter's stored bytes from the vault, prints it (`pdf.print_pdfs`) and,
when done, records the letters as printed. Progress comes back by signal; `cancel()` stops
after the letter being printed. The printer is chosen in the GUI thread (`choose_printer`);
a QPainter over a QPrinter may be used in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from lvs_desktop.models import UserError
from lvs_desktop.services import letters
from lvs_desktop.services.uow import ChangeSummary
from lvs_desktop.store import Vault
from lvs_desktop.ui.letters.i18n import tr
from lvs_desktop.ui.letters.pdf import print_pdfs

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


class _Runner(QRunnable):
    def __init__(self, job: PrintJob) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job

    def run(self) -> None:
        self._job.run()


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
        self._cancelled = False

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        self._cancelled = True

    def _step(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._cancelled

    def run(self) -> None:
        try:
            pdfs = [letters.letter_pdf(self.vault, i) for i in self.letter_ids]
            printed = print_pdfs(self.printer, pdfs, self._step)
            done = self.letter_ids[:printed]
            summary = (
                letters.mark_printed(self.vault, done, self._now()) if done else ChangeSummary()
            )
        except UserError as exc:
            self.failed.emit(exc.message)
        except Exception:
            log.exception("printing letters failed")  # no personal data in the log
            self.failed.emit(tr("Printing failed; the letters are still waiting to be printed."))
        else:
            self.finished.emit(summary)
