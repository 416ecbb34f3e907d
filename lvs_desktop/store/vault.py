"""The vault: one SQLCipher file per consultant or team, opened through SQLAlchemy.

One shared, keyed connection (`StaticPool`): the KDF is paid once per unlock, not per thread.
Sessions are serialised by a lock, so a worker thread and the GUI thread take turns.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs
import sqlcipher3.dbapi2 as sqlcipher
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from lvs_desktop.models import Consultant, RegionSetting, ReplicaState, Setting, UserError, new_id
from lvs_desktop.models.region import REGION_SETTING_KEYS, region_setting_id
from lvs_desktop.store import backup, backup_upkeep, bookkeeping, log_policy, migrate, thread_guard
from lvs_desktop.store.connection import assert_encrypted, connect, rekey
from lvs_desktop.store.errors import (
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from lvs_desktop.store.lock import VaultLock, lock_path_for
from lvs_desktop.store.private_files import create_private, private_dir, private_file
from lvs_desktop.store.throttle import Throttle

VAULT_SUFFIX = ".lvsvault"


def default_vault_path() -> Path:
    """Where a vault lives unless `--vault` says otherwise."""
    return Path(platformdirs.user_data_dir("lvs-desktop", "LVS")) / f"kluis{VAULT_SUFFIX}"


OWNER_ROLES = ("consultant", "team_lead", "administration")
SWORN_BY = ("eed", "belofte")


@dataclass(frozen=True)
class OwnerProfile:
    """The person a new vault belongs to; `code` (e.g. "JD") goes into case references.

    `role`: "consultant", "team_lead" (the older spelling "team" still works) or
    "administration" (the staff who handle absolute absence and intake). A team lead's vault
    is a team vault (`replica_role` "team"); the others are a consultant's. `sworn_by`: the
    BOA took the oath ("eed") or the affirmation ("belofte"). `region`: the region's name, kept
    as the region setting "region_name".
    """

    name: str
    code: str
    role: str = "consultant"
    function_title: str = "Consulent leerplicht en voortijdig schoolverlaten"
    phone: str | None = None
    email: str | None = None
    boa_number: str | None = None
    akte_number: str | None = None
    akte_expires_on: date | None = None
    sworn_by: str | None = None
    region: str | None = None

    def __post_init__(self) -> None:
        if self.role not in (*OWNER_ROLES, "team"):
            raise UserError("De rol is consulent, teamleider of administratie.")
        if self.sworn_by is not None and self.sworn_by not in SWORN_BY:
            raise UserError("Beëdigd met 'eed' of 'belofte'.")

    @property
    def consultant_role(self) -> str:
        """The role as the roster keeps it: consultant, team_lead or administration."""
        return "team_lead" if self.role == "team" else self.role

    @property
    def replica_role(self) -> str:
        """ "team" for a team lead's vault, else "consultant" (what the sync layer reads)."""
        return "team" if self.consultant_role == "team_lead" else "consultant"


@dataclass(frozen=True)
class IntegrityReport:
    cipher_errors: tuple[str, ...]
    sqlite_errors: tuple[str, ...]
    revision: str | None
    head: str

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and not self.sqlite_errors


def put_setting(session: Session, key: str, value: Any) -> None:
    """Write a setting where it lives (see `Vault.get_setting`); the caller commits."""
    if key in REGION_SETTING_KEYS:
        shared = session.get(RegionSetting, region_setting_id(key))
        if shared is None:
            shared = RegionSetting(id=region_setting_id(key), key=key)
            session.add(shared)
        shared.put(value)
        if shared.deleted:
            shared.deleted = False
        return
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _engine_for(conn: sqlcipher.Connection) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        creator=lambda: conn,
        poolclass=StaticPool,
        hide_parameters=True,  # a database error's text must not repeat a BSN or a name
    )

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "checkout")
    def _checkout(*_: Any) -> None:
        thread_guard.check("connection")

    return engine


class Vault:
    """An unlocked vault. Close it (`lock()`) to drop the key and release the file."""

    def __init__(self, path: Path, conn: sqlcipher.Connection, lock: VaultLock) -> None:
        self.path = path
        self._raw = conn
        self._lock = lock
        self._mutex = threading.RLock()
        self.engine = _engine_for(conn)
        self._maker = sessionmaker(bind=self.engine, expire_on_commit=False)
        bookkeeping.install(self._maker)
        self.replica_id = ""
        self.owner_id: str | None = None
        self.role = "consultant"

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, owner: OwnerProfile) -> Vault:
        """Make a new, empty vault at `path` for `owner` and return it unlocked."""
        path = Path(path)
        if path.exists():
            raise VaultExists(str(path))
        private_dir(path.parent, owned=path.parent == default_vault_path().parent)
        lock = VaultLock(path)
        lock.acquire()
        try:
            private_file(lock_path_for(path))
            create_private(path)  # 0600 before SQLite writes; its -wal/-shm take this mode
            conn = connect(path, passphrase, create=True)
        except BaseException:
            lock.release()
            raise
        vault = cls(path, conn, lock)
        try:
            lock.acquire_identity()  # the file exists now: lock its identity too
            migrate.upgrade_vault(vault.engine, conn)
            vault._init_replica(owner)
            assert_encrypted(path)
        except BaseException:
            vault.lock()
            raise
        log_policy.attach(vault)
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str, *, throttle: Throttle | None = None) -> Vault:
        """Unlock the vault at `path`; migrate it (after a backup copy) if it is older."""
        path = Path(path)
        if not path.is_file():
            raise VaultNotFound(str(path))
        throttle = throttle or Throttle()
        lock = VaultLock(path)
        lock.acquire()
        try:
            private_file(lock_path_for(path))
            private_file(path)  # a vault copied in with a wider mode is tightened
            throttle.wait_before_try(path)
            try:
                conn = connect(path, passphrase)
            except WrongPassphrase:
                throttle.record_failure(path)
                raise
            throttle.record_success(path)
        except BaseException:
            lock.release()
            raise
        vault = cls(path, conn, lock)
        try:
            vault._migrate_if_needed()
            vault._load_replica()
            backup.remove_partials(path)  # left by an interrupted backup or a failed import
        except BaseException:
            vault.lock()
            raise
        log_policy.attach(vault)
        return vault

    def _migrate_if_needed(self) -> None:
        with self.engine.connect() as connection:
            revision = migrate.current_revision(connection)
        if revision is None:
            raise VaultDamaged("dit bestand is geen LVS-kluis.")
        if revision not in migrate.known_revisions():
            raise VaultTooNew()
        if revision != migrate.head_revision():
            self.backup(f"before-{migrate.head_revision()}")
            migrate.upgrade_vault(self.engine, self._raw)

    def _init_replica(self, owner: OwnerProfile) -> None:
        replica_id = new_id()
        key = Ed25519PrivateKey.generate().private_bytes_raw()
        with self._maker() as session, session.begin():
            session.add(
                ReplicaState(replica_id=replica_id, role=owner.replica_role, signing_key=key)
            )
        self.replica_id = replica_id
        with self.session() as session:
            consultant = Consultant(
                name=owner.name,
                code=owner.code.upper(),
                function_title=owner.function_title,
                phone=owner.phone,
                email=owner.email,
                boa_number=owner.boa_number,
                akte_number=owner.akte_number,
                akte_expires_on=owner.akte_expires_on,
                sworn_by=owner.sworn_by,
                role=owner.consultant_role,
                is_team_lead=owner.consultant_role == "team_lead",
            )
            session.add(consultant)
            if owner.region:
                put_setting(session, "region_name", owner.region.strip())
            session.flush()
            session.get_one(ReplicaState, replica_id).owner_id = consultant.id
            session.commit()
        self._load_replica()

    def _load_replica(self) -> None:
        with self._maker() as session:
            state = session.scalars(select(ReplicaState)).one_or_none()
            if state is None:
                raise VaultDamaged("de kluis heeft geen replica-gegevens.")
            self.replica_id = state.replica_id
            self.owner_id = state.owner_id
            self.role = state.role

    # -- using ---------------------------------------------------------------------------

    @contextmanager
    def session(self, **info: Any) -> Iterator[Session]:
        """A session with the bookkeeping hook; one thread at a time. Commit is explicit;
        anything not committed is rolled back when the block ends."""
        thread_guard.check("session")
        with self._mutex:
            session = self._maker()
            session.info[bookkeeping.REPLICA_KEY] = self.replica_id
            session.info.update(info)
            try:
                yield session
            finally:
                session.rollback()
                session.close()

    def get_setting(self, key: str, default: Any = None) -> Any:
        """A setting's value. The region's settings (`REGION_SETTING_KEYS`: letterhead,
        deadline terms, …) live in the synced `region_setting` table and travel with the
        region; the rest are this vault's own."""
        with self.session() as session:
            if key in REGION_SETTING_KEYS:
                shared = session.get(RegionSetting, region_setting_id(key))
                return default if shared is None or shared.deleted else shared.get()
            row = session.get(Setting, key)
            return default if row is None else row.value

    def set_setting(self, key: str, value: Any) -> None:
        with self.session() as session:
            put_setting(session, key, value)
            session.commit()

    def schema_revision(self) -> str | None:
        thread_guard.check("schema_revision")
        with self._mutex, self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def integrity_check(self) -> IntegrityReport:
        """SQLCipher's page check (names a damaged page) and SQLite's structural check."""
        thread_guard.check("integrity_check")
        with self._mutex:
            cipher = tuple(str(r[0]) for r in self._raw.execute("PRAGMA cipher_integrity_check"))
            sqlite = tuple(str(r[0]) for r in self._raw.execute("PRAGMA integrity_check"))
        return IntegrityReport(
            cipher_errors=cipher,
            sqlite_errors=tuple(s for s in sqlite if s != "ok"),
            revision=self.schema_revision(),
            head=migrate.head_revision(),
        )

    def backup(self, reason: str, *, keep: bool = True) -> Path:
        """An encrypted copy of the vault in its backup folder (thinned). With `keep=False`
        it is a `.partial` copy until `keep_backup` (see `backup.copy_file`)."""
        thread_guard.check("backup")
        with self._mutex:
            self._raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            return backup.copy_file(self.path, reason, keep=keep)

    def keep_backup(self, partial: Path) -> Path:
        """Make a copy taken with `backup(keep=False)` a backup (and thin the folder)."""
        with self._mutex:
            return backup.keep_copy(partial)

    def drop_unkept_backups(self) -> None:
        """Remove copies taken with `backup(keep=False)` that were never kept."""
        with self._mutex:
            backup.remove_partials(self.path)

    def rekey(self, new_passphrase: str) -> backup_upkeep.BackupChange:
        """Re-encrypt the vault under a new passphrase, and its backups with it: afterwards no
        backup opens with the old passphrase (one that cannot be re-encrypted is removed)."""
        thread_guard.check("rekey")
        with self._mutex:
            self._raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            change = backup_upkeep.stage_reencrypted(self._raw, self.path, new_passphrase)
            try:
                rekey(self._raw, new_passphrase)
                assert_encrypted(self.path)
            except BaseException:
                backup_upkeep.discard_staged(change)
                raise
            return backup_upkeep.commit_staged(change)

    def purge_backups(
        self, doomed: dict[str, set[str]], tombstones: list[dict[str, Any]], *, rewrite: bool
    ) -> backup_upkeep.BackupChange:
        """After a retention purge: rewrite every backup without the purged rows, or remove
        them all (`backup_upkeep`). Call it after the purge has committed."""
        with self._mutex:
            if not rewrite:
                return backup_upkeep.remove_all(self.path)
            return backup_upkeep.purge_from_backups(self._raw, self.path, doomed, tombstones)

    def lock(self) -> None:
        """Close the connection (the key leaves memory) and release the lock file."""
        with self._mutex:
            self.engine.dispose()
            self._raw.close()
            self._lock.release()
        log_policy.detach(self)

    close = lock

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        if exc is not None and isinstance(exc, Exception) and not isinstance(exc, UserError):
            # A bug inside `with vault:` (a command): keep its detail here while the vault is
            # open, and let the caller show the id (`log_policy.ProgramError`).
            log_policy.report_bug("opdracht", exc, self)
        self.lock()
