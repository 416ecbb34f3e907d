"""The vault on real SQLCipher files: encrypted, hardened, locked, re-keyed, migrated."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from lvs_desktop.models import ReplicaState, Youth
from lvs_desktop.store import Vault, VaultInUse, VaultNotFound, WrongPassphrase, backup, migrate
from lvs_desktop.store.connection import HARDENING
from lvs_desktop.store.throttle import Throttle, wait_for
from tests.builders import make_youth, old_vault
from tests.conftest import OWNER, PASSPHRASE


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_beside(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.mark.real_kdf
def test_vault_is_encrypted_at_the_real_kdf_and_names_are_not_greppable(vault_path: Path) -> None:
    assert "LVS_TEST_KDF_ITER" not in os.environ
    with Vault.create(vault_path, PASSPHRASE, OWNER) as v:
        make_youth(v, surname="Kroonhuizen")
        with v.session() as s:
            assert s.scalar(text("PRAGMA kdf_iter")) == "256000"
    data = vault_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert b"Kroonhuizen" not in data
    assert b"Kroonhuizen".lower() not in data.lower()
    assert (
        subprocess.run(
            ["grep", "-c", "Kroonhuizen", str(vault_path)], capture_output=True
        ).returncode
        == 1
    )
    with Vault.open(vault_path, PASSPHRASE) as v, v.session() as s:
        assert s.scalar(select(Youth.surname)) == "Kroonhuizen"


def test_every_connection_is_hardened(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        for name, _value, expected in HARDENING:
            got = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            assert str(got).lower() == expected, name


def test_wrong_passphrase_leaves_the_file_byte_for_byte_unchanged(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    before, names = digest(vault_path), files_beside(vault_path)
    with pytest.raises(WrongPassphrase) as err:
        Vault.open(vault_path, "niet het goede wachtwoord")
    assert "Verkeerd wachtwoord, of de kluis is beschadigd" in err.value.message
    assert "niet het goede" not in str(err.value)
    assert digest(vault_path) == before
    assert files_beside(vault_path) == names
    with Vault.open(vault_path, PASSPHRASE):
        pass  # the right passphrase still opens it, and the lock was released


def test_nfc_and_nfd_passphrases_open_the_same_vault(vault_path: Path) -> None:
    nfc, nfd = "caf\u00e9 met ge\u00efnd wachtwoord", "cafe\u0301 met gei\u0308nd wachtwoord"
    Vault.create(vault_path, nfc, OWNER).lock()
    with Vault.open(vault_path, nfd):
        pass


def test_growing_waits_after_five_failures(vault_path: Path, tmp_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    waits: list[float] = []
    throttle = Throttle(tmp_path / "state", sleep=waits.append)
    for _ in range(7):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, "fout fout fout", throttle=throttle)
    assert waits == [2.0, 4.0]  # tries 6 and 7 waited, longer each time
    assert [wait_for(n) for n in range(4, 9)] == [0.0, 2.0, 4.0, 8.0, 16.0]
    with Vault.open(vault_path, PASSPHRASE, throttle=throttle):
        pass
    assert throttle.failures(vault_path) == 0


def test_second_opener_is_refused_with_the_holder(vault: Vault) -> None:
    with pytest.raises(VaultInUse) as err:
        Vault.open(vault.path, PASSPHRASE)
    assert "al geopend" in err.value.message


def test_second_program_is_refused(vault: Vault) -> None:
    code = (
        "import sys; from pathlib import Path; from lvs_desktop.store import Vault, VaultInUse\n"
        f"try:\n    Vault.open(Path({str(vault.path)!r}), {PASSPHRASE!r})\n"
        "except VaultInUse as e:\n    print(e.message); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "al geopend door een ander programma" in result.stdout


def test_stale_lock_of_a_dead_process_is_reclaimed(vault_path: Path) -> None:
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    code = (
        "import os; from pathlib import Path; from lvs_desktop.store import Vault\n"
        f"v = Vault.open(Path({str(vault_path)!r}), {PASSPHRASE!r}); os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (vault_path.parent / (vault_path.name + ".lock")).exists()
    with Vault.open(vault_path, PASSPHRASE):
        pass


def test_rekey(vault: Vault) -> None:
    make_youth(vault, surname="Vosinga")
    vault.rekey("een heel nieuw wachtwoord")
    path = vault.path
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE)
    with Vault.open(path, "een heel nieuw wachtwoord") as v, v.session() as s:
        assert s.scalar(select(Youth.surname)) == "Vosinga"
    assert b"Vosinga" not in path.read_bytes()


def test_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nergens.lvsvault", PASSPHRASE)
    assert not (tmp_path / "nergens.lvsvault").exists()


def test_vault_of_the_first_schema_version_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "oud.lvsvault"
    # A vault the way version 0001 of the schema made it, with a youth in it.
    with old_vault(path, PASSPHRASE, "0001") as c:
        c.exec_driver_sql(
            "INSERT INTO replica_state (replica_id, counter, hlc, role) "
            "VALUES ('r1', 0, 0, 'consultant')"
        )
        c.exec_driver_sql(
            "INSERT INTO youth (id, given_names, surname, gender, birth_date, "
            "no_kwalificatieplicht, created_at, updated_at, deleted, vv, dots) VALUES "
            "('y1', 'Noor', 'Haverdorp', 'v', '2012-05-01', 0, '2026-01-01', '2026-01-01', 0, "
            "'{}', '{}')"
        )
    with Vault.open(path, PASSPHRASE) as v:
        assert v.schema_revision() == migrate.head_revision() != "0001"
        with v.session() as s:
            assert s.scalar(select(Youth.surname)) == "Haverdorp"
            s.execute(text("SELECT count(*) FROM sync_conflict")).scalar_one()
    copies = backup.list_backups(path)
    assert len(copies) == 1 and "before-" in copies[0].name
    assert not copies[0].read_bytes().startswith(b"SQLite format 3")


def test_backup_thinning_keeps_daily_weekly_monthly(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 11, 28, 12, tzinfo=UTC)
    folder = tmp_path / "b"
    folder.mkdir()
    for days in range(0, 400, 1):
        when = now - timedelta(days=days)
        (folder / f"{when:%Y%m%dT%H%M%S%f}Z_x{backup.BACKUP_SUFFIX}").write_bytes(b"x")
    backup.thin(folder, now)
    left = len(list(folder.iterdir()))
    assert 7 + 3 <= left <= 8 + 5 + 13 + 3


def test_migrations_build_exactly_the_schema_the_models_describe(vault: Vault) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from lvs_desktop.models import Base

    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_memory_security_is_off_and_the_page_cache_holds_the_caseload(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        assert str(conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar()) == "0"
        assert int(conn.exec_driver_sql("PRAGMA cache_size").scalar()) <= -64 * 1024


def test_new_rows_get_time_ordered_ids(vault: Vault) -> None:
    from uuid import UUID

    from lvs_desktop.models import new_id

    ids = [new_id() for _ in range(200)]
    assert all(UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)  # later ids sort after earlier ones: inserts stay local
    with vault.session() as s:
        replica_id = s.scalars(select(ReplicaState.replica_id)).one()
    assert UUID(replica_id).version == 7


def _sample(kind: object) -> object:
    """A plain value of a reflected column type."""
    from datetime import date, datetime

    try:
        python = kind.python_type  # type: ignore[attr-defined]
    except NotImplementedError:
        python = str
    samples = {bool: False, int: 0, float: 0.0, bytes: b"", dict: {}, list: []}
    samples |= {datetime: datetime(2026, 1, 1), date: date(2026, 1, 1), str: "x"}
    return samples.get(python, "x")


def _fill_every_table(c: object) -> dict[str, int]:
    """One row in every table of the schema as it is now, every foreign key pointing at a
    real row; returns the row count per table."""
    import sqlalchemy as sa

    meta = sa.MetaData()
    meta.reflect(c)  # type: ignore[arg-type]
    made: dict[str, str] = {}
    for table in meta.sorted_tables:
        if table.name in {"alembic_version", "reference_code", "setting", "replica_state"}:
            continue
        row: dict[str, object] = {}
        for col in table.columns:
            fk = next(iter(col.foreign_keys), None)
            if fk is not None and fk.column.table.name in made:
                row[col.name] = made[fk.column.table.name]
            elif col.primary_key:
                row[col.name] = f"{table.name}-1"
            elif not col.nullable and col.server_default is None:
                row[col.name] = _sample(col.type)
        c.execute(table.insert().values(**row))  # type: ignore[attr-defined]
        made[table.name] = str(row[next(iter(table.primary_key.columns)).name])
    return {name: 1 for name in made}


def test_a_filled_vault_of_schema_0003_upgrades_with_every_row_and_reference(
    tmp_path: Path,
) -> None:
    """Migrations that rebuild a table (SQLite's batch mode) must not trip over the rows
    that point at it: a real vault is full of them."""
    path = tmp_path / "oud.lvsvault"
    with old_vault(path, PASSPHRASE, "0003") as c:
        c.exec_driver_sql(
            "INSERT INTO replica_state (replica_id, counter, hlc, role) "
            "VALUES ('r1', 0, 0, 'consultant')"
        )
        counts = _fill_every_table(c)
        assert {"municipality", "school", "youth", "case_file", "letter"} <= set(counts)
    with Vault.open(path, PASSPHRASE) as v:
        assert v.schema_revision() == migrate.head_revision()
        with v.engine.connect() as c:
            for table in counts:
                assert c.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 1, table
            assert c.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert c.exec_driver_sql("SELECT municipality_id FROM school").scalar() == (
                "municipality-1"
            )
            assert str(c.exec_driver_sql("PRAGMA foreign_keys").scalar()) == "1"
