"""The first run: without a vault, the program opens a wizard that makes one (vault,
profile, role, region) and then the desk on it.

    wizard = start_first_run(desk)   # instead of desk.start()
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lvs_desktop.ui.first_run.wizard import FirstRunWizard

if TYPE_CHECKING:
    from lvs_desktop.ui.desk import Desk

__all__ = ["FirstRunWizard", "needs_first_run", "start_first_run"]


def needs_first_run(path: Path) -> bool:
    """True when there is no vault at `path` (the default place or the given `--vault`)."""
    return not Path(path).exists()


def start_first_run(desk: Desk) -> FirstRunWizard:
    """Show the wizard for `desk.path`; the made vault opens the desk. "Open an existing
    vault" shows the desk's unlock dialog instead; Cancel ends the program."""
    wizard = FirstRunWizard(desk.path)
    desk.first_run = wizard  # type: ignore[attr-defined]  # kept alive with the desk

    def finished(result: int) -> None:
        if wizard.vault is not None:
            desk._on_unlocked(wizard.vault)
            if desk.window is not None:  # the wizard had the keyboard: the window takes it
                desk.window.activateWindow()
        elif wizard.wants_existing:
            desk.start()
        else:
            QCoreApplication.quit()
        desk.first_run = None  # type: ignore[attr-defined]
        wizard.deleteLater()

    wizard.finished.connect(finished)
    wizard.show()
    return wizard
