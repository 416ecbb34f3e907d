"""What every page and dialog of an unlocked desk shares: the vault, labels, and a signal hub.

One `DeskContext` per unlock; it goes away with the main window on lock, so nothing keeps the
vault or personal data alive across a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.queries import Choice
from lvs_desktop.store import Vault


class DeskContext(QObject):
    """Shared by the pages of one unlocked session.

    `changed` carries the `ChangeSummary` of every saved change, so views refresh what it
    touches; `open_case` asks the main window to show a case; `message` goes to the status bar.
    """

    changed = Signal(object)
    open_case = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        vault: Vault,
        labels: dict[str, dict[str, str]],
        owner_name: str,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.labels = labels
        self.owner_name = owner_name
        self.today = today

    @property
    def owner_id(self) -> str | None:
        return self.vault.owner_id

    def label(self, category: str, code: str | None) -> str:
        if code is None:
            return ""
        return self.labels.get(category, {}).get(code, code)

    def choices(self, category: str) -> list[Choice]:
        return [Choice(c, lab) for c, lab in self.labels.get(category, {}).items()]

    def report_change(self, summary: ChangeSummary) -> None:
        self.changed.emit(summary)
        if summary.message:
            self.message.emit(summary.message)
