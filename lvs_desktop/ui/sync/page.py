"""The Sync page: export, the import wizard, conflicts side by side, duplicates, reassigning.

Every read and write runs on a worker (`ui.worker.start_job`) and comes back by signal; the panels
hold plain rows (ids, labels, shown values), never ORM objects.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services import sync as service
from lvs_desktop.services.caseload import CaseloadFilter, list_cases
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.sync.duplicate_dialog import DuplicateDialog
from lvs_desktop.ui.sync.import_wizard import ImportWizard, summary_text
from lvs_desktop.ui.sync.models import PlainRowsModel, case_model, conflict_model
from lvs_desktop.ui.sync.texts import tr
from lvs_desktop.ui.worker import Job, error_text, run_job


class Panel(QWidget):
    """A tab of the page: runs its work on a worker and shows one line of outcome."""

    failed = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.vault = context.vault
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may name a sender: never rich

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> Job:
        return run_job(work, on_done, self._failed, owner=self)

    def _failed(self, error: UserError | None) -> None:
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(error_text(error))
        self.failed.emit(self.status.text())

    def say(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    def changed(self, summary: ChangeSummary) -> None:
        self.say(summary.message)
        self.context.report_change(summary)


def table(model: Any, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def selected_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else None


class ExportPanel(Panel):
    exported = Signal(object)  # ExportOutcome

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.consultant = QComboBox(self)
        self.since_last = QCheckBox(tr("Only what changed since the last export"), self)
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.export_button = QPushButton(tr("Export…"), self)
        self.export_button.clicked.connect(self.export)
        form = QFormLayout()
        form.addRow(tr("Consultant"), self.consultant)
        form.addRow("", self.since_last)
        form.addRow(tr("Transfer passphrase"), self.passphrase)
        form.addRow(tr("Repeat passphrase"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def load(self) -> None:
        vault = self.vault
        self.run(lambda: service.consultant_choices(vault), self._loaded)

    def _loaded(self, choices: list[tuple[str, str]]) -> None:
        self.consultant.clear()
        team = self.vault.role == "team"
        for consultant_id, name in choices:
            if team or consultant_id == self.vault.owner_id:
                self.consultant.addItem(name, consultant_id)
        self.consultant.setEnabled(team)

    def choose_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save export file"), "", tr("Export files (*.lvsbundle)")
        )
        return Path(name) if name else None

    def export(self) -> None:
        if not self.passphrase.text():
            self._failed(UserError(tr("Enter the transfer passphrase.")))
            return
        if self.passphrase.text() != self.repeat.text():
            self._failed(UserError(tr("The two passphrases differ.")))
            return
        path = self.choose_path()
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".lvsbundle")
        vault, passphrase = self.vault, self.passphrase.text()
        consultant, since = self.consultant.currentData(), self.since_last.isChecked()
        self.export_button.setEnabled(False)
        self.say(tr("Exporting…"))

        def work() -> service.ExportOutcome:
            return service.export_bundle(
                vault, path, passphrase, consultant=consultant, since_last=since
            )

        job = self.run(work, self._exported)
        job.failed.connect(lambda _e: self.export_button.setEnabled(True))

    def _exported(self, outcome: service.ExportOutcome) -> None:
        self.export_button.setEnabled(True)
        self.passphrase.clear()
        self.repeat.clear()
        self.say(
            tr("Export {sequence} for {name} written: {rows} rows.").format(
                sequence=outcome.sequence, name=outcome.consultant_name, rows=outcome.rows
            )
            + "\n"
            + tr(
                "Your fingerprint: {fingerprint}. The team lead compares it (by phone) "
                "before accepting your first export."
            ).format(fingerprint=outcome.fingerprint)
        )
        self.exported.emit(outcome)


class ConflictPanel(Panel):
    loaded = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = conflict_model()
        self.view = table(self.model, self)
        self.show_settled = QCheckBox(tr("Show settled conflicts"), self)
        self.show_settled.toggled.connect(lambda _on: self.load())
        self.take_button = QPushButton(tr("Take the other"), self)
        self.delete_button = QPushButton(tr("Delete anyway"), self)
        self.keep_button = QPushButton(tr("Keep as is"), self)
        self.take_button.clicked.connect(lambda: self._act(service.take_other))
        self.delete_button.clicked.connect(lambda: self._act(service.delete_anyway))
        self.keep_button.clicked.connect(lambda: self._act(service.keep_as_is))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        buttons = QHBoxLayout()
        for widget in (self.take_button, self.delete_button, self.keep_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_settled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._enable()

    def load(self) -> None:
        vault, settled = self.vault, self.show_settled.isChecked()
        self.run(lambda: service.list_conflicts(vault, include_resolved=settled), self._loaded)

    def _loaded(self, rows: list[service.ConflictRow]) -> None:
        self.model.set_rows(rows)
        self._enable()
        self.say("" if rows else tr("No open conflicts."))
        self.loaded.emit()

    def select(self, row: int) -> None:
        self.view.selectRow(row)

    def _enable(self) -> None:
        row = selected_row(self.view)
        chosen = self.model.row_at(row) if row is not None else None
        open_ = chosen is not None and chosen.resolution is None  # settled once, then done
        self.take_button.setEnabled(open_)
        self.keep_button.setEnabled(open_)
        self.delete_button.setEnabled(open_ and chosen is not None and chosen.kind == "delete")

    def _act(self, action: Callable[[Vault, str], ChangeSummary]) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        conflict_id, vault = self.model.row_at(row).id, self.vault

        def done(summary: ChangeSummary) -> None:
            self.changed(summary)
            self.load()

        self.run(lambda: action(vault, conflict_id), done)


class DuplicatePanel(Panel):
    loaded = Signal()
    merged = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: PlainRowsModel[tuple[service.YouthCard, service.YouthCard]] = PlainRowsModel(
            [
                (tr("Youth"), lambda p: p[0].label),
                (tr("{cases} case(s)").format(cases=""), lambda p: str(p[0].cases)),
                (tr("Youth"), lambda p: p[1].label),
                (tr("{cases} case(s)").format(cases=""), lambda p: str(p[1].cases)),
            ]
        )
        self.view = table(self.model, self)
        self.merge_button = QPushButton(tr("Merge…"), self)
        self.distinct_button = QPushButton(tr("Not the same person"), self)
        self.merge_button.clicked.connect(self.open_merge)
        self.distinct_button.clicked.connect(self.distinct)
        self.dialog: DuplicateDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.distinct_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def load(self) -> None:
        vault = self.vault
        self.run(lambda: service.list_duplicates(vault), self._loaded)

    def _loaded(self, pairs: list[tuple[service.YouthCard, service.YouthCard]]) -> None:
        self.model.set_rows(pairs)
        self.say("" if pairs else tr("No duplicate candidates."))
        if pairs:
            self.view.selectRow(0)
        self.loaded.emit()

    def open_merge(self) -> DuplicateDialog | None:
        row = selected_row(self.view)
        if row is None:
            return None
        first, second = self.model.row_at(row)
        self.dialog = DuplicateDialog(first, second, self)
        self.dialog.accepted.connect(self._merge_chosen)
        self.dialog.show()
        return self.dialog

    def _merge_chosen(self) -> None:
        dialog, vault = self.dialog, self.vault
        if dialog is None:
            return
        first, second = dialog.first.id, dialog.second.id
        fields = dialog.fields_from_second()

        def done(summary: ChangeSummary) -> None:
            self.changed(summary)
            self.merged.emit()
            self.load()

        self.run(lambda: service.merge_youths(vault, first, second, fields), done)

    def distinct(self) -> None:
        row = selected_row(self.view)
        if row is None:
            return
        first, second = self.model.row_at(row)
        vault = self.vault

        def done(summary: ChangeSummary) -> None:
            self.changed(summary)
            self.load()

        self.run(lambda: service.dismiss_duplicate(vault, first.id, second.id), done)


class ReassignPanel(Panel):
    loaded = Signal()
    reassigned = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = case_model()
        self.view = table(self.model, self)
        self.consultant = QComboBox(self)
        self.reassign_button = QPushButton(tr("Reassign"), self)
        self.reassign_button.clicked.connect(self.reassign)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("To consultant"), self))
        row.addWidget(self.consultant, 1)
        row.addWidget(self.reassign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def load(self) -> None:
        vault = self.vault

        def work() -> tuple[list[Any], list[tuple[str, str]]]:
            return list_cases(vault, CaseloadFilter(open_only=True)), service.consultant_choices(
                vault
            )

        self.run(work, self._loaded)

    def _loaded(self, result: tuple[list[Any], list[tuple[str, str]]]) -> None:
        cases, consultants = result
        self.model.set_rows(cases)
        self.consultant.clear()
        for consultant_id, name in consultants:
            self.consultant.addItem(name, consultant_id)
        self.loaded.emit()

    def reassign(self) -> None:
        row = selected_row(self.view)
        if row is None:
            self._failed(UserError(tr("Choose a case first.")))
            return
        case_id, vault = self.model.row_at(row).case_id, self.vault
        consultant = self.consultant.currentData()

        def done(summary: ChangeSummary) -> None:
            self.changed(summary)
            self.reassigned.emit(case_id)
            self.load()

        self.run(lambda: service.reassign_case(vault, case_id, consultant), done)


class SyncPage(QWidget):
    """The navigation's "Sync" page."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget(self)
        self.export_panel = ExportPanel(context, self)
        self.import_panel = QWidget(self)
        self.conflicts = ConflictPanel(context, self)
        self.duplicates = DuplicatePanel(context, self)
        self.reassign = ReassignPanel(context, self)
        self.import_button = QPushButton(tr("Import export files…"), self.import_panel)
        self.import_button.clicked.connect(self.open_import)
        self.import_status = QLabel(self.import_panel)
        self.import_status.setWordWrap(True)
        self.import_status.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self.import_panel)
        box.addWidget(QLabel(tr("Export, import and merge the team's caseloads."), self))
        box.addWidget(self.import_button)
        box.addWidget(self.import_status)
        box.addStretch(1)
        self.tabs.addTab(self.export_panel, tr("Export"))
        self.tabs.addTab(self.import_panel, tr("Import"))
        self.tabs.addTab(self.conflicts, tr("Conflicts"))
        self.tabs.addTab(self.duplicates, tr("Duplicates"))
        self.tabs.addTab(self.reassign, tr("Reassign cases"))
        self.wizard: ImportWizard | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.export_panel.load()
        self.conflicts.load()
        self.duplicates.load()
        self.reassign.load()

    def open_import(self) -> ImportWizard:
        self.wizard = ImportWizard(self.context.vault, self)
        self.wizard.imported.connect(self._imported)
        self.wizard.show()
        return self.wizard

    def _imported(self, report: Any) -> None:
        self.import_status.setText(summary_text(report))
        self.context.report_change(service.import_changes(report, summary_text(report)))
        self.refresh()
