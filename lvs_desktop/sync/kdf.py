"""Key derivation for exportbestanden: scrypt over the team's transfer passphrase.

A bundle names its scrypt parameters in its plain header; a reader accepts only parameters from
the allow-list below, so a crafted header cannot make us spend gigabytes or minutes. The
passphrase is NFC-normalised first, so "é" typed on two keyboards gives the same key.

scrypt returns 48 bytes: the first 32 are the AES-256-GCM key, the last 16 are the *check
value* stored in the header. The check value lets us say "wrong passphrase" rather than
"damaged file". It gives an attacker nothing the GCM tag does not already give (each guess
still costs one scrypt), and the two halves of one scrypt output are independent.

Tests may switch on a cheap setting: one switch, the environment variable
`LVS_TEST_TRANSFER_KDF=fast` (set by `use_fast_kdf_for_tests`, so that a CLI subprocess
inherits it). While it is off, a bundle with the cheap setting is refused like any other
unknown parameters.
"""

from __future__ import annotations

import hmac
import os
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from lvs_desktop.sync.errors import DamagedBundleError, WrongPassphraseError

KDF_SCRYPT = 1
KEY_BYTES = 32
CHECK_BYTES = 16
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost: N = 2**log2_n, block size r, parallelism p."""

    log2_n: int
    r: int
    p: int
    kdf_id: int = KDF_SCRYPT


# N=2^17, r=8, p=1: 128 MiB and about half a second; OWASP's recommendation for scrypt.
REAL_KDF = KdfParams(log2_n=17, r=8, p=1)
FAST_TEST_KDF = KdfParams(log2_n=4, r=8, p=1)

TEST_KDF_ENV = "LVS_TEST_TRANSFER_KDF"


def use_fast_kdf_for_tests(enabled: bool) -> None:
    """Test-only switch: write bundles with (and accept) the cheap scrypt setting."""
    if enabled:
        os.environ[TEST_KDF_ENV] = "fast"
    else:
        os.environ.pop(TEST_KDF_ENV, None)


def _fast_for_tests() -> bool:
    return os.environ.get(TEST_KDF_ENV) == "fast"


def default_params() -> KdfParams:
    return FAST_TEST_KDF if _fast_for_tests() else REAL_KDF


def allowed_params() -> frozenset[KdfParams]:
    allowed = {REAL_KDF}
    if _fast_for_tests():
        allowed.add(FAST_TEST_KDF)
    return frozenset(allowed)


def check_allowed(params: KdfParams) -> None:
    if params not in allowed_params():
        raise DamagedBundleError(
            "Het exportbestand gebruikt onbekende sleutelinstellingen; het is beschadigd of "
            "gemaakt door een ander programma."
        )


def normalise_passphrase(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class DerivedKey:
    key: bytes
    check: bytes


def derive(passphrase: str, salt: bytes, params: KdfParams) -> DerivedKey:
    check_allowed(params)
    raw = Scrypt(
        salt=salt, length=KEY_BYTES + CHECK_BYTES, n=2**params.log2_n, r=params.r, p=params.p
    ).derive(normalise_passphrase(passphrase))
    return DerivedKey(key=raw[:KEY_BYTES], check=raw[KEY_BYTES:])


def derive_checked(passphrase: str, salt: bytes, params: KdfParams, check: bytes) -> bytes:
    """The AES key, or `WrongPassphraseError` when the header's check value does not match."""
    derived = derive(passphrase, salt, params)
    if not hmac.compare_digest(derived.check, check):
        raise WrongPassphraseError()
    return derived.key
