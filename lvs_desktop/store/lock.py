"""A lock per vault *file*, so that a second program cannot open it at the same time.

Two QLockFiles (QtCore only; each writes the holder's pid, host and program name and is
reclaimed when its process is gone):

* beside the vault, on the *resolved* path: a symlink or another relative spelling of the
  path leads to the same lock file, also for a program on another machine (a network share);
* in the user's state folder, named after the file's identity (device and inode): a hard link
  to the vault under another name, or a path the resolver cannot see through, leads there.

A vault being created has no identity until its file exists: `Vault.create` takes the
identity lock right after the file is made.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile

from lvs_desktop.store.errors import VaultInUse
from lvs_desktop.store.private_files import private_dir, private_file
from lvs_desktop.store.throttle import state_dir


def lock_path_for(vault_path: Path) -> Path:
    resolved = Path(os.path.realpath(vault_path))
    return resolved.with_name(resolved.name + ".lock")


def identity_lock_path(vault_path: Path) -> Path | None:
    """The lock named after the file's device and inode, or None if there is no file."""
    try:
        info = os.stat(vault_path)
    except OSError:
        return None
    return state_dir() / "locks" / f"{info.st_dev:x}-{info.st_ino:x}.lock"


def _new_lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when the holder's process is gone
    return lock


def _take(lock: QLockFile) -> bool:
    if lock.tryLock(0):
        return True
    lock.removeStaleLockFile()
    return lock.tryLock(0)


def _holder(lock: QLockFile) -> str:
    info = lock.getLockInfo()  # (pid, host, app); older bindings prepend a flag
    pid, host, app = info[-3:] if isinstance(info, tuple) and len(info) >= 3 else (0, "", "")
    return f"{app or 'onbekend programma'}, proces {pid} op {host or 'onbekend'}"


class VaultLock:
    """Holds the locks for one vault file until `release()`."""

    def __init__(self, vault_path: Path) -> None:
        self._vault_path = Path(vault_path)
        self._lock = _new_lock(lock_path_for(self._vault_path))
        self._identity: QLockFile | None = None

    def acquire(self) -> None:
        if not _take(self._lock):
            raise VaultInUse(_holder(self._lock))
        private_file(lock_path_for(self._vault_path))  # Qt makes it 0666 minus the umask
        try:
            self.acquire_identity()
        except BaseException:
            self._lock.unlock()
            raise

    def acquire_identity(self) -> None:
        """Lock the file's identity too (called again once a new vault's file exists)."""
        if self._identity is not None:
            return
        path = identity_lock_path(self._vault_path)
        if path is None:
            return
        try:
            private_dir(path.parent)
        except OSError:
            return  # no state folder: the path lock still holds
        lock = _new_lock(path)
        if _take(lock):
            private_file(path)
            self._identity = lock
            return
        if lock.error() != QLockFile.LockError.LockFailedError:
            return  # the state folder cannot be written: the path lock still holds
        raise VaultInUse(_holder(lock))

    def release(self) -> None:
        if self._identity is not None and self._identity.isLocked():
            self._identity.unlock()
        self._identity = None
        if self._lock.isLocked():
            self._lock.unlock()
