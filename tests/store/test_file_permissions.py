"""Issue 14, defect 5: every file the program writes is 0600 and every folder it makes 0700
(POSIX), whatever the umask: the vault and its WAL, the lock files, backups, the state folder
with the unlock-failure count, an exported bundle and the folder made for it.

The test runs under umask 000, so a mode the program does not set explicitly shows as 0666
or 0777 and fails.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from lvs_desktop.services import sync as service
from lvs_desktop.store import OwnerProfile, Vault, WrongPassphrase
from lvs_desktop.store.backup import backup_dir
from lvs_desktop.sync import kdf
from tests.builders import make_case, make_youth
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def modes(root: Path) -> dict[str, str]:
    """Every file and folder under `root` with its permission bits, as octal text."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            found[str(path.relative_to(root))] = oct(stat.S_IMODE(path.lstat().st_mode))
    return found


def wrong(found: dict[str, str], root: Path) -> dict[str, str]:
    return {
        name: mode
        for name, mode in found.items()
        if mode != ("0o700" if (root / name).is_dir() else "0o600")
    }


def test_everything_the_program_writes_is_private_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, open_umask: None
) -> None:
    monkeypatch.setenv("LVS_STATE_DIR", str(tmp_path / "state" / "lvs"))  # made by the program
    path = tmp_path / "werk" / "kluizen" / "kluis.lvsvault"  # folders made by the program
    kdf.use_fast_kdf_for_tests(True)
    try:
        vault = Vault.create(path, PASSPHRASE, OwnerProfile(name="Jet de Vries", code="JV"))
        make_case(vault, make_youth(vault))  # an edit: WAL and shm files
        during = modes(tmp_path)
        vault.backup("test")
        service.export_bundle(vault, tmp_path / "uitvoer" / "jv.lvsbundle", "transfer-wachtwoord")
        vault.lock()
        with pytest.raises(WrongPassphrase):  # the unlock-failure count goes to the state folder
            Vault.open(path, PASSPHRASE + "!")
        Vault.open(path, PASSPHRASE).lock()
    finally:
        kdf.use_fast_kdf_for_tests(False)
    after = modes(tmp_path)

    assert any(name.endswith("kluis.lvsvault-wal") for name in during)
    assert any(name.endswith(".lock") for name in during)
    assert any(name.startswith("state/lvs/") and name.endswith(".json") for name in after)
    assert len(list(backup_dir(path).iterdir())) == 1
    assert (tmp_path / "uitvoer" / "jv.lvsbundle").exists()
    assert wrong(during, tmp_path) == {}
    assert wrong(after, tmp_path) == {}


def test_a_vault_copied_in_with_a_wide_mode_is_tightened_on_open(
    vault_path: Path, open_umask: None
) -> None:
    Vault.create(vault_path, PASSPHRASE, OwnerProfile(name="Jet de Vries", code="JV")).lock()
    os.chmod(vault_path, 0o644)
    os.chmod(backup_dir(vault_path).parent, 0o755)  # the user's own folder: left alone
    Vault.open(vault_path, PASSPHRASE).lock()
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(vault_path.parent.stat().st_mode) == 0o755


def test_the_window_settings_file_stays_private_when_qt_writes_it(
    tmp_path: Path, open_umask: None, qapp: object
) -> None:
    from PySide6.QtCore import QSettings

    from lvs_desktop.ui.settings_file import make_settings_private

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    try:
        path = make_settings_private()
        assert path is not None and path.is_relative_to(tmp_path)
        settings = QSettings("LVS", "lvs-desktop")
        settings.setValue("language", "nl")  # Qt replaces the file through a QSaveFile
        settings.sync()
        assert settings.status() == QSettings.Status.NoError
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert "language=nl" in path.read_text()
    finally:
        QSettings.setPath(
            QSettings.Format.NativeFormat,
            QSettings.Scope.UserScope,
            os.path.expanduser("~/.config"),
        )
