"""Files and folders only their owner can read: 0600 files in 0700 folders (DESIGN §4).

Every file the program makes on its own behalf (the vault and its WAL, backups, lock files,
the unlock-failure state, exported bundles) is created through these helpers. Modes are set
explicitly after creation, so a permissive umask (0002, 0000) cannot widen them; a folder the
program owns (backups, state) is tightened even when it already existed. A folder the user
chose (where the vault or an export goes) is only made 0700 when the program creates it.

SQLite gives the vault's `-wal` and `-shm` files the mode of the vault file itself, so a vault
file that is 0600 before its first write keeps them 0600 too.

Windows has no such modes (`os.chmod` only sets the read-only flag there): the files live in
the user's profile (`%LOCALAPPDATA%`, or a folder the user picked), whose access list admits
only that user and the administrators. That is what protects them there, together with the
vault's encryption; these helpers then do nothing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
POSIX = os.name == "posix"


def _chmod(path: Path, mode: int) -> None:
    if not POSIX:
        return  # Windows: the profile's ACL protects the file (see the module docstring)
    with contextlib.suppress(OSError):  # not ours (a folder the user shares): leave it
        os.chmod(path, mode)


def private_dir(path: Path, *, owned: bool = True) -> Path:
    """Make `path` and any missing parents 0700; tighten an existing `path` if `owned`
    (a folder that belongs to the program, such as the backup or state folder)."""
    path = Path(path)
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    path.mkdir(parents=True, exist_ok=True)
    for folder in missing:
        _chmod(folder, DIR_MODE)
    if owned:
        _chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Set an existing file to 0600 (e.g. a lock file Qt made, a vault copied in)."""
    _chmod(Path(path), FILE_MODE)
    return Path(path)


def create_private(path: Path) -> None:
    """Create `path` as an empty 0600 file; refuse if it exists (O_EXCL)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        if POSIX:
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)


def open_private(path: Path) -> int:
    """Open `path` for writing, created or truncated, as a 0600 file; returns the descriptor."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    if POSIX:
        os.fchmod(fd, FILE_MODE)
    return fd


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` as a 0600 file (replacing it)."""
    fd = open_private(path)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
