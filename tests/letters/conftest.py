"""Fixtures of the letter tests: one vault with four cases, built once, copied per test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from letter_vault import PASSPHRASE, LetterVault, build_letter_vault

from lvs_desktop.store import Vault


@pytest.fixture(scope="session")
def letter_vault_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, LetterVault]:
    path = tmp_path_factory.mktemp("letters") / "brieven.lvsvault"
    return path, build_letter_vault(path)


@pytest.fixture
def letter_vault(
    letter_vault_file: tuple[Path, LetterVault], tmp_path: Path
) -> Iterator[tuple[Vault, LetterVault]]:
    """A private, unlocked copy of the letter vault (safe to change) and its cases."""
    source, cases = letter_vault_file
    copy = tmp_path / "brieven.lvsvault"
    shutil.copyfile(source, copy)
    vault = Vault.open(copy, PASSPHRASE)
    yield vault, cases
    vault.lock()
