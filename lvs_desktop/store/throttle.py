"""Growing waits after repeated wrong passphrases, remembered across program starts.

Only a count per vault is kept, under a hash of the vault's path, in the user's state folder:
no personal data, and never inside the (locked) vault file itself.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import platformdirs

from lvs_desktop.store.private_files import private_dir, write_private

FREE_TRIES = 5
MAX_WAIT_S = 60.0
STATE_DIR_ENV = "LVS_STATE_DIR"


def state_dir() -> Path:
    override = os.environ.get(STATE_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_state_dir("lvs-desktop", "LVS"))


def wait_for(failures: int) -> float:
    """Seconds to wait before the next try: none for the first five, then 2, 4, 8, … up to 60."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_S, 2.0 ** (failures - FREE_TRIES + 1))


class Throttle:
    """Counts wrong passphrases per vault and makes each next try wait a little longer."""

    def __init__(
        self,
        folder: Path | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._file = (folder or state_dir()) / "unlock-failures.json"
        self._sleep = sleep

    @staticmethod
    def _key(vault_path: Path) -> str:
        return hashlib.sha256(str(vault_path.resolve()).encode()).hexdigest()[:32]

    def _load(self) -> dict[str, int]:
        try:
            data = json.loads(self._file.read_text())
            return {str(k): int(v) for k, v in data.items()}
        except (OSError, ValueError, AttributeError):
            return {}

    def _save(self, data: dict[str, int]) -> None:
        try:
            private_dir(self._file.parent)
            write_private(self._file, json.dumps(data).encode())
        except OSError:
            pass  # a read-only home must not stop the unlock; the wait is then per run

    def failures(self, vault_path: Path) -> int:
        return self._load().get(self._key(vault_path), 0)

    def wait_before_try(self, vault_path: Path) -> float:
        """Sleep as long as the failures so far demand; return the seconds waited."""
        seconds = wait_for(self.failures(vault_path))
        if seconds:
            self._sleep(seconds)
        return seconds

    def record_failure(self, vault_path: Path) -> None:
        data = self._load()
        key = self._key(vault_path)
        data[key] = data.get(key, 0) + 1
        self._save(data)

    def record_success(self, vault_path: Path) -> None:
        data = self._load()
        if data.pop(self._key(vault_path), None) is not None:
            self._save(data)
