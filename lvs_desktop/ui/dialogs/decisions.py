"""Exemption (vrijstelling) and enforcement step (warning, Halt, PV, SVB) dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.decisions import (
    EnforcementInput,
    ExemptionInput,
    record_enforcement,
    record_exemption,
)
from lvs_desktop.services.queries import Choice, guardians_of_case
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import ChoiceCombo, DateField


class ExemptionDialog(FormDialog):
    title = "Exemption"

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        super().__init__(context, parent)

    def build(self) -> None:
        ctx = self.context
        self.article = ChoiceCombo(ctx.choices("exemption_article"), parent=self)
        self.received_on = DateField(ctx.today(), self)
        self.starts_on = DateField(None, self)
        self.ends_on = DateField(None, self)
        self.outcome = ChoiceCombo(ctx.choices("exemption_outcome"), parent=self)
        self.decided_on = DateField(None, self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.form.addRow(tr("Article"), self.article)
        self.form.addRow(tr("Request received on"), self.received_on)
        self.form.addRow(tr("Exempt from"), self.starts_on)
        self.form.addRow(tr("Exempt until"), self.ends_on)
        self.form.addRow(tr("Outcome"), self.outcome)
        self.form.addRow(tr("Decided on"), self.decided_on)
        self.form.addRow(tr("Notes"), self.notes)

    def collect(self, problems: list[str]) -> ExemptionInput:
        return ExemptionInput(
            article=self.article.code() or "",
            received_on=self.date_value(
                self.received_on, tr("Request received on"), problems, True
            ),
            starts_on=self.date_value(self.starts_on, tr("Exempt from"), problems),
            ends_on=self.date_value(self.ends_on, tr("Exempt until"), problems),
            outcome=self.outcome.code() or "pending",
            decided_on=self.date_value(self.decided_on, tr("Decided on"), problems),
            notes=self.notes.toPlainText().strip() or None,
        )

    def save(self, vault: Vault, data: ExemptionInput) -> ChangeSummary:
        return record_exemption(vault, self.case_id, data)


class EnforcementDialog(FormDialog):
    title = "Enforcement step"

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        super().__init__(context, parent)

    def loader(self) -> Callable[[Vault], list[Choice]]:
        case_id = self.case_id
        return lambda vault: guardians_of_case(vault, case_id)

    def use_loaded(self, data: list[Choice]) -> None:
        self.guardians = data

    def build(self) -> None:
        ctx = self.context
        self.kind = ChoiceCombo(ctx.choices("enforcement_kind"), parent=self)
        self.dated_on = DateField(ctx.today(), self)
        self.absence = ChoiceCombo(ctx.choices("absence_kind"), parent=self)
        self.guardian = ChoiceCombo(
            self.guardians, blank=tr("— not against a parent —"), parent=self
        )
        self.reference = QLineEdit(self)
        self.halt_hours = QDoubleSpinBox(self)
        self.halt_hours.setRange(0, 20)
        self.halt_hours.setDecimals(0)
        self.outcome = ChoiceCombo(ctx.choices("enforcement_outcome"), parent=self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.form.addRow(tr("Step"), self.kind)
        self.form.addRow(tr("Date"), self.dated_on)
        self.form.addRow(tr("Kind of absence"), self.absence)
        self.form.addRow(tr("Against parent"), self.guardian)
        self.form.addRow(tr("Reference (e.g. PV number)"), self.reference)
        self.form.addRow(tr("Halt hours"), self.halt_hours)
        self.form.addRow(tr("Outcome"), self.outcome)
        self.form.addRow(tr("Notes"), self.notes)

    def collect(self, problems: list[str]) -> EnforcementInput:
        kind = self.kind.code() or ""
        return EnforcementInput(
            kind=kind,
            dated_on=self.date_value(self.dated_on, tr("Date"), problems, True),
            absence_kind=self.absence.code() or "relative",
            subject_guardian_id=self.guardian.code(),
            reference=self.reference.text().strip() or None,
            halt_hours=self.halt_hours.value() if kind == "halt" else None,
            outcome=self.outcome.code() or "pending",
            notes=self.notes.toPlainText().strip() or None,
        )

    def save(self, vault: Vault, data: EnforcementInput) -> ChangeSummary:
        return record_enforcement(vault, self.case_id, data)
