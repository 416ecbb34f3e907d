"""The "new letter" dialog: choose the kind and what the case does not hold (the appointment,
the suspect, …), preview every recipient's letter, then save them in the vault (and print)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import letters
from lvs_desktop.services.letter_lookup import pupil_age
from lvs_desktop.services.letters import (
    Appointment,
    DraftLetter,
    KindInfo,
    LetterRequest,
    SuspectChoice,
)
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.letters.i18n import tr
from lvs_desktop.ui.letters.preview_dialog import LetterPreviewDialog, PreviewItem
from lvs_desktop.ui.letters.printing import PrintJob, choose_printer
from lvs_desktop.ui.widgets import DateField, ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job


def problems_of(exc: UserError | None) -> list[str]:
    """A letter error lists every missing fact; other errors are one message."""
    missing = getattr(exc, "missing", None)
    if missing:
        return [tr("Missing or not right:"), *missing]
    return [error_text(exc)]


@dataclass(frozen=True)
class LetterChoices:
    """What the form offers, read from the vault on the worker."""

    kinds: list[KindInfo]
    visiting_address: str
    suspects: list[SuspectChoice]
    pupil_age: int = 0


# only these kinds are written to a suspect; a warning goes to its recipient (issue 11)
SUSPECT_KINDS = frozenset({letters.PV_KIND, "summons"})
CONSENT_AGE = 16  # from 16 the pupil decides which parent reads his reasons


def letter_choices(vault: Vault, case_id: str, on: date) -> LetterChoices:
    """The kinds, the letterhead's visiting address, the possible suspects and the pupil's age
    (on the worker)."""
    return LetterChoices(
        letters.kinds(vault),
        letters.get_letterhead(vault).visiting_address,
        letters.suspects(vault, case_id),
        pupil_age(vault, case_id, on),
    )


class NewLetterDialog(QDialog):
    """Emits `loaded` once its choices (read on the worker) are filled in, `stored(summary)`
    after the letters are saved; `preview` is the open preview."""

    stored = Signal(object)
    previewed = Signal()
    loaded = Signal()

    def __init__(
        self,
        context: DeskContext,
        case_id: str,
        reference: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newLetterDialog")
        self.setWindowTitle(tr("New letter — {reference}").format(reference=reference))
        self.setMinimumWidth(560)
        self.context, self.case_id, self.reference = context, case_id, reference
        self.kinds: list[KindInfo] = []  # until the choices arrive
        self.is_loaded = False
        self.preview: LetterPreviewDialog | None = None
        self.drafts: list[DraftLetter] = []
        self.request: LetterRequest | None = None
        self.print_job: PrintJob | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("letterKind")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.letter_date = DateField(context.today(), self)

        self.appointment = QGroupBox(tr("Appointment"), self)
        self.appointment_date = DateField(None, self)
        self.appointment_time = QTimeEdit(QTime(10, 0), self)
        self.appointment_time.setDisplayFormat("HH:mm")
        self.location = QLineEdit(self)
        form = QFormLayout(self.appointment)
        form.addRow(tr("Date"), self.appointment_date)
        form.addRow(tr("Time"), self.appointment_time)
        form.addRow(tr("Place"), self.location)
        # a child under 12 is invited only when the consultant asks (issue 11, defect 8)
        self.bring_child = QCheckBox(tr("Invite a child under 12 too"), self)
        form.addRow("", self.bring_child)

        self.include_pupil = QCheckBox(tr("Also a letter to the pupil (12 or older)"), self)
        self.include_guardians = QCheckBox(tr("Also a letter to the parents"), self)
        # 16+: the pupil agrees per parent that this parent reads his reasons (issue 11)
        self.consent = QGroupBox(tr("The pupil (16+) agreed that this parent reads his reasons"))
        self.consent_layout = QVBoxLayout(self.consent)
        self.consent_parents: dict[str, QCheckBox] = {}
        self.pupil_age = 0
        self.suspect = QComboBox(self)
        self.halt_admitted = QCheckBox(tr("The young person admitted the absence"), self)
        self.halt_consent = QComboBox(self)
        for label, value in ((tr("not asked"), None), (tr("given"), True), (tr("refused"), False)):
            self.halt_consent.addItem(label, value)

        self.options = QFormLayout()
        self.options.addRow(tr("Kind"), self.kind)
        self.options.addRow("", self.description)
        self.options.addRow(tr("Letter date"), self.letter_date)
        self.suspect_label = QLabel(tr("Suspect"), self)
        self.options.addRow(self.suspect_label, self.suspect)
        self.options.addRow(tr("Parents' consent (Halt)"), self.halt_consent)
        self.override = QLineEdit(self)  # a PV the OM rules advise against (issue 11, defect 5)
        self.override.setPlaceholderText(tr("only when the OM rules advise against a PV"))
        self.options.addRow(tr("Reason for a PV anyway"), self.override)
        self.errors = ErrorLabel(self)
        self.preview_button = QPushButton(tr("&Preview…"), self)
        self.preview_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.make_preview)
        layout = QVBoxLayout(self)
        layout.addLayout(self.options)
        layout.addWidget(self.appointment)
        for box in (self.include_pupil, self.include_guardians, self.consent, self.halt_admitted):
            layout.addWidget(box)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.preview_button.setEnabled(False)
        self.description.setText(tr("Loading…"))
        vault = context.vault
        today = context.today()
        run_job(
            lambda: letter_choices(vault, case_id, today),
            self._fill,
            self._load_failed,
            owner=self,
        )

    def _fill(self, choices: LetterChoices) -> None:
        self.kinds = choices.kinds
        self.location.setText(choices.visiting_address)
        for s in choices.suspects:
            label = s.name if s.guardian_id else tr("{name} (the pupil)").format(name=s.name)
            self.suspect.addItem(label, s.guardian_id)
            if s.guardian_id:
                box = QCheckBox(s.name, self.consent)
                self.consent_parents[s.guardian_id] = box
                self.consent_layout.addWidget(box)
                box.show()  # added after the dialog was shown: shown with its group
        self.suspect.setCurrentIndex(self.suspect.count() - 1)
        self.pupil_age = choices.pupil_age
        self.kind.blockSignals(True)
        for k in self.kinds:
            self.kind.addItem(k.title, k.kind)
        self.kind.blockSignals(False)
        self._kind_changed()
        self.preview_button.setEnabled(True)
        self.is_loaded = True
        self.loaded.emit()

    def _load_failed(self, exc: UserError | None) -> None:
        self.description.clear()
        self.errors.show_problems(problems_of(exc))

    # -- the form --------------------------------------------------------------------------

    def current_kind(self) -> KindInfo:
        return self.kinds[self.kind.currentIndex()]

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _kind_changed(self) -> None:
        k = self.current_kind()
        self.description.setText(k.description)
        self.appointment.setVisible(k.uses_appointment)
        primary = k.recipients[0]
        self.include_pupil.setVisible(
            primary == "guardian" and "pupil" in k.recipients and not k.to_suspect
        )
        self.include_guardians.setVisible(primary == "pupil" and "guardian" in k.recipients)
        self.consent.setVisible(
            ("guardian" in k.recipients or k.uses_reasons)
            and self.pupil_age >= CONSENT_AGE
            and bool(self.consent_parents)
        )
        self.suspect_label.setText(tr("Suspect") if k.kind in SUSPECT_KINDS else tr("Recipient"))
        self.halt_admitted.setVisible(k.uses_halt)
        self.options.setRowVisible(self.suspect, k.uses_suspect)
        self.options.setRowVisible(self.halt_consent, k.uses_halt)
        self.options.setRowVisible(self.override, k.kind == letters.PV_KIND)
        self.errors.clear_problems()

    def build_request(self) -> LetterRequest | None:
        """The request from the form, or None after showing what is wrong."""
        k = self.current_kind()
        problems = [p for p in (self.letter_date.problem(tr("Letter date"), required=True),) if p]
        appointment = None
        if k.uses_appointment and self.appointment_date.text().strip():
            problem = self.appointment_date.problem(tr("Appointment date"))
            day = self.appointment_date.value()
            if problem or day is None:
                problems.append(problem or tr("Appointment date is not valid."))
            else:
                t = self.appointment_time.time()
                appointment = Appointment(
                    starts_at=datetime(day.year, day.month, day.day, t.hour(), t.minute()),
                    location=self.location.text().strip(),
                )
        if problems:
            self.errors.show_problems(problems)
            return None
        letter_date = self.letter_date.value()
        assert letter_date is not None
        return LetterRequest(
            kind=k.kind,
            letter_date=letter_date,
            appointment=appointment,
            include_pupil=self.include_pupil.isVisible() and self.include_pupil.isChecked(),
            include_guardians=self.include_guardians.isVisible()
            and self.include_guardians.isChecked(),
            suspect_guardian_id=self.suspect.currentData() if k.uses_suspect else None,
            consent_guardian_ids=frozenset(
                gid for gid, box in self.consent_parents.items() if box.isChecked()
            )
            if self.consent.isVisible()
            else frozenset(),
            halt_admitted=self.halt_admitted.isChecked(),
            halt_parents_consent=self.halt_consent.currentData(),
            override_reason=(self.override.text().strip() or None)
            if k.kind == letters.PV_KIND
            else None,
            bring_young_child=k.uses_appointment and self.bring_child.isChecked(),
        )

    # -- preview and store -----------------------------------------------------------------

    def make_preview(self) -> None:
        request = self.build_request()
        if request is None:
            return
        self.errors.clear_problems()
        self.preview_button.setEnabled(False)
        vault, case_id = self.context.vault, self.case_id
        self.request = request
        run_job(
            lambda: letters.draft_letters(vault, case_id, request),
            self._show_preview,
            self._failed,
            owner=self,
        )

    def _failed(self, exc: UserError | None) -> None:
        self.preview_button.setEnabled(True)
        self.errors.show_problems(problems_of(exc))

    def _show_preview(self, drafts: list[DraftLetter]) -> None:
        self.preview_button.setEnabled(True)
        self.drafts = drafts
        items = [
            PreviewItem(d.recipient_name, d.pdf, letters.file_name(self.reference, d.kind, n))
            for n, d in enumerate(drafts, start=1)
        ]
        self.preview = LetterPreviewDialog(items, self, title=drafts[0].title, can_store=True)
        self.preview.store_requested.connect(self._store)
        self.preview.show()
        self.previewed.emit()

    def _store(self, print_after: bool) -> None:
        assert self.request is not None and self.preview is not None
        vault, case_id, request, drafts = (
            self.context.vault,
            self.case_id,
            self.request,
            self.drafts,
        )
        printer = choose_printer(self) if print_after else None
        self.preview.setEnabled(False)

        def done(summary: object) -> None:
            self.context.report_change(summary)  # type: ignore[arg-type]
            self.stored.emit(summary)
            if printer is not None:
                ids = summary.ids("letter")  # type: ignore[attr-defined]
                self.print_job = PrintJob(vault, printer, ids, parent=self.context)
                self.print_job.finished.connect(self.context.report_change)
                self.print_job.failed.connect(self.context.message.emit)
                self.print_job.start()
            if self.preview is not None:
                self.preview.accept()
            self.accept()

        def failed(exc: UserError | None) -> None:
            if self.preview is not None:
                self.preview.setEnabled(True)
                self.preview.show_error(error_text(exc))

        run_job(
            lambda: letters.create_letters(vault, case_id, request, drafts),
            done,
            failed,
            owner=self,
        )
