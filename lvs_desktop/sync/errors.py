"""Errors of the sync layer that a user sees: one class per reason, each with a Dutch line.

`str(error)` is the message to show; it never contains personal data (no names of youths, no
field values), only what the user needs to act on: the file is damaged, the passphrase is wrong,
the sender is unknown (with the fingerprint to compare; its name, chosen by the sender, made
printable by `untrusted.printable`), and so on. Callers catch `BundleError`
(or `SyncError` for everything in this package) and show the line without a traceback.
"""

from __future__ import annotations

from typing import ClassVar

from lvs_desktop.models.errors import UserError
from lvs_desktop.sync.untrusted import printable


class SyncError(UserError):
    """Base of every user-facing error in `lvs_desktop.sync` (a `UserError`: no traceback)."""

    default: ClassVar[str] = "Synchronisatie mislukt."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default)


class BundleError(SyncError):
    """An exportbestand (`.lvsbundle`) that cannot be read; nothing was changed."""

    default = "Het exportbestand kan niet worden gelezen."


class WrongPassphraseError(BundleError):
    default = "Verkeerd wachtwoord voor het exportbestand."


class DamagedBundleError(BundleError):
    default = "Het exportbestand is beschadigd of gewijzigd; vraag een nieuw exportbestand."


class NotABundleError(DamagedBundleError):
    default = "Dit is geen LVS-exportbestand (.lvsbundle)."


class ForgedSignatureError(BundleError):
    default = (
        "De ondertekening van het exportbestand klopt niet: het is na het ondertekenen gewijzigd. "
        "Het bestand is geweigerd."
    )


class UnknownSignerError(BundleError):
    """The signature is valid, but the key is not (yet) trusted for this consultant."""

    def __init__(
        self,
        *,
        fingerprint: str,
        consultant_name: str,
        consultant_id: str | None,
        replica_id: str,
        public_key: bytes,
        known_fingerprints: tuple[str, ...] = (),
        role: str = "consultant",
    ) -> None:
        self.fingerprint = fingerprint
        self.consultant_name = consultant_name
        self.consultant_id = consultant_id
        self.replica_id = replica_id
        self.public_key = public_key
        self.known_fingerprints = known_fingerprints
        self.role = role
        who = printable(consultant_name) if consultant_name else "onbekende consulent"
        if role == "team":  # a team lead's bundle may change more: say so before trusting it
            who += " (teamleider)"
        if known_fingerprints:
            text = (
                f"Het exportbestand van {who} is ondertekend met een andere sleutel dan bekend "
                f"(vingerafdruk {fingerprint}). Accepteer deze alleen als {who} bevestigt dat "
                "dit de nieuwe vingerafdruk is."
            )
        else:
            text = (
                f"Onbekende afzender: {who}, vingerafdruk {fingerprint}. Accepteer deze "
                f"vingerafdruk alleen als {'de teamleider' if role == 'team' else 'de consulent'} "
                "bevestigt dat die klopt."
            )
        super().__init__(text)


class BundleTooLargeError(BundleError):
    def __init__(self, limit_bytes: int | None = None) -> None:
        if limit_bytes is None:
            super().__init__("Het exportbestand is te groot.")
        else:
            mib = limit_bytes // (1024 * 1024)
            super().__init__(
                f"Het exportbestand is te groot (uitgepakt meer dan {mib} MiB); het is geweigerd."
            )


class NewerFormatError(BundleError):
    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"Dit exportbestand heeft formaat {found}, nieuwer dan deze versie van LVS Desktop "
            f"aankan (formaat {supported}). Werk LVS Desktop bij en probeer het opnieuw."
        )


class InvalidContentError(BundleError):
    """The document decrypted and verified, but its content breaks the format's rules."""

    def __init__(self, detail: str = "") -> None:
        text = "De inhoud van het exportbestand is ongeldig"
        super().__init__(f"{text}: {detail}." if detail else f"{text}.")


class ImportMismatchError(SyncError):
    """After applying, the vault does not hold what the manifest promised: all rolled back."""

    def __init__(self, table: str) -> None:
        super().__init__(
            f"Na het inlezen klopt tabel {table} niet met het overzicht van het exportbestand; "
            "er is niets veranderd."
        )


class ImportCancelledError(SyncError):
    default = "Inlezen afgebroken; er is niets veranderd."
