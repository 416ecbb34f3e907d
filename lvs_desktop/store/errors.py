"""Storage errors sorted once into what a person can act on (Dutch, one line, no personal data)."""

from lvs_desktop.models.errors import UserError


class VaultError(UserError):
    """Any vault problem the user can act on."""


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Verkeerd wachtwoord, of de kluis is beschadigd. "
            "Controleer het wachtwoord of laat de kluis controleren."
        )


class VaultInUse(VaultError):
    def __init__(self, holder: str) -> None:
        super().__init__(f"De kluis is al geopend door een ander programma ({holder}).")


class VaultNotFound(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(f"Er is geen kluis op {path}.")


class VaultExists(VaultError):
    def __init__(self, path: str) -> None:
        super().__init__(f"Er staat al een bestand op {path}; kies een andere plek.")


class VaultDamaged(VaultError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"De kluis is beschadigd: {detail}")


class VaultTooNew(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Deze kluis is gemaakt met een nieuwere versie van LVS Desktop; werk het programma bij."
        )


class WeakPassphrase(VaultError):
    def __init__(self, reason: str) -> None:
        super().__init__(f"Het wachtwoord is niet geschikt: {reason}")


class InsecureVault(RuntimeError):
    """A bug, not a user error: a safety PRAGMA did not take, or the file is plaintext."""
