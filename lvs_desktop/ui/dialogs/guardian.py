"""Add, edit or remove a parent or carer: relation (a reference list), gezag, whether the
child lives with them, their own address, phone, e-mail, birth date and place.

Removing sets the tombstone: the guardian leaves the case view and the letters, and the
audit and old letters keep them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QPushButton, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.people import (
    GuardianInput,
    YouthInput,
    add_guardian,
    remove_guardian,
    update_guardian,
)
from lvs_desktop.services.queries import Choice
from lvs_desktop.services.record_forms import guardian_input, youth_input
from lvs_desktop.store import Vault
from lvs_desktop.ui.casework_texts import retitle, tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.edit_youth import GENDERS, AddressFields, line, pair
from lvs_desktop.ui.widgets import ChoiceCombo, DateField


class GuardianDialog(FormDialog):
    """`guardian_id` None: a new guardian of `youth_id`."""

    title = "Parent or carer"

    def __init__(
        self,
        context: DeskContext,
        youth_id: str,
        guardian_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.youth_id = youth_id
        self.guardian_id = guardian_id
        self.original = GuardianInput(surname="", relation="mother")
        self.youth_address = ("", "", "", "")  # for "Same address as the youth"
        super().__init__(context, parent)
        retitle(self, "Edit parent or carer" if guardian_id else "Add parent or carer")

    def loader(self) -> Callable[[Vault], tuple[GuardianInput | None, YouthInput]]:
        youth_id, guardian_id = self.youth_id, self.guardian_id
        return lambda vault: (
            guardian_input(vault, guardian_id) if guardian_id else None,
            youth_input(vault, youth_id),
        )

    def use_loaded(self, data: tuple[GuardianInput | None, YouthInput]) -> None:
        original, y = data
        if original is not None:
            self.original = original
        self.youth_address = (y.street or "", y.house_number or "", y.postcode or "", y.city or "")

    def build(self) -> None:
        d = self.original
        self.relation = ChoiceCombo(self.context.choices("guardian_relation"), parent=self)
        self.relation.set_code(d.relation)
        self.given = line(d.given_names, self)
        self.initials = line(d.initials, self, "Initials")
        self.initials.setMaximumWidth(90)
        self.prefix = line(d.surname_prefix, self, "van, de, …")
        self.prefix.setMaximumWidth(110)
        self.surname = line(d.surname, self)
        self.gender = ChoiceCombo([Choice(c, tr(lab)) for c, lab in GENDERS], parent=self)
        self.gender.set_code(d.gender)
        self.authority = QCheckBox(tr("Has parental authority (gezag)"), self)
        self.authority.setChecked(d.has_authority)
        self.carer = QCheckBox(tr("The child lives with this parent or carer"), self)
        self.carer.setChecked(d.is_carer)
        self.form.addRow(tr("Relation"), self.relation)
        self.form.addRow(tr("Given names and initials"), pair(self.given, self.initials))
        self.form.addRow(tr("Prefix and surname"), pair(self.prefix, self.surname))
        self.form.addRow(tr("Gender"), self.gender)
        self.form.addRow("", self.authority)
        self.form.addRow("", self.carer)
        self.address = AddressFields(self.form, self, d)
        same = QPushButton(tr("Same address as the youth"), self)
        same.setObjectName("sameAddress")
        same.clicked.connect(self._copy_youth_address)
        self.form.addRow("", same)
        self.phone = line(d.phone, self)
        self.email = line(d.email, self)
        self.born = DateField(d.birth_date, self)
        self.birth_place = line(d.birth_place, self, "Birth place")
        self.bsn = line(d.bsn, self)
        self.bsn.setMaximumWidth(130)
        self.form.addRow(tr("Phone"), self.phone)
        self.form.addRow(tr("E-mail"), self.email)
        self.form.addRow(tr("Birth date and place"), pair(self.born, self.birth_place))
        self.form.addRow(tr("BSN"), self.bsn)

    def _copy_youth_address(self) -> None:
        self.address.fill(*self.youth_address)

    def collect(self, problems: list[str]) -> GuardianInput:
        born = self.date_value(self.born, tr("Birth date"), problems)
        return replace(
            self.original,
            relation=self.relation.code() or "other",
            given_names=self.given.text().strip() or None,
            initials=self.initials.text().strip() or None,
            surname_prefix=self.prefix.text().strip() or None,
            surname=self.required_text(self.surname.text(), tr("Surname"), problems),
            gender=self.gender.code() or "x",
            has_authority=self.authority.isChecked(),
            is_carer=self.carer.isChecked(),
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
            birth_date=born,
            birth_place=self.birth_place.text().strip() or None,
            bsn=self.bsn.text().strip() or None,
            **self.address.values(),
        )

    def save(self, vault: Vault, data: GuardianInput) -> ChangeSummary:
        if self.guardian_id:
            return update_guardian(vault, self.guardian_id, data)
        return add_guardian(vault, self.youth_id, data)


class RemoveGuardianDialog(FormDialog):
    """Asks before a guardian is removed (a tombstone: the history keeps them)."""

    title = "Remove parent or carer"

    def __init__(
        self, context: DeskContext, guardian_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        self.guardian_id = guardian_id
        self.name = name
        super().__init__(context, parent)
        retitle(self)
        self.set_intro(
            tr(
                "Remove {name} from this youth? They no longer get letters; the audit and the "
                "letters already sent keep them."
            ).format(name=name)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Remove"))

    def collect(self, problems: list[str]) -> None:
        return None

    def save(self, vault: Vault, data: None) -> ChangeSummary:
        return remove_guardian(vault, self.guardian_id)
