"""The jaarverslag on the Reports page (issue 13, item 8): "Edit text…" for the chosen table and
"Annual report (PDF)…" for the whole document, with the texts saved per school year and area.

`DocumentActions` adds the two buttons to the page's bar and works through the page's report
(`page.report`, the figure chosen in `page.figures`); reads and writes run on the runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.reports.model import AnnualReport
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services import report_document as service
from lvs_desktop.services.report_document import TableText
from lvs_desktop.ui.prevention.texts import tr
from lvs_desktop.ui.widgets import ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job


class DocumentActions(QObject):
    """The page's jaarverslag buttons. `written(str)` after the PDF was saved; `text_saved`
    (ChangeSummary) after a text; `failed(str)` with the Dutch message."""

    written = Signal(str)
    text_saved = Signal(object)
    failed = Signal(str)

    def __init__(self, page: Any, bar: QHBoxLayout) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: TextDialog | None = None
        self.edit_text = QPushButton(tr("Edit text…"), page)
        self.document = QPushButton(tr("Annual report (PDF)…"), page)
        bar.addWidget(self.edit_text)
        bar.addWidget(self.document)
        self.edit_text.clicked.connect(self.open_text)
        self.document.clicked.connect(self._ask_document)

    def _report(self) -> AnnualReport | None:
        report: AnnualReport | None = self.page.report
        return report

    @Slot()
    def open_text(self) -> TextDialog | None:
        """The text dialog for the table chosen on the page (non-modal; `self.dialog`)."""
        report = self._report()
        index = self.page.figures.currentRow()
        if report is None or not 0 <= index < len(report.tables):
            return None
        self.dialog = TextDialog(self.page.vault, report, report.tables[index].key, self.page)
        self.dialog.saved.connect(self.text_saved.emit)
        self.dialog.show()
        return self.dialog

    def _ask_document(self) -> None:
        report = self._report()
        if report is None:
            return
        suggested = f"jaarverslag-{report.year}-{report.area}.pdf".replace(" ", "-")
        path, _ = QFileDialog.getSaveFileName(
            self.page, tr("Save annual report"), suggested, tr("PDF (*.pdf)")
        )
        if path:
            self.write_document(Path(path))

    def write_document(self, path: Path) -> None:
        """Write the jaarverslag of the shown report, with its saved texts, to `path`."""
        report = self._report()
        if report is None:
            return
        vault = self.page.vault
        self.page.status.setText(tr("Writing…"))

        def write() -> str:
            data = service.document_pdf(vault, report)
            try:
                path.write_bytes(data)
            except OSError as exc:
                raise UserError(f"Kan {path.name} niet schrijven: {exc.strerror}.") from exc
            return str(path)

        run_job(write, self._written, self._failed, self)

    def _written(self, path: str) -> None:
        self.page.status.setText(tr("Saved."))
        self.written.emit(path)

    def _failed(self, exc: UserError | None) -> None:
        message = error_text(exc)
        self.page.status.setText(message)
        self.failed.emit(message)


class TextDialog(QDialog):
    """The text above one table: the saved or generated text to edit, the generated text
    beside it to go back to. `loaded` once the text is read; `saved(ChangeSummary)`."""

    loaded = Signal()
    saved = Signal(object)
    problems_shown = Signal(list)

    def __init__(
        self, vault: Any, report: AnnualReport, table_key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.report, self.table_key = vault, report, table_key
        self.text: TableText | None = None
        table = report.table(table_key)
        self.setWindowTitle(f"{tr('Text above the table')} – {table.title}")
        self.setMinimumSize(560, 360)
        intro = QLabel(
            tr(
                "This text is printed above the table in the annual report of {year} ({area})."
            ).format(year=report.year, area=report.area),
            self,
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setEnabled(False)
        self.generated = QLabel(self)
        self.generated.setWordWrap(True)
        self.generated.setStyleSheet("color: #555555;")
        self.use_generated = QPushButton(tr("Use the generated text"), self)
        self.errors = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.generated, 1)
        row.addWidget(self.use_generated)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.use_generated.clicked.connect(self._generated)
        run_job(lambda: service.table_texts(vault, report), self._loaded, self._refused, self)

    def _loaded(self, texts: list[TableText]) -> None:
        self.text = next(t for t in texts if t.key == self.table_key)
        self.editor.setPlainText(self.text.text)
        self.generated.setText(f"{tr('Generated text')}: {self.text.generated}")
        self.editor.setEnabled(True)
        self.buttons.setEnabled(True)
        self.editor.setFocus()
        self.loaded.emit()

    @Slot()
    def _generated(self) -> None:
        if self.text is not None:
            self.editor.setPlainText(self.text.generated)

    @Slot()
    def submit(self) -> None:
        vault, report, key = self.vault, self.report, self.table_key
        text = self.editor.toPlainText()
        self.buttons.setEnabled(False)
        run_job(
            lambda: service.save_text(vault, report, key, text), self._done, self._refused, self
        )

    def _done(self, summary: ChangeSummary) -> None:
        self.saved.emit(summary)
        self.accept()

    def _refused(self, exc: UserError | None) -> None:
        self.buttons.setEnabled(True)
        problems = [error_text(exc)]
        self.errors.show_problems(problems)
        self.problems_shown.emit(problems)
