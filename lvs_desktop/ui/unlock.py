"""Unlock: open an existing vault, or create a new one (passphrase twice, strength hint).

The KDF takes a noticeable fraction of a second, so opening and creating run on the worker;
the dialog stays responsive and shows the Dutch message of a wrong passphrase or a vault in
use. `unlocked` carries the open `Vault`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.store.passphrase import MIN_PASSPHRASE_LENGTH, passphrase_problem
from lvs_desktop.store.vault import VAULT_SUFFIX
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job

MIN_LENGTH = MIN_PASSPHRASE_LENGTH  # the one rule of `store.passphrase`


def strength(passphrase: str) -> tuple[int, str]:
    """A rough score 0–3 and a hint; 0 is what the shared rule refuses (with its own Dutch
    sentence), and long passphrases of several words score best."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        return 0, problem
    n = len(passphrase)
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    words = len(passphrase.split())
    if n >= 20 and (words >= 4 or kinds >= 3):
        return 3, tr("Strong.")
    if n >= 16 or kinds >= 3:
        return 2, tr("Reasonable; a few more words make it strong.")
    return 1, tr("Weak: a sentence of four or more words is easy to remember and strong.")


def _path_row(parent: QWidget, edit: QLineEdit, save: bool) -> QHBoxLayout:
    browse = QPushButton(tr("Browse…"), parent)

    def pick() -> None:
        caption = tr("Choose a vault")
        pattern = tr("LVS vault (*{suffix})").format(suffix=VAULT_SUFFIX)
        if save:
            chosen, _ = QFileDialog.getSaveFileName(parent, caption, edit.text(), pattern)
        else:
            chosen, _ = QFileDialog.getOpenFileName(parent, caption, edit.text(), pattern)
        if chosen:
            edit.setText(chosen)

    browse.clicked.connect(pick)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row


class UnlockDialog(QDialog):
    """`unlocked(Vault)` on success; `failed(str)` with the message shown."""

    unlocked = Signal(object)
    failed = Signal(str)

    def __init__(self, path: Path, passphrase: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(tr("LVS Desktop — unlock vault"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget(self)
        # open
        self.path = QLineEdit(str(path), self)
        self.passphrase = QLineEdit(passphrase, self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.open_button = QPushButton(tr("Unlock"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.unlock)
        self.passphrase.returnPressed.connect(self.unlock)
        page = QWidget(self)
        form = QFormLayout(page)
        form.addRow(tr("Vault"), _path_row(self, self.path, save=False))
        form.addRow(tr("Passphrase"), self.passphrase)
        form.addRow("", self.open_button)
        self.tabs.addTab(page, tr("Open vault"))
        # create
        self.new_path = QLineEdit(
            str(path if not path.exists() else path.with_name("nieuw" + VAULT_SUFFIX)), self
        )
        self.owner_name = QLineEdit(self)
        self.owner_code = QLineEdit(self)
        self.owner_code.setMaximumWidth(80)
        self.owner_code.setPlaceholderText(tr("e.g. JD"))
        self.new_pass = QLineEdit(self)
        self.new_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pass2 = QLineEdit(self)
        self.new_pass2.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.new_pass.textChanged.connect(self._update_hint)
        self.create_button = QPushButton(tr("Create vault"), self)
        self.create_button.clicked.connect(self.create)
        page = QWidget(self)
        form = QFormLayout(page)
        form.addRow(tr("New vault"), _path_row(self, self.new_path, save=True))
        form.addRow(tr("Your name"), self.owner_name)
        form.addRow(tr("Your code"), self.owner_code)
        form.addRow(tr("Passphrase"), self.new_pass)
        form.addRow(tr("Passphrase again"), self.new_pass2)
        form.addRow("", self.hint)
        form.addRow("", self.create_button)
        self.tabs.addTab(page, tr("New vault"))
        self.tabs.currentChanged.connect(lambda _: self.errors.clear_problems())
        self.busy = QLabel(self)
        self.errors = ErrorLabel(self)
        intro = QLabel(
            tr("Your casework is kept in an encrypted vault. Enter its passphrase."), self
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs)
        layout.addWidget(self.busy)
        layout.addWidget(self.errors)
        self._update_hint()
        if passphrase:
            self.open_button.setFocus()
        else:
            self.passphrase.setFocus()

    def _update_hint(self) -> None:
        score, hint = strength(self.new_pass.text())
        colors = ("#b00020", "#b36b00", "#5f7d00", "#1b5e20")
        self.hint.setStyleSheet(f"color: {colors[score]};")
        self.hint.setText(tr("Strength: {hint}").format(hint=hint))

    def _set_busy(self, text: str) -> None:
        self.busy.setText(text)
        for w in (self.open_button, self.create_button, self.tabs):
            w.setEnabled(not text)

    def unlock(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        secret = self.passphrase.text()
        if not secret:
            self.show_error(tr("Enter the passphrase."))
            return
        self.errors.clear_problems()
        self._set_busy(tr("Unlocking…"))
        run_job(lambda: Vault.open(path, secret), self._opened, self._failed, owner=self)

    def create(self) -> None:
        path = Path(self.new_path.text().strip()).expanduser()
        secret, again = self.new_pass.text(), self.new_pass2.text()
        name, code = self.owner_name.text().strip(), self.owner_code.text().strip()
        problems = []
        if not name:
            problems.append(tr("Your name is required."))
        if not (code.isalpha() and 1 <= len(code) <= 4):
            problems.append(tr("Your code is 1 to 4 letters."))
        if strength(secret)[0] == 0:
            problems.append(strength(secret)[1])
        if secret != again:
            problems.append(tr("The two passphrases differ."))
        if problems:
            self.errors.show_problems(problems)
            self.failed.emit(" ".join(problems))
            return
        if path.suffix != VAULT_SUFFIX:
            path = path.with_name(path.name + VAULT_SUFFIX)
        self.errors.clear_problems()
        self._set_busy(tr("Creating the vault…"))
        owner = OwnerProfile(name=name, code=code.upper())
        run_job(lambda: Vault.create(path, secret, owner), self._opened, self._failed, owner=self)

    def _opened(self, vault: Vault) -> None:
        self._set_busy("")
        for edit in (self.passphrase, self.new_pass, self.new_pass2):
            edit.clear()
        self.unlocked.emit(vault)

    def _failed(self, exc: UserError | None) -> None:
        self._set_busy("")
        self.show_error(error_text(exc))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def show_error(self, message: str) -> None:
        self.errors.show_problems([message])
        self.failed.emit(message)
