"""The import dialog: choose a Verzuimloket download, see the mapping of its columns, the first
lines as mapped and what an import would do (a dry run), then import it.

The file is read and previewed on the worker; nothing is stored until "Inlezen". Refused
lines are listed with their number and reason (no personal data), as the CLI prints them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import intake
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.intake.mapping_dialog import MappingDialog
from lvs_desktop.ui.intake.texts import tr
from lvs_desktop.ui.widgets import ErrorLabel, RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import JobContext, error_text, run_job, start_job


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"Kan het bestand {path.name} niet lezen.") from exc


class ImportDialog(QDialog):
    """`previewed` once a preview is shown (or refused); `imported(ImportResult)` after."""

    previewed = Signal()
    imported = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakeImportDialog")
        self.setWindowTitle(tr("Import absence reports"))
        self.context = context
        self.path: Path | None = None
        self.data: bytes | None = None
        self.preview: intake.Preview | None = None
        self.file_label = QLabel(tr("No file chosen."), self)
        self.choose_button = QPushButton(tr("Choose &file…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.profile = QComboBox(self)
        self.profile.addItem(tr("(automatic)"), None)
        self.profile.currentIndexChanged.connect(lambda _i: self._preview())
        self.map_button = QPushButton(tr("Map the &columns…"), self)
        self.map_button.setEnabled(False)
        self.map_button.clicked.connect(self.map_columns)
        self.mapper: MappingDialog | None = None
        self.mapping_title = QLabel(self)
        self.mapping = RowsModel([tr("Our field"), tr("Column in the file")], self)
        self.mapping_view = make_table(self.mapping, self)
        self.lines_title = QLabel(tr("First lines"), self)
        self.lines_view: QTableView = make_table(RowsModel([], self), self)
        self.counts = QLabel(self)
        self.counts.setObjectName("intakeCounts")
        self.counts.setWordWrap(True)
        self.refused = RowsModel([tr("Line"), tr("Reason")], self)
        self.refused_view = make_table(self.refused, self)
        self.errors = ErrorLabel(self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.import_button = QPushButton(tr("I&mport"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.do_import)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.reject)
        top = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        top.addRow(row)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(self.map_button)
        top.addRow(tr("Profile"), profile_row)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.mapping_title)
        left.addWidget(self.mapping_view)
        right = QVBoxLayout()
        right.addWidget(self.lines_title)
        right.addWidget(self.lines_view, 2)
        right.addWidget(QLabel(tr("Refused lines"), self))
        right.addWidget(self.refused_view, 1)
        tables.addLayout(left, 2)
        tables.addLayout(right, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tables, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.progress)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self.resize(1180, 640)
        run_job(
            lambda: [p.name for p in intake.list_profiles(context.vault)][1:],
            self._profiles_loaded,
            self._failed,
            owner=self,
        )

    def _profiles_loaded(self, names: list[str]) -> None:
        self.profile.blockSignals(True)
        for name in [intake.DEFAULT_NAME, *names]:
            self.profile.addItem(name, name)
        self.profile.blockSignals(False)

    def choose(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Import absence reports"), "", tr("Absence reports (*.csv *.xlsx)")
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Read `path` (on the worker) and show its preview."""
        self.path, self.data = path, None
        self.file_label.setText(path.name)
        self.counts.setText(tr("Reading the file…"))
        run_job(lambda: _read(path), self._file_read, self._failed, owner=self)

    def _file_read(self, data: bytes) -> None:
        self.data = data
        self.map_button.setEnabled(True)
        self._preview()

    def map_columns(self) -> None:
        """Map this file's columns by hand (on the worker: read its header first)."""
        if self.path is None or self.data is None:
            return
        name, data = self.path.name, self.data
        run_job(lambda: intake.file_header(name, data), self._open_mapper, self._failed, owner=self)

    def _open_mapper(self, header: list[str]) -> None:
        start = dict(intake.DEFAULT_COLUMNS)
        if self.preview is not None:  # what the current profile chose
            by_label = {label: f for f, label in intake.FIELDS.items()}
            start = {by_label[label]: column for label, column in self.preview.mapping if column}
        self.mapper = MappingDialog(self.context, header, start, self)
        self.mapper.saved.connect(self._profile_saved)
        self.mapper.show()

    def _profile_saved(self, name: str) -> None:
        if self.profile.findData(name) < 0:
            self.profile.addItem(name, name)
        self.profile.setCurrentIndex(self.profile.findData(name))  # previews with it

    def _preview(self) -> None:
        if self.path is None or self.data is None:
            return
        name, data, profile = self.path.name, self.data, self.profile.currentData()
        vault = self.context.vault
        self.import_button.setEnabled(False)
        run_job(
            lambda: intake.preview_file(vault, name, data, profile),
            self._show_preview,
            self._failed,
            owner=self,
        )

    def _show_preview(self, preview: intake.Preview) -> None:
        self.preview = preview
        self.errors.clear_problems()
        self.mapping_title.setText(
            tr("Mapping of the columns (profile {name})").format(name=preview.profile)
        )
        self.mapping.set_rows(
            [(label, column or tr("(not in the file)")) for label, column in preview.mapping],
            red=[not column for _label, column in preview.mapping],
        )
        lines = RowsModel(preview.fields, self)
        lines.set_rows(preview.first_lines)
        self.lines_view.setModel(lines)
        # "Als u inleest: 10 nieuw, …": the counts only, not the service's own head
        # ("Proefimport, niets opgeslagen: …"), which would glue two sentences together.
        counts = preview.result.summary_line().split(": ", 1)[-1]
        self._show_result(preview.result, tr("If you import: {counts}").format(counts=counts))
        fit_columns(self.mapping_view)
        fit_columns(self.lines_view, cap=180)
        self.import_button.setEnabled(True)
        self.previewed.emit()

    def _show_result(self, result: intake.ImportResult, text: str | None = None) -> None:
        self.counts.setText(text or result.summary_line())
        self.refused.set_rows([(str(r.line), r.reason) for r in result.refused])
        fit_columns(self.refused_view)

    def do_import(self) -> None:
        if self.path is None or self.data is None or self.preview is None:
            return
        name, data, profile = self.path.name, self.data, self.preview.profile
        vault = self.context.vault
        self.import_button.setEnabled(False)
        self.counts.setText(tr("Importing…"))
        self.progress.setValue(0)
        self.progress.show()
        start_job(
            lambda ctx: intake.import_reports(
                vault, [(name, data)], profile=profile, progress=_every_50(ctx)
            ),
            self._imported,
            self._failed,
            owner=self,
            on_progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _imported(self, result: intake.ImportResult) -> None:
        self.progress.hide()
        self._show_result(result)
        if result.changes is not None:
            self.context.report_change(result.changes)
        self.imported.emit(result)

    def _failed(self, exc: Any) -> None:
        self.progress.hide()
        self.errors.show_problems([error_text(exc)])
        self.counts.clear()
        self.import_button.setEnabled(False)
        self.previewed.emit()


def _every_50(ctx: JobContext) -> intake.importer.Progress:
    def report(done: int, total: int) -> None:
        if done % 50 == 0 or done == total:
            ctx.report(done, total)

    return report
