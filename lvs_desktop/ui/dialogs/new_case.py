"""A new case: search before create (same BSN, or same surname and birth date), then the
youth (new or found), an optional parent with gezag, the case kind and its first report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.cases import ReportInput, open_case
from lvs_desktop.services.people import (
    GuardianInput,
    YouthInput,
    YouthMatch,
    find_youths,
)
from lvs_desktop.services.queries import Choice, municipalities, schools
from lvs_desktop.store import Vault
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.report import ReportFields
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import ChoiceCombo, DateField
from lvs_desktop.ui.worker import error_text, run_job

GENDERS = (("x", "Unknown / other"), ("v", "Female"), ("m", "Male"))


@dataclass
class NewCase:
    youth_id: str | None
    youth: YouthInput | None
    guardian: GuardianInput | None
    kind: str
    opened_on: object
    report: ReportInput | None


class NewCaseDialog(FormDialog):
    """`searched` fires when the search for a known youth (on the worker) is shown."""

    title = "New case"
    searched = Signal()

    def loader(self) -> Callable[[Vault], tuple[list[Choice], list[Choice]]]:
        return lambda vault: (municipalities(vault), schools(vault))

    def use_loaded(self, data: tuple[list[Choice], list[Choice]]) -> None:
        self.municipalities, self.schools = data
        self._search_serial = 0  # only the latest search's answer is shown

    def build(self) -> None:
        ctx = self.context
        self.setMinimumWidth(980)
        self.matches: list[YouthMatch] = []
        left, right = QFormLayout(), QFormLayout()
        self.bsn = QLineEdit(self)
        self.bsn.setObjectName("bsn")
        self.given = QLineEdit(self)
        self.prefix = QLineEdit(self)
        self.prefix.setMaximumWidth(90)
        self.surname = QLineEdit(self)
        self.birth = DateField(None, self)
        self.gender = ChoiceCombo([Choice(c, tr(lab)) for c, lab in GENDERS], parent=self)
        self.street = QLineEdit(self)
        self.number = QLineEdit(self)
        self.number.setMaximumWidth(90)
        self.postcode = QLineEdit(self)
        self.postcode.setMaximumWidth(90)
        self.city = QLineEdit(self)
        self.municipality = ChoiceCombo(self.municipalities, blank="", parent=self)
        self.school = ChoiceCombo(self.schools, blank="", parent=self)
        for field in (self.bsn, self.surname, self.birth):
            field.editingFinished.connect(self.search)
        address = QHBoxLayout()
        for w in (self.street, self.number):
            address.addWidget(w)
        place = QHBoxLayout()
        for w in (self.postcode, self.city):
            place.addWidget(w)
        left.addRow(tr("BSN"), self.bsn)
        left.addRow(tr("Given names"), self.given)
        left.addRow(tr("Prefix"), self.prefix)
        left.addRow(tr("Surname"), self.surname)
        left.addRow(tr("Birth date"), self.birth)
        left.addRow(tr("Gender"), self.gender)
        left.addRow(tr("Street and number"), address)
        left.addRow(tr("Postcode and place"), place)
        left.addRow(tr("Municipality"), self.municipality)
        left.addRow(tr("School"), self.school)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.found.setObjectName("foundLabel")
        self.match_list = QListWidget(self)
        self.match_list.setObjectName("matchList")
        self.match_list.setMaximumHeight(70)
        self.match_list.itemChanged.connect(self._match_toggled)
        self.match_list.hide()
        left.addRow(self.found)
        left.addRow(self.match_list)
        self.parent_surname = QLineEdit(self)
        self.parent_given = QLineEdit(self)
        self.parent_authority = QCheckBox(tr("Has parental authority (gezag)"), self)
        self.parent_authority.setChecked(True)
        self.parent_phone = QLineEdit(self)
        left.addRow(QLabel(f"<b>{tr('Parent (optional)')}</b>", self))
        left.addRow(tr("Surname"), self.parent_surname)
        left.addRow(tr("Given names"), self.parent_given)
        left.addRow("", self.parent_authority)
        left.addRow(tr("Phone"), self.parent_phone)

        self.kind = ChoiceCombo(ctx.choices("case_kind"), parent=self)
        self.opened_on = DateField(ctx.today(), self)
        self.with_report = QCheckBox(tr("Record the first report now"), self)
        self.with_report.setChecked(True)
        right.addRow(tr("Kind of case"), self.kind)
        right.addRow(tr("Opened on"), self.opened_on)
        right.addRow("", self.with_report)
        self.report = ReportFields(ctx, right, self)
        self.with_report.toggled.connect(self._report_toggled)

        youth_box, case_box = QGroupBox(tr("Youth"), self), QGroupBox(tr("Case"), self)
        youth_box.setLayout(left)
        case_box.setLayout(right)
        columns = QWidget(self)
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(youth_box, 1)
        row.addWidget(case_box, 1)
        self.form.addRow(columns)
        self.set_intro(
            tr(
                "First enter the BSN, or the surname and birth date: a youth who is "
                "already known is offered before a new one is made."
            )
        )

    def _report_toggled(self, on: bool) -> None:
        for w in vars(self.report).values():
            if isinstance(w, QWidget):
                w.setEnabled(on)

    # -- search before create -----------------------------------------------------------

    def search(self) -> None:
        bsn = self.bsn.text().strip() or None
        surname = self.surname.text().strip() or None
        born = self.birth.value()
        if not bsn and not (surname and born):
            return
        self._search_serial += 1
        serial, vault = self._search_serial, self.context.vault
        run_job(
            lambda: find_youths(vault, bsn=bsn, surname=surname, birth_date=born),
            lambda found: self._found(serial, found),
            lambda exc: self._search_failed(serial, exc),
            owner=self,
        )

    def _search_failed(self, serial: int, exc: UserError | None) -> None:
        if serial == self._search_serial:
            self.found.setText(error_text(exc))
            self.searched.emit()

    def _found(self, serial: int, found: list[YouthMatch]) -> None:
        if serial != self._search_serial:  # a later search is under way
            return
        self.matches = found
        self.match_list.clear()
        for m in self.matches:
            why = tr("same BSN") if m.reason == "bsn" else tr("same surname and birth date")
            item = QListWidgetItem(f"{m.full_name} — {fmt_date(m.birth_date)} ({why})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.match_list.addItem(item)
        self.match_list.setVisible(bool(self.matches))
        self.found.setText(
            tr("Already known: tick the youth to open the case for them.")
            if self.matches
            else tr("No known youth with this BSN or name and birth date.")
        )
        self.searched.emit()

    def use_match(self, row: int = 0) -> None:
        self.match_list.item(row).setCheckState(Qt.CheckState.Checked)

    def _match_toggled(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            for i in range(self.match_list.count()):
                other = self.match_list.item(i)
                if other is not item and other.checkState() == Qt.CheckState.Checked:
                    other.setCheckState(Qt.CheckState.Unchecked)
        chosen = self.chosen_youth() is not None
        for w in (
            self.given,
            self.prefix,
            self.surname,
            self.birth,
            self.gender,
            self.street,
            self.number,
            self.postcode,
            self.city,
            self.municipality,
            self.school,
            self.parent_surname,
            self.parent_given,
            self.parent_authority,
            self.parent_phone,
        ):
            w.setEnabled(not chosen)

    def chosen_youth(self) -> str | None:
        for i in range(self.match_list.count()):
            item = self.match_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    # -- saving -------------------------------------------------------------------------

    def collect(self, problems: list[str]) -> NewCase:
        youth_id = self.chosen_youth()
        youth = guardian = None
        if youth_id is None:
            given = self.required_text(self.given.text(), tr("Given names"), problems)
            surname = self.required_text(self.surname.text(), tr("Surname"), problems)
            born = self.date_value(self.birth, tr("Birth date"), problems, True)
            youth = YouthInput(
                given_names=given,
                surname=surname,
                birth_date=born,  # type: ignore[arg-type]
                surname_prefix=self.prefix.text().strip() or None,
                gender=self.gender.code() or "x",
                bsn=self.bsn.text().strip() or None,
                street=self.street.text().strip() or None,
                house_number=self.number.text().strip() or None,
                postcode=self.postcode.text().strip() or None,
                city=self.city.text().strip() or None,
                municipality_id=self.municipality.code(),
                school_id=self.school.code(),
            )
            if self.parent_surname.text().strip():
                guardian = GuardianInput(
                    surname=self.parent_surname.text().strip(),
                    given_names=self.parent_given.text().strip() or None,
                    has_authority=self.parent_authority.isChecked(),
                    street=youth.street,
                    house_number=youth.house_number,
                    postcode=youth.postcode,
                    city=youth.city,
                    phone=self.parent_phone.text().strip() or None,
                )
        opened = self.date_value(self.opened_on, tr("Opened on"), problems, True)
        report = self.report.collect(self, problems) if self.with_report.isChecked() else None
        return NewCase(youth_id, youth, guardian, self.kind.code() or "", opened, report)

    def save(self, vault: Vault, data: NewCase) -> ChangeSummary:
        """One transaction: the new youth (and parent), the case and its first report; a
        refused case leaves nothing behind, so a retry cannot make a twin."""
        new_youth = data.youth if data.youth_id is None else None
        return open_case(
            vault,
            data.youth_id,
            data.kind,
            data.opened_on,  # type: ignore[arg-type]
            report=data.report,
            today=self.context.today(),
            new_youth=new_youth,
            guardian=data.guardian if new_youth is not None else None,
        )
