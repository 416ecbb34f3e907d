"""The caseload page: a filter bar, search-as-you-type and the table of cases.

The rows load on a worker (first a page, so the first rows show quickly, then the rest);
the filter bar and the search only change which rows the model shows, never reload. The
selected case stays selected by id while the shown rows change. Down-arrow goes from the
search box into the results, Up-arrow on the first row back. Columns that repeat one value
hide themselves; the user chooses columns and widths (`caseload_columns`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models.rules.deadlines import DeadlineTerms
from lvs_desktop.services import ChangeSummary, caseload
from lvs_desktop.services.caseload import CaseRow
from lvs_desktop.services.settings import get_terms
from lvs_desktop.ui.caseload_columns import ColumnChooser
from lvs_desktop.ui.caseload_model import COLUMNS, CaseIdRole, CaseloadModel, Criteria
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.empty_hint import EmptyHint
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.icons import icon
from lvs_desktop.ui.widgets import make_table
from lvs_desktop.ui.worker import error_text, run_job

FIRST_PAGE = 300
CHUNK = 2500
CASE_TABLES = (
    "case_file",
    "report",
    "contact",
    "task",
    "route_decision",
    "youth",
    "school",
    "exemption",
    "enforcement",
    "letter",
)
WIDTHS = (105, 160, 62, 155, 105, 110, 100, 100, 85, 120)
ALWAYS_SHOWN = frozenset({"reference", "name"})


class CaseloadPage(QWidget):
    """Emits `first_rows` when the newest page shows, `loaded` when every row is in, and
    `refreshed` after the rows of a saved change were reloaded."""

    first_rows = Signal()
    loaded = Signal()
    refreshed = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = CaseloadModel(context.labels, context.today(), self)
        self._generation = 0
        self._selected_id: str | None = None  # kept while the shown rows change
        self._resetting = False
        self.is_loaded = False
        self._build()
        context.changed.connect(self._on_changed)
        self.reload()

    # -- building -----------------------------------------------------------------------

    def _combo(self, any_label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(any_label, None)
        for code, label in items:
            combo.addItem(label, code)
        # A long label (a new case kind) must not widen the page past 1366 px: the box keeps a
        # fixed width and its list opens wide enough for every label.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(max(len(any_label), 16))
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.currentIndexChanged.connect(self._apply_filter)
        return combo

    def _build(self) -> None:
        ctx = self.context
        self.search = QLineEdit(self)
        self.search.setObjectName("caseloadSearch")
        self.search.setPlaceholderText(
            tr("Search name, birth date, BSN, school or case number… (↓ to the results)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)
        self.status = self._combo(tr("All statuses"), list(ctx.labels["case_status"].items()))
        self.status.setCurrentIndex(self.status.findData("in_behandeling"))
        self.kind = self._combo(tr("All kinds"), list(ctx.labels["case_kind"].items()))
        self.municipality = self._combo(tr("All municipalities"), [])
        self.school_type = self._combo(
            tr("All school types"), [(c, c) for c in ctx.labels.get("school_type", {})]
        )
        self.mine = QComboBox(self)
        self.mine.addItem(tr("My cases"), True)
        self.mine.addItem(tr("All consultants"), False)
        if ctx.vault.role == "team":
            self.mine.setCurrentIndex(1)
        self.mine.currentIndexChanged.connect(self._apply_filter)
        self.overdue = QCheckBox(tr("Overdue only"), self)
        self.overdue.toggled.connect(self._apply_filter)
        self.count = QLabel(self)
        self.count.setObjectName("caseloadCount")

        bar = QHBoxLayout()
        for w in (self.status, self.kind, self.municipality, self.school_type, self.mine):
            bar.addWidget(w, 1)
        bar.addWidget(self.overdue)
        self.table = make_table(self.model, self)
        self.table.setObjectName("caseloadTable")
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.columns = ColumnChooser(header, COLUMNS, WIDTHS, "caseload", ALWAYS_SHOWN)
        self.columns_button = QPushButton(icon("mdi6.table-column"), tr("Columns"), self)
        self.columns_button.setObjectName("caseloadColumnsButton")
        self.columns_button.setToolTip(tr("Choose the columns of the caseload"))
        self.columns_button.setMenu(self.columns.menu)
        bar.addWidget(self.columns_button)
        self.table.activated.connect(self._activated)
        self.table.installEventFilter(self)
        EmptyHint(self.table, tr("No cases to show. Change the search or the filters above."))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._about_to_reset)
        self.model.modelReset.connect(self._restore_selection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._apply_filter()

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the caseload: the newest page at once, then the rest piece by piece (each a
        short job on the worker, so the vault is free in between for the case view)."""
        self._generation += 1
        self.is_loaded = False
        generation = self._generation
        vault = self.context.vault
        terms: list[DeadlineTerms] = []  # read with the first page, on the worker

        def current() -> bool:
            return generation == self._generation

        def read_first() -> tuple[DeadlineTerms, list[CaseRow]]:
            region_terms = get_terms(vault)
            return region_terms, caseload.newest_cases(vault, FIRST_PAGE, region_terms)

        def got_first(first: tuple[DeadlineTerms, list[CaseRow]]) -> None:
            if not current():
                return
            region_terms, rows = first
            terms.append(region_terms)
            self.model.set_rows(rows)
            self.columns.set_repeated(self.model.repeated_columns())
            self.first_rows.emit()
            self._update_count()
            run_job(
                lambda: caseload.case_chunks(vault, CHUNK), got_chunks, self._failed, owner=self
            )

        def got_chunks(chunks: list[tuple[int, int]]) -> None:
            seen = {r.case_id for r in self.model.rows}
            next_chunk(list(chunks), seen)

        def next_chunk(chunks: list[tuple[int, int]], seen: set[str]) -> None:
            if not current():
                return
            if not chunks:
                self._sort_loaded()
                self._loaded()
                return
            chunk = chunks.pop(0)

            def got(rows: list[CaseRow]) -> None:
                if not current():
                    return
                self.model.append_rows([r for r in rows if r.case_id not in seen])
                self._update_count()
                next_chunk(chunks, seen)

            region_terms = terms[0]
            run_job(
                lambda: caseload.cases_in_chunk(vault, chunk, region_terms),
                got,
                self._failed,
                owner=self,
            )

        run_job(read_first, got_first, self._failed, owner=self)

    def _sort_loaded(self) -> None:
        """The order the user chose while the rows came in, else the newest first."""
        header = self.table.horizontalHeader()
        column = header.sortIndicatorSection()
        if 0 <= column < len(COLUMNS):
            self.model.sort(column, header.sortIndicatorOrder())
        else:
            self.model.sort_newest_first()

    def _loaded(self) -> None:
        if self.municipality.count() == 1:
            names = sorted({r.municipality for r in self.model.rows if r.municipality})
            self.set_municipalities(names)
        self.columns.set_repeated(self.model.repeated_columns())
        self._update_count()
        self.is_loaded = True
        self.loaded.emit()

    def _failed(self, exc: object) -> None:
        self.count.setText(error_text(exc))  # type: ignore[arg-type]

    def _on_changed(self, summary: ChangeSummary) -> None:
        """Reload only the cases the change touched (all of them after a large import)."""
        if not summary.touches(*CASE_TABLES):
            return
        if summary.everything:
            self.reload()
            return
        vault = self.context.vault
        changed = summary.created + summary.updated

        def fetch() -> tuple[set[str], list[CaseRow]]:
            touched = caseload.cases_touched(vault, changed)
            return touched, caseload.cases_by_id(vault, touched)

        def got(result: tuple[set[str], list[CaseRow]]) -> None:
            self.model.upsert_rows(*result)
            self._update_count()
            self.refreshed.emit()

        run_job(fetch, got, self._failed, owner=self)

    def set_municipalities(self, names: list[str]) -> None:
        for name in names:
            self.municipality.addItem(name, name)

    # -- filtering ----------------------------------------------------------------------

    def criteria(self) -> Criteria:
        return Criteria(
            text=self.search.text(),
            status=self.status.currentData(),
            kind=self.kind.currentData(),
            municipality=self.municipality.currentData(),
            school_type=self.school_type.currentData(),
            overdue_only=self.overdue.isChecked(),
            consultant_id=self.context.owner_id if self.mine.currentData() else None,
        )

    def _apply_filter(self) -> None:
        if not hasattr(self, "table"):
            return
        criteria = self.criteria()
        bar_changed = criteria.without_text() != self.model.criteria.without_text()
        self.model.set_criteria(criteria)
        if bar_changed and self.model.total():
            self.columns.set_repeated(self.model.repeated_columns())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(tr("{shown} of {total} cases").format(shown=shown, total=total))

    # -- selection and keys ---------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._resetting and current.isValid():
            self._selected_id = current.data(CaseIdRole)

    def _about_to_reset(self) -> None:
        self._resetting = True

    def _restore_selection(self) -> None:
        """After the shown rows changed: the selected case again, if it is still shown."""
        row = self.model.row_of(self._selected_id)
        if row >= 0:
            index = self.model.index(row, self._first_column())
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        self._resetting = False

    def _first_column(self) -> int:
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if not header.isSectionHidden(column):
                return column
        return 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                self.enter_results()
                return True
            if watched is self.table and key == Qt.Key.Key_Up:
                current = self.table.currentIndex()
                if not current.isValid() or current.row() == 0:
                    self.focus_search()
                    return True
        return super().eventFilter(watched, event)

    def enter_results(self) -> None:
        """Down-arrow in the search box: into the table, on the first row."""
        if not self.model.rowCount():
            return
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.setCurrentIndex(self.model.index(0, self._first_column()))

    def _activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.context.open_case.emit(case_id)

    def current_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CaseIdRole) if index.isValid() else None

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def drop_data(self) -> None:
        """Forget every row (on lock)."""
        self._generation += 1
        self._selected_id = None
        self.search.clear()
        self.model.clear()
