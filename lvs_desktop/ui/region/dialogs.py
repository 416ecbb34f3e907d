"""The register forms: add municipalities, a municipality's objection address, a school, a
partner organisation. Each is a `FormDialog` (problems in red, the save on the worker, the
`ChangeSummary` to the desk) that opens on its first field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.region import municipalities as mun
from lvs_desktop.services.region import partners as par
from lvs_desktop.services.region import schools as sch
from lvs_desktop.services.region import setup
from lvs_desktop.services.region.reference import national_municipalities
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.region.picker import PRESET_LABEL, MunicipalityPicker, Place
from lvs_desktop.ui.region.texts import tr


class RegisterDialog(FormDialog):
    """A form that opens on `first` and whose title is translated by the region's table."""

    first: QWidget

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(tr(self.title))
        self.buttons.button(self.buttons.StandardButton.Save).setText(tr("&Save"))
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(tr("Cancel"))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.first.setFocus()

    def line(self, label: str, value: str | None = None, name: str = "") -> QLineEdit:
        edit = QLineEdit(value or "", self)
        if name:
            edit.setObjectName(name)
        self.form.addRow(tr(label), edit)
        return edit

    @staticmethod
    def text(edit: QLineEdit) -> str | None:
        return edit.text().strip() or None


class AddMunicipalitiesDialog(RegisterDialog):
    """Tick municipalities of the national list; those the vault has are shown, not offered."""

    title = "Add municipalities"

    def __init__(
        self, context: DeskContext, have: list[str], parent: QWidget | None = None
    ) -> None:
        self._have = have
        super().__init__(context, parent)

    def build(self) -> None:
        self.setMinimumSize(560, 520)
        self.picker = MunicipalityPicker(parent=self)
        places = [Place(m.cbs_code, m.name) for m in national_municipalities()]
        self.picker.set_places(places, locked=self._have)
        self.picker.set_preset(tr(PRESET_LABEL), mun.SEED_REGION_CODES)
        self.layout_.insertWidget(1, self.picker, 1)
        self.first = self.picker.search

    def collect(self, problems: list[str]) -> list[str]:
        codes = [p.code for p in self.picker.checked()]
        if not codes:
            problems.append(tr("Tick at least one municipality."))
        return codes

    def save(self, vault: Vault, data: list[str]) -> ChangeSummary:
        return mun.add_municipalities(vault, data)


class MunicipalityDialog(RegisterDialog):
    """The college's name and postal address, where objections to a decision go."""

    title = "Municipality: address for objections"

    def __init__(
        self, context: DeskContext, row: mun.MunicipalityRow, parent: QWidget | None = None
    ) -> None:
        self.row = row
        super().__init__(context, parent)

    def build(self) -> None:
        r = self.row
        self.set_intro(
            tr(
                "Decision letters of {name} (CBS {code}) tell the parents to send an objection "
                "to this address."
            ).format(name=r.name, code=r.cbs_code or "—")
        )
        self.college = self.line("&College", r.college_name, "collegeName")
        self.street = self.line("&Street or PO box", r.postal_street, "postalStreet")
        self.number = self.line("House n&umber", r.postal_house_number, "postalNumber")
        self.postcode = self.line("&Postcode", r.postal_postcode, "postalPostcode")
        self.city = self.line("T&own", r.postal_city, "postalCity")
        self.first = self.college

    def collect(self, problems: list[str]) -> mun.MunicipalityInput:
        return mun.MunicipalityInput(
            college_name=self.text(self.college),
            postal_street=self.text(self.street),
            postal_house_number=self.text(self.number),
            postal_postcode=self.text(self.postcode),
            postal_city=self.text(self.city),
        )

    def save(self, vault: Vault, data: mun.MunicipalityInput) -> ChangeSummary:
        return mun.update_municipality(vault, self.row.id, data)


class SchoolDialog(RegisterDialog):
    """Add a school location by hand, or edit one."""

    title = "School"

    def __init__(
        self,
        context: DeskContext,
        municipalities: list[mun.MunicipalityRow],
        row: sch.SchoolRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.row = row
        self._municipalities = municipalities
        super().__init__(context, parent)
        self.setWindowTitle(tr("Edit school") if row else tr("Add a school"))

    def build(self) -> None:
        r = self.row
        self.name = self.line("&Name", r.name if r else "", "schoolName")
        self.school_type = QComboBox(self)
        self.school_type.setObjectName("schoolType")
        for code in sch.SCHOOL_TYPES:
            self.school_type.addItem(f"{code} — {sch.SCHOOL_TYPE_LABELS[code]}", code)
        self.form.addRow(tr("&Type"), self.school_type)
        self.municipality = QComboBox(self)
        self.municipality.setObjectName("schoolMunicipality")
        self.municipality.addItem(tr("(none)"), None)
        for m in self._municipalities:
            if not m.archived or (r and r.municipality_id == m.id):
                self.municipality.addItem(m.name, m.id)
        self.form.addRow(tr("&Municipality"), self.municipality)
        self.brin = self.line("&BRIN", r.brin if r else "", "brin")
        self.vestiging = self.line("&Location code", r.vestiging if r else "", "vestiging")
        self.street = self.line("&Street", r.street if r else "")
        self.number = self.line("House n&umber", r.house_number if r else "")
        self.postcode = self.line("&Postcode", r.postcode if r else "")
        self.city = self.line("T&own", r.city if r else "")
        self.contact = self.line("&Contact person", r.contact_name if r else "")
        self.phone = self.line("P&hone", r.phone if r else "")
        self.email = self.line("&E-mail", r.email if r else "")
        self.swv = self.line("Samenwerkings&verband", r.samenwerkingsverband if r else "")
        if r is not None:
            self.school_type.setCurrentIndex(max(0, self.school_type.findData(r.school_type)))
            self.municipality.setCurrentIndex(max(0, self.municipality.findData(r.municipality_id)))
        self.first = self.name

    def collect(self, problems: list[str]) -> sch.SchoolInput:
        name = self.required_text(self.name.text(), tr("Name"), problems)
        r = self.row
        return sch.SchoolInput(
            name=name,
            school_type=self.school_type.currentData(),
            municipality_id=self.municipality.currentData(),
            brin=self.text(self.brin),
            vestiging=self.text(self.vestiging),
            street=self.text(self.street),
            house_number=self.text(self.number),
            postcode=self.text(self.postcode),
            city=self.text(self.city),
            contact_name=self.text(self.contact),
            phone=self.text(self.phone),
            email=self.text(self.email),
            website=r.website if r else None,
            denomination=r.denomination if r else None,
            samenwerkingsverband=self.text(self.swv),
        )

    def save(self, vault: Vault, data: sch.SchoolInput) -> ChangeSummary:
        if self.row is None:
            return sch.add_school(vault, data)
        return sch.update_school(vault, self.row.id, data)


class PartnerDialog(RegisterDialog):
    """Add or edit a partner organisation."""

    title = "Partner organisation"

    def __init__(
        self,
        context: DeskContext,
        kinds: dict[str, str],
        row: par.PartnerRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.row = row
        self._kinds = kinds
        super().__init__(context, parent)
        self.setWindowTitle(tr("Edit partner organisation") if row else tr("Add a partner"))

    def build(self) -> None:
        r = self.row
        self.kind = QComboBox(self)
        self.kind.setObjectName("partnerKind")
        for code, label in self._kinds.items():
            self.kind.addItem(label, code)
        self.form.addRow(tr("&Kind"), self.kind)
        self.name = self.line("&Name", r.name if r else "", "partnerName")
        self.contact = self.line("&Contact person", r.contact_name if r else "")
        self.street = self.line("&Street", r.street if r else "")
        self.number = self.line("House n&umber", r.house_number if r else "")
        self.postcode = self.line("&Postcode", r.postcode if r else "")
        self.city = self.line("T&own", r.city if r else "")
        self.phone = self.line("P&hone", r.phone if r else "")
        self.email = self.line("&E-mail", r.email if r else "")
        self.notes = QPlainTextEdit(r.notes if r and r.notes else "", self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.form.addRow(tr("N&otes"), self.notes)
        if r is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
        self.first = self.kind

    def collect(self, problems: list[str]) -> par.PartnerInput:
        name = self.required_text(self.name.text(), tr("Name"), problems)
        return par.PartnerInput(
            kind=self.kind.currentData() or "",
            name=name,
            contact_name=self.text(self.contact),
            street=self.text(self.street),
            house_number=self.text(self.number),
            postcode=self.text(self.postcode),
            city=self.text(self.city),
            phone=self.text(self.phone),
            email=self.text(self.email),
            notes=self.notes.toPlainText().strip() or None,
        )

    def save(self, vault: Vault, data: par.PartnerInput) -> ChangeSummary:
        if self.row is None:
            return par.add_partner(vault, data)
        return par.update_partner(vault, self.row.id, data)


class RegionNameDialog(RegisterDialog):
    """The region's name, as letters and the annual report print it."""

    title = "Name of the region"

    def __init__(self, context: DeskContext, name: str | None, parent: QWidget | None = None):
        self._name = name
        super().__init__(context, parent)

    def build(self) -> None:
        self.name = self.line("&Name of the region", self._name, "regionName")
        self.first = self.name

    def collect(self, problems: list[str]) -> str:
        return self.required_text(self.name.text(), tr("Name of the region"), problems)

    def save(self, vault: Vault, data: str) -> ChangeSummary:
        return setup.set_region_name(vault, data)
