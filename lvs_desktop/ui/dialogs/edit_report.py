"""Correct a report: the same fields as a new report, filled in; what the form does not show
(school, reporter's contact details, DUO number) stays as it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.cases import ReportInput, update_report
from lvs_desktop.services.record_forms import report_input
from lvs_desktop.store import Vault
from lvs_desktop.ui.casework_texts import retitle
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.report import ReportFields

SHOWN = (
    "report_type",
    "received_on",
    "period_start",
    "period_end",
    "hours_absent",
    "late_count",
    "all_lessons_missed",
    "suspected_reason",
    "reporter_name",
)


class EditReportDialog(FormDialog):
    title = "Edit report"

    def __init__(self, context: DeskContext, report_id: str, parent: QWidget | None = None) -> None:
        self.report_id = report_id
        self.original: ReportInput
        super().__init__(context, parent)
        retitle(self)

    def loader(self) -> Callable[[Vault], ReportInput]:
        report_id = self.report_id
        return lambda vault: report_input(vault, report_id)

    def use_loaded(self, data: ReportInput) -> None:
        self.original = data

    def build(self) -> None:
        self.fields = f = ReportFields(self.context, self.form, self)
        d = self.original
        f.report_type.set_code(d.report_type)
        f.received_on.set_value(d.received_on)
        f.period_start.set_value(d.period_start)
        f.period_end.set_value(d.period_end)
        f.hours.setValue(d.hours_absent)
        f.late.setValue(d.late_count)
        f.all_lessons.setChecked(d.all_lessons_missed)
        f.reason.setText(d.suspected_reason or "")
        f.reporter.setText(d.reporter_name or "")

    def collect(self, problems: list[str]) -> ReportInput:
        typed = self.fields.collect(self, problems)
        return replace(self.original, **{k: getattr(typed, k) for k in SHOWN})

    def save(self, vault: Vault, data: ReportInput) -> ChangeSummary:
        return update_report(vault, self.report_id, data, today=self.context.today())
