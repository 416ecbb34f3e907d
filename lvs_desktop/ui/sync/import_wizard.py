"""The import wizard: choose files and the passphrase, check and preview, then import.

Checking (decrypting, verifying, previewing) and importing run on a worker; the wizard shows
progress and can cancel. A sender the vault does not know yet stops the check with its
fingerprint and an "accept" button; nothing is imported before the team lead says so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import sync as service
from lvs_desktop.services.sync import ImportReport, OpenedBundle, Progress, UnknownSignerError
from lvs_desktop.store import Vault
from lvs_desktop.ui.sync.models import preview_model
from lvs_desktop.ui.sync.texts import tr
from lvs_desktop.ui.worker import Job, error_text, start_job


def summary_text(report: ImportReport) -> str:
    c = report.counts
    linked = (
        " " + tr("{count} youth(s) with the same BSN linked.").format(count=len(report.linked))
        if report.linked
        else ""
    )
    return (
        tr(
            "New {new}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, "
            "duplicates {duplicates}."
        ).format(
            new=c.new,
            updated=c.updated,
            unchanged=c.unchanged,
            conflicts=c.conflicts,
            duplicates=c.duplicates,
        )
        + linked
    )


# Text from a bundle (a sender's name, labels) is shown as typed, never as rich text.
PLAIN = Qt.TextFormat.PlainText


class ImportWizard(QDialog):
    """Three steps on one stack: files, preview, import."""

    checked = Signal(object)  # the preview's ImportReport
    imported = Signal(object)  # the import's ImportReport
    failed = Signal(str)
    signer_unknown = Signal(str)  # the fingerprint to compare

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("Import export files"))
        self.resize(820, 560)
        self._bundles: list[OpenedBundle] = []
        self._unknown: UnknownSignerError | None = None
        self._job: Job | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._files_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._progress_page())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(PLAIN)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        layout.addWidget(self.message)

    # -- step 1: files and passphrase --------------------------------------------------

    def _files_page(self) -> QWidget:
        page = QWidget()
        self.files = QListWidget(page)
        choose = QPushButton(tr("Choose files…"), page)
        choose.clicked.connect(self._choose)
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(tr("Transfer passphrase"))
        self.check_button = QPushButton(tr("Check"), page)
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        self.fingerprint = QLabel(page)
        self.fingerprint.setWordWrap(True)
        self.fingerprint.setTextFormat(PLAIN)  # the sender's name is the sender's choice
        self.accept_button = QPushButton(tr("Accept this fingerprint"), page)
        self.accept_button.clicked.connect(self.accept_signer)
        self.fingerprint.hide()
        self.accept_button.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.files)
        row = QHBoxLayout()
        row.addWidget(choose)
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.accept_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Import export files"), "", tr("Export files (*.lvsbundle)")
        )
        if paths:
            self.set_files([Path(p) for p in paths])

    def set_files(self, paths: list[Path]) -> None:
        self.files.clear()
        for path in paths:
            self.files.addItem(str(path))

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def check(self) -> None:
        paths, passphrase = self.paths(), self.passphrase.text()
        if not paths:
            self._fail(tr("Choose one or more export files."))
            return
        self._busy(tr("Checking the files…"))
        vault = self.vault

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Any:
            bundles = service.open_bundles(vault, paths, passphrase)
            return bundles, service.preview_import(vault, bundles, progress=progress)

        self._run(work, self._checked)

    def accept_signer(self) -> None:
        unknown, vault = self._unknown, self.vault
        if unknown is None:
            return
        self.fingerprint.hide()
        self.accept_button.hide()
        self._busy(tr("Checking the files…"))
        self._run(lambda progress, cancelled: service.accept_signer(vault, unknown), self._accepted)

    def _accepted(self, _summary: object) -> None:
        self._unknown = None
        self.check()

    def _checked(self, result: tuple[list[OpenedBundle], ImportReport]) -> None:
        self._bundles, report = result
        self.preview.set_rows(report.records)
        self.summary.setText(
            summary_text(report) + " " + tr("Nothing was changed yet: this is a preview.")
        )
        self.warnings.setText("\n".join(report.warnings))
        self.stack.setCurrentIndex(1)
        self._idle("")
        self.checked.emit(report)

    # -- step 2: preview ---------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(PLAIN)
        self.warnings = QLabel(page)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(PLAIN)
        self.warnings.setStyleSheet("color: #8a5300;")
        self.preview = preview_model()
        self.preview_view = QTableView(page)
        self.preview_view.setModel(self.preview)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        back = QPushButton(tr("Back"), page)
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.import_button = QPushButton(tr("Import now"), page)
        self.import_button.clicked.connect(self.apply)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.preview_view, 1)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        return page

    def apply(self) -> None:
        bundles, vault = self._bundles, self.vault
        self.stack.setCurrentIndex(2)
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.close_button.hide()
        self._busy(tr("Importing…"))

        def work(progress: Progress, cancelled: Callable[[], bool]) -> Any:
            return service.apply_import(vault, bundles, progress=progress, cancelled=cancelled)

        self._run(work, self._imported)

    # -- step 3: import ------------------------------------------------------------------

    def _progress_page(self) -> QWidget:
        page = QWidget()
        self.progress = QProgressBar(page)
        self.outcome = QLabel(page)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(PLAIN)
        self.cancel_button = QPushButton(tr("Cancel"), page)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(tr("Close"), page)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return page

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self.cancel_button.setEnabled(False)

    def _imported(self, report: ImportReport) -> None:
        self.progress.setValue(self.progress.maximum())
        self.outcome.setText(summary_text(report) + " " + tr("Imported. A backup was made first."))
        self.cancel_button.hide()
        self.close_button.show()
        self._idle("")
        self.imported.emit(report)

    # -- plumbing ------------------------------------------------------------------------

    def _run(self, work: Callable[..., Any], on_done: Callable[[Any], None]) -> None:
        self._job = start_job(
            lambda ctx: work(ctx.report, ctx.cancelled),
            on_done,
            self._on_failed,
            owner=self,
            on_progress=self._on_progress,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, error: UserError | None) -> None:
        if isinstance(error, UnknownSignerError):
            self._unknown = error
            self.fingerprint.setText(
                error.message
                + "\n"
                + tr("Compare the fingerprint with the consultant (by phone) before you accept it.")
            )
            self.fingerprint.show()
            self.accept_button.show()
            self.stack.setCurrentIndex(0)
            self._idle("")
            self.signer_unknown.emit(error.fingerprint)
            return
        if self.stack.currentIndex() == 2:
            self.stack.setCurrentIndex(1)
        self._fail(error_text(error))

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("")
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.message.setText(text)
        for button in (self.check_button, self.import_button):
            button.setEnabled(True)

    def _fail(self, text: str) -> None:
        self._idle(text)
        self.message.setStyleSheet("color: #b00020;")
        self.failed.emit(text)
