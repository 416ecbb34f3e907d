"""The one helper for work off the GUI thread: unlock (KDF), loading the caseload, saving.

`run_job(fn, on_done, on_error)` runs `fn()` on the global thread pool; the result or the
error comes back to the GUI thread by a queued signal. Workers never touch widgets. A user
error arrives as its Dutch message; anything else is a bug: logged (no personal data) and
shown as a generic message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from lvs_desktop.models import UserError
from lvs_desktop.ui.i18n import tr

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """Lives in the GUI thread; its slots run there, whatever thread emitted."""

    done = Signal(object)
    failed = Signal(object)  # the UserError, or None for a bug

    def __init__(
        self,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[UserError | None], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._owner = on_done, on_error, owner
        self.done.connect(self._finish_done)
        self.failed.connect(self._finish_failed)

    def _owner_alive(self) -> bool:
        """False when the widget that asked was destroyed meanwhile (e.g. by a lock)."""
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def _finish_done(self, result: Any) -> None:
        _running.discard(self)
        if self._on_done is not None and self._owner_alive():
            self._on_done(result)

    @Slot(object)
    def _finish_failed(self, exc: UserError | None) -> None:
        _running.discard(self)
        if self._on_error is not None and self._owner_alive():
            self._on_error(exc)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._fn()
        except UserError as exc:
            self._signals.failed.emit(exc)
        except Exception:
            log.exception("background job failed")
            self._signals.failed.emit(None)
        else:
            self._signals.done.emit(result)


_running: set[JobSignals] = set()


def run_job(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[UserError | None], None] | None = None,
    owner: QObject | None = None,
) -> JobSignals:
    """Run `fn` on a worker thread; call `on_done(result)` or `on_error(exc)` on the GUI thread."""
    signals = JobSignals(on_done, on_error, owner)
    _running.add(signals)
    QThreadPool.globalInstance().start(_Runnable(fn, signals))
    return signals


def error_text(exc: UserError | None) -> str:
    """What to tell the user about a failed job."""
    if exc is not None:
        return exc.message
    return tr("Something went wrong in the program; nothing was saved. Please try again.")


def wait_for_jobs(msecs: int = 30000) -> bool:
    """Block until the pool is idle (on lock and quit, so no job outlives the vault)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
