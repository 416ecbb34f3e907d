"""Backups that follow the vault (DESIGN §4: "a rekey and a retention purge reach the backups").

- After a passphrase change, every backup is re-encrypted under the new passphrase
  (`stage_reencrypted` before the vault's own rekey, `commit_staged` after it); a backup that
  does not open with the vault's key (damaged, or left from an even older passphrase) is
  removed. No backup opens with the old passphrase afterwards.
- After a retention purge, every backup is rewritten without the purged rows (with the
  tombstones added where the backup knows them), or removed, per the retention setting; a
  backup that cannot be rewritten cleanly is removed.

All of it runs on the vault's own keyed connection: a backup is ATTACHed without a KEY, so
it opens with the vault's key and settings, and nothing of the passphrase leaves the program.
The caller holds the vault's mutex, outside any transaction.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from lvs_desktop.store import backup
from lvs_desktop.store.connection import key_literal
from lvs_desktop.store.private_files import FILE_MODE, POSIX

# A re-encrypted copy waits as a `.partial` file: if the program stops before the rekey
# finishes, the next open or backup clears it away (`backup.remove_partials`).
STAGED_SUFFIX = ".rekeyed" + backup.PARTIAL_SUFFIX
_SCHEMA = "lvs_backup"
_FRESH = "lvs_rekeyed"
_CHUNK = 500


@dataclass
class BackupChange:
    """What happened to the backups: kept up to date, or removed."""

    rewritten: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    staged: list[tuple[Path, Path]] = field(default_factory=list)  # (staged, original)


def _attach(conn: sqlcipher.Connection, path: Path, schema: str, key: str | None = None) -> bool:
    """ATTACH `path`; with no key it must open with the vault's own key. False if it does not."""
    sql = f"ATTACH DATABASE ? AS {schema}" + (f" KEY {key_literal(key)}" if key else "")
    try:
        conn.execute(sql, (str(path),))
    except sqlcipher.DatabaseError:
        return False
    try:
        conn.execute(f"SELECT count(*) FROM {schema}.sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        _detach(conn, schema)
        return False
    return True


def _detach(conn: sqlcipher.Connection, schema: str) -> None:
    with contextlib.suppress(sqlcipher.DatabaseError):
        conn.execute(f"DETACH DATABASE {schema}")


def _private(path: Path) -> None:
    if POSIX and path.exists():
        os.chmod(path, FILE_MODE)


# -- after a passphrase change -------------------------------------------------------------


def stage_reencrypted(
    conn: sqlcipher.Connection, vault_path: Path, new_passphrase: str
) -> BackupChange:
    """Copy every backup, under the new passphrase, beside it (`*.rekeyed`); call this
    before the vault's rekey (the backups open with the vault's current key)."""
    change = BackupChange()
    backup.remove_partials(vault_path)
    kdf_iter = str(conn.execute("PRAGMA kdf_iter").fetchone()[0])
    for path in backup.list_backups(vault_path):
        staged = path.with_name(path.stem + STAGED_SUFFIX)
        staged.unlink(missing_ok=True)
        if not _attach(conn, path, _SCHEMA):
            change.removed.append(path)
            continue
        try:
            conn.execute(
                f"ATTACH DATABASE ? AS {_FRESH} KEY {key_literal(new_passphrase)}", (str(staged),)
            )
            conn.execute(f"PRAGMA {_FRESH}.kdf_iter = {int(kdf_iter)}")
            conn.execute(f"SELECT sqlcipher_export('{_FRESH}', '{_SCHEMA}')").fetchall()
        except sqlcipher.DatabaseError:
            change.removed.append(path)
        else:
            change.staged.append((staged, path))
        finally:
            _detach(conn, _FRESH)
            _detach(conn, _SCHEMA)
        _private(staged)
    return change


def commit_staged(change: BackupChange) -> BackupChange:
    """The vault has its new passphrase: the re-encrypted copies replace the backups, and
    the backups that could not be re-encrypted are removed."""
    for staged, original in change.staged:
        staged.replace(original)
        change.rewritten.append(original)
    for path in change.removed:
        path.unlink(missing_ok=True)
        path.with_name(path.stem + STAGED_SUFFIX).unlink(missing_ok=True)
    change.staged = []
    return change


def discard_staged(change: BackupChange) -> None:
    """The rekey failed: the backups stay as they were."""
    for staged, _ in change.staged:
        staged.unlink(missing_ok=True)
    change.staged = []


# -- after a retention purge ---------------------------------------------------------------


def remove_all(vault_path: Path) -> BackupChange:
    """Remove every backup (the retention setting "remove")."""
    backup.remove_partials(vault_path)
    change = BackupChange(removed=backup.list_backups(vault_path))
    for path in change.removed:
        path.unlink(missing_ok=True)
    return change


def purge_from_backups(
    conn: sqlcipher.Connection,
    vault_path: Path,
    doomed: Mapping[str, Iterable[str]],
    tombstones: Iterable[Mapping[str, Any]],
) -> BackupChange:
    """Rewrite every backup without the `doomed` rows (table -> ids, deleted in the order
    given: children first), their conflicts and aliases, adding the tombstones where the
    backup has the table. A backup that does not open, or that would keep a row pointing at
    a deleted one, is removed instead."""
    change = BackupChange()
    backup.remove_partials(vault_path)
    marks = list(tombstones)
    for path in backup.list_backups(vault_path):
        if _attach(conn, path, _SCHEMA) and _rewrite(conn, doomed, marks):
            change.rewritten.append(path)
        else:
            change.removed.append(path)
        _detach(conn, _SCHEMA)
        for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
    for path in change.removed:
        path.unlink(missing_ok=True)
    return change


def _rewrite(
    conn: sqlcipher.Connection,
    doomed: Mapping[str, Iterable[str]],
    tombstones: list[Mapping[str, Any]],
) -> bool:
    s = _SCHEMA
    tables = {r[0] for r in conn.execute(f"SELECT name FROM {s}.sqlite_master WHERE type='table'")}
    every: list[str] = []
    conn.execute(f"PRAGMA {s}.secure_delete = ON").fetchall()
    conn.execute("BEGIN")
    try:
        for table, ids in doomed.items():
            id_list = sorted(ids)
            every.extend(id_list)
            if table not in tables:
                continue
            for batch in _chunks(id_list):
                marks = ",".join("?" * len(batch))
                conn.execute(f'DELETE FROM {s}."{table}" WHERE id IN ({marks})', batch)
        for batch in _chunks(every):
            marks = ",".join("?" * len(batch))
            if "sync_conflict" in tables:
                conn.execute(f"DELETE FROM {s}.sync_conflict WHERE record_id IN ({marks})", batch)
            if "youth_alias" in tables:
                conn.execute(
                    f"DELETE FROM {s}.youth_alias WHERE alias_id IN ({marks}) "
                    f"OR canonical_id IN ({marks})",
                    [*batch, *batch],
                )
        if "purge_tombstone" in tables:
            conn.executemany(
                f"INSERT OR IGNORE INTO {s}.purge_tombstone "
                "(record_id, entity, purged_on, recorded_at) VALUES (?, ?, ?, ?)",
                [(t["id"], t["table"], t["purged_on"], t["recorded_at"]) for t in tombstones],
            )
        if conn.execute(f"PRAGMA {s}.foreign_key_check").fetchall():
            conn.execute("ROLLBACK")
            return False
        conn.execute("COMMIT")
    except sqlcipher.DatabaseError:
        conn.execute("ROLLBACK")
        return False
    return True


def _chunks(values: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i : i + _CHUNK]
