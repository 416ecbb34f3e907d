"""The audit log page: filter (person, dossier, action, period), the rows, CSV export and a
check of the hash chains. Every read runs on the runner (`start_job`); nothing on the GUI
thread waits on the vault. Nothing is read until the page is first shown (`activate`).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import audit_log
from lvs_desktop.services.audit_log import AuditFilter, AuditRow
from lvs_desktop.ui.audit.model import AuditModel
from lvs_desktop.ui.audit.texts import tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.worker import error_text, run_job

NO_DAY = QDate(2000, 1, 1)  # a date edit at its minimum shows "—": no bound
MAX_ROWS = 5000  # the newest; a filter or the CSV export reaches the rest


class AuditPage(QWidget):
    loaded = Signal(int)  # rows shown
    exported = Signal(int)  # rows written
    verified = Signal(str)  # the chains' summary, or the first broken link

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.context = context
        self._started = False
        title = QLabel(f"<h2>{tr('Audit log')}</h2>", self)
        intro = QLabel(
            tr(
                "Who saw or changed which dossier, and when. Dossiers are named by their "
                "reference, never by BSN."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.actor = QLineEdit(self)
        self.actor.setPlaceholderText(tr("name"))
        self.case = QLineEdit(self)
        self.case.setPlaceholderText(tr("reference, e.g. 2026-JV-0001"))
        self.action = QComboBox(self)
        self.action.addItem(tr("all"), None)
        for code, label in audit_log.actions():
            self.action.addItem(label, code)
        self.since = self._date_edit()
        self.until = self._date_edit()
        self.filter_button = QPushButton(tr("Filter"), self)
        self.export_button = QPushButton(tr("Export to CSV…"), self)
        self.verify_button = QPushButton(tr("Check the chains"), self)
        grid = QGridLayout()
        for column, (label, widget) in enumerate(
            (
                (tr("Person"), self.actor),
                (tr("Dossier"), self.case),
                (tr("Action"), self.action),
                (tr("From"), self.since),
                (tr("To"), self.until),
            )
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.filter_button, 1, 5)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.filter_button.clicked.connect(self.reload)
        self.actor.returnPressed.connect(self.reload)
        self.case.returnPressed.connect(self.reload)
        self.action.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.verify_button.clicked.connect(self.verify)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText(tr("any"))
        edit.setDate(NO_DAY)
        return edit

    # -- reading -------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown (again): read the log the first time, and after that on every visit."""
        self._started = True
        self.reload()

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == NO_DAY else date(value.year(), value.month(), value.day())

        since, until = day(self.since), day(self.until)
        if since and until and since > until:
            raise UserError(tr("The first day comes after the last."))
        return AuditFilter(
            actor=self.actor.text().strip() or None,
            case_reference=self.case.text().strip() or None,
            action=self.action.currentData(),
            since=since,
            until=until,
        )

    def reload(self) -> None:
        if not self._started:
            return
        try:
            flt = self.current_filter()
        except UserError as exc:
            self.status.setText(exc.message)
            return
        limited = AuditFilter(**{**flt.__dict__, "limit": MAX_ROWS})
        vault = self.context.vault
        self.status.setText(tr("Loading…"))
        run_job(lambda: audit_log.list_events(vault, limited), self._show, self._failed, self)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        if not rows:
            self.status.setText(tr("No log entries match the filter."))
        else:
            one = len(rows) == 1
            self.status.setText(
                tr("1 log entry") if one else tr("{n} log entries").format(n=len(rows))
            )
        self.loaded.emit(len(rows))

    def _failed(self, error: UserError | None) -> None:
        self.model.set_rows([])
        self.status.setText(error_text(error))
        self.loaded.emit(0)

    # -- export and check ----------------------------------------------------------------

    def export_csv(self, path: Path | None = None) -> None:
        """The filtered rows (all of them, not only those shown) to a CSV file."""
        try:
            flt = self.current_filter()
        except UserError as exc:
            self.status.setText(exc.message)
            return
        if path is None:
            suggested = f"logboek-{self.context.today():%Y-%m-%d}.csv"
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Save the audit log"), suggested, tr("CSV files (*.csv)")
            )
            if not name:
                return
            path = Path(name)
        vault, target = self.context.vault, path

        def done(n: int) -> None:
            self.status.setText(tr("{n} log entries written to {path}.").format(n=n, path=target))
            self.exported.emit(n)

        def failed(error: UserError | None) -> None:
            self.status.setText(error_text(error))
            self.exported.emit(-1)

        run_job(lambda: audit_log.write_csv(vault, flt, target), done, failed, self)

    def verify(self) -> None:
        vault = self.context.vault
        self.status.setText(tr("Checking the chains…"))

        def done(report: audit_log.ChainReport) -> None:
            text = report.problem() or report.summary()
            self.status.setText(text)
            self.verified.emit(text)

        def failed(error: UserError | None) -> None:
            self.status.setText(error_text(error))
            self.verified.emit(error_text(error))

        run_job(lambda: audit_log.verify_chain(vault), done, failed, self)

    def since_days(self, days: int) -> None:
        """Show the last `days` days (used by the screenshot)."""
        start = self.context.today() - timedelta(days=days)
        self.since.setDate(QDate(start.year, start.month, start.day))
