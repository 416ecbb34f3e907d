"""The Reports page: the annual figures of a school year beside the two years before it, for
the region or one municipality, as tables and a bar chart per figure; export to PDF and CSV.

Counting runs on the desk's one runner (`ui.worker`) and comes back by signal;
switching municipality or the publication view re-lays the counted figures without a query.
The page holds counts only, never personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.reports.model import AnnualReport
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services import reports as service
from lvs_desktop.store import Vault
from lvs_desktop.ui.prevention.report_document import DocumentActions
from lvs_desktop.ui.reports.chart import ReportChart
from lvs_desktop.ui.reports.table_model import ReportTableModel
from lvs_desktop.ui.reports.vsv_dialog import VsvDialog
from lvs_desktop.ui.worker import run_job


def tr(text: str) -> str:
    """`text` (English source) in the desk's language (translation context "lvs")."""
    return QCoreApplication.translate("lvs", text)


class ReportsPage(QWidget):
    """Year and municipality filters, the list of figures, a table and a chart per figure.

    `report_ready(AnnualReport)` fires whenever the page shows a new report; `failed(str)`
    when counting or exporting failed; `exported(str)` after an export was written.
    """

    report_ready = Signal(object)
    failed = Signal(str)
    exported = Signal(str)

    def __init__(
        self,
        vault: Vault,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.today = today
        self.computed: service.Computed | None = None
        self.report: AnnualReport | None = None
        self.threshold: int | None = None  # with the filters, read when first shown
        self._filters_read = False

        self.year = QComboBox()
        self.year.setAccessibleName(tr("School year"))
        self.year.setMinimumContentsLength(9)  # "2025-2026" whole, however full the bar
        self.year.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(tr("Municipality"))
        self.municipality.setMinimumContentsLength(22)  # a long name is elided, not widening
        self.municipality.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.publish = QCheckBox(tr("For publication (small counts hidden)"))
        self.export_pdf = QPushButton(tr("Export PDF…"))
        self.export_csv = QPushButton(tr("Export CSV…"))
        self.status = QLabel()
        self.status.setWordWrap(True)  # a long message wraps; it never widens the page
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # two rows, so the page fits 1366 px beside the navigation: filters, then actions
        filters = QHBoxLayout()
        for label, widget in (
            (tr("School year:"), self.year),
            (tr("Municipality:"), self.municipality),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.publish)
        filters.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_csv)
        bar.addWidget(self.export_pdf)
        self.document = DocumentActions(self, bar)  # "Tekst bewerken", "Jaarverslag (PDF)"
        self.vsv = QPushButton(tr("VSV figures…"))
        self.vsv.setToolTip(tr("Enter DUO's official early school leavers"))
        self.vsv.clicked.connect(self.open_vsv)

        self.figures = QListWidget()
        self.figures.setAccessibleName(tr("Figures"))
        # a long title wraps onto a second line: at 1366 px none is cut off or scrolled
        self.figures.setWordWrap(True)
        self.figures.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.figures.setResizeMode(QListView.ResizeMode.Adjust)
        self.figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures.setSpacing(2)  # so two wrapped titles do not read as one
        self.model = ReportTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        # the numbers and their change keep their width; the label column takes what is
        # left (a long label is elided, its tooltip whole), so "Verandering" and "%" are
        # always in view beside the years
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAlternatingRowColors(True)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = ReportChart()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 3)
        column.addWidget(self.chart, 3)
        column.addWidget(self.definition)
        column.addWidget(self.vsv, 0, Qt.AlignmentFlag.AlignRight)  # not in the full bar above
        split = QSplitter()
        split.addWidget(self.figures)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([320, 880])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.year.currentIndexChanged.connect(self.refresh)
        self.municipality.currentIndexChanged.connect(self._relayout)
        self.publish.toggled.connect(self._relayout)
        self.figures.currentRowChanged.connect(self._show_figure)
        self.export_pdf.clicked.connect(lambda: self._ask_export("pdf"))
        self.export_csv.clicked.connect(lambda: self._ask_export("csv"))

    def activate(self) -> None:
        """Called when the page is shown: count the figures the first time only, so building
        the window never waits on (or holds the vault for) the annual figures."""
        if not self._filters_read:
            self._filters_read = True
            self._busy(tr("Computing…"))
            vault, today = self.vault, self.today()
            self._run(lambda: _read_filters(vault, today), self._fill_filters)
        elif self.computed is None:
            self.refresh()

    # -- filters and counting ------------------------------------------------------------

    def _fill_filters(self, filters: tuple[list[str], list[str], int]) -> None:
        years, municipalities, self.threshold = filters
        for combo in (self.year, self.municipality):
            combo.blockSignals(True)
        self.year.addItems(years)
        # the last complete school year is what a team lead reports on in autumn
        self.year.setCurrentIndex(1 if len(years) > 1 else 0)
        self.municipality.addItem(tr("Region"), None)
        for name in municipalities:
            self.municipality.addItem(name, name)
        for combo in (self.year, self.municipality):
            combo.blockSignals(False)
        self.refresh()

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        run_job(fn, on_done, self._job_failed, owner=self)

    def _job_failed(self, error: UserError | None) -> None:
        self._failed(error.message if error else tr("The figures could not be computed."))

    @Slot()
    def refresh(self) -> None:
        """Count the figures of the chosen year (on a worker) and show them."""
        year = self.year.currentText()
        if not year:
            return
        self._busy(tr("Computing…"))
        as_of = self.today()
        self._run(lambda: service.compute_figures(self.vault, year, as_of=as_of), self._computed)

    def _computed(self, computed: service.Computed) -> None:
        self.computed = computed
        self._relayout()

    @Slot()
    def _relayout(self) -> None:
        if self.computed is None:
            return
        year = self.computed.window.years[-1]
        assert self.threshold is not None  # (read with the filters, before any count)
        try:
            report = service.report_from(
                self.computed,
                year,
                self.municipality.currentData(),
                publish=self.publish.isChecked(),
                threshold=self.threshold,
            )
        except UserError as exc:
            self._failed(exc.message)
            return
        self._show(report)

    def _show(self, report: AnnualReport) -> None:
        self.report = report
        current = max(0, self.figures.currentRow())
        self.figures.blockSignals(True)
        self.figures.clear()
        for table in report.tables:
            self.figures.addItem(table.title)
            self.figures.item(self.figures.count() - 1).setToolTip(table.section)
        self.figures.blockSignals(False)
        self.figures.setCurrentRow(min(current, len(report.tables) - 1))
        self._show_figure(self.figures.currentRow())
        self._busy("")
        self.report_ready.emit(report)

    @Slot(int)
    def _show_figure(self, index: int) -> None:
        if self.report is None or not 0 <= index < len(self.report.tables):
            self.model.set_table(None, (), 0)
            self.chart.show_table(None, ())
            return
        table = self.report.tables[index]
        self.model.set_table(table, self.report.years, self.report.threshold)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart.show_table(table, self.report.years)
        secondary = any(any(r.secondary) for r in table.rows if r.secondary)
        self.definition.setText(
            table.definition + (f"\n{service.SECONDARY_NOTE}" if secondary else "")
        )

    @Slot()
    def open_vsv(self) -> VsvDialog:
        """The VSV form over the page's years and municipalities; a save recounts."""
        years = [self.year.itemText(i) for i in range(self.year.count())]
        if years:  # DUO's figure of the year before the oldest shows in the oldest
            start = int(years[-1][:4]) - 1
            years.append(f"{start}-{start + 1}")
        names = [self.municipality.itemText(i) for i in range(1, self.municipality.count())]
        dialog = VsvDialog(self.vault, years, names, self)
        dialog.saved.connect(self._vsv_saved)
        dialog.open()
        return dialog

    def _vsv_saved(self, summary: ChangeSummary) -> None:
        self.refresh()
        self.status.setText(summary.message)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        for widget in (self.export_pdf, self.export_csv, self.year):
            widget.setEnabled(not text)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._busy("")
        self.status.setText(message)
        self.failed.emit(message)

    # -- export ----------------------------------------------------------------------------

    def _ask_export(self, fmt: str) -> None:
        if self.report is None:
            return
        suggested = f"jaarcijfers-{self.report.year}-{self.report.area}.{fmt}".replace(" ", "-")
        filters = {"pdf": tr("PDF (*.pdf)"), "csv": tr("CSV (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, tr("Export figures"), suggested, filters[fmt])
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the shown report to `path` as "pdf" or "csv" (on a worker)."""
        report = self.report
        if report is None:
            return
        self._busy(tr("Exporting…"))

        def write() -> str:
            try:
                path.write_bytes(service.render(report, fmt))
            except OSError as exc:
                raise UserError(f"Kan {path.name} niet schrijven: {exc.strerror}.") from exc
            return str(path)

        self._run(write, self._written)

    def _written(self, path: str) -> None:
        self._busy("")
        self.status.setText(tr("Saved."))
        self.exported.emit(path)


def _read_filters(vault: Vault, today: date) -> tuple[list[str], list[str], int]:
    """The school years, the municipalities and the publication threshold (on the worker)."""
    return (
        service.available_years(vault, today),
        list(service.municipalities(vault)),
        service.get_suppression_threshold(vault),
    )


def create_page(context: Any) -> ReportsPage:
    """The page for the desk's navigation (`lvs_desktop.ui.pages` looks for this)."""
    return ReportsPage(context.vault, today=context.today)
