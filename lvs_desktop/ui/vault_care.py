"""Care of the vault from the Settings page: files past their retention term, and the passphrase.

- `RetentionDialog` lists the files a purge may destroy (named by case reference, never by
  name), lets the user choose what happens to the backups (rewritten without the purged rows,
  or removed), and destroys the chosen files after an explicit confirmation. The message says
  what happened to the backups.
- `PassphraseDialog` changes the vault's passphrase; the backups are re-encrypted with it or
  removed, and the message says which.

Both call services on the worker (`run_job`); Dutch ships here (`with_dutch`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.services import ChangeSummary, passphrase, retention
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.error_log_dialog import ErrorLogDialog
from lvs_desktop.ui.error_log_dialog import tr as error_log_tr
from lvs_desktop.ui.i18n import with_dutch
from lvs_desktop.ui.widgets import ErrorLabel, RowsModel, fit_columns
from lvs_desktop.ui.worker import error_text, run_job

DUTCH = {
    "Vault and retention": "Kluis en bewaartermijnen",
    "Files past retention…": "Dossiers over de bewaartermijn…",
    "Change passphrase…": "Wachtwoord wijzigen…",
    "Files past their retention term": "Dossiers over de bewaartermijn",
    "File": "Dossier",
    "Kept until": "Bewaard tot",
    "Why": "Reden",
    "retention term passed": "bewaartermijn verstreken",
    "no file": "geen dossier",
    "only removed files": "alleen verwijderde dossiers",
    "report in the intake inbox, never assigned": "melding in het postvak, nooit toegewezen",
    "Intake reports nobody assigned": "Meldingen in de intake die niemand toewees",
    "Kept in the inbox for": "Bewaren in het postvak",
    " days after import": " dagen na inlezen",
    "Save &term": "&Termijn opslaan",
    "Term saved.": "Termijn opgeslagen.",
    "Backups after a purge": "Reservekopieën na vernietigen",
    "Rewrite them without the destroyed data": "Herschrijven zonder de vernietigde gegevens",
    "Remove them": "Verwijderen",
    "I understand that destroying cannot be undone": (
        "Ik begrijp dat vernietigen niet ongedaan kan worden"
    ),
    "Destroy the selected files": "Geselecteerde dossiers vernietigen",
    "Close": "Sluiten",
    "Loading…": "Laden…",
    "{count} file(s) past their retention term.": "{count} dossier(s) over de bewaartermijn.",
    "Select the files to destroy.": "Selecteer de dossiers die vernietigd moeten worden.",
    "Tick the confirmation first.": "Vink eerst de bevestiging aan.",
    "Destroyed files stay destroyed: other laptops and the team vault follow at the next "
    "sync, and the backups are dealt with as chosen below.": (
        "Vernietigde dossiers blijven vernietigd: andere laptops en de teamkluis volgen bij "
        "de volgende synchronisatie, en de reservekopieën gaan zoals hieronder gekozen."
    ),
    "Change the vault's passphrase": "Wachtwoord van de kluis wijzigen",
    "New passphrase": "Nieuw wachtwoord",
    "Repeat": "Herhaal",
    "Change passphrase": "Wachtwoord wijzigen",
    "Existing backups are re-encrypted with the new passphrase; a backup that cannot be "
    "is removed. None opens with the old passphrase afterwards.": (
        "Bestaande reservekopieën worden opnieuw versleuteld met het nieuwe wachtwoord; een "
        "reservekopie waarbij dat niet lukt, wordt verwijderd. Daarna opent geen enkele nog "
        "met het oude wachtwoord."
    ),
    "Changing the passphrase…": "Wachtwoord wordt gewijzigd…",
}
tr = with_dutch(DUTCH)

REASONS = {
    "term": "retention term passed",
    "no_case": "no file",
    "removed_cases": "only removed files",
    "intake": "report in the intake inbox, never assigned",
}
POLICIES = (
    ("rewrite", "Rewrite them without the destroyed data"),
    ("remove", "Remove them"),
)


class RetentionDialog(QDialog):
    """`loaded` after each read of the list; `purged` carries the purge's change summary."""

    loaded = Signal()
    purged = Signal(object)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.files: list[retention.PastRetention] = []
        self.setWindowTitle(tr("Files past their retention term"))
        self.resize(760, 520)
        self.explain = QLabel(
            tr(
                "Destroyed files stay destroyed: other laptops and the team vault follow at "
                "the next sync, and the backups are dealt with as chosen below."
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.model = RowsModel([tr("File"), tr("Kept until"), tr("Why")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel(tr("Loading…"), self)
        self.policy = QComboBox(self)
        for key, label in POLICIES:
            self.policy.addItem(tr(label), key)
        policy_box = QGroupBox(tr("Backups after a purge"), self)
        QVBoxLayout(policy_box).addWidget(self.policy)
        self.intake_days = QSpinBox(self)
        self.intake_days.setRange(0, 3650)
        self.intake_days.setSuffix(tr(" days after import"))
        self.term_button = QPushButton(tr("Save &term"), self)
        self.term_button.clicked.connect(self.save_term)
        intake_box = QGroupBox(tr("Intake reports nobody assigned"), self)
        term_row = QHBoxLayout(intake_box)
        term_row.addWidget(QLabel(tr("Kept in the inbox for"), intake_box))
        term_row.addWidget(self.intake_days)
        term_row.addWidget(self.term_button)
        term_row.addStretch(1)
        self.confirm = QCheckBox(tr("I understand that destroying cannot be undone"), self)
        self.errors = ErrorLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("purgeMessage")
        self.message.setWordWrap(True)
        self.purge_button = QPushButton(tr("Destroy the selected files"), self)
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self.purge)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm, 1)
        buttons.addWidget(self.purge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(policy_box)
        layout.addWidget(intake_box)
        layout.addWidget(self.errors)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        vault, today = self.context.vault, self.context.today()

        def read() -> tuple[list[retention.PastRetention], str, retention.RetentionTerms]:
            return (
                retention.past_retention(vault, today),
                retention.get_backup_policy(vault),
                retention.get_terms(vault),
            )

        run_job(read, self._loaded, self._failed, owner=self)

    def _loaded(
        self, result: tuple[list[retention.PastRetention], str, retention.RetentionTerms]
    ) -> None:
        self.files, policy, terms = result
        self.intake_days.setValue(terms.intake_unassigned_days)
        self.model.set_rows(
            [
                (f.label, f"{f.kept_until:%d-%m-%Y}", tr(REASONS.get(f.reason, f.reason)))
                for f in self.files
            ],
            ids=[f.youth_id for f in self.files],
        )
        fit_columns(self.table)
        self.count.setText(
            tr("{count} file(s) past their retention term.").format(count=len(self.files))
        )
        self.policy.setCurrentIndex(max(0, self.policy.findData(policy)))
        self.purge_button.setEnabled(bool(self.files))
        self.loaded.emit()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.files[r].youth_id for r in rows]

    def purge(self) -> None:
        ids = self.selected_ids()
        problems = []
        if not ids:
            problems.append(tr("Select the files to destroy."))
        if not self.confirm.isChecked():
            problems.append(tr("Tick the confirmation first."))
        if problems:
            self.errors.show_problems(problems)
            return
        self.errors.clear_problems()
        self.purge_button.setEnabled(False)
        vault, today, policy = self.context.vault, self.context.today(), self.policy.currentData()

        def work() -> ChangeSummary:
            retention.set_backup_policy(vault, policy)
            return retention.purge(vault, ids, today)

        run_job(work, self._purged, self._failed, owner=self)

    def save_term(self) -> None:
        """The retention term of intake reports nobody assigned (a setting), then reread."""
        vault, days = self.context.vault, self.intake_days.value()

        def work() -> None:
            retention.set_terms(
                vault, replace(retention.get_terms(vault), intake_unassigned_days=days)
            )

        def saved(_result: object) -> None:
            self.message.setText(tr("Term saved."))
            self.reload()

        run_job(work, saved, self._failed, owner=self)

    def _purged(self, summary: ChangeSummary) -> None:
        self.message.setText(summary.message)
        self.confirm.setChecked(False)
        self.context.report_change(summary)
        self.purged.emit(summary)
        self.reload()

    def _failed(self, exc: Any) -> None:
        self.errors.show_problems([error_text(exc)])
        self.purge_button.setEnabled(bool(self.files))


class PassphraseDialog(QDialog):
    """`changed` carries the message (what happened to the backups)."""

    changed = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr("Change the vault's passphrase"))
        self.resize(560, 260)
        explain = QLabel(
            tr(
                "Existing backups are re-encrypted with the new passphrase; a backup that "
                "cannot be is removed. None opens with the old passphrase afterwards."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.new = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.new, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("New passphrase"), self.new)
        form.addRow(tr("Repeat"), self.repeat)
        self.errors = ErrorLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("rekeyMessage")
        self.message.setWordWrap(True)
        self.change_button = QPushButton(tr("Change passphrase"), self)
        self.change_button.setDefault(True)
        self.change_button.clicked.connect(self.submit)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.message, 1)
        layout.addLayout(buttons)

    def submit(self) -> None:
        new, repeated = self.new.text(), self.repeat.text()
        self.errors.clear_problems()
        self.change_button.setEnabled(False)
        self.message.setText(tr("Changing the passphrase…"))
        vault = self.context.vault
        run_job(
            lambda: passphrase.change_passphrase(vault, new, repeated),
            self._changed,
            self._failed,
            owner=self,
        )

    def _changed(self, summary: ChangeSummary) -> None:
        self.new.clear()
        self.repeat.clear()
        self.message.setText(summary.message)
        self.change_button.setEnabled(True)
        self.context.report_change(summary)
        self.changed.emit(summary.message)

    def _failed(self, exc: Any) -> None:
        self.message.clear()
        self.errors.show_problems([error_text(exc)])
        self.change_button.setEnabled(True)


class VaultCareBox(QGroupBox):
    """The Settings page's entry to both dialogs."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Vault and retention"), parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.retention_button = QPushButton(tr("Files past retention…"), self)
        self.retention_button.clicked.connect(self.open_retention)
        self.passphrase_button = QPushButton(tr("Change passphrase…"), self)
        self.passphrase_button.clicked.connect(self.open_passphrase)
        self.errors_button = QPushButton(error_log_tr("Error reports…"), self)
        self.errors_button.clicked.connect(self.open_error_log)
        layout = QHBoxLayout(self)
        layout.addWidget(self.retention_button)
        layout.addWidget(self.passphrase_button)
        layout.addWidget(self.errors_button)
        layout.addStretch(1)

    def open_retention(self) -> RetentionDialog:
        self.dialog = RetentionDialog(self.context, self)
        self.dialog.open()
        return self.dialog

    def open_passphrase(self) -> PassphraseDialog:
        self.dialog = PassphraseDialog(self.context, self)
        self.dialog.open()
        return self.dialog

    def open_error_log(self) -> ErrorLogDialog:
        """Foutmeldingen: what the vault kept about bugs, by foutcode (issue 14, defect 6)."""
        self.dialog = ErrorLogDialog(self.context, self)
        self.dialog.open()
        return self.dialog


def shoot_vault_care(
    window: Any,
    out: Path,
    grab: Callable[[Any, Path, str], Path],
    wait_for: Callable[..., None],
) -> list[Path]:
    """Screenshots of both dialogs, opened from the Settings page (called from
    `ui/screenshots.py`; nothing is destroyed or re-keyed)."""
    care: VaultCareBox = window.settings.care
    dialog = care.open_retention()
    wait_for(dialog.loaded, 30_000)
    if dialog.model.rowCount():
        dialog.table.selectRow(0)
    shots = [grab(dialog, out, "18a-bewaartermijn")]
    dialog.close()
    rekey = care.open_passphrase()
    shots.append(grab(rekey, out, "18b-wachtwoord-wijzigen"))
    rekey.close()
    from lvs_desktop.store import log_policy

    try:  # one example bug in the throw-away demo vault, so that the list shows a row
        raise KeyError("kolom")
    except KeyError as example:
        log_policy.report_bug("voorbeeld voor de schermafbeelding", example, window.context.vault)
    errors = care.open_error_log()
    wait_for(errors.loaded, 30_000)
    errors.table.selectRow(0)
    shots.append(grab(errors, out, "18c-foutmeldingen"))
    errors.close()
    return shots
