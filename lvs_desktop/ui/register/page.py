"""The Register page: one list of the register at a time, on a date, with counts and actions.

The list is computed on a worker (`services.register.lists.compute_list`), shown in a sortable,
filterable table, and exported to CSV. "Dossier openen" opens a case for the chosen rows (or
for all of them) through `services.register.cases`; the rows then show the case reference.
The two files are read in through a preview (counts and refused lines) before anything is
stored. Widgets hold plain rows only; every read and write goes through a service on a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services.register import cases, imports, lists
from lvs_desktop.services.register import purge as register_purge
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.region.table import Column, RegisterModel, RegisterProxy
from lvs_desktop.ui.register.texts import tr
from lvs_desktop.ui.worker import error_text, run_job

ListRow = lists.ListRow


def _day(d: date | None) -> str:
    return f"{d:%d-%m-%Y}" if d else ""


def _columns() -> list[Column[ListRow]]:
    return [
        Column(tr("BSN"), lambda r: r.bsn),
        Column(tr("Name"), lambda r: r.name),
        Column(tr("Born"), lambda r: _day(r.birth_date), lambda r: r.birth_date),
        Column(tr("Age"), lambda r: str(r.age), lambda r: r.age),
        Column(tr("Municipality"), lambda r: r.municipality),
        Column(tr("Address"), lambda r: r.address),
        Column(tr("Why on the list"), lambda r: r.detail),
        Column(tr("Date"), lambda r: _day(r.since), lambda r: r.since or date.min),
        Column(tr("Case"), lambda r: r.case_reference or ""),
    ]


class RegisterPage(QWidget):
    """Signals: `loaded` after a list is shown, `cases_opened(OpenedCases)`,
    `imported(RegisterImportReport)`, `previewed(RegisterImportReport)`, `failed(str)`."""

    loaded = Signal()
    cases_opened = Signal(object)
    previewed = Signal(object)
    imported = Signal(object)
    failed = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPage")
        self.context = context
        self.result: lists.RegisterList | None = None
        self.confirm_box: QMessageBox | None = None
        self._busy = False

        self.list_choice = QComboBox(self)
        for name in lists.LIST_NAMES:
            self.list_choice.addItem(lists.LIST_TITLES[name], name)
        self.on_date = QDateEdit(self)
        self.on_date.setDisplayFormat("dd-MM-yyyy")
        self.on_date.setCalendarPopup(True)
        today = context.today()
        self.on_date.setDate(QDate(today.year, today.month, today.day))
        self.refresh_button = QPushButton(tr("&Refresh"), self)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Name, BSN, municipality…"))
        self.summary = QLabel(self)
        self.summary.setObjectName("registerSummary")
        self.summary.setWordWrap(True)

        self.model: RegisterModel[ListRow] = RegisterModel(_columns(), id_of=lambda r: r.bsn)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

        self.open_button = QPushButton(tr("&Open case"), self)
        self.open_all_button = QPushButton(tr("Open cases for &all"), self)
        self.export_button = QPushButton(tr("&Export CSV…"), self)
        self.take_button = QPushButton(tr("&Take list"), self)
        self.residents_button = QPushButton(tr("Import &residents…"), self)
        self.enrolments_button = QPushButton(tr("Import &enrolments…"), self)
        self.purge_button = QPushButton(tr("&Purge register…"), self)
        self.deadline_button = QPushButton(tr("VO–MBO &date…"), self)

        top = QGridLayout()
        list_label = QLabel(tr("&List:"), self)
        list_label.setBuddy(self.list_choice)
        date_label = QLabel(tr("As &on:"), self)
        date_label.setBuddy(self.on_date)
        filter_label = QLabel(tr("&Filter:"), self)
        filter_label.setBuddy(self.filter)
        top.addWidget(list_label, 0, 0)
        top.addWidget(self.list_choice, 0, 1)
        top.addWidget(date_label, 0, 2)
        top.addWidget(self.on_date, 0, 3)
        top.addWidget(self.refresh_button, 0, 4)
        top.addWidget(filter_label, 1, 0)
        top.addWidget(self.filter, 1, 1, 1, 4)
        top.setColumnStretch(1, 1)
        actions = QHBoxLayout()
        for button in (self.open_button, self.open_all_button, self.export_button,
                       self.take_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        register_row = QHBoxLayout()
        for button in (self.residents_button, self.enrolments_button, self.purge_button,
                       self.deadline_button):  # fmt: skip
            register_row.addWidget(button)
        register_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(register_row)

        self.refresh_button.clicked.connect(self.refresh)
        self.list_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        self.on_date.dateChanged.connect(lambda _d: self.refresh())
        self.filter.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.open_button.clicked.connect(lambda: self.open_cases(selected_only=True))
        self.open_all_button.clicked.connect(lambda: self.open_cases(selected_only=False))
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.take_button.clicked.connect(self.take_list)
        self.residents_button.clicked.connect(lambda: self.import_file("residents"))
        self.enrolments_button.clicked.connect(lambda: self.import_file("enrolments"))
        self.purge_button.clicked.connect(self.purge)
        self.deadline_button.clicked.connect(self.set_deadline)
        self.context.changed.connect(self._changed)

    # -- state ------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: (re)load the list."""
        self.refresh()

    @property
    def list_name(self) -> str:
        return str(self.list_choice.currentData())

    @property
    def on(self) -> date:
        d = self.on_date.date()
        return date(d.year(), d.month(), d.day())

    def choose_list(self, name: str) -> None:
        """Show list `name` (read again when it is the one shown)."""
        index = self.list_choice.findData(name)
        if index == self.list_choice.currentIndex():
            self.refresh()
        else:
            self.list_choice.setCurrentIndex(index)

    def _changed(self, summary: Any) -> None:
        if summary.touches("case_file", "youth") and self.isVisible():
            self.refresh()

    def _run(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._busy = True
        self._enable(False)

        def finish(result: Any) -> None:
            self._busy = False
            self._enable(True)
            done(result)

        run_job(fn, finish, self._failed, owner=self)

    def _enable(self, on: bool) -> None:
        for w in (self.open_button, self.open_all_button, self.export_button, self.take_button,
                  self.residents_button, self.enrolments_button, self.purge_button,
                  self.deadline_button, self.refresh_button):  # fmt: skip
            w.setEnabled(on)

    def _failed(self, exc: UserError | None) -> None:
        self._busy = False
        self._enable(True)
        text = error_text(exc)
        self.summary.setText(text)
        self.failed.emit(text)

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        vault, name, on = self.context.vault, self.list_name, self.on
        self.summary.setText(tr("Loading the list…"))

        def read() -> lists.RegisterList:
            result = lists.compute_list(vault, name, on)
            lists.record_list_read(vault, result)  # a read of personal data, audited
            return result

        self._run(read, self._show)

    def _show(self, result: lists.RegisterList) -> None:
        if result.name != self.list_name or result.on != self.on:
            self.refresh()  # the choice changed while this one was read
            return
        self.result = result
        self.model.set_rows(result.rows)
        lines = [result.counts_line()]
        if result.last_taken:
            lines.append(
                tr("Since the previous list of {date}.").format(date=_day(result.last_taken))
            )
        if result.deadline:
            lines.append(tr("Transfer date {date}.").format(date=_day(result.deadline)))
        if not result.residents:
            lines = [
                tr("The register is empty: import a residents extract and an enrolment file first.")
            ]
        self.summary.setText(" ".join(lines))
        self.loaded.emit()

    def selected_bsns(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.row_at(r).bsn for r in sorted(rows)]

    def open_cases(self, *, selected_only: bool) -> None:
        if self.result is None:
            return
        bsns = self.selected_bsns() if selected_only else [r.bsn for r in self.result.rows]
        if not bsns:
            self._failed(UserError(tr("Choose one or more people on the list.")))
            return
        vault, name, on = self.context.vault, self.list_name, self.context.today()
        self._run(lambda: cases.open_cases(vault, name, bsns, on), self._opened)

    def _opened(self, opened: cases.OpenedCases) -> None:
        self.context.report_change(opened.summary)
        self.context.message.emit(opened.counts_line())
        self.cases_opened.emit(opened)
        if not self.isVisible():  # else the change above refreshed the list already
            self.refresh()

    def export_csv(self, path: Path | None = None) -> None:
        if self.result is None:
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Export list"), f"{self.list_name}-{self.on:%Y%m%d}.csv",
                tr("CSV file (*.csv)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
        try:
            lists.write_csv(self.result, path)
        except UserError as exc:
            self._failed(exc)
            return
        self.context.message.emit(
            tr("{n} rows written to {file}.").format(n=len(self.result.rows), file=path.name)
        )

    def take_list(self) -> None:
        vault, name, on = self.context.vault, self.list_name, self.on
        self._run(lambda: lists.record_taken(vault, name, on), self._taken)

    def _taken(self, summary: Any) -> None:
        self.context.message.emit(summary.message)

    # -- the register -----------------------------------------------------------------

    def import_file(self, kind: str, path: Path | None = None) -> None:
        """Read a file in: a preview first (counts, refused lines), then the import on
        confirmation (`confirm_box`)."""
        if path is None:
            title = tr(
                "Import residents extract" if kind == "residents" else "Import enrolment file"
            )
            name, _ = QFileDialog.getOpenFileName(self, title, "", tr("CSV file (*.csv)"))
            if not name:
                return
            path = Path(name)
        vault, today, chosen = self.context.vault, self.context.today(), path

        def preview() -> imports.RegisterImportReport:
            name, data = imports.read_file(chosen)
            return imports.import_bytes(vault, kind, name, data, apply=False, today=today)

        self._run(preview, lambda report: self._confirm(kind, chosen, report))

    def _confirm(self, kind: str, path: Path, report: imports.RegisterImportReport) -> None:
        text = report.counts_line(note=False) + "."
        if report.refused:
            shown = [f"regel {b.line}: {b.reason}" for b in report.refused[:15]]
            more = len(report.refused) - len(shown)
            if more:
                shown.append(tr("… and {n} more.").format(n=more))
            text += "\n\n" + tr("Refused lines:") + "\n" + "\n".join(shown)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Import into the register"), text,
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.addButton(tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.accepted.connect(lambda: self._apply(kind, path))
        self.confirm_box = box
        self.previewed.emit(report)
        box.open()

    def _apply(self, kind: str, path: Path) -> None:
        vault, today = self.context.vault, self.context.today()

        def apply() -> imports.RegisterImportReport:
            name, data = imports.read_file(path)
            return imports.import_bytes(vault, kind, name, data, apply=True, today=today)

        self._run(apply, self._imported)

    def _imported(self, report: imports.RegisterImportReport) -> None:
        self.context.message.emit(report.counts_line() + ".")
        self.imported.emit(report)
        self.refresh()

    def purge(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Purge the register"),
            tr("Remove everyone who moved away or turned 23 from the register?"),
            QMessageBox.StandardButton.NoButton, self,
        )  # fmt: skip
        box.addButton(tr("&Purge register…").replace("…", ""), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        vault, on = self.context.vault, self.context.today()
        box.accepted.connect(
            lambda: self._run(lambda: register_purge.purge_register(vault, on), self._purged)
        )
        self.confirm_box = box
        box.open()

    def _purged(self, result: register_purge.RegisterPurge) -> None:
        self.context.message.emit(result.counts_line())
        self.refresh()

    def set_deadline(self, text: str | None = None) -> None:
        """Set the region's VO→MBO date ("DD-MM"); without `text`, ask for it."""
        if text is None:
            shown = self.result.deadline if self.result and self.result.deadline else None
            default = f"{shown:%d-%m}" if shown else "01-10"
            text, ok = QInputDialog.getText(
                self, tr("VO–MBO &date…").replace("&", "").replace("…", ""),
                tr("VO–MBO transfer date (DD-MM):"), text=default,
            )  # fmt: skip
            if not ok:
                return
        vault, chosen = self.context.vault, text
        self._run(lambda: lists.set_vo_mbo_date(vault, chosen), lambda _md: self.refresh())
