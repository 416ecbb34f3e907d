"""Task dialogs: done (date and note), not needed (with the reason), reschedule, assign to
a colleague, and a new task added by hand. Each opens on its first field."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.queries import Choice
from lvs_desktop.services.tasks import (
    add_task,
    assign_task,
    colleagues,
    finish_task,
    reschedule_task,
)
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.outcome_texts import tr
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.widgets import ChoiceCombo, DateField


@dataclass(frozen=True)
class TaskRef:
    """The task a dialog works on, as the agenda shows it."""

    task_id: str
    reference: str
    description: str
    due_on: date


class _TaskDialog(FormDialog):
    def __init__(self, context: DeskContext, task: TaskRef, parent: QWidget | None = None):
        self.task = task
        super().__init__(context, parent)
        self.setWindowTitle(tr(self.title))

    def _show_task(self) -> None:
        what = QLabel(f"{self.task.reference} — {self.task.description}", self)
        what.setWordWrap(True)
        self.form.addRow(tr("Task"), what)


class FinishTaskDialog(_TaskDialog):
    """Done with a date and an optional note; or not needed, with the reason."""

    title = "Task done"
    status = "done"

    def build(self) -> None:
        self._show_task()
        self.on = DateField(self.context.today(), self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(80)
        self.form.addRow(tr("Done on" if self.status == "done" else "Closed on"), self.on)
        self.form.addRow(tr("Note" if self.status == "done" else "Why not needed"), self.note)
        self.on.setFocus()

    def collect(self, problems: list[str]) -> tuple[date | None, str]:
        label = tr("Done on" if self.status == "done" else "Closed on")
        return self.date_value(self.on, label, problems, True), self.note.toPlainText()

    def save(self, vault: Vault, data: tuple[date, str]) -> ChangeSummary:
        on, note = data
        return finish_task(vault, self.task.task_id, self.status, on, note, self.context.today())


class NotNeededDialog(FinishTaskDialog):
    title = "Task not needed"
    status = "not_needed"

    def build(self) -> None:
        super().build()
        self.note.setFocus()


class RescheduleTaskDialog(_TaskDialog):
    title = "Reschedule task"

    def build(self) -> None:
        self._show_task()
        self.form.addRow(tr("Current date"), QLabel(fmt_date(self.task.due_on), self))
        self.due_on = DateField(None, self)
        self.form.addRow(tr("New date"), self.due_on)
        self.due_on.setFocus()

    def collect(self, problems: list[str]) -> date | None:
        return self.date_value(self.due_on, tr("New date"), problems, True)

    def save(self, vault: Vault, data: date) -> ChangeSummary:
        return reschedule_task(vault, self.task.task_id, data, self.context.today())


class AssignTaskDialog(_TaskDialog):
    title = "Assign task"

    def loader(self) -> Callable[[Vault], list[Choice]]:
        return colleagues

    def use_loaded(self, data: list[Choice]) -> None:
        self.people = data

    def build(self) -> None:
        self._show_task()
        self.colleague = ChoiceCombo(self.people, parent=self)
        self.form.addRow(tr("Colleague"), self.colleague)
        self.colleague.setFocus()

    def collect(self, problems: list[str]) -> str | None:
        code = self.colleague.code()
        if not code:
            problems.append(tr("Choose a colleague."))
        return code

    def save(self, vault: Vault, data: str) -> ChangeSummary:
        return assign_task(vault, self.task.task_id, data)


class NewTaskDialog(FormDialog):
    """A task added by hand to a case, for its consultant or a named colleague."""

    title = "New task"

    def __init__(
        self, context: DeskContext, case_id: str, reference: str, parent: QWidget | None = None
    ) -> None:
        self.case_id, self.reference = case_id, reference
        super().__init__(context, parent)
        self.setWindowTitle(tr(self.title))

    def loader(self) -> Callable[[Vault], list[Choice]]:
        return colleagues

    def use_loaded(self, data: list[Choice]) -> None:
        self.people = data

    def build(self) -> None:
        self.form.addRow(tr("Case"), QLabel(self.reference, self))
        self.description = QLineEdit(self)
        self.due_on = DateField(self.context.today(), self)
        self.colleague = ChoiceCombo(
            self.people, blank=tr("— the case's consultant —"), parent=self
        )
        self.form.addRow(tr("Description"), self.description)
        self.form.addRow(tr("Due on"), self.due_on)
        self.form.addRow(tr("Assigned to"), self.colleague)
        self.description.setFocus()

    def collect(self, problems: list[str]) -> tuple[str, date | None, str | None]:
        text = self.required_text(self.description.text(), tr("Description"), problems)
        due = self.date_value(self.due_on, tr("Due on"), problems, True)
        return text, due, self.colleague.code()

    def save(self, vault: Vault, data: tuple[str, date, str | None]) -> ChangeSummary:
        text, due, who = data
        return add_task(vault, self.case_id, text, due, who)
