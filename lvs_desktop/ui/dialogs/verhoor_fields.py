"""The verhoor part of the contact form (issue 11): who was heard, what he was told and
offered, his statement in his own words, and how it was closed. Shown only for a contact
marked as a verhoor; the service checks the values and the PV uses only the suspect's own."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from lvs_desktop.services.contacts import ContactInput, HeardChoice
from lvs_desktop.ui.i18n import tr

COUNSEL = (
    (None, "Not recorded"),
    ("waived", "Waived counsel (after being told of the right)"),
    ("present", "A lawyer was present"),
)
SIGNATURE = (
    (None, "Not recorded"),
    ("signed", "Signed the statement"),
    ("refused", "Refused to sign"),
)


class VerhoorBox(QGroupBox):
    """Fields of a verhoor; `apply(data)` puts them into a `ContactInput`."""

    def __init__(self, heard: list[HeardChoice], parent: QWidget | None = None) -> None:
        super().__init__(tr("Interrogation (verhoor)"), parent)
        self.heard = QComboBox(self)
        self.heard.addItem(tr("Choose who was heard"), None)
        for h in heard:
            label = tr("{name} (the pupil)") if h.role == "youth" else tr("{name} (parent)")
            self.heard.addItem(label.format(name=h.name), (h.role, h.guardian_id))
        self.cautie = QCheckBox(tr("The caution (cautie) was given"), self)
        self.explained = QCheckBox(tr("The suspicion was explained"), self)
        self.counsel = self._combo(COUNSEL)
        self.counsel.currentIndexChanged.connect(self._counsel_changed)
        self.counsel_name = QLineEdit(self)
        self.counsel_name.setPlaceholderText(tr("e.g. mr. A. de Wit"))
        self.interpreter = QLineEdit(self)
        self.interpreter.setPlaceholderText(tr("empty: no interpreter"))
        self.statement = QPlainTextEdit(self)
        self.statement.setFixedHeight(70)
        self.statement.setPlaceholderText(tr("The statement in the suspect's own words"))
        self.read_back = QCheckBox(tr("The statement was read back"), self)
        self.signature = self._combo(SIGNATURE)
        form = QFormLayout(self)
        form.addRow(tr("Heard"), self.heard)
        form.addRow("", self.cautie)
        form.addRow("", self.explained)
        form.addRow(tr("Counsel"), self.counsel)
        form.addRow(tr("Lawyer"), self.counsel_name)
        form.addRow(tr("Interpreter"), self.interpreter)
        form.addRow(tr("Statement"), self.statement)
        form.addRow("", self.read_back)
        form.addRow(tr("Signature"), self.signature)
        self.form = form
        self._counsel_changed()

    def _combo(self, items: tuple[tuple[str | None, str], ...]) -> QComboBox:
        box = QComboBox(self)
        for code, label in items:
            box.addItem(tr(label), code)
        return box

    def _counsel_changed(self) -> None:
        self.form.setRowVisible(self.counsel_name, self.counsel.currentData() == "present")

    def show_values(self, d: ContactInput) -> None:
        for i in range(self.heard.count()):
            data: Any = self.heard.itemData(i)
            if data is not None and data == (d.heard_role, d.heard_guardian_id):
                self.heard.setCurrentIndex(i)
        self.explained.setChecked(d.suspicion_explained)
        self.counsel.setCurrentIndex(max(0, self.counsel.findData(d.counsel)))
        self.counsel_name.setText(d.counsel_name or "")
        self.interpreter.setText(d.interpreter or "")
        self.statement.setPlainText(d.statement or "")
        self.read_back.setChecked(d.read_back)
        self.signature.setCurrentIndex(max(0, self.signature.findData(d.signature)))

    def apply(self, data: ContactInput) -> ContactInput:
        """`data` with the verhoor fields as typed (the service checks them)."""
        heard: Any = self.heard.currentData()
        role, guardian_id = heard if heard is not None else (None, None)
        return replace(
            data,
            heard_role=role,
            heard_guardian_id=guardian_id,
            suspicion_explained=self.explained.isChecked(),
            counsel=self.counsel.currentData(),
            counsel_name=self.counsel_name.text().strip() or None,
            interpreter=self.interpreter.text().strip() or None,
            statement=self.statement.toPlainText().strip() or None,
            read_back=self.read_back.isChecked(),
            signature=self.signature.currentData(),
        )
