"""The form for DUO's official early-leaver figures (VSV) on the Reports page (issue 13,
item 7): school year, municipality, new early school leavers and the denominator. Saved on
the runner through `services.report_vsv`; a refusal keeps the form open with its message."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.report_vsv import MAX_COUNT, set_vsv
from lvs_desktop.store import Vault
from lvs_desktop.ui.widgets import ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job


def tr(text: str) -> str:
    """`text` (English source) in the desk's language (translation context "lvs")."""
    return QCoreApplication.translate("lvs", text)


class VsvDialog(QDialog):
    """Enter one school year's VSV figure for one municipality. `saved(ChangeSummary)`."""

    saved = Signal(object)

    def __init__(
        self, vault: Vault, years: list[str], municipalities: list[str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(tr("Early school leavers (DUO)"))
        self.year = QComboBox(self)
        self.year.addItems(years)
        self.municipality = QComboBox(self)
        self.municipality.addItems(municipalities)
        self.leavers = QSpinBox(self)
        self.participants = QSpinBox(self)
        for box in (self.leavers, self.participants):
            box.setRange(0, MAX_COUNT)
            box.setGroupSeparatorShown(True)
        intro = QLabel(
            tr(
                "DUO's figure of a school year: new early school leavers and the "
                "participants they are counted against. The annual report shows it one "
                "school year later."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("School year:"), self.year)
        form.addRow(tr("Municipality:"), self.municipality)
        form.addRow(tr("New early school leavers:"), self.leavers)
        form.addRow(tr("Participants (denominator):"), self.participants)
        self.errors = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    @Slot()
    def save(self) -> None:
        """Save on the runner; the form stays usable only after a refusal."""
        vault, year = self.vault, self.year.currentText()
        name = self.municipality.currentText()
        leavers, participants = self.leavers.value(), self.participants.value()
        self.errors.clear_problems()
        self.buttons.setEnabled(False)
        run_job(
            lambda: set_vsv(vault, year, name, leavers, participants),
            self._saved,
            self._refused,
            owner=self,
        )

    def _saved(self, summary: ChangeSummary) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(summary)
        self.accept()

    def _refused(self, error: UserError | None) -> None:
        self.buttons.setEnabled(True)
        self.errors.show_problems([error_text(error)])
