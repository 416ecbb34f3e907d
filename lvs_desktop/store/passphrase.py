"""The one passphrase rule, for the window and the command line alike.

`passphrase_problem` says in one Dutch line what is wrong with a new passphrase (or None);
`check_new_passphrase` raises that as a `WeakPassphrase`. `vault init` and `vault rekey` on
the command line and the first-run wizard and passphrase dialog in the window all call these,
so the rule cannot differ between them (it did: 12 characters in one, 10 in the other).
"""

from __future__ import annotations

import unicodedata

from lvs_desktop.store.errors import VaultError

MIN_PASSPHRASE_LENGTH = 12


class WeakPassphrase(VaultError):
    """A new passphrase that the rule refuses; the message says why."""


def passphrase_problem(passphrase: str, repeated: str | None = None) -> str | None:
    """What is wrong with `passphrase` as a new passphrase, in one Dutch line, or None.

    Length is counted in characters after NFC normalisation (as the vault keys it), so an
    "é" typed as two code points counts once. `repeated`, when given, must be equal.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return f"Kies een wachtwoord van minstens {MIN_PASSPHRASE_LENGTH} tekens."
    if not text.strip():
        return "Een wachtwoord van alleen spaties is niet toegestaan."
    if len(set(text)) == 1:
        return "Een wachtwoord van één steeds herhaald teken is niet toegestaan."
    if repeated is not None and unicodedata.normalize("NFC", repeated) != text:
        return "De twee wachtwoorden zijn niet gelijk."
    return None


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """Raise `WeakPassphrase` (a `UserError`) when `passphrase_problem` finds something."""
    problem = passphrase_problem(passphrase, repeated)
    if problem is not None:
        raise WeakPassphrase(problem)
