"""Map a download's columns to our fields by hand and keep the mapping as a named profile.

Opened from the import dialog for a file whose column names no profile knows (or to adjust
one): per field of the Besluit verzuimmelding a choice among the file's columns, the
current profile's choice preselected. Saved in the vault (`services.intake.save_profile`)
on the worker; `saved(name)` follows, and the import dialog previews with that profile.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.services import intake
from lvs_desktop.services.intake.profiles import REQUIRED
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.intake.texts import tr
from lvs_desktop.ui.widgets import ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job


class MappingDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        header: list[str],
        start: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeMappingDialog")
        self.setWindowTitle(tr("Map the columns"))
        self.context = context
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(tr("e.g. the name of the region or the export"))
        self.combos: dict[str, QComboBox] = {}
        fields = QWidget(self)
        form = QFormLayout(fields)
        by_key = {" ".join(h.split()).casefold(): h for h in header}
        for field, label in intake.FIELDS.items():
            combo = QComboBox(fields)
            combo.addItem(tr("(not in the file)"), None)
            for column in header:
                combo.addItem(column, column)
            wanted = by_key.get(" ".join(start.get(field, "").split()).casefold())
            if wanted is not None:
                combo.setCurrentIndex(combo.findData(wanted))
            self.combos[field] = combo
            form.addRow(label + (" *" if field in REQUIRED else ""), combo)
        scroll = QScrollArea(self)
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        self.errors = ErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Save profile"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(tr("Name of the profile"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Which column of the file holds each field? (* required)")))
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(560, 640)

    def columns(self) -> dict[str, str]:
        return {f: str(c.currentData()) for f, c in self.combos.items() if c.currentData()}

    def save(self) -> None:
        missing = [intake.FIELDS[f] for f in REQUIRED if not self.combos[f].currentData()]
        if missing:
            self.errors.show_problems(
                [tr("Choose a column for: {fields}").format(fields=", ".join(missing))]
            )
            return
        vault, name, columns = self.context.vault, self.name.text(), self.columns()
        run_job(
            lambda: intake.save_profile(vault, name, columns).name,
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, name: str) -> None:
        self.saved.emit(name)
        self.accept()

    def _failed(self, exc: Any) -> None:
        self.errors.show_problems([error_text(exc)])
