"""Edit a case: its kind, its consultant, and the underlying problems, as codes the figures
count (mental health, family, bullying, school fit, sleep/gaming, illness, other) plus text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QGridLayout, QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.cases import CaseEdit, update_case
from lvs_desktop.services.queries import Choice
from lvs_desktop.services.record_forms import case_edit, consultant_choices
from lvs_desktop.store import Vault
from lvs_desktop.ui.casework_texts import retitle, tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.widgets import ChoiceCombo


class EditCaseDialog(FormDialog):
    title = "Edit case"

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        self.original: CaseEdit
        self.people: list[Choice] = []
        super().__init__(context, parent)
        retitle(self)

    def loader(self) -> Callable[[Vault], tuple[CaseEdit, list[Choice]]]:
        case_id = self.case_id

        def read(vault: Vault) -> tuple[CaseEdit, list[Choice]]:
            original = case_edit(vault, case_id)
            return original, consultant_choices(vault, original.consultant_id)

        return read

    def use_loaded(self, data: tuple[CaseEdit, list[Choice]]) -> None:
        self.original, self.people = data

    def build(self) -> None:
        d = self.original
        self.kind = ChoiceCombo(self.context.choices("case_kind"), parent=self)
        self.kind.set_code(d.kind)
        self.consultant = ChoiceCombo(self.people, parent=self)
        self.consultant.set_code(d.consultant_id)
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.problems: dict[str, QCheckBox] = {}
        for i, choice in enumerate(self.context.choices("underlying_problem")):
            check = QCheckBox(choice.label, box)
            check.setObjectName(f"problem_{choice.code}")
            check.setChecked(choice.code in d.problem_codes)
            self.problems[choice.code] = check
            grid.addWidget(check, i // 2, i % 2)
        self.text = QPlainTextEdit(d.underlying_problems or "", self)
        self.text.setFixedHeight(90)
        self.text.setPlaceholderText(tr("What lies behind the absence, in a few sentences"))
        self.form.addRow(tr("Kind of case"), self.kind)
        self.form.addRow(tr("Consultant"), self.consultant)
        self.form.addRow(tr("Underlying problems"), box)
        self.form.addRow(tr("Explanation"), self.text)

    def collect(self, problems: list[str]) -> CaseEdit:
        return CaseEdit(
            kind=self.kind.code() or "",
            consultant_id=self.consultant.code() or "",
            underlying_problems=self.text.toPlainText().strip() or None,
            problem_codes=tuple(c for c, box in self.problems.items() if box.isChecked()),
        )

    def save(self, vault: Vault, data: CaseEdit) -> ChangeSummary:
        return update_case(vault, self.case_id, data)
