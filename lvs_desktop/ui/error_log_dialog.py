"""Foutmeldingen: the bugs this vault kept, by foutcode (issue 14, defect 6), from Settings.

A bug shows the user one line with a foutcode; whoever helps looks it up here (or with
`lvs-desktop errors FOUTCODE`): when, where in the program, the exception's type and, for a
database error, the engine's message. Never personal data: the policy (`store/log_policy.py`)
keeps none. Read on the worker (`run_job`); Dutch ships here (`with_dutch`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import ErrorRecord, UserError
from lvs_desktop.store import log_policy
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.i18n import with_dutch
from lvs_desktop.ui.widgets import ErrorLabel, RowsModel, fit_columns
from lvs_desktop.ui.worker import error_text, run_job

DUTCH = {
    "Error reports…": "Foutmeldingen…",
    "Error reports": "Foutmeldingen",
    "When (UTC)": "Wanneer (UTC)",
    "Error code": "Foutcode",
    "During": "Bij",
    "Kind": "Soort",
    "Find an error code": "Zoek een foutcode",
    "Find": "Zoeken",
    "Close": "Sluiten",
    "Loading…": "Laden…",
    "No error reports are kept in this vault.": "Er zijn geen foutmeldingen bewaard.",
    "Error code {code} is not in this vault.": "Foutcode {code} staat niet in deze kluis.",
    "Where: {where}": "Waar: {where}",
    "Database: {message}": "Database: {message}",
    "Version: {version}": "Versie: {version}",
    "What the program kept when something went wrong: where, never your data.": (
        "Wat het programma bewaarde toen er iets misging: waar, nooit uw gegevens."
    ),
}
tr = with_dutch(DUTCH)


class ErrorLogDialog(QDialog):
    """The newest error reports; selecting one (or finding its code) shows the detail.
    `loaded` after each read."""

    loaded = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records: list[ErrorRecord] = []
        self.setWindowTitle(tr("Error reports"))
        self.resize(820, 480)
        explain = QLabel(
            tr("What the program kept when something went wrong: where, never your data."), self
        )
        explain.setWordWrap(True)
        self.model = RowsModel([tr("When (UTC)"), tr("Error code"), tr("During"), tr("Kind")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda now, _old: self.show_row(now.row())
        )
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(tr("Find an error code"))
        self.code.returnPressed.connect(self.find_code)
        find = QPushButton(tr("Find"), self)
        find.clicked.connect(self.find_code)
        self.detail = QLabel(tr("Loading…"), self)
        self.detail.setWordWrap(True)
        self.detail.setObjectName("errorDetail")
        self.errors = ErrorLabel(self)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.accept)
        search = QHBoxLayout()
        search.addWidget(self.code, 1)
        search.addWidget(find)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors, 1)
        buttons.addStretch(1)  # (the error line is hidden until there is one)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        vault = self.context.vault
        run_job(lambda: log_policy.recent(vault, 200), self._loaded, self._failed, owner=self)

    def _loaded(self, records: list[ErrorRecord]) -> None:
        self.records = records
        self.model.set_rows(
            [
                (f"{r.occurred_at:%d-%m-%Y %H:%M:%S}", r.error_id, r.context, r.error_type)
                for r in records
            ],
            ids=[r.error_id for r in records],
        )
        fit_columns(self.table)
        self.detail.setText("" if records else tr("No error reports are kept in this vault."))
        self.loaded.emit()

    def _failed(self, exc: UserError | None) -> None:
        self.errors.show_problems([error_text(exc)])
        self.loaded.emit()

    def show_row(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self.show_record(self.records[row])

    def show_record(self, record: ErrorRecord) -> None:
        lines = [
            f"{record.error_id} — {record.context}: {record.error_type}",
            tr("Where: {where}").format(where=record.location),
        ]
        if record.db_message:
            lines.append(tr("Database: {message}").format(message=record.db_message))
        lines.append(tr("Version: {version}").format(version=record.app_version))
        self.detail.setText("\n".join(lines))

    def find_code(self) -> None:
        """Select the report with the code typed (case and the dash do not matter)."""
        wanted = self.code.text().strip().upper().replace("-", "")
        for row, record in enumerate(self.records):
            if record.error_id.replace("-", "") == wanted:
                self.table.selectRow(row)
                self.errors.clear_problems()
                return
        self.errors.show_problems(
            [tr("Error code {code} is not in this vault.").format(code=self.code.text().strip())]
        )
