"""Write and read exportbestanden (`.lvsbundle`): encrypted, authenticated, signed, capped.

    file      = header (64 bytes, plain; see `header`) || AES-256-GCM(ciphertext || tag)
    AAD       = the header
    key       = scrypt(NFC(transfer passphrase), salt, allow-listed N/r/p)   (see `kdf`)
    plaintext = signed block (see `signing`) || zlib(JSON document)      (see `document`)

Reading checks, in this order, and stops at the first failure with its own error:

1. magic and format version (`NotABundleError`, `NewerFormatError`), header CRC and the KDF
   allow-list (`DamagedBundleError`);
2. the passphrase check value (`WrongPassphraseError`), then the GCM tag
   (`DamagedBundleError`: a damaged or altered file);
3. the Ed25519 signature against the embedded key (`ForgedSignatureError`), then whether the
   key is trusted for the signer (`UnknownSignerError`, with the fingerprint to accept);
4. the declared document size against the limit, then a capped inflate that never produces
   more than that (`BundleTooLargeError`);
5. strict validation of the JSON document (`InvalidContentError`).

Nothing is parsed before the tag and the signature have been checked.
"""

from __future__ import annotations

import json
import os
import stat
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from lvs_desktop.sync import kdf
from lvs_desktop.sync.document import Document, parse_document
from lvs_desktop.sync.errors import (
    BundleError,
    BundleTooLargeError,
    DamagedBundleError,
    InvalidContentError,
)
from lvs_desktop.sync.header import FORMAT_VERSION, HEADER_BYTES, NONCE_BYTES, Header, parse_header
from lvs_desktop.sync.signing import (
    SignerInfo,
    TrustCheck,
    fingerprint,
    public_key_bytes,
    sign_payload,
    verify_payload,
)

SUFFIX = ".lvsbundle"
MAX_DOCUMENT_BYTES = 512 * 1024 * 1024
MAX_FILE_BYTES = 600 * 1024 * 1024
_TAG_BYTES = 16
_INFLATE_CHUNK = 16 * 1024 * 1024
_READ_CHUNK = 4 * 1024 * 1024

# Upgrades of older formats' decompressed documents to the current one: {from_version: fn}.
# Format 1 is the first; when format 2 comes, its reader keeps format 1's entry here.
UPGRADES: dict[int, Callable[[bytes], bytes]] = {}


class _FileTooLarge(BundleTooLargeError):
    def __init__(self, name: str, limit: int) -> None:
        BundleError.__init__(
            self,
            f"{name} is groter dan {limit // (1024 * 1024)} MiB en dus geen exportbestand; "
            "het is geweigerd.",
        )


class _DeclaredSizeExceeded(BundleTooLargeError):
    def __init__(self) -> None:
        BundleError.__init__(
            self, "Het exportbestand pakt groter uit dan het aangeeft; het is geweigerd."
        )


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check: its header, signer and validated document."""

    header: Header
    signer: SignerInfo
    public_key: bytes
    document: Document

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def seal(plaintext: bytes, passphrase: str, params: kdf.KdfParams | None = None) -> bytes:
    """Encrypt an already signed plaintext under a fresh salt and nonce."""
    params = params or kdf.default_params()
    salt = os.urandom(kdf.SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    derived = kdf.derive(passphrase, salt, params)
    header = Header(FORMAT_VERSION, params, salt, nonce, derived.check).pack()
    return header + AESGCM(derived.key).encrypt(nonce, plaintext, header)


def unseal(data: bytes, passphrase: str) -> tuple[Header, bytes]:
    """Steps 1 and 2: the header, the passphrase and the GCM tag; returns the plaintext."""
    header = parse_header(data)
    if len(data) < HEADER_BYTES + _TAG_BYTES:
        raise DamagedBundleError()
    key = kdf.derive_checked(passphrase, header.salt, header.kdf, header.check)
    try:
        plaintext = AESGCM(key).decrypt(header.nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except InvalidTag:
        raise DamagedBundleError() from None
    return header, plaintext


def inflate_capped(compressed: bytes, declared: int, limit: int) -> bytes:
    """Decompress at most `min(declared, limit)` bytes; refuse anything that would be more."""
    if declared > limit:
        raise BundleTooLargeError(limit)
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = compressed
    try:
        while not inflater.eof:
            room = declared + 1 - len(out)
            chunk = inflater.decompress(pending, min(room, _INFLATE_CHUNK))
            out += chunk
            if len(out) > declared:
                raise _DeclaredSizeExceeded()
            pending = inflater.unconsumed_tail
            if not chunk and not pending:
                break
    except zlib.error:
        raise InvalidContentError("inpakking onleesbaar") from None
    if not inflater.eof or inflater.unused_data or len(out) != declared:
        raise InvalidContentError("inpakking onvolledig")
    return bytes(out)


def encode_document(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode(
        "utf-8"
    )


def write_bundle(
    document: dict[str, Any],
    *,
    passphrase: str,
    signing_key: Ed25519PrivateKey,
    signer: SignerInfo,
    params: kdf.KdfParams | None = None,
    compress_level: int = 6,
) -> bytes:
    """Validate, compress, sign and encrypt a JSON-ready document (see `document.build_document`).

    The document is validated exactly as a reader will, so we never write a bundle that our
    own import would refuse.
    """
    raw = encode_document(document)
    parsed = parse_document(raw)
    _check_manifest_matches(parsed, FORMAT_VERSION, signer)
    payload = sign_payload(signing_key, signer, len(raw), zlib.compress(raw, compress_level))
    return seal(payload, passphrase, params)


def read_bundle(
    data: bytes,
    *,
    passphrase: str,
    trust: TrustCheck,
    max_document_bytes: int = MAX_DOCUMENT_BYTES,
) -> OpenedBundle:
    """Open an exportbestand or raise a `BundleError` subclass; see the module docstring."""
    if len(data) > MAX_FILE_BYTES:
        raise BundleTooLargeError(MAX_FILE_BYTES)
    header, plaintext = unseal(data, passphrase)
    signed = verify_payload(plaintext)
    trust(signed.signer, signed.public_key)
    raw = inflate_capped(signed.compressed, signed.document_size, max_document_bytes)
    for version in range(header.format_version, FORMAT_VERSION):
        raw = UPGRADES[version](raw)
    document = parse_document(raw)
    _check_manifest_matches(document, FORMAT_VERSION, signed.signer)
    return OpenedBundle(
        header=header, signer=signed.signer, public_key=signed.public_key, document=document
    )


def read_bundle_file(
    path: Path,
    *,
    passphrase: str,
    trust: TrustCheck,
    max_document_bytes: int = MAX_DOCUMENT_BYTES,
    max_file_bytes: int = MAX_FILE_BYTES,
) -> OpenedBundle:
    """Read an exportbestand from disk and open it (`read_bundle`).

    Only a regular file is read, and never more than `max_file_bytes` of it: a FIFO, a
    device such as /dev/zero or a socket is refused before a byte is read (opened without
    blocking, so a FIFO with no writer does not hang), and a file that grows while it is read
    stops at the limit."""
    data = read_limited(path, max_file_bytes)
    return read_bundle(
        data, passphrase=passphrase, trust=trust, max_document_bytes=max_document_bytes
    )


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, refused past `limit` (see `read_bundle_file`)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise BundleError(f"Exportbestand niet gevonden: {path.name}") from None
    except PermissionError:
        raise BundleError(f"Geen toegang tot het exportbestand {path.name}.") from None
    except IsADirectoryError:
        raise BundleError(f"{path.name} is een map, geen exportbestand.") from None
    except OSError:
        raise BundleError(f"Kan het exportbestand {path.name} niet openen.") from None
    with os.fdopen(fd, "rb", buffering=0) as fh:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise BundleError(f"{path.name} is een map, geen exportbestand.")
        if not stat.S_ISREG(mode):
            raise BundleError(f"{path.name} is geen gewoon bestand en dus geen exportbestand.")
        if os.fstat(fd).st_size > limit:
            raise _FileTooLarge(path.name, limit)
        chunks: list[bytes] = []
        size = 0
        while chunk := fh.read(min(_READ_CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _FileTooLarge(path.name, limit)
        return b"".join(chunks)


def _check_manifest_matches(document: Document, version: int, signer: SignerInfo) -> None:
    manifest = document.manifest
    if manifest.format_version != version:
        raise InvalidContentError("formaatversie wijkt af")
    if (
        manifest.source_replica_id != signer.replica_id
        or manifest.source_consultant_id != signer.consultant_id
        or manifest.source_role != signer.role
    ):
        raise InvalidContentError("afzender wijkt af van de ondertekening")


__all__ = [
    "MAX_DOCUMENT_BYTES",
    "SUFFIX",
    "OpenedBundle",
    "inflate_capped",
    "public_key_bytes",
    "read_bundle",
    "read_bundle_file",
    "seal",
    "unseal",
    "write_bundle",
]
