"""Schema migrations through Alembic, on the vault's own keyed connection."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from lvs_desktop.store.errors import InsecureVault, VaultDamaged

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


# The scripts are fixed for the life of the process: read them once (every unlock asks, and
# Alembic compiles all of them for each question: 0.1-0.2 s of every open).
@functools.cache
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@functools.cache
def known_revisions() -> frozenset[str]:
    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in scripts.walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema up to `target` (normally the head) in the current transaction."""
    command.upgrade(alembic_config(connection), target)


def upgrade_vault(engine: Engine, dbapi_connection: Any, target: str = "head") -> None:
    """Upgrade a vault the way SQLite says a table may be rebuilt (lang_altertable, "other
    kinds of table schema changes"), which Alembic's batch mode does: foreign keys off,
    which only takes outside a transaction, so on the raw connection; the migrations in one
    transaction; `foreign_key_check` before it commits (a dangling reference rolls it all
    back); foreign keys on again, and checked. With them on, dropping the old table fails
    on every row that points at it.
    """
    dbapi_connection.execute("PRAGMA foreign_keys = OFF")
    try:
        with engine.begin() as connection:
            upgrade(connection, target)
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if dangling:
                tables = sorted({row[0] for row in dangling})
                raise MigrationBroke(", ".join(tables))
    finally:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
    if str(dbapi_connection.execute("PRAGMA foreign_keys").fetchone()[0]) != "1":
        raise InsecureVault("PRAGMA foreign_keys did not come back on after the upgrade")


class MigrationBroke(VaultDamaged):
    """An upgrade would leave rows pointing at nothing: it was rolled back."""

    def __init__(self, tables: str) -> None:
        super().__init__(f"de bijwerking zou verwijzingen breken ({tables}); niets veranderd.")
