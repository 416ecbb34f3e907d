"""Correct a contact: the log-contact form filled in. Its agreements are tasks of their own
now (the agenda edits them), so the agreements list is not shown here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.contacts import (
    ContactInput,
    HeardChoice,
    contact_case_id,
    heard_choices,
    update_contact,
)
from lvs_desktop.services.record_forms import contact_input
from lvs_desktop.store import Vault
from lvs_desktop.ui.casework_texts import retitle
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.contact import ContactDialog


class EditContactDialog(ContactDialog):
    title = "Edit contact"

    def __init__(
        self, context: DeskContext, contact_id: str, parent: QWidget | None = None
    ) -> None:
        self.contact_id = contact_id
        self.original: ContactInput
        super().__init__(context, "", parent)
        retitle(self)

    def loader(self) -> Callable[[Vault], tuple[ContactInput, list[HeardChoice]]]:
        contact_id = self.contact_id

        def read(vault: Vault) -> tuple[ContactInput, list[HeardChoice]]:
            return contact_input(vault, contact_id), heard_choices(
                vault, contact_case_id(vault, contact_id)
            )

        return read

    def use_loaded(self, data: object) -> None:
        self.original, self.heard_choices = data  # type: ignore[misc]

    def build(self) -> None:
        super().build()
        self.form.setRowVisible(self.agreements, False)
        d = self.original
        self.kind.set_code(d.kind)
        self.mode.set_code(d.mode)
        self.on.set_value(d.occurred_at.date())
        self.at.setTime(QTime(d.occurred_at.hour, d.occurred_at.minute))
        self.answered.setChecked(bool(d.answered))
        self.participants.setText(d.participants or "")
        self.location.setText(d.location or "")
        self.summary.setPlainText(d.summary)
        self.interrogation.setChecked(d.is_interrogation)
        self.cautie.setChecked(d.cautie_given)
        self.verhoor.show_values(d)
        self._kind_changed()
        self._verhoor_toggled()

    def collect(self, problems: list[str]) -> ContactInput:
        typed = super().collect(problems)
        if not typed.is_interrogation:
            typed = replace(typed, statement=self.original.statement)
        return replace(typed, agreements=[])

    def save(self, vault: Vault, data: ContactInput) -> ChangeSummary:
        return update_contact(vault, self.contact_id, data)
