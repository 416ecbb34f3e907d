"""The vault: SQLCipher engine, create/unlock/rekey/lock, migrations and backups."""

from lvs_desktop.store.errors import (
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from lvs_desktop.store.vault import OwnerProfile, Vault, default_vault_path

__all__ = [
    "OwnerProfile",
    "Vault",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "WrongPassphrase",
    "default_vault_path",
]
