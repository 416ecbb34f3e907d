"""The Help menu's windows: "Over LVS Desktop" (the version, where this vault lives) and
"Handleiding" (the short Dutch user guide, `resources/guide/handleiding.md`, shown as Markdown
in a QTextBrowser).

English source text through `tr()`, the Dutch in the table below (as `ui/sync/texts.py` does);
the guide itself is Dutch only, as the product is.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.resource_files import resource_path
from lvs_desktop.ui.i18n import with_dutch
from lvs_desktop.version import program_version

GUIDE = "guide/handleiding.md"

DUTCH = {
    "&User guide": "&Handleiding",
    "User guide": "Handleiding",
    "About LVS Desktop": "Over LVS Desktop",
    "Version {version}": "Versie {version}",
    "Leerplicht and RMC casework over an encrypted vault, for consultants and their team lead.": (
        "Leerplicht- en RMC-dossiers in een versleutelde kluis, voor consulenten en hun teamleider."
    ),
    "This vault": "Deze kluis",
    "Built with Python {python} and Qt for Python {qt}.": (
        "Gemaakt met Python {python} en Qt for Python {qt}."
    ),
    "The user guide is missing from this installation ({path}). Install the program again.": (
        "De handleiding ontbreekt in deze installatie ({path}). Installeer het programma opnieuw."
    ),
}

tr = with_dutch(DUTCH)


def guide_markdown() -> str:
    """The guide's text (Markdown), or a line that says it is missing."""
    path = resource_path(GUIDE)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        message = tr(
            "The user guide is missing from this installation ({path}). Install the program again."
        )
        return message.format(path=path)


class AboutDialog(QDialog):
    """The program's name and version, and where this vault is."""

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About LVS Desktop"))
        self.version = program_version()
        layout = QVBoxLayout(self)
        title = QLabel(f"<b>LVS Desktop</b> — {tr('Version {version}')}", self)
        title.setText(title.text().format(version=self.version))
        title.setObjectName("aboutTitle")
        layout.addWidget(title)
        about = QLabel(
            tr(
                "Leerplicht and RMC casework over an encrypted vault, for consultants and "
                "their team lead."
            ),
            self,
        )
        about.setWordWrap(True)
        layout.addWidget(about)
        self.paths = QLabel(self)
        self.paths.setTextFormat(Qt.TextFormat.PlainText)  # a path is not markup
        self.paths.setText(f"{tr('This vault')}: {vault_path}")
        self.paths.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paths.setWordWrap(True)
        layout.addWidget(self.paths)
        built = QLabel(
            tr("Built with Python {python} and Qt for Python {qt}.").format(
                python=platform.python_version(), qt=pyside_version
            ),
            self,
        )
        layout.addWidget(built)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)


class GuideDialog(QDialog):
    """The user guide, rendered from Markdown; links inside it are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("User guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setMarkdown(guide_markdown())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 660)  # fits a 1366×768 screen with the taskbar


def shoot_help(window: Any, out: Path, grab: Callable[[QWidget, Path, str], Path]) -> list[Path]:
    """Screenshots (`ui/screenshots.py`): the guide and the About window, from the Help menu."""
    shots = []
    for action, name in ((window.act_guide, "19g-handleiding"), (window.act_about, "19h-over")):
        action.trigger()
        dialog = window.help_dialog
        if name == "19h-over":
            dialog.adjustSize()
        shots.append(grab(dialog, out, name))
        dialog.close()
    return shots
