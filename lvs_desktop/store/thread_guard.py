"""An optional guard that makes vault work on one forbidden thread (the GUI thread) fail loudly.

The desktop keeps every vault call off the GUI thread (the one runner, `ui/worker.py`): a
session held there freezes the window for as long as the disk, the KDF or another job's lock
takes. A test turns the guard on for the GUI thread (`forbid(threading.get_ident())`) and
drives the screens; every session, connection checkout, backup or check the vault then opens
on that thread is recorded and raises `VaultOnForbiddenThread`. Off (the default), it costs
one comparison per session.

The store knows nothing of Qt: the caller says which thread is forbidden, by its ident.
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

_forbidden: int | None = None
_violations: list[str] = []


class VaultOnForbiddenThread(RuntimeError):
    """The vault was used on the thread the guard forbids (a bug, not a user error)."""


def forbid(thread_ident: int | None) -> list[str]:
    """Forbid vault work on the thread `thread_ident` (None: allow it everywhere again).

    Returns the live list that every violation is appended to (where it happened, as
    file:line frames — never a value), cleared on each call."""
    global _forbidden
    _forbidden = thread_ident
    _violations.clear()
    return _violations


def forbidden_thread() -> int | None:
    return _forbidden


def check(what: str) -> None:
    """Raise (and record) when called on the forbidden thread."""
    if _forbidden is None or threading.get_ident() != _forbidden:
        return
    frames = traceback.extract_stack()[:-1]
    ours = [
        f
        for f in frames
        if Path(f.filename).parent.name not in ("store", "services")
        and Path(f.filename).name != "contextlib.py"
    ]
    where = "; ".join(f"{Path(f.filename).name}:{f.lineno}" for f in (ours or frames)[-4:])
    _violations.append(f"{what} at {where}")
    raise VaultOnForbiddenThread(f"vault {what} on the GUI thread ({where})")
