"""One instance per vault file, not per path (issue 14, defect 10): a symlink, another
relative spelling or a hard link to an open vault is refused with the usual message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lvs_desktop.store import Vault, VaultInUse
from lvs_desktop.store.lock import identity_lock_path

PASSPHRASE = "correct paard batterij niet"


def test_one_instance_per_file_not_per_path_symlink(vault: Vault, tmp_path: Path) -> None:
    link = tmp_path / "elders" / "snelkoppeling.lvsvault"
    link.parent.mkdir()
    link.symlink_to(vault.path)
    with pytest.raises(VaultInUse) as err:
        Vault.open(link, PASSPHRASE)
    assert "al geopend" in err.value.message
    assert not (link.parent / "snelkoppeling.lvsvault.lock").exists()


def test_one_instance_per_file_relative_path(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    with pytest.raises(VaultInUse):
        Vault.open(Path("..") / "sub" / ".." / vault.path.name, PASSPHRASE)


def test_one_instance_per_file_hard_link(vault: Vault, tmp_path: Path) -> None:
    other = tmp_path / "harde-link.lvsvault"
    os.link(vault.path, other)
    with pytest.raises(VaultInUse) as err:
        Vault.open(other, PASSPHRASE)
    assert "al geopend" in err.value.message


def test_after_closing_the_link_opens_and_the_locks_are_released(
    vault: Vault, tmp_path: Path
) -> None:
    link = tmp_path / "link.lvsvault"
    link.symlink_to(vault.path)
    identity = identity_lock_path(vault.path)
    assert identity is not None and identity.exists()
    vault.lock()
    assert not identity.exists()
    with Vault.open(link, PASSPHRASE) as again:
        with pytest.raises(VaultInUse):
            Vault.open(vault.path, PASSPHRASE)
        assert again.path == link
