"""A lock file beside the vault, so that a second program cannot open it at the same time.

QLockFile (QtCore only) writes the holder's pid, host and program name, and reclaims a lock
whose process is gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from lvs_desktop.store.errors import VaultInUse


def lock_path_for(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".lock")


class VaultLock:
    """Holds the lock for one vault file until `release()`."""

    def __init__(self, vault_path: Path) -> None:
        self._lock = QLockFile(str(lock_path_for(vault_path)))
        self._lock.setStaleLockTime(0)  # stale only when the holder's process is gone

    def acquire(self) -> None:
        if self._lock.tryLock(0):
            return
        self._lock.removeStaleLockFile()
        if self._lock.tryLock(0):
            return
        info = self._lock.getLockInfo()  # (pid, host, app); older bindings prepend a flag
        pid, host, app = info[-3:] if isinstance(info, tuple) and len(info) >= 3 else (0, "", "")
        holder = f"{app or 'onbekend programma'}, proces {pid} op {host or 'onbekend'}"
        raise VaultInUse(holder)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
