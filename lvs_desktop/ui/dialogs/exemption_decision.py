"""The next step on an exemption request, on the same record: advice asked (of whom, when)
or the decision (granted, refused, withdrawn, ill-founded) with its date, the grounds the
decision letter prints (required but for a withdrawal), the day the head of the school was
heard (extra leave over ten days), the period of a granted exemption, the day it was sent and
a note. A decided request shows that and saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.decisions import decide_exemption, request_exemption_advice
from lvs_desktop.services.outcomes import ExemptionState, exemption_state
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.outcome_texts import tr
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.widgets import ChoiceCombo, DateField

ADVICE, DECISION = "advice", "decision"


class ExemptionDecisionDialog(FormDialog):
    title = "Exemption: advice and decision"

    def __init__(
        self, context: DeskContext, exemption_id: str, parent: QWidget | None = None
    ) -> None:
        self.exemption_id = exemption_id
        self.state: ExemptionState
        super().__init__(context, parent)
        self.setWindowTitle(tr(self.title))

    def loader(self) -> Callable[[Vault], ExemptionState]:
        exemption_id = self.exemption_id
        return lambda vault: exemption_state(vault, exemption_id)

    def use_loaded(self, data: ExemptionState) -> None:
        self.state = data

    def build(self) -> None:
        s, today = self.state, self.context.today()
        self.setMinimumWidth(600)
        request = QLabel(f"{s.article_label} — {fmt_date(s.received_on)}", self)
        request.setWordWrap(True)
        self.form.addRow(tr("Request"), request)
        self.stand = QLabel(s.stand, self)
        self.stand.setObjectName("exemptionStand")
        self.stand.setWordWrap(True)
        self.form.addRow(tr("Stands"), self.stand)
        self.step = QComboBox(self)
        self.step.addItem(tr("Decision"), DECISION)
        self.step.addItem(tr("Advice asked"), ADVICE)
        self.form.addRow(tr("Step"), self.step)
        self.advice_on = DateField(today, self)
        self.advice_from = QLineEdit(self)
        self.advice_from.setPlaceholderText("bijv. samenwerkingsverband, jeugdarts GGD")
        self.outcome = ChoiceCombo(s.outcomes, parent=self)
        self.decided_on = DateField(today, self)
        self.sent_on = DateField(None, self)
        self.starts_on = DateField(None, self)
        self.ends_on = DateField(None, self)
        self.grounds = QPlainTextEdit(self)
        self.grounds.setObjectName("decisionGrounds")
        self.grounds.setFixedHeight(80)
        self.grounds.setToolTip(
            tr("The grounds the decision letter prints (not needed for a withdrawal).")
        )
        self.head_heard_on = DateField(None, self)
        self.note = QPlainTextEdit(self)
        self.note.setFixedHeight(60)
        self.advice_rows = [
            (tr("Advice asked on"), self.advice_on),
            (tr("Advice asked of"), self.advice_from),
        ]
        self.decision_rows = [
            (tr("Decision"), self.outcome),
            (tr("Decided on"), self.decided_on),
            (tr("Sent on"), self.sent_on),
            (tr("Exempt from"), self.starts_on),
            (tr("Exempt until"), self.ends_on),
            (tr("Grounds"), self.grounds),
            (tr("Head of school heard on"), self.head_heard_on),
            (tr("Explanation"), self.note),
        ]
        for label, field in self.advice_rows + self.decision_rows:
            self.form.addRow(label, field)
        self.step.currentIndexChanged.connect(self._show_step)
        self._show_step()
        if s.stage == "decided":
            self.set_intro(tr("This request has been decided; nothing more to record."))
            self.step.setEnabled(False)
            for _label, field in self.advice_rows + self.decision_rows:
                field.setEnabled(False)
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)
        self.step.setFocus()

    def _show_step(self) -> None:
        advice = self.step.currentData() == ADVICE
        for _label, field in self.advice_rows:
            self.form.setRowVisible(field, advice)
        for _label, field in self.decision_rows:
            self.form.setRowVisible(field, not advice)
        if not advice:  # art. 14 lid 3: only extra leave over ten days hears the head
            self.form.setRowVisible(self.head_heard_on, self.state.article == "11g")
        self.adjustSize()

    def collect(self, problems: list[str]) -> tuple[str, dict[str, Any]]:
        if self.step.currentData() == ADVICE:
            return ADVICE, {
                "asked_on": self.date_value(self.advice_on, tr("Advice asked on"), problems, True),
                "advice_from": self.required_text(
                    self.advice_from.text(), tr("Advice asked of"), problems
                ),
            }
        outcome = self.outcome.code() or ""
        grounds = self.grounds.toPlainText().strip()
        if outcome and outcome != "ingetrokken" and not grounds:
            problems.append(tr("{label} is required.").format(label=tr("Grounds")))
        return DECISION, {
            "outcome": outcome,
            "decided_on": self.date_value(self.decided_on, tr("Decided on"), problems, True),
            "sent_on": self.date_value(self.sent_on, tr("Sent on"), problems),
            "starts_on": self.date_value(self.starts_on, tr("Exempt from"), problems),
            "ends_on": self.date_value(self.ends_on, tr("Exempt until"), problems),
            "note": self.note.toPlainText(),
            "grounds": grounds,
            "head_consulted_on": self.date_value(
                self.head_heard_on, tr("Head of school heard on"), problems
            ),
        }

    def save(self, vault: Vault, data: tuple[str, dict[str, Any]]) -> ChangeSummary:
        step, values = data
        today: date = self.context.today()
        if step == ADVICE:
            return request_exemption_advice(vault, self.state.id, today=today, **values)
        outcome, decided_on, sent_on = values["outcome"], values["decided_on"], values["sent_on"]
        return decide_exemption(
            vault,
            self.state.id,
            outcome,
            decided_on,
            sent_on,
            starts_on=values["starts_on"],
            ends_on=values["ends_on"],
            note=values["note"],
            grounds=values["grounds"],
            head_consulted_on=values["head_consulted_on"],
            today=today,
        )
