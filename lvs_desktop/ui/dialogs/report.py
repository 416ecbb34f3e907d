"""A report of absence (melding): its own dialog, and the fields the new-case dialog reuses."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.cases import ReportInput, add_report
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import ChoiceCombo, DateField


class ReportFields:
    """The fields of a report, added to a form layout."""

    def __init__(self, context: DeskContext, form: QFormLayout, parent: QWidget) -> None:
        self.report_type = ChoiceCombo(context.choices("report_type"), parent=parent)
        self.received_on = DateField(context.today(), parent)
        self.period_start = DateField(None, parent)
        self.period_end = DateField(None, parent)
        self.hours = QDoubleSpinBox(parent)
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(1)
        self.late = QSpinBox(parent)
        self.late.setRange(0, 999)
        self.all_lessons = QCheckBox(tr("All lessons missed"), parent)
        self.reason = QLineEdit(parent)
        self.reporter = QLineEdit(parent)
        form.addRow(tr("Report type"), self.report_type)
        form.addRow(tr("Received on"), self.received_on)
        form.addRow(tr("Absent from"), self.period_start)
        form.addRow(tr("Absent until"), self.period_end)
        form.addRow(tr("Hours absent"), self.hours)
        form.addRow(tr("Times late"), self.late)
        form.addRow("", self.all_lessons)
        form.addRow(tr("Suspected reason"), self.reason)
        form.addRow(tr("Reported by (school)"), self.reporter)

    def collect(self, dialog: FormDialog, problems: list[str]) -> ReportInput:
        received = dialog.date_value(self.received_on, tr("Received on"), problems, True)
        start = dialog.date_value(self.period_start, tr("Absent from"), problems)
        end = dialog.date_value(self.period_end, tr("Absent until"), problems)
        return ReportInput(
            report_type=self.report_type.code() or "",
            received_on=received,  # type: ignore[arg-type]
            period_start=start,
            period_end=end,
            hours_absent=self.hours.value(),
            late_count=self.late.value(),
            all_lessons_missed=self.all_lessons.isChecked(),
            suspected_reason=self.reason.text().strip() or None,
            reporter_name=self.reporter.text().strip() or None,
        )


class ReportDialog(FormDialog):
    title = "New report"

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        super().__init__(context, parent)

    def build(self) -> None:
        self.fields = ReportFields(self.context, self.form, self)

    def collect(self, problems: list[str]) -> ReportInput:
        return self.fields.collect(self, problems)

    def save(self, vault: Vault, data: ReportInput) -> ChangeSummary:
        return add_report(vault, self.case_id, data, today=self.context.today())
