"""The four register tabs of the Region page: municipalities, schools, partner organisations
and the team. Each names its columns, how it loads, and which dialog adds or edits a row.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.region import municipalities as mun
from lvs_desktop.services.region import partners as par
from lvs_desktop.services.region import roster
from lvs_desktop.services.region import schools as sch
from lvs_desktop.services.region.ui_support import own_register_ids
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.region.access import Rights
from lvs_desktop.ui.region.dialogs import (
    AddMunicipalitiesDialog,
    MunicipalityDialog,
    PartnerDialog,
    SchoolDialog,
)
from lvs_desktop.ui.region.school_import import SchoolImportDialog
from lvs_desktop.ui.region.tab import RegisterTab, open_dialog
from lvs_desktop.ui.region.table import Column, RegisterModel
from lvs_desktop.ui.region.team_dialog import ConsultantDialog
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.widgets import fit_columns


def _join(*parts: str | None, sep: str = " ") -> str:
    return sep.join(p for p in parts if p)


WIDEST = 440  # "College van burgemeester en wethouders van Hardinxveld-Giessendam"


def _named(row: Any) -> str:
    """The row's name, marked when archived (archived rows show only on request, in grey)."""
    return tr("{name} (archived)").format(name=row.name) if row.archived else row.name


def _name_column(header: str) -> Column[Any]:
    return Column(header, _named, sort=lambda r: r.name.casefold())


# -- municipalities ------------------------------------------------------------------------


def municipality_model() -> RegisterModel[mun.MunicipalityRow]:
    return RegisterModel(
        [
            _name_column(tr("Municipality")),
            Column(tr("CBS code"), lambda r: r.cbs_code or ""),
            Column(tr("College (objections)"), lambda r: r.college_name or ""),
            Column(
                tr("Postal address"),
                lambda r: _join(
                    _join(r.postal_street, r.postal_house_number),
                    _join(r.postal_postcode, r.postal_city),
                    sep=", ",
                ),
            ),
        ],
        id_of=lambda r: r.id,
        archived=lambda r: r.archived,
    )


class RegisterTabWithRights(RegisterTab):
    """A register with the owner's rights; `own_ids` are the rows this vault added itself
    (a consultant may change those, and only those)."""

    rights: Rights = Rights.read_only()
    dialog: Any = None
    own_ids: frozenset[str] = frozenset()

    def may_add(self) -> bool:
        return self.rights.registers

    def may_change(self, row: Any) -> bool:
        return self.rights.registers or row.id in self.own_ids


class MunicipalitiesTab(RegisterTabWithRights):
    tables = ("municipality",)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, municipality_model(), parent)
        self.setObjectName("municipalitiesTab")
        self.add_button.setText(tr("&Add from the national list…"))
        self.edit_button.setText(tr("&Edit address…"))

    def fetch(self, vault: Vault) -> list[mun.MunicipalityRow]:
        return mun.list_municipalities(vault, include_archived=True)

    def show_rows(self, result: Any) -> None:
        super().show_rows(result)
        fit_columns(self.table, cap=WIDEST)

    def add(self) -> AddMunicipalitiesDialog | None:
        if not self.may_add():
            return None
        have = [r.cbs_code for r in self.model.rows() if r.cbs_code and not r.archived]
        return open_dialog(self, AddMunicipalitiesDialog(self.context, have, self))

    def edit(self) -> MunicipalityDialog | None:
        row = self.current_row()
        if row is None or not self.may_change(row):
            return None
        return open_dialog(self, MunicipalityDialog(self.context, row, self))

    def archive(self, vault: Vault, row: Any, archived: bool) -> ChangeSummary:
        return mun.archive_municipality(vault, row.id, archived)


# -- schools -------------------------------------------------------------------------------


def school_model() -> RegisterModel[sch.SchoolRow]:
    return RegisterModel(
        [
            _name_column(tr("School")),
            Column(tr("BRIN"), lambda r: r.location_code),
            Column(tr("Type"), lambda r: r.school_type),
            Column(tr("Municipality"), lambda r: r.municipality or ""),
            Column(
                tr("Address"),
                lambda r: _join(_join(r.street, r.house_number), r.city, sep=", "),
            ),
            Column(tr("Contact"), lambda r: _join(r.contact_name, r.phone, sep=" · ")),
        ],
        id_of=lambda r: r.id,
        archived=lambda r: r.archived,
        municipality_of=lambda r: r.municipality_id,
        type_of=lambda r: r.school_type,
    )


class SchoolsTab(RegisterTabWithRights):
    tables = ("school", "municipality")

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, school_model(), parent)
        self.setObjectName("schoolsTab")
        self.municipalities_source: MunicipalitiesTab | None = None
        self.municipality = QComboBox(self)
        self.municipality.setObjectName("schoolMunicipalityFilter")
        self.municipality.addItem(tr("All municipalities"), None)
        self.municipality.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(municipality=self.municipality.currentData())
        )
        self.school_type = QComboBox(self)
        self.school_type.setObjectName("schoolTypeFilter")
        self.school_type.addItem(tr("All types"), None)
        for code in sch.SCHOOL_TYPES:
            self.school_type.addItem(f"{code} — {sch.SCHOOL_TYPE_LABELS[code]}", code)
        self.school_type.currentIndexChanged.connect(
            lambda _: self.proxy.set_filter(school_type=self.school_type.currentData())
        )
        for text, combo in (
            (tr("&Municipality:"), self.municipality),
            (tr("T&ype:"), self.school_type),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            self.filters.addWidget(label)
            self.filters.addWidget(combo)
        self.add_button.setText(tr("&Add a school…"))
        self.import_button = self.button(
            tr("&Import DUO file…"), "Ctrl+I", lambda: self.import_file()
        )
        self.import_dialog: SchoolImportDialog | None = None

    def fetch(
        self, vault: Vault
    ) -> tuple[list[sch.SchoolRow], list[mun.MunicipalityRow], frozenset[str]]:
        return (
            sch.list_schools(vault, include_archived=True),
            mun.list_municipalities(vault, include_archived=True),
            own_register_ids(vault),
        )

    def show_rows(self, result: Any) -> None:
        schools, municipalities, self.own_ids = result
        self._municipality_rows = municipalities
        chosen = self.municipality.currentData()
        self.municipality.blockSignals(True)
        while self.municipality.count() > 1:
            self.municipality.removeItem(1)
        for m in municipalities:
            self.municipality.addItem(m.name, m.id)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(chosen)))
        self.municipality.blockSignals(False)
        self.proxy.set_filter(municipality=self.municipality.currentData())
        super().show_rows(schools)
        fit_columns(self.table, cap=WIDEST)

    def municipality_rows(self) -> list[mun.MunicipalityRow]:
        return list(getattr(self, "_municipality_rows", []))

    def update_buttons(self) -> None:
        super().update_buttons()
        self.import_button.setEnabled(self.rights.registers)

    def add(self) -> SchoolDialog | None:
        if not self.may_add():
            return None
        dialog = SchoolDialog(self.context, self.municipality_rows(), None, self)
        return open_dialog(self, dialog)

    def may_add(self) -> bool:
        return True  # a consultant may add a school the team's register lacks

    def edit(self) -> SchoolDialog | None:
        row = self.current_row()
        if row is None or not self.may_change(row):
            return None
        return open_dialog(self, SchoolDialog(self.context, self.municipality_rows(), row, self))

    def archive(self, vault: Vault, row: Any, archived: bool) -> ChangeSummary:
        return sch.archive_school(vault, row.id, archived)

    def import_file(self, paths: list[Path] | None = None) -> SchoolImportDialog | None:
        """The import dialog; the native file dialog unless `paths` are given (tests)."""
        if not self.rights.registers:
            return None
        self.import_dialog = open_dialog(self, SchoolImportDialog(self.context, self))
        if paths is None:
            self.import_dialog.choose_file()
        else:
            self.import_dialog.load_files(paths)
        return self.import_dialog


# -- partners ------------------------------------------------------------------------------


def partner_model() -> RegisterModel[par.PartnerRow]:
    return RegisterModel(
        [
            Column(tr("Kind"), lambda r: r.kind_label),
            _name_column(tr("Organisation")),
            Column(tr("Contact"), lambda r: r.contact_name or ""),
            Column(tr("Phone"), lambda r: r.phone or ""),
            Column(tr("E-mail"), lambda r: r.email or ""),
            Column(
                tr("Address"),
                lambda r: _join(_join(r.street, r.house_number), r.city, sep=", "),
            ),
        ],
        id_of=lambda r: r.id,
        archived=lambda r: r.archived,
    )


class PartnersTab(RegisterTabWithRights):
    tables = ("partner",)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, partner_model(), parent)
        self.setObjectName("partnersTab")
        self.add_button.setText(tr("&Add a partner…"))
        self.kinds: dict[str, str] = {}

    def fetch(
        self, vault: Vault
    ) -> tuple[list[par.PartnerRow], dict[str, str], frozenset[str]]:
        return (
            par.list_partners(vault, include_archived=True),
            par.partner_kinds(vault),
            own_register_ids(vault),
        )

    def show_rows(self, result: Any) -> None:
        rows, self.kinds, self.own_ids = result
        super().show_rows(rows)
        fit_columns(self.table, cap=WIDEST)

    def may_add(self) -> bool:
        return True

    def add(self) -> PartnerDialog | None:
        return open_dialog(self, PartnerDialog(self.context, self.kinds, None, self))

    def edit(self) -> PartnerDialog | None:
        row = self.current_row()
        if row is None or not self.may_change(row):
            return None
        return open_dialog(self, PartnerDialog(self.context, self.kinds, row, self))

    def archive(self, vault: Vault, row: Any, archived: bool) -> ChangeSummary:
        return par.archive_partner(vault, row.id, archived)


# -- team ---------------------------------------------------------------------------------


def team_model() -> RegisterModel[roster.ConsultantRow]:
    return RegisterModel(
        [
            _name_column(tr("Name")),
            Column(tr("Initials"), lambda r: r.code),
            Column(tr("Role"), lambda r: tr(ROLE_TEXT.get(r.role, r.role))),
            Column(tr("Function"), lambda r: r.function_title or ""),
            Column(tr("BOA number"), lambda r: r.boa_number or ""),
            Column(
                tr("Akte valid until"),
                lambda r: fmt_date(r.akte_expires_on),
                sort=lambda r: r.akte_expires_on.isoformat() if r.akte_expires_on else "",
            ),
            Column(tr("Covers"), lambda r: ", ".join(r.covers)),
        ],
        id_of=lambda r: r.id,
        archived=lambda r: r.archived,
    )


ROLE_TEXT = {
    "consultant": "Consultant",
    "team_lead": "Team lead",
    "administration": "Administration",
}


class TeamTab(RegisterTabWithRights):
    tables = ("consultant", "coverage", "municipality", "school")

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, team_model(), parent)
        self.setObjectName("teamTab")
        self.add_button.setText(tr("&Add a team member…"))
        self._municipalities: list[mun.MunicipalityRow] = []
        self._schools: list[sch.SchoolRow] = []

    def fetch(
        self, vault: Vault
    ) -> tuple[list[roster.ConsultantRow], list[mun.MunicipalityRow], list[sch.SchoolRow]]:
        return (
            roster.list_roster(vault, include_archived=True),
            mun.list_municipalities(vault, include_archived=True),
            sch.list_schools(vault, include_archived=True),
        )

    def show_rows(self, result: Any) -> None:
        rows, self._municipalities, self._schools = result
        super().show_rows(rows)
        fit_columns(self.table, cap=WIDEST)

    def may_add(self) -> bool:
        return self.rights.roster

    def may_change(self, row: Any) -> bool:
        return self.rights.roster

    def add(self) -> ConsultantDialog | None:
        if not self.may_add():
            return None
        dialog = ConsultantDialog(self.context, self._municipalities, self._schools, None, self)
        return open_dialog(self, dialog)

    def edit(self) -> ConsultantDialog | None:
        row = self.current_row()
        if row is None or not self.may_change(row):
            return None
        dialog = ConsultantDialog(self.context, self._municipalities, self._schools, row, self)
        return open_dialog(self, dialog)

    def archive(self, vault: Vault, row: Any, archived: bool) -> ChangeSummary:
        return roster.archive_consultant(vault, row.id, archived)
