"""Long sync work off the GUI thread: a runnable on the global pool, results back by signal.

Like the desk's `run_job`, but with progress and cancellation for the import: the worker
function receives a `report(done, total)` callback that emits a queued signal, and a
`cancelled()` test. Workers never touch widgets.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from lvs_desktop.models import UserError

log = logging.getLogger(__name__)


class SyncJob(QObject):
    """One background job; connect to its signals, then `start()`. Lives in the GUI thread."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)  # the UserError, or None for a bug

    def __init__(self, fn: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = threading.Event()
        _running.add(self)
        self.done.connect(lambda _result: _running.discard(self))
        self.failed.connect(lambda _error: _running.discard(self))

    def cancel(self) -> None:
        self._cancel.set()

    def start(self) -> SyncJob:
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def run_here(self) -> None:  # (in the worker thread)
        try:
            result = self._fn(self.progress.emit, self._cancel.is_set)
        except UserError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug: log where, never the message (it may hold data)
            frames = traceback.extract_tb(exc.__traceback__)[-6:]
            where = "; ".join(f"{Path(f.filename).name}:{f.lineno}" for f in frames)
            log.error("sync job failed: %s at %s", type(exc).__name__, where)
            self.failed.emit(None)
        else:
            self.done.emit(result)


class _Runnable(QRunnable):
    def __init__(self, job: SyncJob) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job

    def run(self) -> None:
        self._job.run_here()


_running: set[SyncJob] = set()


def error_text(error: UserError | None) -> str:
    from lvs_desktop.ui.sync.texts import tr

    if error is not None:
        return error.message
    return tr("Something went wrong in the program; nothing was saved. Please try again.")
