"""Settings: the consultant's profile (the PV needs the BOA number, the akte's number and
expiry, eed or belofte and the appointment as leerplichtambtenaar, art. 16 Lpw), the region's
confirmed wording of the pupil's kwalificatieplicht article, auto-lock time, language, and the
deadline terms the law leaves to the region."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models.rules.deadlines import DeadlineTerms
from lvs_desktop.services import ChangeSummary, settings
from lvs_desktop.services.settings import Profile
from lvs_desktop.services.validation import InvalidInput
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.vault_care import VaultCareBox
from lvs_desktop.ui.widgets import DateField, ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job

TERM_LABELS = {
    "first_contact_working_days": ("Working days to first contact after a report", 1, 60),
    "invitations_before_escalation": ("Unanswered invitations before escalation", 1, 10),
    "pv_months_after_interrogation": ("Months from first interrogation to PV", 1, 12),
    "pv_months_after_report": ("Months from report to PV", 1, 12),
    "screening_months_before_18": ("Months before 18th birthday for the screening", 1, 12),
    "thuiszitter_offer_months": ("Months to an offer for a thuiszitter", 1, 24),
    "objection_weeks": ("Weeks for an objection (Awb)", 1, 26),
}

SWORN_LABELS = ((None, "Not recorded"), ("eed", "Oath (eed)"), ("belofte", "Affirmation (belofte)"))


@dataclass
class AllSettings:
    profile: Profile
    auto_lock_minutes: int
    language: str
    terms: DeadlineTerms
    pv_article: str = ""


def load(vault: Vault) -> AllSettings:
    return AllSettings(
        settings.get_profile(vault),
        settings.get_auto_lock_minutes(vault),
        settings.get_language(vault),
        settings.get_terms(vault),
        settings.get_pv_article(vault),
    )


def store(vault: Vault, new: AllSettings) -> ChangeSummary:
    summary = settings.set_profile(vault, new.profile)
    settings.set_auto_lock_minutes(vault, new.auto_lock_minutes)
    settings.set_language(vault, new.language)
    settings.set_terms(vault, new.terms)
    if new.pv_article != settings.get_pv_article(vault):
        settings.set_pv_article(vault, new.pv_article)
    summary.message = tr("Settings saved.")
    return summary


class SettingsPage(QWidget):
    """`saved` carries the new `AllSettings` (the desk applies auto-lock and language)."""

    saved = Signal(object)
    loaded = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: AllSettings | None = None  # until the read on the worker arrives
        self.name, self.code = QLineEdit(self), QLineEdit(self)
        self.code.setMaximumWidth(80)
        self.function, self.phone, self.email = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.boa = QLineEdit(self)
        self.akte = DateField(None, self)
        self.akte_number = QLineEdit(self)
        self.sworn = QComboBox(self)
        for code, label in SWORN_LABELS:
            self.sworn.addItem(tr(label), code)
        self.appointed_by = QLineEdit(self)
        self.appointed_by.setPlaceholderText(tr("e.g. the college of Dordrecht"))
        self.appointed_on = DateField(None, self)
        self.pv_article = QLineEdit(self)
        self.pv_article.setPlaceholderText(tr("empty: not confirmed by the region"))
        self.auto_lock = QSpinBox(self)
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setSuffix(tr(" min"))
        self.language = QComboBox(self)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.terms: dict[str, QSpinBox] = {}
        profile_box = QGroupBox(tr("Profile"), self)
        pf = QFormLayout(profile_box)
        pf.addRow(tr("Name"), self.name)
        pf.addRow(tr("Code (in case numbers)"), self.code)
        pf.addRow(tr("Function"), self.function)
        pf.addRow(tr("Phone"), self.phone)
        pf.addRow(tr("E-mail"), self.email)
        pf.addRow(tr("BOA number"), self.boa)
        pf.addRow(tr("BOA akte valid until"), self.akte)
        pf.addRow(tr("Akte number"), self.akte_number)
        pf.addRow(tr("Sworn by"), self.sworn)
        pf.addRow(tr("Appointed leerplichtambtenaar by"), self.appointed_by)
        pf.addRow(tr("Appointed on"), self.appointed_on)
        pv_box = QGroupBox(tr("Proces-verbaal (region)"), self)
        pvf = QFormLayout(pv_box)
        pvf.addRow(tr("Article, kwalificatieplichtige pupil"), self.pv_article)
        app_box = QGroupBox(tr("Program"), self)
        af = QFormLayout(app_box)
        af.addRow(tr("Lock after idle time"), self.auto_lock)
        af.addRow(tr("Language"), self.language)
        terms_box = QGroupBox(tr("Deadline terms of the region"), self)
        tf = QFormLayout(terms_box)
        for key, (label, low, high) in TERM_LABELS.items():
            spin = QSpinBox(self)
            spin.setRange(low, high)
            spin.setObjectName(f"term_{key}")
            self.terms[key] = spin
            tf.addRow(tr(label), spin)
        self.errors = ErrorLabel(self)
        self.save_button = QPushButton(tr("Save settings"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        left = QVBoxLayout()
        left.addWidget(profile_box)
        left.addWidget(app_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(terms_box)
        right.addWidget(pv_box)
        self.care = VaultCareBox(context, self)  # files past retention, the passphrase
        right.addWidget(self.care)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self._boxes = (profile_box, app_box, terms_box, pv_box)  # nothing to type over until read
        for box in self._boxes:
            box.setEnabled(False)
        self.save_button.setEnabled(False)
        self.save_button.setText(tr("Loading…"))
        vault = context.vault
        run_job(lambda: load(vault), self._loaded, self._failed, owner=self)

    def _loaded(self, current: AllSettings) -> None:
        self.current = current
        self.show_settings(current)
        for box in self._boxes:
            box.setEnabled(True)
        self.save_button.setText(tr("Save settings"))
        self.save_button.setEnabled(True)
        self.loaded.emit()

    def show_settings(self, s: AllSettings) -> None:
        p = s.profile
        self.name.setText(p.name)
        self.code.setText(p.code)
        self.function.setText(p.function_title or "")
        self.phone.setText(p.phone or "")
        self.email.setText(p.email or "")
        self.boa.setText(p.boa_number or "")
        self.akte.set_value(p.akte_expires_on)
        self.akte_number.setText(p.akte_number or "")
        self.sworn.setCurrentIndex(max(0, self.sworn.findData(p.sworn_by)))
        self.appointed_by.setText(p.appointed_by or "")
        self.appointed_on.set_value(p.appointed_on)
        self.pv_article.setText(s.pv_article)
        self.auto_lock.setValue(s.auto_lock_minutes)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        for key, spin in self.terms.items():
            spin.setValue(getattr(s.terms, key))

    def collect(self, problems: list[str]) -> AllSettings:
        akte_problem = self.akte.problem(tr("BOA akte valid until"))
        if akte_problem:
            problems.append(akte_problem)
        appointed_problem = self.appointed_on.problem(tr("Appointed on"))
        if appointed_problem:
            problems.append(appointed_problem)
        profile = Profile(
            name=self.name.text().strip(),
            code=self.code.text().strip(),
            function_title=self.function.text().strip() or None,
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
            boa_number=self.boa.text().strip() or None,
            akte_expires_on=self.akte.value(),
            akte_number=self.akte_number.text().strip() or None,
            sworn_by=self.sworn.currentData(),
            appointed_by=self.appointed_by.text().strip() or None,
            appointed_on=self.appointed_on.value(),
        )
        assert self.current is not None  # (saving waits for the read)
        known = {f.name for f in fields(DeadlineTerms)}
        terms = replace(
            self.current.terms, **{k: spin.value() for k, spin in self.terms.items() if k in known}
        )
        return AllSettings(
            profile,
            self.auto_lock.value(),
            self.language.currentData(),
            terms,
            " ".join(self.pv_article.text().split()),
        )

    def submit(self) -> None:
        problems: list[str] = []
        new = self.collect(problems)
        if problems:
            self.errors.show_problems(problems)
            return
        self.errors.clear_problems()
        self.save_button.setEnabled(False)
        for box in self._boxes:  # nothing typed while the save runs on the worker
            box.setEnabled(False)
        vault = self.context.vault
        run_job(lambda: store(vault, new), lambda s: self._done(new, s), self._failed, owner=self)

    def _done(self, new: AllSettings, summary: ChangeSummary) -> None:
        self.save_button.setEnabled(True)
        for box in self._boxes:
            box.setEnabled(True)
        self.current = new
        self.context.report_change(summary)
        self.saved.emit(new)

    def _failed(self, exc: object) -> None:
        if self.current is not None:  # (a failed first read leaves nothing to save over)
            self.save_button.setText(tr("Save settings"))
            self.save_button.setEnabled(True)
            for box in self._boxes:
                box.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.errors.show_problems(exc.problems)
        else:
            self.errors.show_problems([error_text(exc)])  # type: ignore[arg-type]
