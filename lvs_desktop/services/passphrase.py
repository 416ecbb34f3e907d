"""Change the vault's passphrase, and its backups with it (issue 14, item 4).

After a rekey no backup opens with the old passphrase: each one is re-encrypted under the new
passphrase, or removed when it cannot be (`store.backup_upkeep`). The message says which.
"""

from __future__ import annotations

from lvs_desktop.services.uow import ChangeSummary, UnitOfWork
from lvs_desktop.store import Vault
from lvs_desktop.store.backup_upkeep import BackupChange
from lvs_desktop.store.passphrase import check_new_passphrase


def change_passphrase(
    vault: Vault, new_passphrase: str, repeated: str | None = None
) -> ChangeSummary:
    """Re-key the vault and its backups; audited. A weak passphrase is refused first."""
    check_new_passphrase(new_passphrase, repeated)
    change = vault.rekey(new_passphrase)
    line = backups_line(change)
    with UnitOfWork(vault, "rekey") as uow:
        uow.audit(
            "rekey",
            "vault",
            None,
            f"reservekopieën: {len(change.rewritten)} opnieuw versleuteld, "
            f"{len(change.removed)} verwijderd",
        )
        return uow.commit(f"Wachtwoord gewijzigd. {line}")


def backups_line(change: BackupChange) -> str:
    """One Dutch line on what the passphrase change did to the backups."""
    done, removed = len(change.rewritten), len(change.removed)
    if not done and not removed:
        return "Er waren geen reservekopieën."
    parts = []
    if done:
        parts.append(f"{done} reservekopie(ën) opnieuw versleuteld met het nieuwe wachtwoord")
    if removed:
        parts.append(f"{removed} verwijderd (niet opnieuw te versleutelen)")
    return "; ".join(parts) + ". Geen reservekopie opent nog met het oude wachtwoord."
