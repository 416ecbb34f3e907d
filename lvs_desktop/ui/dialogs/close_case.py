"""Close a case with the DUO closing reason and closing note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.cases import close_case
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import ChoiceCombo, DateField


@dataclass
class Closing:
    closed_on: date
    reason: str
    note: str
    status: str
    outcome: str | None


class CloseCaseDialog(FormDialog):
    title = "Close case"

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        super().__init__(context, parent)

    def build(self) -> None:
        ctx = self.context
        self.closed_on = DateField(ctx.today(), self)
        self.reason = ChoiceCombo(
            ctx.choices("closing_reason"), blank=tr("— choose —"), parent=self
        )
        self.note = ChoiceCombo(ctx.choices("closing_note"), blank=tr("— choose —"), parent=self)
        statuses = [c for c in ctx.choices("case_status") if c.code != "in_behandeling"]
        self.status = ChoiceCombo(statuses, parent=self)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setFixedHeight(70)
        self.form.addRow(tr("Closed on"), self.closed_on)
        self.form.addRow(tr("Closing reason (DUO)"), self.reason)
        self.form.addRow(tr("Closing note (DUO)"), self.note)
        self.form.addRow(tr("Status"), self.status)
        self.form.addRow(tr("Outcome"), self.outcome)

    def collect(self, problems: list[str]) -> Closing:
        closed = self.date_value(self.closed_on, tr("Closed on"), problems, True)
        if self.reason.code() is None:
            problems.append(tr("Choose the closing reason."))
        if self.note.code() is None:
            problems.append(tr("Choose the closing note."))
        return Closing(
            closed,  # type: ignore[arg-type]
            self.reason.code() or "",
            self.note.code() or "",
            self.status.code() or "afgesloten",
            self.outcome.toPlainText().strip() or None,
        )

    def save(self, vault: Vault, data: Closing) -> ChangeSummary:
        return close_case(
            vault,
            self.case_id,
            data.closed_on,
            data.reason,
            data.note,
            data.outcome,
            status=data.status,
            today=self.context.today(),
        )
