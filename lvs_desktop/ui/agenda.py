"""The agenda: tasks and deadlines across the caseload — overdue, today, this week (and later
on request) — filtered open / done / all; one click (or Enter) opens the case.

The task actions (done, not needed, reschedule, assign, new task, reopen) work on the
selected row, each with a shortcut while the agenda has focus. A task done or not needed
leaves the overdue count; a deadline (first contact) is met by doing the work, not ticked off.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.tasks import AgendaRow, Show, agenda_rows, reopen_task
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.outcome_texts import tr as tr_tasks
from lvs_desktop.ui.dialogs.task import (
    AssignTaskDialog,
    FinishTaskDialog,
    NewTaskDialog,
    NotNeededDialog,
    RescheduleTaskDialog,
    TaskRef,
)
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import RowsModel, make_table
from lvs_desktop.ui.worker import error_text, run_job

BUCKETS = {"overdue": "Overdue", "today": "Today", "week": "This week", "later": "Later"}
AGENDA_TABLES = ("task", "contact", "case_file", "report")
SHOWS: tuple[tuple[Show, str], ...] = (
    ("open", "Open tasks"),
    ("done", "Done and not needed"),
    ("all", "All tasks"),
)


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
        self.entries: list[AgendaRow] = []
        self.shown: list[AgendaRow] = []
        self.dialog: FormDialog | None = None
        self.model = RowsModel(
            [
                tr("When"),
                tr("Date"),
                tr("Case no."),
                tr("Youth"),
                tr("What"),
                tr_tasks("Assigned to"),
                tr_tasks("Closed"),
                tr_tasks("Note"),
            ],
            self,
        )
        self.table = make_table(self.model, self)
        self.table.setObjectName("agendaTable")
        for col, width in enumerate((80, 85, 105, 170, 290, 130, 95)):
            self.table.horizontalHeader().resizeSection(col, width)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.show_box = QComboBox(self)
        self.show_box.setObjectName("agendaShow")
        for code, label in SHOWS:
            self.show_box.addItem(tr_tasks(label), code)
        self.show_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.later = QCheckBox(tr("Also show later items"), self)
        self.later.toggled.connect(self._fill)
        self.summary = QLabel(self)
        self.summary.setObjectName("agendaSummary")
        self.notice = QLabel(self)
        self.notice.setObjectName("agendaNotice")
        self.notice.setStyleSheet("color: #b00020;")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(tr_tasks("Show"), self))
        top.addWidget(self.show_box)
        top.addWidget(self.later)
        actions = QHBoxLayout()
        self.act_done = self._action(
            "&Done…", "Ctrl+D", lambda: self._task_dialog(FinishTaskDialog)
        )
        self.act_not_needed = self._action(
            "&Not needed…", "Ctrl+Shift+N", lambda: self._task_dialog(NotNeededDialog)
        )
        self.act_reschedule = self._action(
            "&Reschedule…", "Ctrl+Shift+D", lambda: self._task_dialog(RescheduleTaskDialog)
        )
        self.act_assign = self._action(
            "&Assign…", "Ctrl+Shift+T", lambda: self._task_dialog(AssignTaskDialog)
        )
        self.act_new = self._action("New &task…", "Ctrl+T", self.new_task)
        self.act_reopen = self._action("Re&open", "Ctrl+Shift+O", self.reopen)
        for act in (
            self.act_done,
            self.act_not_needed,
            self.act_reschedule,
            self.act_assign,
            self.act_new,
            self.act_reopen,
        ):
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            actions.addWidget(button)
        actions.addWidget(self.notice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        self.is_loaded = False
        self._wanted = False  # loaded when first shown, not at unlock
        context.changed.connect(self._on_changed)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        """Each action only where it applies: open tasks, closed tasks, any row."""
        entry = self.current()
        is_task = entry is not None and entry.task_id is not None
        for act in (self.act_done, self.act_not_needed, self.act_reschedule, self.act_assign):
            act.setEnabled(is_task and entry is not None and entry.is_open)
        self.act_reopen.setEnabled(is_task and entry is not None and not entry.is_open)
        self.act_new.setEnabled(entry is not None)

    def _action(self, text: str, keys: str, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(tr_tasks(text), self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tr_tasks(text).replace('&', '')} ({native})")
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def activate(self) -> None:
        """Called when the page is navigated to: the first time, it loads."""
        if not self._wanted:
            self._wanted = True
            self.reload()

    @property
    def show_what(self) -> Show:
        return self.show_box.currentData() or "open"

    def reload(self) -> None:
        self.is_loaded = False
        vault, owner, show = self.context.vault, self.context.owner_id, self.show_what
        run_job(lambda: agenda_rows(vault, owner, show), self._got, self._failed, owner=self)

    def _got(self, entries: list[AgendaRow]) -> None:
        self.entries = entries
        self.is_loaded = True
        self._fill()
        self.loaded.emit()

    def _failed(self, exc: object) -> None:
        self.summary.setText(error_text(exc))  # type: ignore[arg-type]

    def _on_changed(self, summary: ChangeSummary) -> None:
        if self._wanted and summary.touches(*AGENDA_TABLES):
            self.reload()

    def overdue_count(self) -> int:
        today = self.context.today()
        return sum(1 for e in self.entries if e.overdue(today))

    def _fill(self) -> None:
        today = self.context.today()
        self.shown = [
            e
            for e in self.entries
            if not e.is_open or self.later.isChecked() or bucket(e.due_on, today) != "later"
        ]
        counts = {b: 0 for b in BUCKETS}
        closed = 0
        for e in self.entries:
            if e.is_open:
                counts[bucket(e.due_on, today)] += 1
            else:
                closed += 1
        self.model.set_rows(
            [
                (
                    tr(BUCKETS[bucket(e.due_on, today)]) if e.is_open else e.status_label,
                    fmt_date(e.due_on),
                    e.reference,
                    e.youth_name,
                    e.what,
                    e.assignee,
                    fmt_date(e.done_on),
                    e.note,
                )
                for e in self.shown
            ],
            [e.case_id for e in self.shown],
            [e.overdue(today) for e in self.shown],
        )
        text = tr_tasks(
            "Overdue: {overdue} · today: {today} · this week: {week} · later: {later}"
        ).format(**counts)
        if self.show_what != "open":
            text += tr_tasks(" · done or not needed: {closed}").format(closed=closed)
        self.summary.setText(text)

    def _open(self, index: QModelIndex) -> None:
        case_id = index.data(RowsModel.IdRole)
        if case_id:
            self.context.open_case.emit(case_id)

    # -- task actions -------------------------------------------------------------------

    def current(self) -> AgendaRow | None:
        row = self.table.currentIndex().row()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _selected_task(self) -> AgendaRow | None:
        entry = self.current()
        if entry is None:
            self.notice.setText(tr_tasks("Choose a task in the list first."))
        elif entry.task_id is None:
            self.notice.setText(
                tr_tasks("A deadline is met by doing the work, not ticked off here.")
            )
            return None
        else:
            self.notice.clear()
        return entry

    def _show(self, dialog: FormDialog) -> FormDialog:
        if self.dialog is not None:
            self.dialog.reject()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None
        self.table.setFocus()  # the keyboard user goes on in the list

    def _task_dialog(
        self, cls: Callable[[DeskContext, TaskRef, QWidget], FormDialog]
    ) -> FormDialog | None:
        """The dialog `cls` on the selected task (None when no task is selected)."""
        entry = self._selected_task()
        if entry is None or entry.task_id is None:
            return None
        ref = TaskRef(entry.task_id, entry.reference, entry.what, entry.due_on)
        return self._show(cls(self.context, ref, self))

    def new_task(self) -> FormDialog | None:
        entry = self.current()
        if entry is None:
            self.notice.setText(tr_tasks("Choose a task in the list first."))
            return None
        self.notice.clear()
        return self._show(NewTaskDialog(self.context, entry.case_id, entry.reference, self))

    def reopen(self) -> None:
        entry = self._selected_task()
        if entry is None or entry.task_id is None or entry.is_open:
            return
        vault, task_id = self.context.vault, entry.task_id
        run_job(
            lambda: reopen_task(vault, task_id),
            self.context.report_change,
            lambda exc: self.notice.setText(error_text(exc)),
            owner=self,
        )

    def drop_data(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.entries = []
        self.shown = []
        self.model.clear()
