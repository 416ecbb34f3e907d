"""The one runner for work off the GUI thread: unlock, loading, saving, sync, printing, figures.

`start_job(fn)` runs `fn(ctx)` on the global thread pool; `ctx.report(done, total)` sends
progress and `ctx.cancelled()` tells whether the user asked to stop. The result or the error
comes back to the GUI thread by queued signals of the returned `Job`. `run_job(fn, on_done,
on_error)` is the short form for work without progress. Workers never touch widgets.

There is one error path: a `UserError` arrives as itself (its Dutch message is for the user);
anything else is a bug, reported through the one policy (`store/log_policy.py`): logged with
its type and where it happened but never its message (an exception text can hold personal
data), kept in the vault under an error id, and shown as a `ProgramError` naming that id.

No other module of the program starts a thread (a test checks this).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from lvs_desktop.models import UserError
from lvs_desktop.store import log_policy
from lvs_desktop.ui.i18n import tr

log = logging.getLogger(__name__)


class JobContext:
    """What a worker function may use: progress, and whether it was cancelled."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def report(self, done: int, total: int) -> None:
        self._job.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._job.is_cancelled()


class Job(QObject):
    """One piece of background work. Lives in the GUI thread; its slots run there.

    Signals: `progress(done, total)`, then `done(result)` or `failed(error)`, where `error` is
    the `UserError`, or None for a bug. Callbacks given to `start_job` are skipped when their
    owner widget was destroyed meanwhile (e.g. by an auto-lock).
    """

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        fn: Callable[[JobContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[UserError | None], None] | None = None,
        owner: QObject | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__()
        self._fn = fn
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._owner = owner
        self._cancel = threading.Event()
        self.done.connect(self._finish_done)
        self.failed.connect(self._finish_failed)
        self.progress.connect(self._forward_progress)

    def start(self) -> Job:
        _running.add(self)
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run_here(self) -> None:  # (in the worker thread)
        try:
            result = self._fn(JobContext(self))
        except UserError as exc:
            self.failed.emit(exc)
        except Exception as exc:
            self.failed.emit(log_policy.report_bug("taak op de achtergrond", exc))
        else:
            self.done.emit(result)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(int, int)
    def _forward_progress(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._owner_alive():
            self._on_progress(done, total)

    @Slot(object)
    def _finish_done(self, result: Any) -> None:
        on_done, alive = self._on_done, self._owner_alive()
        self._let_go()
        if on_done is not None and alive:
            on_done(result)

    @Slot(object)
    def _finish_failed(self, error: UserError | None) -> None:
        on_error, alive = self._on_error, self._owner_alive()
        self._let_go()
        if on_error is not None and alive:
            on_error(error)

    def _let_go(self) -> None:
        """Drop the callbacks (bound methods of widgets) here, on the GUI thread.

        The worker thread may hold the last reference to this job; were the callbacks still
        in it, a widget they keep alive could be destroyed on that thread (a crash).
        """
        self._on_done = self._on_error = self._on_progress = None
        self._fn = _done_already  # its closure may hold a widget too
        self._owner = None
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job

    def run(self) -> None:
        self._job.run_here()


_running: set[Job] = set()


def _done_already(_ctx: JobContext) -> None:
    raise RuntimeError("a job runs once")


def log_bug(what: str, exc: BaseException) -> str:
    """Report a bug through the one policy (type and file:line, never its message; the
    detail kept in the vault); returns the error id shown to the user."""
    return log_policy.report_bug(what, exc).error_id


def start_job(
    fn: Callable[[JobContext], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[UserError | None], None] | None = None,
    owner: QObject | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Run `fn(ctx)` on a worker thread; results, errors and progress come back by signal."""
    return Job(fn, on_done, on_error, owner, on_progress).start()


def run_job(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[UserError | None], None] | None = None,
    owner: QObject | None = None,
) -> Job:
    """Run `fn()` on a worker; `on_done(result)` or `on_error(exc)` follow on the GUI thread."""
    return start_job(lambda _ctx: fn(), on_done, on_error, owner)


class SerialRead:
    """One read at a time for a view. An ask while a read runs makes one more read after it,
    and only the newest read is shown: an older result or error is dropped unseen.
    `work()` is called on the GUI thread at each read and returns the function for the worker
    (so it captures what the view shows at that moment)."""

    def __init__(
        self,
        owner: QObject,
        work: Callable[[], Callable[[], Any]],
        on_done: Callable[[Any], None],
        on_error: Callable[[UserError | None], None],
    ) -> None:
        self.owner, self.work, self.on_done, self.on_error = owner, work, on_done, on_error
        self.reading = self.again = False

    def ask(self) -> None:
        if self.reading:
            self.again = True
            return
        self.reading = True
        run_job(self.work(), self._done, self._failed, owner=self.owner)

    def _newer_asked(self) -> bool:
        self.reading = False
        if self.again:
            self.again = False
            self.ask()
            return True
        return False

    def _done(self, result: Any) -> None:
        if not self._newer_asked():
            self.on_done(result)

    def _failed(self, exc: UserError | None) -> None:
        if not self._newer_asked():
            self.on_error(exc)


def error_text(exc: UserError | None) -> str:
    """What to tell the user about a failed job."""
    if isinstance(exc, log_policy.ProgramError):
        return tr(
            "Something went wrong in the program (error code {code}); nothing was saved. "
            "Please mention the error code when you report this."
        ).format(code=exc.error_id)
    if exc is not None:
        return exc.message
    return tr("Something went wrong in the program; nothing was saved. Please try again.")


def wait_for_jobs(msecs: int = 30000) -> bool:
    """Block until the pool is idle (on lock and quit, so no job outlives the vault)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
