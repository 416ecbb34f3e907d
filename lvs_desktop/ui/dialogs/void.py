"""Void a wrong entry (report, contact, route decision, letter) with a reason. It is not
deleted: the timeline keeps it struck through with the reason, the audit has the event, and
the figures, letters and deadlines leave it out."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.corrections import void_record
from lvs_desktop.store import Vault
from lvs_desktop.ui.casework_texts import retitle, tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog

ENTITY_WORDS = {
    "report": "the report",
    "contact": "the contact",
    "route_decision": "the route decision",
    "letter": "the letter",
}


class VoidDialog(FormDialog):
    title = "Void an entry"

    def __init__(
        self,
        context: DeskContext,
        entity: str,
        record_id: str,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        self.entity = entity
        self.record_id = record_id
        super().__init__(context, parent)
        retitle(self)
        what = tr(ENTITY_WORDS.get(entity, entity))
        what = what[:1].upper() + what[1:]  # it opens the sentence
        self.set_intro(
            tr(
                "Void {what} \u201c{description}\u201d? It stays in the timeline, struck "
                "through with your reason, and no longer counts in figures, letters or deadlines."
            ).format(what=what, description=description)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Void"))

    def build(self) -> None:
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("voidReason")
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(tr("e.g. entered in the wrong case; typed twice"))
        self.form.addRow(tr("Reason"), self.reason)

    def collect(self, problems: list[str]) -> str:
        return self.required_text(self.reason.toPlainText(), tr("The reason"), problems)

    def save(self, vault: Vault, data: str) -> ChangeSummary:
        return void_record(vault, self.entity, self.record_id, data, today=self.context.today())
