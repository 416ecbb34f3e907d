"""The Thuiszitters page (issue 13, item 4): the thuiszitters of a school year by name, as the
annual figure counts them on the chosen day, with the offer deadline and the offer; an offer
is recorded from here, and the list saved as CSV. Reads (audited: the list names youths) and
writes run on the desk's runner.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services import thuiszitters as service
from lvs_desktop.services.audit_log import record_read
from lvs_desktop.services.thuiszitters import OfferInput, ThuiszitterList, ThuiszitterRow
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.prevention.texts import tr
from lvs_desktop.ui.widgets import DateField, ErrorLabel, RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import error_text, run_job


def read_list(vault: Vault, on: date) -> tuple[ThuiszitterList, dict[str, str]]:
    """The list (its read audited, as the command line does) and the offer kinds."""
    listing = service.thuiszitter_list(vault, on)
    record_read(vault, "thuiszitters", "case_file", count=listing.count)
    return listing, service.offer_kinds(vault)


class ThuiszitterPage(QWidget):
    """`loaded(ThuiszitterList)` after each read; `saved(ChangeSummary)` after an offer;
    `exported(str)` after the CSV was written; `failed(str)` with the Dutch message."""

    loaded = Signal(object)
    saved = Signal(object)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thuiszitterPage")
        self.context = context
        self.listing: ThuiszitterList | None = None
        self.offer_kinds: dict[str, str] = {}
        self.dialog: OfferDialog | None = None
        self._started = False

        title = QLabel(f"<h2>{tr('Thuiszitters')}</h2>", self)
        intro = QLabel(
            tr(
                "Thuiszitters of the school year as the annual figure counts them on the chosen "
                "day: since when at home, the 3-month deadline for an offer, and the offer."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.on = DateField(context.today(), self)
        self.show_button = QPushButton(tr("Show"), self)
        self.offer = QPushButton(tr("Record offer…"), self)
        self.offer.setEnabled(False)
        self.save_csv = QPushButton(tr("Save CSV…"), self)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        caption = QLabel(tr("On:"), self)
        caption.setBuddy(self.on)
        bar.addWidget(caption)
        bar.addWidget(self.on)
        bar.addWidget(self.show_button)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.offer)
        bar.addWidget(self.save_csv)
        self.rows = ListModel(
            [
                tr("Case"),
                tr("Name"),
                tr("School"),
                tr("Municipality"),
                tr("At home since"),
                tr("At home until"),
                tr("Exemption"),
                tr("Offer\ndeadline"),
                tr("Offer"),
                tr("Status"),
                tr("Only from\nthe report"),
            ],
            self,
        )
        self.table = make_table(self.rows, self)
        self.table.setAccessibleName(tr("Thuiszitters"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.show_button.clicked.connect(self.refresh)
        self.on.returnPressed.connect(self.refresh)
        self.offer.clicked.connect(self.open_offer)
        self.save_csv.clicked.connect(self._ask_csv)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _index: self.open_offer())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.listing is not None:
            fit_columns(self.table, cap=240)
            self._fit_width()

    def _fit_width(self) -> None:
        """Eleven columns within the page (1366 px wide with the menu): when the contents are
        wider, the widest of the name, school, municipality, exemption and offer columns give
        way first (their cells elide; the tooltip shows all), none narrower than 80 px."""
        header = self.table.horizontalHeader()
        last = header.count() - 1
        sizes = {c: header.sectionSize(c) for c in range(last)}
        # the stretching last column keeps at least the default section size
        need = max(
            self.table.sizeHintForColumn(last),
            header.sectionSizeHint(last),
            header.defaultSectionSize(),
        )
        excess = sum(sizes.values()) + need - self.table.viewport().width()
        while excess > 0:
            widest = max(ELASTIC, key=lambda c: sizes[c])
            if sizes[widest] <= 80:
                break
            others = [sizes[c] for c in ELASTIC if c != widest]
            step = max(1, min(excess, sizes[widest] - max([*others, 80])))
            sizes[widest] -= step
            excess -= step
        for c in ELASTIC:
            header.resizeSection(c, sizes[c])

    def activate(self) -> None:
        if not self._started:
            self._started = True
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        on = self.on.value()
        if on is None:
            self._fail_text(tr("Not a valid date; write it as dd-mm-yyyy."))
            return
        vault = self.context.vault
        self.summary.setText(tr("Loading…"))
        run_job(lambda: read_list(vault, on), self._show, self._fail, self)

    def _show(self, result: tuple[ThuiszitterList, dict[str, str]]) -> None:
        self.listing, self.offer_kinds = result
        rows = self.listing.rows
        self.rows.set_rows(
            [_cells(r) for r in rows],
            ids=[r.case_id for r in rows],
            red=[r.status == service.OVERDUE for r in rows],
        )
        fit_columns(self.table, cap=240)
        self._fit_width()
        self.summary.setText(
            tr("{n} thuiszitters in school year {year} on {day}").format(
                n=self.listing.count, year=self.listing.year, day=fmt_date(self.listing.on)
            )
        )
        self.offer.setEnabled(False)
        self.loaded.emit(self.listing)

    def _fail(self, exc: UserError | None) -> None:
        self._fail_text(error_text(exc))

    def _fail_text(self, message: str) -> None:
        self.summary.setText(message)
        self.failed.emit(message)

    @Slot()
    def _selection(self) -> None:
        self.offer.setEnabled(self.selected() is not None)

    def selected(self) -> ThuiszitterRow | None:
        chosen = self.table.selectionModel().selectedRows()
        if not chosen or self.listing is None:
            return None
        return self.listing.rows[chosen[0].row()]

    @Slot()
    def open_offer(self) -> OfferDialog | None:
        """The offer form for the chosen thuiszitter (non-modal; `self.dialog`)."""
        row = self.selected()
        if row is None:
            self._fail_text(tr("Choose a thuiszitter in the list first."))
            return None
        self.dialog = OfferDialog(self.context, row, self.offer_kinds, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.show()
        return self.dialog

    def _saved(self, summary: ChangeSummary) -> None:
        self.context.report_change(summary)
        self.saved.emit(summary)
        self.refresh()

    def _ask_csv(self) -> None:
        if self.listing is None:
            return
        name = f"thuiszitters-{self.listing.year}.csv"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save list"), name, tr("CSV (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the shown list as CSV to `path` (on the runner)."""
        listing = self.listing
        if listing is None:
            return

        def write() -> str:
            service.save_csv(listing, path)
            return str(path)

        run_job(write, self._written, self._fail, self)

    def _written(self, path: str) -> None:
        self.summary.setText(tr("Saved."))
        self.exported.emit(path)


def _cells(r: ThuiszitterRow) -> tuple[str, ...]:
    offer = ""
    if r.offer is not None:
        offer = f"{fmt_date(r.offer.offered_on)} {r.offer.kind_label}"
    return (
        r.reference,
        r.name,
        r.school,
        r.municipality,
        fmt_date(r.since),
        tr("still at home") if r.at_home_now else fmt_date(r.until),
        r.exemption,
        fmt_date(r.deadline),
        offer,
        r.status,
        tr("yes") if r.unverified else "",
    )


Index = QModelIndex | QPersistentModelIndex
ELASTIC = (1, 2, 3, 6, 8)  # name, school, municipality, exemption, offer


class ListModel(RowsModel):
    """The list's rows; the header of "alleen uit melding" explains the rule as its tooltip."""

    UNVERIFIED = 10

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == self.UNVERIFIED
        ):
            return service.UNVERIFIED_RULE
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == self.UNVERIFIED
            and super().data(index)
        ):
            return service.UNVERIFIED_RULE
        return super().data(index, role)


class OfferDialog(QDialog):
    """Record the offer made to one thuiszitter: date, kind, what. `saved(ChangeSummary)`."""

    saved = Signal(object)
    problems_shown = Signal(list)

    def __init__(
        self,
        context: DeskContext,
        row: ThuiszitterRow,
        kinds: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = row.case_id
        self.setWindowTitle(tr("Offer to a thuiszitter"))
        self.setMinimumWidth(460)
        self.when = DateField(context.today(), self)
        self.kind = QComboBox(self)
        for code, label in kinds.items():
            self.kind.addItem(label, code)
        self.what = QLineEdit(self)
        self.what.setMaxLength(300)
        self.errors = ErrorLabel(self)
        form = QFormLayout()
        form.addRow(QLabel(f"<b>{row.name}</b> · {row.reference}", self))
        form.addRow(tr("Offered on"), self.when)
        form.addRow(tr("Kind of offer"), self.kind)
        form.addRow(tr("What was offered"), self.what)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)

    @Slot()
    def submit(self) -> None:
        problem = self.when.problem(tr("Offered on"), required=True)
        if problem:
            self._problems([problem])
            return
        data = OfferInput(self.when.value(), self.kind.currentData() or "", self.what.text())
        vault, case_id, today = self.context.vault, self.case_id, self.context.today()
        self.buttons.setEnabled(False)
        run_job(
            lambda: service.record_offer(vault, case_id, data, today=today),
            self._done,
            self._refused,
            self,
        )

    def _done(self, summary: ChangeSummary) -> None:
        self.saved.emit(summary)
        self.accept()

    def _refused(self, exc: UserError | None) -> None:
        self.buttons.setEnabled(True)
        self._problems(getattr(exc, "problems", None) or [error_text(exc)])

    def _problems(self, problems: list[str]) -> None:
        self.errors.show_problems(problems)
        self.problems_shown.emit(problems)


def create_page(context: Any) -> ThuiszitterPage:
    """The page for the desk's navigation."""
    return ThuiszitterPage(context)
