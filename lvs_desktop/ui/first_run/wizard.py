"""The first-run wizard: opening the program without a vault makes one, with the owner's
profile, role and region, and hands the unlocked vault to the desk (`created`).

Making the vault pays the key derivation, so it runs on the worker; the wizard stays
responsive and shows a Dutch message if it fails (then nothing is left on disk).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from lvs_desktop.models import UserError
from lvs_desktop.store import Vault
from lvs_desktop.ui.first_run import setup
from lvs_desktop.ui.first_run.pages import ProfilePage, RolePage, VaultPage
from lvs_desktop.ui.first_run.region_pages import RegionPage, SummaryPage
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.worker import error_text, run_job

BUTTONS = (
    (QWizard.WizardButton.BackButton, "< &Back"),
    (QWizard.WizardButton.NextButton, "&Next >"),
    (QWizard.WizardButton.FinishButton, "&Make the vault"),
    (QWizard.WizardButton.CancelButton, "Cancel"),
)


class FirstRunWizard(QWizard):
    """`created(Vault)` when the vault is made; `refused(str)` with every message a page shows;
    `open_existing()` when the user has a vault after all."""

    created = Signal(object)
    refused = Signal(str)
    open_existing = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(tr("LVS Desktop — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in BUTTONS:
            self.setButtonText(button, tr(text))
        self.vault_page = VaultPage(path, self)
        self.role_page = RolePage(self)
        self.profile_page = ProfilePage(self)
        self.region_page = RegionPage(self)
        self.summary_page = SummaryPage(self)
        for page in (
            self.vault_page,
            self.role_page,
            self.profile_page,
            self.region_page,
            self.summary_page,
        ):
            self.addPage(page)
        self.vault_page.open_existing.clicked.connect(self._open_existing)
        self.vault: Vault | None = None
        self._busy = False
        self.wants_existing = False
        self.resize(780, 600)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        page = self.currentPage()
        first = getattr(page, "first_field", None)
        if first is not None:
            first.setFocus()

    def answers(self) -> setup.Answers:
        p = self.profile_page
        return setup.Answers(
            path=self.vault_page.vault_path(),
            passphrase=self.vault_page.passphrase.text(),
            role=self.role_page.role(),
            name=p.name.text().strip(),
            code=p.code.text().strip().upper(),
            function_title=p.function.text().strip() or None,
            phone=p.phone.text().strip() or None,
            email=p.email.text().strip() or None,
            boa_number=p.boa_number.text().strip() or None,
            akte_number=p.akte_number.text().strip() or None,
            akte_expires_on=p.akte_expires.value(),
            sworn=p.sworn.currentData(),
            region_name=self.region_page.region_name.text().strip() or None,
            municipality_codes=tuple(pl.code for pl in self.region_page.picker.checked()),
        )

    def finish_requested(self) -> bool:
        """The last page's Finish: start making the vault; the wizard closes when it is made."""
        if self.vault is not None:
            return True
        if self._busy:
            return False
        answers = self.answers()
        self._set_busy(True)
        run_job(lambda: setup.make_vault(answers), self._made, self._failed, owner=self)
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.summary_page.busy.setText(tr("Making the vault…") if busy else "")
        for button in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(not busy)

    def _made(self, vault: Vault) -> None:
        self._set_busy(False)
        self.vault = vault
        self.vault_page.passphrase.clear()
        self.vault_page.again.clear()
        self.created.emit(vault)
        self.accept()

    def _failed(self, exc: UserError | None) -> None:
        self._set_busy(False)
        self.summary_page.refuse([error_text(exc)])

    def _open_existing(self) -> None:
        self.wants_existing = True
        self.open_existing.emit()
        self.reject()

    def reject(self) -> None:
        if self._busy:  # the vault is being made: it will arrive, and must not be orphaned
            return
        super().reject()
