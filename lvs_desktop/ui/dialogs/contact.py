"""Log a contact: a conversation, an attempt, or an (unanswered) invitation; agreements made
in it become tasks with due dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.contacts import (
    Agreement,
    ContactInput,
    HeardChoice,
    heard_choices,
    log_contact,
)
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.verhoor_fields import VerhoorBox
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import ChoiceCombo, DateField


class AgreementsEditor(QWidget):
    """A tiny two-column list (what, due dd-mm-jjjj); a QTableWidget is fine for a few rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([tr("Agreement"), tr("Due (dd-mm-yyyy)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.verticalHeader().hide()
        self.table.setFixedHeight(110)
        add = QPushButton(tr("Add agreement"), self)
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(tr("Remove"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, text: str = "", due: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(text))
        self.table.setItem(row, 1, QTableWidgetItem(due))

    def agreements(self, problems: list[str]) -> list[Agreement]:
        out = []
        for row in range(self.table.rowCount()):
            text = (self.table.item(row, 0) or QTableWidgetItem()).text().strip()
            due_text = (self.table.item(row, 1) or QTableWidgetItem()).text()
            if not text and not due_text.strip():
                continue
            probe = DateField()
            probe.setText(due_text)
            label = tr("Due date of agreement {n}").format(n=row + 1)
            problem = probe.problem(label, required=True)
            if not text:
                problems.append(tr("Agreement {n} has no description.").format(n=row + 1))
            if problem:
                problems.append(problem)
            elif text:
                out.append(Agreement(text, probe.value()))  # type: ignore[arg-type]
        return out


class ContactDialog(FormDialog):
    title = "Log contact"

    def __init__(self, context: DeskContext, case_id: str, parent: QWidget | None = None) -> None:
        self.case_id = case_id
        self.heard_choices: list[HeardChoice] = []
        super().__init__(context, parent)

    def loader(self) -> Callable[[Vault], object] | None:
        case_id = self.case_id
        return lambda vault: heard_choices(vault, case_id)

    def use_loaded(self, data: object) -> None:
        self.heard_choices = data  # type: ignore[assignment]

    def build(self) -> None:
        ctx = self.context
        self.kind = ChoiceCombo(ctx.choices("contact_kind"), parent=self)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.mode = ChoiceCombo(ctx.choices("contact_mode"), parent=self)
        self.on = DateField(ctx.today(), self)
        self.at = QTimeEdit(QTime(9, 0), self)
        self.at.setDisplayFormat("HH:mm")
        self.answered = QCheckBox(tr("The invitation was answered"), self)
        self.participants = QLineEdit(self)
        self.participants.setPlaceholderText(tr("e.g. mother, pupil, mentor"))
        # who of the parents was there, by record (issue 11, defect 8): a parent not ticked
        # gets the informational agreements letter
        self.present_box = QWidget(self)
        self.present_box.setObjectName("parentsPresent")
        present_row = QHBoxLayout(self.present_box)
        present_row.setContentsMargins(0, 0, 0, 0)
        self.present: list[tuple[str, QCheckBox]] = []
        for choice in self.heard_choices:
            if choice.role == "guardian" and choice.guardian_id:
                box = QCheckBox(choice.name, self.present_box)
                present_row.addWidget(box)
                self.present.append((choice.guardian_id, box))
        present_row.addStretch(1)
        self.location = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.summary.setFixedHeight(80)
        self.agreements = AgreementsEditor(self)
        self.interrogation = QCheckBox(tr("This was an interrogation (verhoor)"), self)
        self.verhoor = VerhoorBox(self.heard_choices, self)
        self.cautie = self.verhoor.cautie  # inside the Verhoor group, with the other fields
        self.interrogation.toggled.connect(self._verhoor_toggled)
        when = QHBoxLayout()
        when.addWidget(self.on)
        when.addWidget(self.at)
        when.addStretch(1)
        self.form.addRow(tr("Kind"), self.kind)
        self.form.addRow(tr("Mode"), self.mode)
        self.form.addRow(tr("When"), when)
        self.form.addRow("", self.answered)
        self.form.addRow(tr("Participants"), self.participants)
        self.form.addRow(tr("Parents present"), self.present_box)
        self.form.addRow(tr("Location"), self.location)
        self.form.addRow(tr("Summary"), self.summary)
        self.form.addRow(tr("Agreements"), self.agreements)
        self.form.addRow("", self.interrogation)
        self.form.addRow(self.verhoor)
        self._kind_changed()
        self._verhoor_toggled()

    def _verhoor_toggled(self) -> None:
        on = self.interrogation.isChecked()
        self.form.setRowVisible(self.verhoor, on)
        self.adjustSize()

    def set_kind(self, kind: str) -> None:
        self.kind.set_code(kind)

    def _kind_changed(self) -> None:
        invitation = self.kind.code() == "invitation"
        self.answered.setVisible(invitation)
        self.form.setRowVisible(self.answered, invitation)
        conversation = self.kind.code() == "conversation"
        self.form.setRowVisible(self.present_box, conversation and bool(self.present))

    def collect(self, problems: list[str]) -> ContactInput:
        day = self.date_value(self.on, tr("Date"), problems, True)
        kind = self.kind.code() or "conversation"
        if kind == "conversation":
            self.required_text(self.summary.toPlainText(), tr("Summary"), problems)
        t = self.at.time()
        when = datetime(day.year, day.month, day.day, t.hour(), t.minute()) if day else None
        if when is not None and when > datetime.now():
            problems.append(tr("The contact lies in the future."))
        typed = ContactInput(
            occurred_at=when,  # type: ignore[arg-type]
            mode=self.mode.code() or "",
            kind=kind,
            answered=self.answered.isChecked() if kind == "invitation" else None,
            summary=self.summary.toPlainText().strip(),
            participants=self.participants.text().strip() or None,
            guardians_present=(
                [gid for gid, box in self.present if box.isChecked()]
                if kind == "conversation"
                else None
            ),
            location=self.location.text().strip() or None,
            agreements=self.agreements.agreements(problems),
            is_interrogation=self.interrogation.isChecked(),
            cautie_given=self.cautie.isChecked(),
        )
        return self.verhoor.apply(typed) if typed.is_interrogation else typed

    def save(self, vault: Vault, data: ContactInput) -> ChangeSummary:
        return log_contact(vault, self.case_id, data)
