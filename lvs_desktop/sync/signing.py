"""Ed25519 signatures on exportbestanden, signer identity, fingerprints and trust.

Inside the ciphertext, before the compressed document, sits a signed block (format 1):

    offset size  field
    0      1     scheme (1 = Ed25519)
    1      32    public key of the exporting replica
    33     64    signature over DOMAIN + bytes 97..end
    97     8     size of the document once decompressed (bytes)
    105    2     length L of the signer block (at most 4096)
    107    L     signer block: UTF-8 JSON {replica_id, consultant_id, consultant_name, role}
    107+L  ...   zlib-compressed JSON document

The signature is verified against the embedded key before anything after it is parsed; only
then is the small signer block read and offered to the trust check (does the team vault know
this key for this consultant?), and only then is the document decompressed. The declared size
lets the reader refuse a document that would inflate past its limit before inflating a byte.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lvs_desktop.sync.errors import (
    DamagedBundleError,
    ForgedSignatureError,
    InvalidContentError,
    UnknownSignerError,
)

SCHEME_ED25519 = 1
DOMAIN = b"LVSBUNDLE/1 signature\x00"
MAX_SIGNER_BLOCK = 4096
_FIXED = struct.Struct(">B32s64sQH")
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class SignerInfo(BaseModel):
    """Who exported the bundle: the replica (laptop or team vault) and its owner."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    replica_id: str = Field(pattern=UUID_PATTERN)
    consultant_id: str | None = Field(default=None, pattern=UUID_PATTERN)
    consultant_name: str = Field(default="", max_length=200)
    role: Literal["consultant", "team"] = "consultant"


@dataclass(frozen=True)
class SignedPayload:
    public_key: bytes
    signer: SignerInfo
    document_size: int
    compressed: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """128 bits of SHA-256 over the raw key, as eight groups of four hex digits (read aloud)."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def signing_key_from_seed(seed: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(seed)


def sign_payload(
    key: Ed25519PrivateKey, signer: SignerInfo, document_size: int, compressed: bytes
) -> bytes:
    signer_block = signer.model_dump_json().encode("utf-8")
    if len(signer_block) > MAX_SIGNER_BLOCK:
        raise ValueError("signer block too long")
    tail = struct.pack(">QH", document_size, len(signer_block)) + signer_block + compressed
    signature = key.sign(DOMAIN + tail)
    return struct.pack(">B32s64s", SCHEME_ED25519, public_key_bytes(key), signature) + tail


def verify_payload(plaintext: bytes) -> SignedPayload:
    """Verify the signature against the embedded key, then read the signer block."""
    if len(plaintext) < _FIXED.size:
        raise DamagedBundleError()
    scheme, public_key, signature, document_size, signer_len = _FIXED.unpack_from(plaintext)
    if scheme != SCHEME_ED25519:
        raise ForgedSignatureError()
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, DOMAIN + plaintext[97:])
    except (InvalidSignature, ValueError):
        raise ForgedSignatureError() from None
    if signer_len > MAX_SIGNER_BLOCK or _FIXED.size + signer_len > len(plaintext):
        raise InvalidContentError("afzendergegevens")
    block = plaintext[_FIXED.size : _FIXED.size + signer_len]
    try:
        signer = SignerInfo.model_validate_json(block)
    except ValidationError:
        raise InvalidContentError("afzendergegevens") from None
    return SignedPayload(
        public_key=public_key,
        signer=signer,
        document_size=document_size,
        compressed=plaintext[_FIXED.size + signer_len :],
    )


TrustCheck = Callable[[SignerInfo, bytes], None]
"""Raises `UnknownSignerError` when the key is not trusted for the signer; returns otherwise."""


@dataclass
class KeyRing:
    """Public keys a team vault trusts, per consultant (or per replica for a team vault).

    The store keeps these in its peer-key table; this is the pure rule: a bundle is accepted
    when its key is among the keys accepted for its consultant. A first key is not accepted
    silently: the team lead compares the fingerprint with the consultant and accepts it.
    """

    keys: dict[str, set[bytes]] = field(default_factory=dict)

    @staticmethod
    def subject(signer: SignerInfo) -> str:
        return signer.consultant_id or f"replica:{signer.replica_id}"

    @classmethod
    def from_pairs(cls, pairs: Iterable[tuple[str, bytes]]) -> KeyRing:
        ring = cls()
        for subject, key in pairs:
            ring.keys.setdefault(subject, set()).add(key)
        return ring

    def accept(self, signer: SignerInfo, public_key: bytes) -> None:
        self.keys.setdefault(self.subject(signer), set()).add(public_key)

    def check(self, signer: SignerInfo, public_key: bytes) -> None:
        known = self.keys.get(self.subject(signer), set())
        if public_key in known:
            return
        raise UnknownSignerError(
            fingerprint=fingerprint(public_key),
            consultant_name=signer.consultant_name,
            consultant_id=signer.consultant_id,
            replica_id=signer.replica_id,
            public_key=public_key,
            known_fingerprints=tuple(sorted(fingerprint(k) for k in known)),
        )


def trust_all(signer: SignerInfo, public_key: bytes) -> None:
    """Trust any correctly signed bundle (previews of one's own exports, tests)."""


def trust_keys(known: Mapping[str, Iterable[bytes]]) -> TrustCheck:
    return KeyRing({subject: set(keys) for subject, keys in known.items()}).check
