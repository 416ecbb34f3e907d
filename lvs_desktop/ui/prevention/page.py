"""The Prevention page (issue 13, item 5): the register of preventive work and advice.

A form on the left records an activity (date, kind, asked by, topic, minutes, school); on the
right the school year's activities, and their counts per kind and per school. Every read and
write runs on the desk's runner; the page reads nothing until it is first shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services import prevention as service
from lvs_desktop.services.prevention import CountLine, PreventionInput, RegisterView
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.prevention.texts import tr
from lvs_desktop.ui.widgets import DateField, ErrorLabel, RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import error_text, run_job


class PreventionPage(QWidget):
    """`loaded(RegisterView)` after each read; `saved(ChangeSummary)` after a change;
    `failed(str)` when a read or a save failed (the message is shown on the page)."""

    loaded = Signal(object)
    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preventionPage")
        self.context = context
        self.view: RegisterView | None = None
        self._started = False

        title = QLabel(f"<h2>{tr('Prevention')}</h2>", self)
        intro = QLabel(
            tr(
                "Preventive work and advice not tied to a case: presentations, meetings, "
                "school visits, advice and questions."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.year = QComboBox(self)
        self.year.setAccessibleName(tr("School year:"))
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year.setMinimumContentsLength(9)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        caption = QLabel(tr("School year:"), self)
        caption.setBuddy(self.year)
        bar.addWidget(caption)
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.status)

        # the form
        self.when = DateField(context.today(), self)
        self.kind = QComboBox(self)
        self.requester = QComboBox(self)
        self.topic = QLineEdit(self)
        self.topic.setPlaceholderText(tr("What was it about?"))
        self.topic.setMaxLength(300)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, service.MAX_MINUTES)
        self.minutes.setValue(60)
        self.minutes.setSingleStep(15)
        self.school = QComboBox(self)
        self.record = QPushButton(tr("Record"), self)
        self.record.setDefault(True)
        self.errors = ErrorLabel(self)
        form_box = QGroupBox(tr("New activity"), self)
        form = QFormLayout(form_box)
        for label, widget in (
            (tr("Date"), self.when),
            (tr("Kind"), self.kind),
            (tr("Asked by"), self.requester),
            (tr("Topic"), self.topic),
            (tr("Duration (minutes)"), self.minutes),
            (tr("School"), self.school),
        ):
            form.addRow(label, widget)
        form.addRow(self.errors)
        form.addRow(self.record)
        form_box.setMinimumWidth(380)
        form_box.setMaximumWidth(440)

        # the list and the counts
        self.rows = RowsModel(
            [
                tr("Date"),
                tr("Kind"),
                tr("Asked by"),
                tr("Topic"),
                tr("Minutes"),
                tr("School"),
                tr("Consultant"),
            ],
            self,
        )
        self.table = make_table(self.rows, self)
        self.table.setAccessibleName(tr("Activities"))
        self.delete = QPushButton(tr("Delete"), self)
        self.delete.setEnabled(False)
        self.per_kind = RowsModel([tr("Per kind"), tr("Number"), tr("Minutes")], self)
        self.per_school = RowsModel([tr("Per school"), tr("Number"), tr("Minutes")], self)
        self.kind_table = make_table(self.per_kind, self)
        self.school_table = make_table(self.per_school, self)
        self.total = QLabel(self)
        counts = QHBoxLayout()
        counts.addWidget(self.kind_table)
        counts.addWidget(self.school_table)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 3)
        row = QHBoxLayout()
        row.addWidget(self.total)
        row.addStretch(1)
        row.addWidget(self.delete)
        column.addLayout(row)
        column.addLayout(counts, 2)
        split = QSplitter(self)
        split.addWidget(form_box)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([390, 960])

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self.year.currentIndexChanged.connect(self._year_chosen)
        self.record.clicked.connect(self.submit)
        self.delete.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection)

    # -- reading -------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: the first time, read the current school year."""
        if not self._started:
            self._started = True
            self.refresh()

    def refresh(self) -> None:
        year = self.year.currentText() or None
        vault, today = self.context.vault, self.context.today()
        self.status.setText(tr("Loading…"))
        run_job(lambda: service.register_view(vault, year, today), self._show, self._fail, self)

    @Slot()
    def _year_chosen(self) -> None:
        if self._started:
            self.refresh()

    def _show(self, view: RegisterView) -> None:
        first = self.view is None
        self.view = view
        if first:
            self._fill_choices(view)
        self.rows.set_rows(
            [
                (
                    fmt_date(r.occurred_on),
                    r.kind_label,
                    r.requester_label,
                    r.topic,
                    str(r.minutes),
                    r.school,
                    r.consultant,
                )
                for r in view.rows
            ],
            ids=[r.id for r in view.rows],
        )
        self.per_kind.set_rows(_lines(view.counts.per_kind))
        self.per_school.set_rows(_lines(view.counts.per_school))
        total = view.counts.total
        self.total.setText(
            tr("{n} activities, {minutes} minutes").format(
                n=total.activities, minutes=total.minutes
            )
        )
        for table in (self.table, self.kind_table, self.school_table):
            fit_columns(table)
        self.status.setText("")
        self.delete.setEnabled(False)
        self.loaded.emit(view)

    def _fill_choices(self, view: RegisterView) -> None:
        self.year.blockSignals(True)
        self.year.addItems(list(view.years))
        self.year.setCurrentText(view.year)
        self.year.blockSignals(False)
        for combo, labels in ((self.kind, view.kinds), (self.requester, view.requesters)):
            for code, label in labels.items():
                combo.addItem(label, code)
        self.school.addItem(tr("(no school)"), None)
        for school_id, name in view.schools:
            self.school.addItem(name, school_id)

    def _fail(self, exc: UserError | None) -> None:
        message = error_text(exc)
        self.status.setText(message)
        self.failed.emit(message)

    # -- changing ------------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        """Record the activity in the form (on the runner); the problems, if any, in red."""
        problem = self.when.problem(tr("Date"), required=True)
        if problem:
            self.errors.show_problems([problem])
            self.failed.emit(problem)
            return
        data = PreventionInput(
            self.when.value(),
            self.kind.currentData() or "",
            self.requester.currentData() or "",
            self.topic.text(),
            self.minutes.value(),
            self.school.currentData(),
        )
        vault, today = self.context.vault, self.context.today()
        self.record.setEnabled(False)
        self.status.setText(tr("Saving…"))
        run_job(
            lambda: service.add_activity(vault, data, today=today), self._saved, self._refused, self
        )

    def _saved(self, summary: ChangeSummary) -> None:
        self.record.setEnabled(True)
        self.errors.clear_problems()
        self.topic.clear()
        self.context.report_change(summary)
        self.saved.emit(summary)
        self.refresh()

    def _refused(self, exc: UserError | None) -> None:
        self.record.setEnabled(True)
        self.status.setText("")
        message = error_text(exc)
        self.errors.show_problems(getattr(exc, "problems", None) or [message])
        self.failed.emit(message)

    @Slot()
    def _selection(self) -> None:
        self.delete.setEnabled(self._selected_id() is not None)

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RowsModel.IdRole) if rows else None

    @Slot()
    def delete_selected(self) -> None:
        """Delete the chosen activity (entered by mistake)."""
        activity = self._selected_id()
        if activity is None:
            return
        vault = self.context.vault
        self.delete.setEnabled(False)
        run_job(lambda: service.delete_activity(vault, activity), self._saved, self._refused, self)


def _lines(lines: tuple[CountLine, ...]) -> list[tuple[str, str, str]]:
    return [(line.label, str(line.activities), str(line.minutes)) for line in lines]


def create_page(context: Any) -> PreventionPage:
    """The page for the desk's navigation."""
    return PreventionPage(context)
