"""Imported once by the reliability suite's forkserver: everything a child needs is loaded and
compiled before the fork (the migration scripts, the ORM mappers), so each child starts warm."""

from sqlalchemy.orm import configure_mappers

import lvs_desktop.services.cases
import lvs_desktop.services.contacts
import lvs_desktop.services.people
import lvs_desktop.services.sync  # noqa: F401
from lvs_desktop.store import migrate

migrate.head_revision()
migrate.known_revisions()
configure_mappers()


def _warm_lock() -> None:
    """The first QLockFile of a process takes seconds (Qt's one-time setup): do it here."""
    import tempfile
    from pathlib import Path

    from lvs_desktop.store.lock import VaultLock

    with tempfile.TemporaryDirectory() as folder:
        lock = VaultLock(Path(folder) / "warm.lvsvault")
        lock.acquire()
        lock.release()


_warm_lock()
