"""Issue 14, defect 4: backups still opened with the old passphrase after a rekey.

After `vault rekey` every backup is re-encrypted under the new passphrase (or removed when it
cannot be), and the user is told which. Each backup is copied out and opened as a vault.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from lvs_desktop.cli import main
from lvs_desktop.models import AuditEvent, Youth
from lvs_desktop.services import passphrase
from lvs_desktop.store import Vault
from lvs_desktop.store.backup import backup_dir, list_backups
from lvs_desktop.store.errors import WrongPassphrase
from tests.builders import make_youth
from tests.conftest import PASSPHRASE

NEW = "nieuw lang wachtwoord voor de kluis 2026"


def open_copy(backup: Path, folder: Path, secret: str) -> Vault:
    folder.mkdir(exist_ok=True)
    copy = folder / (backup.stem + ".lvsvault")
    copy.write_bytes(backup.read_bytes())
    return Vault.open(copy, secret)


def surnames(vault: Vault) -> set[str]:
    with vault.session() as s:
        return set(s.scalars(select(Youth.surname)))


def test_backups_after_a_passphrase_change_open_only_with_the_new_one(
    vault: Vault, tmp_path: Path
) -> None:
    make_youth(vault, surname="Kroonema", bsn=None)
    vault.backup("manual")
    make_youth(vault, surname="Veenstra", bsn=None)
    vault.backup("daily")
    summary = passphrase.change_passphrase(vault, NEW)
    assert "2 reservekopie(ën) opnieuw versleuteld" in summary.message
    backups = list_backups(vault.path)
    assert len(backups) == 2
    for number, path in enumerate(backups):
        with pytest.raises(WrongPassphrase):
            open_copy(path, tmp_path / f"old-{number}", PASSPHRASE).lock()
        restored = open_copy(path, tmp_path / f"new-{number}", NEW)
        try:
            assert "Kroonema" in surnames(restored)
        finally:
            restored.lock()
    with vault.session() as s:
        assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "rekey")) is not None


def test_rekey_on_the_command_line_says_what_happened_to_the_backups(
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    make_youth(vault, surname="Kroonema", bsn=None)
    vault.backup("manual")
    # A backup that does not open with the vault's key (damaged, or from an older passphrase).
    stray = backup_dir(vault.path) / "20260101T000000000000Z_manual.lvsbackup"
    stray.write_bytes(b"\x00" * 8192)
    path = vault.path
    vault.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LVS_NEW_PASSPHRASE", NEW)
    code = main(["vault", "rekey", "--vault", str(path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "1 reservekopie(ën) opnieuw versleuteld" in out and "1 verwijderd" in out
    assert not stray.exists()
    (left,) = list_backups(path)
    with pytest.raises(WrongPassphrase):
        open_copy(left, tmp_path / "old", PASSPHRASE).lock()
    open_copy(left, tmp_path / "new", NEW).lock()
    Vault.open(path, NEW).lock()


@pytest.mark.real_kdf
def test_backups_follow_a_rekey_at_the_real_kdf_setting(tmp_path: Path) -> None:
    """SQLCipher's own KDF setting (not the tests' cheap one): the re-encrypted backup takes
    the vault's settings and opens with the new passphrase only."""
    from tests.conftest import OWNER

    vault = Vault.create(tmp_path / "echt.lvsvault", PASSPHRASE, OWNER)
    try:
        make_youth(vault, surname="Kroonema", bsn=None)
        vault.backup("manual")
        passphrase.change_passphrase(vault, NEW)
        (backup,) = list_backups(vault.path)
    finally:
        vault.lock()
    with pytest.raises(WrongPassphrase):
        open_copy(backup, tmp_path / "old", PASSPHRASE).lock()
    restored = open_copy(backup, tmp_path / "new", NEW)
    try:
        assert "Kroonema" in surnames(restored)
        kdf_iter = restored._raw.execute("PRAGMA kdf_iter").fetchone()[0]
        assert int(kdf_iter) >= 256_000
    finally:
        restored.lock()
