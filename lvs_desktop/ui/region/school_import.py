"""Import DUO's school-location files: choose the files, see what would happen to every line
(new, changed, unchanged, outside the region, refused with its line number and reason), then
apply it in one go.

`load_files(paths)` is what the "Choose files…" button calls after the file dialog, so a test
can drive the import without a native dialog. Reading and comparing run on the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services.region.school_import import (
    OUTCOME_LABELS,
    OUTCOMES,
    ImportLine,
    SchoolImportReport,
    apply_school_import,
    preview_school_import,
)
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.region.table import Column, RegisterModel, RegisterProxy
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.widgets import ErrorLabel, fit_columns, make_table
from lvs_desktop.ui.worker import error_text, start_job

FIELD_LABELS = {
    "name": "name",
    "street": "street",
    "house_number": "house number",
    "postcode": "postcode",
    "city": "town",
    "municipality_id": "municipality",
    "phone": "phone",
    "website": "website",
    "denomination": "denomination",
    "school_type": "type",
}


def preview_model() -> RegisterModel[ImportLine]:
    def what(line: ImportLine) -> str:
        if line.outcome == "changed":
            names = ", ".join(tr(FIELD_LABELS.get(f, f)) for f in line.fields)
            return tr("changed: {fields}").format(fields=names)
        return line.reason

    return RegisterModel(
        [
            Column(tr("Line"), lambda r: str(r.line), sort=lambda r: (r.file, r.line)),
            Column(tr("Outcome"), lambda r: r.outcome_label),
            Column(tr("Location code"), lambda r: r.location_code),
            Column(tr("Name"), lambda r: r.name),
            Column(tr("Reason or fields"), what),
            Column(tr("File"), lambda r: r.file),
        ],
        id_of=lambda r: (r.file, r.line),
        type_of=lambda r: r.outcome,
        red=lambda r: r.outcome == "refused",
    )


class SchoolImportDialog(QDialog):
    """`previewed(report)` when the preview is in, `applied(report)` after the import,
    `failed(message)` when the files cannot be read."""

    previewed = Signal(object)
    applied = Signal(object)
    failed = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolImportDialog")
        self.context = context
        self.paths: list[Path] = []
        self.report: SchoolImportReport | None = None
        self._busy = False
        self.setWindowTitle(tr("Import schools from DUO files"))
        self.setMinimumSize(900, 540)
        intro = QLabel(
            tr(
                'DUO publishes every school location as open data (duo.nl, "Adressen '
                'onderwijsinstellingen"). Choose one or more of those files; first you see '
                "what would change, nothing is saved until you press Import."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.files = QLineEdit(self)
        self.files.setObjectName("importFiles")
        self.files.setReadOnly(True)
        self.files.setPlaceholderText(tr("No file chosen"))
        self.choose_button = QPushButton(tr("&Choose files…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.all_municipalities = QCheckBox(tr("&All municipalities, not only the region's"), self)
        self.all_municipalities.toggled.connect(lambda _: self._preview_again())
        self.counts = QLabel(self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.show_only = QComboBox(self)
        self.show_only.addItem(tr("All lines"), None)
        for outcome in OUTCOMES:
            self.show_only.addItem(OUTCOME_LABELS[outcome], outcome)
        self.show_only.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(school_type=self.show_only.currentData())
        )
        self.model = preview_model()
        self.model.setParent(self)
        self.proxy: RegisterProxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_filter(show_archived=True)
        self.table = make_table(cast(QAbstractTableModel, self.proxy), self)
        self.table.setObjectName("importPreview")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.busy = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.errors = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("applyImport")
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(
            tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        files_label = QLabel(tr("&Files:"), self)
        files_label.setBuddy(self.choose_button)
        row.addWidget(files_label)
        row.addWidget(self.files, 1)
        row.addWidget(self.choose_button)
        show = QHBoxLayout()
        show.addWidget(self.counts, 1)
        show_label = QLabel(tr("S&how:"), self)
        show_label.setBuddy(self.show_only)
        show.addWidget(show_label)
        show.addWidget(self.show_only)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.all_municipalities)
        layout.addLayout(show)
        layout.addWidget(self.table, 1)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy)
        busy_row.addWidget(self.progress)
        busy_row.addStretch(1)
        layout.addLayout(busy_row)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        (self.table if self.report else self.choose_button).setFocus()

    # -- choosing and previewing --------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        """The file dialog (opened, not exec'd: a lock can close it); `load_files` follows."""
        dialog = QFileDialog(
            self,
            tr("Choose DUO files"),
            str(self.paths[0].parent) if self.paths else "",
            tr("DUO files (*.csv *.txt);;All files (*)"),
        )
        dialog.setObjectName("duoFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda chosen: self.load_files([Path(p) for p in chosen]))
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load_files(self, paths: list[Path]) -> None:
        """Preview what importing `paths` would do (on the worker)."""
        self.paths = [Path(p) for p in paths]
        self.files.setText("; ".join(p.name for p in self.paths))
        self._preview_again()

    def _preview_again(self) -> None:
        if not self.paths or self._busy:
            return
        self._start(
            tr("Reading the files…"),
            lambda vault, paths, every, progress: preview_school_import(
                vault, paths, all_municipalities=every, progress=progress
            ),
            self._previewed,
        )

    def _start(self, text: str, fn: Any, done: Any) -> None:
        self._set_busy(text)
        self.errors.clear_problems()
        vault, paths = self.context.vault, list(self.paths)
        every = self.all_municipalities.isChecked()
        self.progress.setRange(0, 0)  # busy until the first file is read
        start_job(
            lambda ctx: fn(vault, paths, every, ctx.report),
            done,
            self._failed,
            owner=self,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _set_busy(self, text: str) -> None:
        self._busy = bool(text)
        self.busy.setText(text)
        self.progress.setVisible(bool(text))
        for w in (self.choose_button, self.all_municipalities, self.close_button):
            w.setEnabled(not text)
        self.import_button.setEnabled(not text and self._can_apply())

    def _can_apply(self) -> bool:
        r = self.report
        return bool(r and not r.applied and (r.count("new") or r.count("changed")))

    def _previewed(self, report: SchoolImportReport) -> None:
        self.report = report
        self._show_report(report)
        self._set_busy("")
        self.counts.setText(
            tr("Preview (nothing saved yet): {counts}.").format(counts=report.counts_line())
        )
        self.table.setFocus()
        self.previewed.emit(report)

    def _show_report(self, report: SchoolImportReport) -> None:
        self.model.set_rows(report.lines)
        fit_columns(self.table, cap=360)
        if report.notes:
            self.errors.show_problems(report.notes)

    # -- applying -------------------------------------------------------------------------

    def apply(self) -> None:
        if not self._can_apply() or self._busy:
            return
        self._start(
            tr("Importing…"),
            lambda vault, paths, every, progress: apply_school_import(
                vault, paths, all_municipalities=every, progress=progress
            ),
            self._applied,
        )

    def _applied(self, report: SchoolImportReport) -> None:
        self.report = report
        self._show_report(report)
        self._set_busy("")
        self.counts.setText(tr("Imported: {counts}.").format(counts=report.counts_line()))
        if report.summary is not None:
            self.context.report_change(report.summary)
        self.close_button.setFocus()
        self.applied.emit(report)

    def _failed(self, exc: UserError | None) -> None:
        self._set_busy("")
        message = error_text(exc)
        self.errors.show_problems([message])
        self.failed.emit(message)
