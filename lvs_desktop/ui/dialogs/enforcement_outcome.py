"""The next step of an enforcement record: for a PV, sent to the OM, then the OM's decision,
then (after a dagvaarding) the court's outcome, with a fine's amount; for a Halt referral,
an RvdK request or an SVB notice, its outcome with the date and a note. The dialog offers
only the step that can come next; a finished course shows that and saves nothing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.decisions import set_enforcement_outcome
from lvs_desktop.services.outcomes import (
    StepState,
    record_court_outcome,
    record_om_decision,
    send_pv_to_om,
    step_state,
)
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.outcome_texts import tr
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.widgets import ChoiceCombo, DateField

_AMOUNT = re.compile(r"^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d{1,2}))?\s*$")
STEP_TITLES = {
    "sent": "Sent to the OM",
    "om": "OM decision",
    "court": "Court outcome",
    "outcome": "Outcome",
}


def parse_cents(text: str) -> int | None:
    """ "150", "150,50", "1.500" or "€ 150" -> cents; None when it is no amount."""
    match = _AMOUNT.match(text)
    if not match:
        return None
    whole = int(match.group(1).replace(".", ""))
    return whole * 100 + int((match.group(2) or "0").ljust(2, "0"))


class EnforcementOutcomeDialog(FormDialog):
    title = "Record the outcome"

    def __init__(
        self, context: DeskContext, enforcement_id: str, parent: QWidget | None = None
    ) -> None:
        self.enforcement_id = enforcement_id
        self.state: StepState
        self.next: str | None = None
        super().__init__(context, parent)
        self.setWindowTitle(tr(self.title))

    def loader(self) -> Callable[[Vault], StepState]:
        enforcement_id = self.enforcement_id
        return lambda vault: step_state(vault, enforcement_id)

    def use_loaded(self, data: StepState) -> None:
        self.state = data
        self.next = data.next[0] if data.next else None

    def build(self) -> None:
        s, today = self.state, self.context.today()
        self.form.addRow(
            tr("Enforcement step"), QLabel(f"{s.kind_label} — {fmt_date(s.dated_on)}", self)
        )
        self.stand = QLabel(s.stand, self)
        self.stand.setObjectName("enforcementStand")
        self.stand.setWordWrap(True)
        self.form.addRow(tr("Stands"), self.stand)
        self.choice: ChoiceCombo | None = None
        self.amount: QLineEdit | None = None
        self.note: QPlainTextEdit | None = None
        if self.next is None:
            self.set_intro(tr("Nothing more to record for this step."))
            self.buttons.button(self.buttons.StandardButton.Save).setEnabled(False)
            return
        self.form.addRow(tr("Step"), QLabel(f"<b>{tr(STEP_TITLES[self.next])}</b>", self))
        choices = {"om": s.om_decisions, "court": s.court_outcomes, "outcome": s.outcomes}
        if self.next in choices:
            self.choice = ChoiceCombo(choices[self.next], parent=self)
            self.form.addRow(tr(STEP_TITLES[self.next]), self.choice)
        self.on = DateField(today, self)
        self.form.addRow(tr("Date"), self.on)
        if self.next in ("om", "court"):
            self.amount = QLineEdit(self)
            self.amount.setPlaceholderText("bijv. 150,00")
            self.amount.setMaximumWidth(140)
            self.form.addRow(tr("Amount (€)"), self.amount)
            assert self.choice is not None
            self.choice.currentIndexChanged.connect(self._amount_visible)
            self._amount_visible()
        if self.next == "outcome":
            self.note = QPlainTextEdit(self)
            self.note.setFixedHeight(60)
            self.form.addRow(tr("Explanation"), self.note)
        (self.choice or self.on).setFocus()

    def _amount_visible(self) -> None:
        """The amount only where an outcome carries one (geldboete; a strafbeschikking may)."""
        assert self.choice is not None and self.amount is not None
        code = self.choice.code()
        show = code in self.state.amount_required or code == "strafbeschikking"
        self.form.setRowVisible(self.amount, show)

    def collect(self, problems: list[str]) -> dict[str, Any]:
        values: dict[str, Any] = {"on": self.date_value(self.on, tr("Date"), problems, True)}
        if self.choice is not None:
            values["code"] = self.choice.code() or ""
        if self.amount is not None and self.form.isRowVisible(self.amount):
            text = self.amount.text().strip()
            cents = parse_cents(text) if text else None
            if text and cents is None:
                problems.append("Bedrag: schrijf het als 150 of 150,00.")
            values["cents"] = cents
        if self.note is not None:
            values["note"] = self.note.toPlainText()
        return values

    def save(self, vault: Vault, data: dict[str, Any]) -> ChangeSummary:
        today: date = self.context.today()
        sid, on = self.state.id, data["on"]
        if self.next == "sent":
            return send_pv_to_om(vault, sid, on, today)
        if self.next == "om":
            return record_om_decision(vault, sid, data["code"], on, data.get("cents"), today)
        if self.next == "court":
            return record_court_outcome(vault, sid, data["code"], on, data.get("cents"), today)
        return set_enforcement_outcome(vault, sid, data["code"], on, data.get("note"), today)
