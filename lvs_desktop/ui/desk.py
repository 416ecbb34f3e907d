"""The session: unlock → main window → lock → unlock again.

On lock (Ctrl+L or idle) every widget drops its personal data, the main window and its
context are destroyed, the vault closes (the key leaves memory) and the unlock dialog returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from lvs_desktop.models import UserError
from lvs_desktop.services import settings
from lvs_desktop.services.queries import all_labels, owner_name
from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.case_view import LettersTabFactory
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.idle import IdleWatcher
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.pages import PageFactory, default_case_tab
from lvs_desktop.ui.settings_page import AllSettings
from lvs_desktop.ui.unlock import UnlockDialog
from lvs_desktop.ui.worker import error_text, run_job, wait_for_jobs

WINDOW_SIZE = (1366, 768)


@dataclass(frozen=True)
class DeskStart:
    """What the window needs from the vault before it shows (read on the worker)."""

    language: str
    labels: dict[str, dict[str, str]]
    owner_name: str
    auto_lock_minutes: int


def read_start(vault: Vault) -> DeskStart:
    """The start-up facts (runs on the worker)."""
    return DeskStart(
        settings.get_language(vault),
        all_labels(vault),
        owner_name(vault),
        settings.get_auto_lock_minutes(vault),
    )


class Desk(QObject):
    """`unlocked` when the main window shows, `locked` when it is gone again."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        path: Path,
        *,
        passphrase: str = "",
        pages: dict[str, PageFactory] | None = None,
        letters_tab: LettersTabFactory | Literal["default"] | None = "default",
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.path = path
        self._prefill = passphrase
        self._pages = pages
        self._letters_tab = default_case_tab() if letters_tab == "default" else letters_tab
        self._today = today
        self.vault: Vault | None = None
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self.idle_override_ms: int | None = None  # tests use a short idle time

    # -- unlock -------------------------------------------------------------------------

    def start(self) -> None:
        self.show_unlock()

    def show_unlock(self) -> None:
        self.dialog = UnlockDialog(self.path, self._prefill)
        self.dialog.unlocked.connect(self._on_unlocked)
        self.dialog.rejected.connect(self._quit_if_locked)
        self.dialog.show()

    def _quit_if_locked(self) -> None:
        if self.vault is None:
            QCoreApplication.quit()

    def _on_unlocked(self, vault: Vault) -> None:
        self.vault = vault
        self.path = vault.path
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        run_job(lambda: read_start(vault), self._started, self._start_failed, owner=self)

    def _started(self, start: DeskStart) -> None:
        if self.vault is None:  # locked meanwhile
            return
        if start.language != i18n.remembered_language():
            i18n.remember_language(start.language)
        i18n.install(start.language)
        self._build_window(start)
        self.unlocked.emit()

    def _start_failed(self, error: UserError | None) -> None:
        """The vault opened but could not be read: close it and ask again, saying why."""
        message = error_text(error)
        self.lock()
        if self.dialog is not None:
            self.dialog.show_error(message)

    def _build_window(self, start: DeskStart) -> None:
        vault = self.vault
        assert vault is not None
        context = DeskContext(vault, start.labels, start.owner_name, self._today)
        minutes = start.auto_lock_minutes
        self.window = MainWindow(context, self._pages, self._letters_tab, minutes)
        self.window.lock_requested.connect(self.lock)
        self.window.quit_requested.connect(self.quit)
        self.window.settings.saved.connect(self._settings_saved)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self._start_idle(minutes)

    def _start_idle(self, minutes: int) -> None:
        if self.idle_override_ms is not None:
            self.idle.set_timeout_ms(self.idle_override_ms)
        else:
            self.idle.set_minutes(minutes)
        self.idle.start()

    def _settings_saved(self, new: AllSettings) -> None:
        assert self.window is not None
        self.window.set_auto_lock_minutes(new.auto_lock_minutes)
        self._start_idle(new.auto_lock_minutes)
        if new.language != i18n.remembered_language():
            i18n.remember_language(new.language)
            i18n.install(new.language)
            QTimer.singleShot(0, self._rebuild)  # not inside the page's own signal

    def _rebuild(self) -> None:
        """The window again, in the new language (the vault stays open)."""
        if self.window is None or self.vault is None:
            return
        vault = self.vault
        run_job(lambda: read_start(vault), self._rebuilt, owner=self)

    def _rebuilt(self, start: DeskStart) -> None:
        if self.window is None:
            return
        self._teardown_window()
        self._build_window(start)
        if self.window is not None:
            self.window.nav.setCurrentRow(5)

    # -- lock ---------------------------------------------------------------------------

    def _teardown_window(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        window.drop_personal_data()
        window._closing_for_lock = True
        window.close()
        window.deleteLater()
        wait_for_jobs()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def lock(self) -> None:
        """Drop every widget's data, close the vault, and show the unlock dialog again."""
        if self.vault is None:
            return
        self.idle.stop()
        self._teardown_window()
        vault, self.vault = self.vault, None
        vault.lock()
        self._prefill = ""
        self.show_unlock()
        self.locked.emit()

    def quit(self) -> None:
        """Close everything and end the program."""
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """Close the window, the vault and the unlock dialog (the program keeps running)."""
        self.idle.stop()
        self._teardown_window()
        if self.vault is not None:
            self.vault.lock()
            self.vault = None
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
