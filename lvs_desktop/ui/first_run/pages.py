"""The first pages of the first-run wizard: the vault, the role, the owner's profile
(`region_pages` has the region and the last look).

Each page checks its own fields when the user goes on (`validatePage`) and shows what is
wrong in Dutch, in red, under the fields; the wizard does not move on until it is right.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from lvs_desktop.ui.first_run import checks
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.widgets import DateField, ErrorLabel

if TYPE_CHECKING:
    from lvs_desktop.ui.first_run.wizard import FirstRunWizard

STRENGTH_COLOURS = ("#b00020", "#b36b00", "#5f7d00", "#1b5e20")


def _intro(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


class Page(QWizardPage):
    """A page with a red problem list; `refuse()` shows problems and tells the wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = ErrorLabel(self)
        self.first_field: QWidget | None = None

    def owner(self) -> FirstRunWizard:
        return self.wizard()  # type: ignore[return-value]

    def initializePage(self) -> None:
        self.errors.clear_problems()
        if self.first_field is not None:
            self.first_field.setFocus()

    def refuse(self, problems: list[str]) -> bool:
        """Show `problems`; True when there are none (the page may be left)."""
        if not problems:
            self.errors.clear_problems()
            return True
        self.errors.show_problems(problems)
        self.owner().refused.emit(" ".join(problems))
        if self.first_field is not None:
            self.first_field.setFocus()
        return False


class VaultPage(Page):
    """Where the vault goes and its passphrase, twice, with the shared rule."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("A new vault"))
        self.setSubTitle(
            tr(
                "Your casework is kept in an encrypted vault on this computer. Choose a "
                "passphrase that only you know: without it nobody, not even the "
                "administrator, can open the vault."
            )
        )
        self.path = QLineEdit(str(path), self)
        self.path.setObjectName("vaultPath")
        browse = QPushButton(tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("newPassphraseAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setObjectName("strengthHint")
        self.hint.setWordWrap(True)
        self.passphrase.textChanged.connect(self._update_hint)
        self.open_existing = QPushButton(tr("&Open an existing vault instead…"), self)
        self.open_existing.setObjectName("openExisting")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Vault file"), row)
        form.addRow(tr("&Passphrase"), self.passphrase)
        form.addRow(tr("Passphrase &again"), self.again)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(
            _intro(tr("Was a vault made for you already, or is it somewhere else?"), self)
        )
        existing = QHBoxLayout()
        existing.addWidget(self.open_existing)
        existing.addStretch(1)
        layout.addLayout(existing)
        for edit in (self.path, self.passphrase, self.again):
            edit.textEdited.connect(lambda _: self.errors.clear_problems())
        self.first_field = self.passphrase
        self._update_hint()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Where should the vault go?"), self.path.text(), tr("LVS vault (*.lvsvault)")
        )
        if chosen:
            self.path.setText(chosen)

    def _update_hint(self) -> None:
        score, hint = checks.strength(self.passphrase.text())
        self.hint.setStyleSheet(f"color: {STRENGTH_COLOURS[score]};")
        self.hint.setText(tr("Strength: {hint}").format(hint=hint))

    def vault_path(self) -> Path:
        return checks.vault_file(self.path.text())

    def validatePage(self) -> bool:
        problems = checks.vault_problems(self.path.text())
        problem = checks.passphrase_problem(self.passphrase.text())
        if problem:
            problems.append(problem)
        elif self.passphrase.text() != self.again.text():
            problems.append(tr("The two passphrases differ."))
        return self.refuse(problems)


ROLES = (
    (
        "consultant",
        "Consultant (leerplicht and RMC)",
        "You keep your own caseload and export it to your team lead.",
    ),
    (
        "team_lead",
        "Team lead",
        "You keep the region's registers and the team's roster, merge the consultants' "
        "exports and make the annual figures.",
    ),
    (
        "administration",
        "The LVS administration",
        "You handle absolute absence and intake and keep the registers up to date.",
    ),
)


class RolePage(Page):
    """Consultant, team lead, or the administration."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Your role"))
        self.setSubTitle(tr("What do you use LVS Desktop for? This decides what you may change."))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for n, (code, label, explanation) in enumerate(ROLES):
            button = QRadioButton(f"&{n + 1}  {tr(label)}", self)
            button.setObjectName(f"role_{code}")
            self.group.addButton(button, n)
            self.buttons[code] = button
            layout.addWidget(button)
            note = _intro(tr(explanation), self)
            note.setContentsMargins(26, 0, 0, 10)
            layout.addWidget(note)
        self.buttons["consultant"].setChecked(True)
        layout.addStretch(1)
        layout.addWidget(self.errors)
        self.first_field = self.buttons["consultant"]

    def initializePage(self) -> None:
        super().initializePage()
        self.buttons[self.role()].setFocus()

    def role(self) -> str:
        return ROLES[max(0, self.group.checkedId())][0]

    def set_role(self, role: str) -> None:
        self.buttons[role].setChecked(True)

    def role_label(self) -> str:
        return tr(dict((c, lab) for c, lab, _ in ROLES)[self.role()])


DEFAULT_FUNCTION = {
    "consultant": "Consulent leerplicht en voortijdig schoolverlaten",
    "team_lead": "Teamleider leerplicht en RMC",
    "administration": "Medewerker administratie LVS",
}
SWORN = (("", "—"), ("eed", "oath (eed)"), ("belofte", "affirmation (belofte)"))


class ProfilePage(Page):
    """The owner's details as letters and the proces-verbaal need them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Your details"))
        self.setSubTitle(
            tr(
                "Letters and the proces-verbaal use these. You can change them later under "
                "Settings."
            )
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("ownerName")
        self.code = QLineEdit(self)
        self.code.setObjectName("ownerCode")
        self.code.setMaximumWidth(80)
        self.code.setPlaceholderText(tr("e.g. JD"))
        self._code_typed = False
        self.code.textEdited.connect(lambda _: setattr(self, "_code_typed", True))
        self.name.textChanged.connect(self._suggest_code)
        self.function = QLineEdit(self)
        self.function.setObjectName("ownerFunction")
        self._function_for = ""
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.boa_number = QLineEdit(self)
        self.boa_number.setObjectName("boaNumber")
        self.akte_number = QLineEdit(self)
        self.akte_expires = DateField(None, self)
        self.sworn = QComboBox(self)
        for code, label in SWORN:
            self.sworn.addItem(tr(label), code or None)
        person = QFormLayout()
        person.addRow(tr("&Name"), self.name)
        person.addRow(tr("&Initials (in case numbers)"), self.code)
        person.addRow(tr("&Function"), self.function)
        person.addRow(tr("&Phone"), self.phone)
        person.addRow(tr("&E-mail"), self.email)
        self.boa_box = QGroupBox(tr("BOA (special investigating officer)"), self)
        boa = QFormLayout(self.boa_box)
        boa.addRow(tr("&BOA number"), self.boa_number)
        boa.addRow(tr("&Akte number"), self.akte_number)
        boa.addRow(tr("Akte valid &until"), self.akte_expires)
        boa.addRow(tr("&Sworn by"), self.sworn)
        layout = QVBoxLayout(self)
        layout.addLayout(person)
        layout.addWidget(self.boa_box)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        self.first_field = self.name

    def initializePage(self) -> None:
        super().initializePage()
        role = self.owner().role_page.role()
        if not self.function.text() or self.function.text() == self._function_for:
            self._function_for = DEFAULT_FUNCTION[role]
            self.function.setText(self._function_for)
        self.boa_box.setTitle(
            tr("BOA (special investigating officer), if you are one")
            if role == "administration"
            else tr("BOA (special investigating officer)")
        )

    def _suggest_code(self, name: str) -> None:
        if not self._code_typed:
            self.code.setText(checks.initials(name))

    def validatePage(self) -> bool:
        problems = checks.profile_problems(
            name=self.name.text(),
            code=self.code.text(),
            email=self.email.text(),
        )
        akte = self.akte_expires.problem(tr("Akte valid until"))
        if akte:
            problems.append(akte)
        return self.refuse(problems)
