"""One keyed, hardened SQLCipher connection (DESIGN §4).

`PRAGMA key` is the very first statement: any statement before it would silently make a
plaintext file. Every connection then gets the safety PRAGMAs and checks that they took.
The passphrase never goes into a URL, a log or an exception text.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from lvs_desktop.store.errors import InsecureVault, WeakPassphrase, WrongPassphrase

PLAINTEXT_HEADER = b"SQLite format 3\x00"

# Test-only switch: a lower SQLCipher KDF iteration count to keep the suite fast. Unset in
# normal use, so SQLCipher's own default (PBKDF2-HMAC-SHA512, 256,000 iterations) applies.
TEST_KDF_ENV = "LVS_TEST_KDF_ITER"

# Page cache in KiB (a negative cache_size is KiB): 64 MiB holds the caseload query's pages;
# at SQLite's 2 MiB default the full caseload query took 2.4 s CPU instead of 1.05 s.
CACHE_KIB = 65536

# (pragma, value to set, value expected when read back)
# cipher_memory_security stays OFF (SQLCipher's default since 4.5, DESIGN §4): it made raw
# inserts 4x and the merge 2x slower, and the plaintext lives in Python objects that are never
# wiped anyway. The file is encrypted at rest; auto-lock and the OS protect it in use.
HARDENING = (
    ("cipher_memory_security", "OFF", "0"),
    ("cache_size", str(-CACHE_KIB), str(-CACHE_KIB)),
    ("temp_store", "MEMORY", "2"),
    ("secure_delete", "ON", "1"),
    ("journal_mode", "WAL", "wal"),
    ("foreign_keys", "ON", "1"),
)


def normalise_passphrase(passphrase: str) -> str:
    """NFC-normalise, so the same passphrase typed on two keyboards opens the same vault."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        raise WeakPassphrase("het wachtwoord is leeg.")
    if "\x00" in text:
        raise WeakPassphrase("het wachtwoord bevat een ongeldig teken.")
    return text


def key_literal(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA key takes no bound parameters)."""
    return "'" + normalise_passphrase(passphrase).replace("'", "''") + "'"


def _apply_key(conn: sqlcipher.Connection, passphrase: str, pragma: str = "key") -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
    conn.execute(f"PRAGMA {pragma} = {key_literal(passphrase)}")
    kdf_iter = os.environ.get(TEST_KDF_ENV)
    if kdf_iter and pragma == "key":
        conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")


def harden(conn: sqlcipher.Connection) -> None:
    """Set the safety PRAGMAs and assert each one took; raise InsecureVault if not."""
    for name, value, expected in HARDENING:
        conn.execute(f"PRAGMA {name} = {value}").fetchall()
        got = conn.execute(f"PRAGMA {name}").fetchone()
        if got is None or str(got[0]).lower() != expected:
            raise InsecureVault(f"PRAGMA {name} is {got!r}, expected {expected}")


def connect(path: Path, passphrase: str, *, create: bool = False) -> sqlcipher.Connection:
    """Open (or create) the vault file at `path` and return a keyed, verified connection.

    A wrong passphrase shows only at the first read; it becomes WrongPassphrase, and nothing
    has been written to the file by then.
    """
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        _apply_key(conn, passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as exc:
            raise WrongPassphrase() from exc
        harden(conn)
        if create:
            conn.execute("CREATE TABLE IF NOT EXISTS _vault_marker (x INTEGER)")
            conn.execute("DROP TABLE _vault_marker")
        assert_encrypted(path)
    except BaseException:
        conn.close()
        raise
    return conn


def rekey(conn: sqlcipher.Connection, new_passphrase: str) -> None:
    """Re-encrypt the whole vault under a new passphrase (SQLCipher's own rekey)."""
    _apply_key(conn, new_passphrase, pragma="rekey")


def assert_encrypted(path: Path) -> None:
    """Fail loudly if the file on disk is a plaintext SQLite database."""
    if path.exists() and path.stat().st_size:
        with path.open("rb") as fh:
            if fh.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER:
                raise InsecureVault("vault file is not encrypted")
