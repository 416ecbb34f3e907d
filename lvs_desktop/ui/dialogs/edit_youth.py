"""Edit the youth: names, birth date, gender, address, phone, e-mail and school enrolment.

A different school is a move: from the "enrolled since" date (today when left as it was) the
youth is at the new school, and the history keeps the old one for earlier letters and
figures. The history is listed under the school field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.enrolments import EnrolmentRow, enrolment_rows
from lvs_desktop.services.people import YouthInput, update_youth
from lvs_desktop.services.queries import Choice, schools
from lvs_desktop.services.record_forms import youth_input
from lvs_desktop.store import Vault
from lvs_desktop.ui.casework_texts import retitle, tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.widgets import ChoiceCombo, DateField

GENDERS = (("x", "Unknown / other"), ("v", "Female"), ("m", "Male"))
# What the form reads (on the worker): the youth, the enrolment history, the school choices.
YouthForm = tuple[YouthInput, list[EnrolmentRow], list[Choice]]


def pair(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    return row


def line(text: str | None, parent: QWidget, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text or "", parent)
    if placeholder:
        edit.setPlaceholderText(tr(placeholder))
    return edit


class AddressFields:
    """Street and number, postcode and place: two form rows."""

    def __init__(self, form: QFormLayout, parent: QWidget, data: object) -> None:
        self.street = line(getattr(data, "street", None), parent, "Street")
        self.number = line(getattr(data, "house_number", None), parent, "No.")
        self.number.setMaximumWidth(80)
        self.postcode = line(getattr(data, "postcode", None), parent, "1234 AB")
        self.postcode.setMaximumWidth(100)
        self.city = line(getattr(data, "city", None), parent, "Place")
        form.addRow(tr("Street and number"), pair(self.street, self.number))
        form.addRow(tr("Postcode and place"), pair(self.postcode, self.city))

    def values(self) -> dict[str, Any]:
        return {
            "street": self.street.text().strip() or None,
            "house_number": self.number.text().strip() or None,
            "postcode": self.postcode.text().strip() or None,
            "city": self.city.text().strip() or None,
        }

    def fill(self, street: str, number: str, postcode: str, city: str) -> None:
        for edit, value in zip(
            (self.street, self.number, self.postcode, self.city),
            (street, number, postcode, city),
            strict=True,
        ):
            edit.setText(value)


class EditYouthDialog(FormDialog):
    title = "Edit youth"

    def __init__(self, context: DeskContext, youth_id: str, parent: QWidget | None = None) -> None:
        self.youth_id = youth_id
        self.original: YouthInput
        self.history: list[EnrolmentRow] = []
        self.schools: list[Choice] = []
        super().__init__(context, parent)
        retitle(self)

    def loader(self) -> Callable[[Vault], YouthForm]:
        youth_id = self.youth_id

        def read(vault: Vault) -> YouthForm:
            original = youth_input(vault, youth_id)
            history = enrolment_rows(vault, youth_id)
            return original, history, schools(vault, original.school_id)

        return read

    def use_loaded(self, data: YouthForm) -> None:
        self.original, self.history, self.schools = data

    def build(self) -> None:
        d = self.original
        self.given = line(d.given_names, self)
        self.prefix = line(d.surname_prefix, self, "van, de, …")
        self.prefix.setMaximumWidth(110)
        self.surname = line(d.surname, self)
        self.born = DateField(d.birth_date, self)
        self.gender = ChoiceCombo([Choice(c, tr(lab)) for c, lab in GENDERS], parent=self)
        self.gender.set_code(d.gender)
        self.bsn = line(d.bsn, self)
        self.bsn.setMaximumWidth(130)
        self.birth_place = line(d.birth_place, self, "Birth place")
        self.form.addRow(tr("Given names"), self.given)
        self.form.addRow(tr("Prefix and surname"), pair(self.prefix, self.surname))
        self.form.addRow(tr("Birth date and gender"), pair(self.born, self.gender))
        self.form.addRow(tr("BSN and birth place"), pair(self.bsn, self.birth_place))
        self.address = AddressFields(self.form, self, d)
        self.phone = line(d.phone, self)
        self.email = line(d.email, self)
        self.form.addRow(tr("Phone"), self.phone)
        self.form.addRow(tr("E-mail"), self.email)
        self.school = ChoiceCombo(self.schools, blank=tr("— not enrolled —"), parent=self)
        self.school.set_code(d.school_id)
        self.enrolled_on = DateField(d.enrolled_on, self)
        self.enrolled_on.setToolTip(
            tr("For a new school: the first day there (left as it was: today).")
        )
        self.grade = line(d.grade, self, "Grade")
        self.form.addRow(tr("School"), self.school)
        self.form.addRow(tr("Enrolled since and grade"), pair(self.enrolled_on, self.grade))
        history = QLabel(self._history_text(), self)
        history.setObjectName("enrolmentHistory")
        # One short line per enrolment: no word wrap, whose height a form layout does not
        # reserve when the dialog sizes itself (the last line went under the buttons).
        self.form.addRow(tr("Enrolment history"), history)

    def _history_text(self) -> str:
        if not self.history:
            return tr("No change of school yet.")
        return "\n".join(
            f"{fmt_date(e.starts_on)} – {fmt_date(e.ends_on) or tr('now')}: {e.school}"
            for e in self.history
        )

    def collect(self, problems: list[str]) -> YouthInput:
        born = self.date_value(self.born, tr("Birth date"), problems, True)
        enrolled = self.date_value(self.enrolled_on, tr("Enrolled since"), problems)
        return replace(
            self.original,
            given_names=self.required_text(self.given.text(), tr("Given names"), problems),
            surname_prefix=self.prefix.text().strip() or None,
            surname=self.required_text(self.surname.text(), tr("Surname"), problems),
            birth_date=born,
            gender=self.gender.code() or "x",
            bsn=self.bsn.text().strip() or None,
            birth_place=self.birth_place.text().strip() or None,
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
            school_id=self.school.code(),
            enrolled_on=enrolled,
            grade=self.grade.text().strip() or None,
            **self.address.values(),
        )

    def save(self, vault: Vault, data: YouthInput) -> ChangeSummary:
        return update_youth(vault, self.youth_id, data, today=self.context.today())
