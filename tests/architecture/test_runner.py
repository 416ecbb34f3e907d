"""The one runner: results come back on the GUI thread, and nothing of a widget's dies on a
worker thread (a widget kept alive only by a job's callbacks was once destroyed there)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QLabel

from lvs_desktop.models import UserError
from lvs_desktop.store.log_policy import ProgramError
from lvs_desktop.ui.worker import SerialRead, run_job, wait_for_jobs


class _Receiver(QLabel):
    def __init__(self, seen: list[str]) -> None:
        super().__init__()
        self.destroyed.connect(lambda: seen.append(threading.current_thread().name))

    def got(self, result: object) -> None:
        self.setText(str(result))


def test_a_finished_job_lets_go_of_its_widget_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Whoever drops the last reference to a finished job (the worker thread may), nothing of
    a widget's goes with it: the widget is gone already, destroyed on the GUI thread."""
    seen: list[str] = []
    receiver = _Receiver(seen)
    job = run_job(lambda: 42, receiver.got, owner=receiver)
    del receiver  # now only the job's callbacks keep the widget
    wait_for_jobs()
    qtbot.waitUntil(lambda: (gc.collect() or True) and seen != [], timeout=5_000)
    assert seen == [threading.main_thread().name]
    assert job is not None  # the job itself lives on


def test_a_user_error_comes_back_as_itself_and_a_bug_as_a_foutcode(qtbot) -> None:  # type: ignore[no-untyped-def]
    errors: list[object] = []

    def refuse() -> None:
        raise UserError("Kies eerst een dossier.")

    def crash() -> None:
        raise KeyError("Noor Haverdorp")  # a bug whose text holds personal data

    run_job(refuse, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5_000)
    run_job(crash, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=5_000)
    assert isinstance(errors[0], UserError)
    bug = errors[1]
    assert isinstance(bug, ProgramError)  # one line with a foutcode, not the KeyError's text
    assert bug.error_id in bug.message and "Haverdorp" not in bug.message


def test_a_serial_read_asked_while_reading_reads_once_more_and_shows_only_the_newest(qtbot) -> None:  # type: ignore[no-untyped-def]
    owner = QLabel()
    qtbot.addWidget(owner)
    release = threading.Event()
    started: list[int] = []
    shown: list[int] = []

    def work() -> object:
        n = len(started) + 1
        started.append(n)

        def read() -> int:
            if n == 1:
                release.wait(10)  # the first read is still running while we ask again
            return n

        return read

    reads = SerialRead(owner, work, shown.append, lambda exc: shown.append(-1))
    reads.ask()
    reads.ask()
    reads.ask()  # asks while a read runs fold into one more read
    release.set()
    qtbot.waitUntil(lambda: shown == [2], timeout=10_000)
    assert started == [1, 2] and not reads.reading
