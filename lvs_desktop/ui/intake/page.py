"""The intake page (team lead, administration): imported absence reports that wait for a
consultant, the roster's proposal for each, and the first-contact deadline from the report
date the file gave.

Select rows (Ctrl/Shift for several) and assign them to their proposals or to one person;
a candidate (no BSN or onderwijsnummer, a youth we know with that name and birth date) is
first confirmed as the same youth or a new one. "Verwijderen uit postvak" takes selected
reports out (a report sent by mistake), with a reason from a fixed list (`intake.upkeep`).
"Meldingen inlezen…" opens the import
dialog. Rows load on the worker when the page is shown (`activate`) and after every change.
`available(bool)` says, once at start, whether this vault's owner works the intake: the
main window shows the page's navigation entry only then.
"""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.services import ChangeSummary, intake
from lvs_desktop.services.intake import upkeep
from lvs_desktop.services.region import roster
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.intake.import_dialog import ImportDialog
from lvs_desktop.ui.intake.texts import tr
from lvs_desktop.ui.region.table import Column, IdRole, RegisterModel, RegisterProxy
from lvs_desktop.ui.widgets import ErrorLabel, fit_columns, make_table
from lvs_desktop.ui.worker import error_text, run_job

Row = intake.InboxRow


def _status(row: Row) -> str:
    if row.status == "candidate":
        return tr("candidate: {who}?").format(who=row.candidate)
    return tr("new")


def inbox_columns() -> list[Column[Row]]:
    return [
        Column(tr("DUO number"), lambda r: r.duo_number),
        Column(tr("Report date"), lambda r: fmt_date(r.received_on), lambda r: r.received_on),
        Column(
            tr("First contact by"),
            lambda r: fmt_date(r.first_contact_due),
            lambda r: r.first_contact_due,
        ),
        Column(tr("Name"), lambda r: r.name),
        Column(tr("Born"), lambda r: fmt_date(r.birth_date), lambda r: r.birth_date),
        Column(tr("Proposal"), lambda r: r.proposed),
        Column(tr("Status"), _status),
        Column(tr("Kind"), lambda r: r.report_type),
        Column(tr("School"), lambda r: r.school),
        Column(tr("Municipality"), lambda r: r.municipality),
    ]


DEADLINE_COLUMN = 2


class IntakePage(QWidget):
    """`loaded` after each (re)load; `acted(ChangeSummary)` after an assignment or
    confirmation; `available(bool)` once the owner's role is known."""

    loaded = Signal()
    acted = Signal(object)
    available = Signal(bool)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePage")
        self.context = context
        self.dialog: ImportDialog | None = None
        heading = QLabel(f"<h2>{tr('Intake')}</h2>", self)
        intro = QLabel(
            tr(
                "Absence reports from DUO that wait for a consultant. Select one or more and "
                "assign them; a candidate is a report without BSN or onderwijsnummer that "
                "looks like a youth we know: say whether it is the same one."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.counts = QLabel(self)
        self.counts.setObjectName("intakeInboxCounts")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.model: RegisterModel[Row] = RegisterModel(
            inbox_columns(), id_of=lambda r: r.id, red=lambda r: r.status == "candidate"
        )
        self.model.setParent(self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.table = make_table(cast(QAbstractTableModel, self.proxy), self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DEADLINE_COLUMN, Qt.SortOrder.AscendingOrder)  # most urgent first
        self.import_button = QPushButton(tr("&Import reports…"), self)
        self.import_button.clicked.connect(self.open_import)
        self.proposal_button = QPushButton(tr("Assign to the &proposal"), self)
        self.proposal_button.clicked.connect(self.assign_to_proposal)
        self.consultant = QComboBox(self)
        self.consultant.setMinimumContentsLength(18)
        self.assign_button = QPushButton(tr("&Assign to"), self)
        self.assign_button.clicked.connect(self.assign_to_chosen)
        self.same_button = QPushButton(tr("This is the &same youth"), self)
        self.same_button.clicked.connect(lambda: self.confirm(True))
        self.new_button = QPushButton(tr("&New youth"), self)
        self.new_button.clicked.connect(lambda: self.confirm(False))
        self.reason = QComboBox(self)
        self.reason.setToolTip(tr("Why the report leaves the inbox"))
        for code, label in upkeep.REMOVE_REASONS.items():
            self.reason.addItem(label, code)
        self.remove_button = QPushButton(tr("Re&move from inbox"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.errors = ErrorLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.search)
        bar.addWidget(self.import_button)
        actions = QHBoxLayout()
        actions.addWidget(self.proposal_button)
        actions.addSpacing(16)
        actions.addWidget(self.assign_button)
        actions.addWidget(self.consultant)
        actions.addSpacing(16)
        actions.addWidget(self.same_button)
        actions.addWidget(self.new_button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        actions.addWidget(self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.errors)
        vault = context.vault
        run_job(lambda: intake.keeps_intake(vault), self.available.emit, None, owner=self)

    # -- loading ------------------------------------------------------------------------

    def activate(self) -> None:
        self.load()

    def load(self) -> None:
        vault = self.context.vault
        self.counts.setText(tr("Loading…"))

        def read() -> tuple[list[Row], list[roster.ConsultantRow]]:
            return intake.list_inbox(vault), roster.list_roster(vault)

        run_job(read, self._loaded, self._failed, owner=self)

    def _loaded(self, result: tuple[list[Row], list[roster.ConsultantRow]]) -> None:
        rows, people = result
        self.model.set_rows(rows)
        candidates = sum(r.status == "candidate" for r in rows)
        if rows:
            self.counts.setText(
                tr("{count} reports waiting, {candidates} of them to confirm").format(
                    count=len(rows), candidates=candidates
                )
            )
        else:
            self.counts.setText(tr("The intake is empty: no reports wait for a consultant."))
        chosen = self.consultant.currentData()
        self.consultant.clear()
        for person in people:
            if person.role == "consultant":
                self.consultant.addItem(f"{person.name} ({person.code})", person.id)
        if chosen is not None and self.consultant.findData(chosen) >= 0:
            self.consultant.setCurrentIndex(self.consultant.findData(chosen))
        fit_columns(self.table, cap=260)
        self.loaded.emit()

    # -- acting -------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [
            str(self.proxy.data(index, IdRole)) for index in sorted(rows, key=lambda i: i.row())
        ]

    def assign_to_proposal(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.errors.show_problems([tr("Choose one or more reports first.")])
            return
        vault = self.context.vault
        self._act(lambda: intake.assign_proposed(vault, ids))

    def assign_to_chosen(self) -> None:
        ids, consultant_id = self.selected_ids(), self.consultant.currentData()
        if not ids or consultant_id is None:
            self.errors.show_problems([tr("Choose one or more reports first.")])
            return
        vault = self.context.vault
        self._act(lambda: intake.assign(vault, ids, consultant_id))

    def confirm(self, same: bool) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.errors.show_problems([tr("Choose one candidate first.")])
            return
        vault = self.context.vault
        self._act(lambda: intake.confirm_candidate(vault, ids[0], same))

    def remove_selected(self) -> None:
        ids, reason = self.selected_ids(), self.reason.currentData()
        if not ids:
            self.errors.show_problems([tr("Choose one or more reports first.")])
            return
        vault = self.context.vault
        self._act(lambda: upkeep.remove_from_inbox(vault, ids, reason))

    def _act(self, work: Any) -> None:
        self.errors.clear_problems()
        run_job(work, self._acted, self._failed, owner=self)

    def _acted(self, summary: ChangeSummary) -> None:
        self.context.report_change(summary)
        self.acted.emit(summary)
        self.load()

    def _failed(self, exc: Any) -> None:
        self.errors.show_problems([error_text(exc)])
        self.loaded.emit()

    def open_import(self) -> ImportDialog:
        self.dialog = ImportDialog(self.context, self)
        self.dialog.imported.connect(lambda _result: self.load())
        self.dialog.show()
        return self.dialog


def create_page(context: DeskContext) -> IntakePage:
    return IntakePage(context)
