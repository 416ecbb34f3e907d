"""Record or correct one enrolment of the youth's history: school, from, until, grade. A
wrong one is removed (tombstone); the youth's current school follows the history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.enrolments import (
    EnrolmentInput,
    EnrolmentRow,
    add_enrolment,
    remove_enrolment,
    update_enrolment,
)
from lvs_desktop.services.queries import Choice, schools
from lvs_desktop.store import Vault
from lvs_desktop.ui.casework_texts import retitle, tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.edit_youth import line
from lvs_desktop.ui.widgets import ChoiceCombo, DateField


@dataclass(frozen=True)
class EnrolmentChange:
    data: EnrolmentInput
    remove: bool


class EnrolmentDialog(FormDialog):
    """`row` None: a new enrolment of `youth_id` (an earlier school, or a re-enrolment)."""

    title = "Enrolment"

    def __init__(
        self,
        context: DeskContext,
        youth_id: str,
        row: EnrolmentRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.youth_id = youth_id
        self.row = row
        super().__init__(context, parent)
        retitle(self, "Edit enrolment" if row else "Add enrolment")

    def loader(self) -> Callable[[Vault], list[Choice]]:
        keep = self.row.school_id if self.row else None
        return lambda vault: schools(vault, keep)

    def use_loaded(self, data: list[Choice]) -> None:
        self.schools = data

    def build(self) -> None:
        row = self.row
        keep = row.school_id if row else None
        self.school = ChoiceCombo(self.schools, blank=tr("— choose —"), parent=self)
        self.school.set_code(keep)
        self.starts_on = DateField(row.starts_on if row else None, self)
        self.ends_on = DateField(row.ends_on if row else None, self)
        self.grade = line(row.grade if row else None, self, "Grade")
        self.remove = QCheckBox(tr("This enrolment was entered by mistake: remove it"), self)
        self.form.addRow(tr("School"), self.school)
        self.form.addRow(tr("Enrolled from"), self.starts_on)
        self.form.addRow(tr("Until (empty: still enrolled)"), self.ends_on)
        self.form.addRow(tr("Grade"), self.grade)
        if row is not None:
            self.form.addRow("", self.remove)
        else:
            self.remove.hide()  # nothing to remove yet

    def collect(self, problems: list[str]) -> EnrolmentChange:
        if self.school.code() is None and not self.remove.isChecked():
            problems.append(tr("Choose the school."))
        start = self.date_value(self.starts_on, tr("Enrolled from"), problems, True)
        end = self.date_value(self.ends_on, tr("Until"), problems)
        data = EnrolmentInput(
            self.school.code() or "",
            start,
            end,
            self.grade.text().strip() or None,
        )
        return EnrolmentChange(data, self.remove.isChecked())

    def save(self, vault: Vault, change: EnrolmentChange) -> ChangeSummary:
        today = self.context.today()
        if self.row is None:
            return add_enrolment(vault, self.youth_id, change.data, today=today)
        if change.remove:
            return remove_enrolment(vault, self.row.id, today=today)
        return update_enrolment(vault, self.row.id, change.data, today=today)
