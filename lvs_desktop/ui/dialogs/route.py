"""Decide the MAS route: each route shown open or closed with the rule's reasons; choosing a
closed one asks for a written override reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from lvs_desktop.models.rules.routes import RouteCheck, RouteFacts
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.routes import Judgement, decide_route, options_for, route_facts
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import DateField


@dataclass
class RouteChoice:
    route: str
    rationale: str
    decided_on: date
    judgement: Judgement
    override_reason: str | None


def _tristate(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(tr("not yet known"), None)
    combo.addItem(tr("yes"), True)
    combo.addItem(tr("no"), False)
    return combo


class RouteDialog(FormDialog):
    title = "Decide MAS route"

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        self.checks: dict[str, RouteCheck] = {}
        self.facts: RouteFacts
        super().__init__(context, parent)
        self.setMinimumWidth(860)

    def loader(self) -> Callable[[Vault], RouteFacts]:
        case_id = self.case_id
        return lambda vault: route_facts(vault, case_id)

    def use_loaded(self, data: RouteFacts) -> None:
        self.facts = data

    def build(self) -> None:
        self.consent = _tristate(self)
        self.admits = _tristate(self)
        self.structural = QCheckBox(tr("Long-term, structural absence"), self)
        self.help_refused = QCheckBox(tr("Help is refused"), self)
        self.threatened = QCheckBox(tr("The child's development is threatened"), self)
        self.luxe_first = QCheckBox(tr("First luxe-absence offence"), self)
        for combo in (self.consent, self.admits):
            combo.currentIndexChanged.connect(self.recheck)
        for box in (self.structural, self.help_refused, self.threatened, self.luxe_first):
            box.toggled.connect(self.recheck)
        self.form.addRow(tr("Parents consent to Halt"), self.consent)
        self.form.addRow(tr("The young person admits"), self.admits)
        self.form.addRow("", self.structural)
        self.form.addRow("", self.help_refused)
        self.form.addRow("", self.threatened)
        self.form.addRow("", self.luxe_first)

        box = QGroupBox(tr("Routes"), self)
        grid = QGridLayout(box)
        grid.setColumnStretch(2, 1)
        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        self.states: dict[str, QLabel] = {}
        self.reasons: dict[str, QLabel] = {}
        for row, choice in enumerate(self.context.choices("mas_route")):
            radio = QRadioButton(choice.label, box)
            radio.setObjectName(f"route_{choice.code}")
            radio.toggled.connect(self._chosen_changed)
            state = QLabel(box)
            reasons = QLabel(box)
            reasons.setWordWrap(True)
            reasons.setObjectName(f"reasons_{choice.code}")
            reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.group.addButton(radio)
            self.radios[choice.code], self.states[choice.code] = radio, state
            self.reasons[choice.code] = reasons
            grid.addWidget(radio, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(state, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(reasons, row, 2)
        self.form.addRow(box)
        self.decided_on = DateField(self.context.today(), self)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setFixedHeight(60)
        self.override = QPlainTextEdit(self)
        self.override.setFixedHeight(60)
        self.override.setPlaceholderText(
            tr("This route is closed by the rules: write why you choose it anyway.")
        )
        self.form.addRow(tr("Decided on"), self.decided_on)
        self.form.addRow(tr("Rationale"), self.rationale)
        self.form.addRow(tr("Override reason"), self.override)
        self.recheck()

    def judgement(self) -> Judgement:
        return Judgement(
            parents_consent=self.consent.currentData(),
            admits=self.admits.currentData(),
            structural=self.structural.isChecked(),
            help_refused=self.help_refused.isChecked(),
            development_threatened=self.threatened.isChecked(),
            luxe_first_offence=self.luxe_first.isChecked(),
        )

    def recheck(self) -> None:
        """Ask the rules again which routes are open (on the facts read when the form opened)."""
        on = self.decided_on.value() if hasattr(self, "decided_on") else None
        checks = options_for(self.facts, self.judgement(), on or self.context.today())
        self.checks = {str(c.route): c for c in checks}
        for code, check in self.checks.items():
            if code not in self.states:
                continue
            self.states[code].setText(tr("open") if check.open else tr("closed"))
            color = "#1b5e20" if check.open else "#b00020"
            self.states[code].setStyleSheet(f"color: {color}; font-weight: 600;")
            self.reasons[code].setText(" ".join(check.reasons))
        self._chosen_changed()

    def chosen(self) -> str | None:
        for code, radio in self.radios.items():
            if radio.isChecked():
                return code
        return None

    def choose(self, route: str) -> None:
        self.radios[route].setChecked(True)

    def _chosen_changed(self) -> None:
        if not hasattr(self, "override"):
            return
        code = self.chosen()
        closed = code is not None and code in self.checks and not self.checks[code].open
        self.override.setEnabled(closed)
        self.form.setRowVisible(self.override, closed)

    def collect(self, problems: list[str]) -> RouteChoice:
        code = self.chosen()
        if code is None:
            problems.append(tr("Choose a route."))
        decided = self.date_value(self.decided_on, tr("Decided on"), problems, True)
        rationale = self.required_text(self.rationale.toPlainText(), tr("Rationale"), problems)
        override = None
        if code and code in self.checks and not self.checks[code].open:
            reasons = " ".join(self.checks[code].reasons)
            override = self.override.toPlainText().strip() or None
            if override is None:
                problems.append(
                    tr(
                        "The route {route} is closed: {reasons} Write an override reason to "
                        "choose it anyway."
                    ).format(route=self.radios[code].text(), reasons=reasons)
                )
        return RouteChoice(code or "", rationale, decided, self.judgement(), override)  # type: ignore[arg-type]

    def save(self, vault: Vault, data: RouteChoice) -> ChangeSummary:
        return decide_route(
            vault,
            self.case_id,
            data.route,
            data.rationale,
            data.decided_on,
            data.judgement,
            data.override_reason,
        )
