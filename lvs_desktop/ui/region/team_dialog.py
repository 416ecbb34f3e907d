"""The roster form: a person's details and BOA data on the left, what they cover (the
region's municipalities and/or single schools) on the right. Only the team lead opens it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QTabWidget, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.region import roster
from lvs_desktop.services.region.municipalities import MunicipalityRow
from lvs_desktop.services.region.schools import SchoolRow
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.region.dialogs import RegisterDialog
from lvs_desktop.ui.region.picker import MunicipalityPicker, Place
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.widgets import DateField

ROLES = (
    ("consultant", "Consultant"),
    ("team_lead", "Team lead"),
    ("administration", "Administration"),
)
SWORN: tuple[tuple[str | None, str], ...] = (
    (None, "—"),
    ("eed", "oath (eed)"),
    ("belofte", "affirmation (belofte)"),
)


class ConsultantDialog(RegisterDialog):
    """Add someone to the roster, or edit them and what they cover."""

    title = "Team member"

    def __init__(
        self,
        context: DeskContext,
        municipalities: list[MunicipalityRow],
        schools: list[SchoolRow],
        row: roster.ConsultantRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.row = row
        self._municipalities = municipalities
        self._schools = schools
        super().__init__(context, parent)
        self.setWindowTitle(tr("Edit team member") if row else tr("Add a team member"))

    def build(self) -> None:
        r = self.row
        self.setMinimumSize(940, 520)
        self.name = self.line("&Name", r.name if r else "", "memberName")
        self.code = self.line("&Initials", r.code if r else "", "memberCode")
        self.code.setMaximumWidth(80)
        self.role = QComboBox(self)
        self.role.setObjectName("memberRole")
        for code, label in ROLES:
            self.role.addItem(tr(label), code)
        self.form.addRow(tr("&Role"), self.role)
        self.function = self.line("&Function", r.function_title if r else "")
        self.phone = self.line("P&hone", r.phone if r else "")
        self.email = self.line("&E-mail", r.email if r else "")
        self.boa = self.line("&BOA number", r.boa_number if r else "")
        self.akte = self.line("A&kte number", r.akte_number if r else "")
        self.akte_expires = DateField(r.akte_expires_on if r else None, self)
        self.form.addRow(tr("Akte valid &until"), self.akte_expires)
        self.sworn = QComboBox(self)
        for sworn_by, label in SWORN:
            self.sworn.addItem(tr(label), sworn_by)
        self.form.addRow(tr("&Sworn by"), self.sworn)
        if r is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(r.role)))
            self.sworn.setCurrentIndex(max(0, self.sworn.findData(r.sworn_by)))
        # what they cover
        self.cover_municipalities = MunicipalityPicker(parent=self)
        self.cover_municipalities.set_places(
            [
                Place(m.id, m.name, m.cbs_code or "")
                for m in self._municipalities
                if not m.archived or (r and m.id in r.municipality_ids)
            ]
        )
        self.cover_schools = MunicipalityPicker(parent=self, headers=("School", "Municipality"))
        self.cover_schools.set_places(
            [
                Place(s.id, _school_label(s), s.municipality or "")
                for s in self._schools
                if not s.archived or (r and s.id in r.school_ids)
            ]
        )
        if r is not None:
            self.cover_municipalities.model.set_checked(r.municipality_ids)
            self.cover_schools.model.set_checked(r.school_ids)
        self.cover = QTabWidget(self)
        self.cover.setObjectName("coverage")
        self.cover_schools.search.setPlaceholderText(tr("Search by name or municipality…"))
        self.cover.addTab(self.cover_municipalities, tr("Covers &municipalities"))
        self.cover.addTab(self.cover_schools, tr("Covers &schools"))
        # the form left, the coverage right
        self.layout_.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        columns.addWidget(self.cover, 1)
        self.layout_.insertLayout(1, columns, 1)
        self.first = self.name

    def collect(self, problems: list[str]) -> roster.ConsultantInput:
        name = self.required_text(self.name.text(), tr("Name"), problems)
        code = self.code.text().strip().upper()
        if not (code.isalpha() and 1 <= len(code) <= 4):
            problems.append(tr("The initials are 1 to 4 letters, e.g. JD."))
        akte = self.akte_expires.problem(tr("Akte valid until"))
        if akte:
            problems.append(akte)
        return roster.ConsultantInput(
            name=name,
            code=code,
            role=self.role.currentData(),
            function_title=self.text(self.function),
            phone=self.text(self.phone),
            email=self.text(self.email),
            boa_number=self.text(self.boa),
            akte_number=self.text(self.akte),
            akte_expires_on=self.akte_expires.value(),
            sworn_by=self.sworn.currentData(),
            municipality_ids=[p.code for p in self.cover_municipalities.checked()],
            school_ids=[p.code for p in self.cover_schools.checked()],
        )

    def save(self, vault: Vault, data: roster.ConsultantInput) -> ChangeSummary:
        if self.row is None:
            return roster.add_consultant(vault, data)
        return roster.update_consultant(vault, self.row.id, data)


def _school_label(s: SchoolRow) -> str:
    code = f" ({s.location_code})" if s.brin else ""
    return f"{s.name}{code}"
