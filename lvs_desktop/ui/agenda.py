"""The agenda: tasks and deadlines across the caseload — overdue, today, this week (and later
on request); one click (or Enter) opens the case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.queries import AgendaEntry, agenda_entries
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import RowsModel, make_table
from lvs_desktop.ui.worker import error_text, run_job

BUCKETS = {"overdue": "Overdue", "today": "Today", "week": "This week", "later": "Later"}
AGENDA_TABLES = ("task", "contact", "case_file", "report")


def bucket(due: date, today: date) -> str:
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    if (due - today).days < 7:
        return "week"
    return "later"


class AgendaPage(QWidget):
    loaded = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entries: list[AgendaEntry] = []
        self.model = RowsModel(
            [tr("When"), tr("Date"), tr("Case no."), tr("Youth"), tr("What")], self
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("agendaTable")
        for col, width in enumerate((100, 100, 120, 220)):
            self.table.horizontalHeader().resizeSection(col, width)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.later = QCheckBox(tr("Also show later items"), self)
        self.later.toggled.connect(self._fill)
        self.summary = QLabel(self)
        self.summary.setObjectName("agendaSummary")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.later)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.is_loaded = False
        self._wanted = False  # loaded when first shown, not at unlock
        context.changed.connect(self._on_changed)

    def activate(self) -> None:
        """Called when the page is navigated to: the first time, it loads."""
        if not self._wanted:
            self._wanted = True
            self.reload()

    def reload(self) -> None:
        self.is_loaded = False
        vault, owner = self.context.vault, self.context.owner_id
        run_job(lambda: agenda_entries(vault, owner), self._got, self._failed, owner=self)

    def _got(self, entries: list[AgendaEntry]) -> None:
        self.entries = entries
        self.is_loaded = True
        self._fill()
        self.loaded.emit()

    def _failed(self, exc: object) -> None:
        self.summary.setText(error_text(exc))  # type: ignore[arg-type]

    def _on_changed(self, summary: ChangeSummary) -> None:
        if self._wanted and summary.touches(*AGENDA_TABLES):
            self.reload()

    def _fill(self) -> None:
        today = self.context.today()
        shown = [
            e for e in self.entries if self.later.isChecked() or bucket(e.due_on, today) != "later"
        ]
        counts = {b: 0 for b in BUCKETS}
        for e in self.entries:
            counts[bucket(e.due_on, today)] += 1
        self.model.set_rows(
            [
                (
                    tr(BUCKETS[bucket(e.due_on, today)]),
                    fmt_date(e.due_on),
                    e.reference,
                    e.youth_name,
                    e.what,
                )
                for e in shown
            ],
            [e.case_id for e in shown],
            [e.due_on < today for e in shown],
        )
        self.summary.setText(
            tr("Overdue: {overdue} · today: {today} · this week: {week} · later: {later}").format(
                **counts
            )
        )

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(RowsModel.IdRole)
        if case_id:
            self.context.open_case.emit(case_id)

    def drop_data(self) -> None:
        self.entries = []
        self.model.clear()
