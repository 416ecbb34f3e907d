"""The plain header of an exportbestand (`.lvsbundle`), format 1.

Layout (big-endian), 64 bytes, all of it the AES-GCM associated data:

    offset size  field
    0      8     magic  b"LVSBNDL\\x1a"
    8      2     format version (1)
    10     2     header length (64)
    12     1     KDF id (1 = scrypt)
    13     1     log2 N
    14     1     r
    15     1     p
    16     16    salt
    32     12    GCM nonce
    44     16    passphrase check value (see `kdf`)
    60     4     CRC-32 of bytes 0..59

Magic and version sit at fixed offsets for every format, so a newer file is recognised as such
even when the rest of its header differs. The CRC is not a security measure (the GCM tag is);
it lets us tell a damaged header from a wrong passphrase: without it a flipped byte in the
check value would read as "wrong passphrase".
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from lvs_desktop.sync.errors import DamagedBundleError, NewerFormatError, NotABundleError
from lvs_desktop.sync.kdf import CHECK_BYTES, SALT_BYTES, KdfParams, check_allowed

MAGIC = b"LVSBNDL\x1a"
FORMAT_VERSION = 1
NONCE_BYTES = 12
HEADER_BYTES = 64

_PREFIX = struct.Struct(">8sHH")
_BODY = struct.Struct(f">8sHHBBBB{SALT_BYTES}s{NONCE_BYTES}s{CHECK_BYTES}s")
_CRC = struct.Struct(">I")
assert _BODY.size + _CRC.size == HEADER_BYTES


@dataclass(frozen=True)
class Header:
    format_version: int
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    check: bytes

    def pack(self) -> bytes:
        body = _BODY.pack(
            MAGIC,
            self.format_version,
            HEADER_BYTES,
            self.kdf.kdf_id,
            self.kdf.log2_n,
            self.kdf.r,
            self.kdf.p,
            self.salt,
            self.nonce,
            self.check,
        )
        return body + _CRC.pack(zlib.crc32(body))


def read_format_version(data: bytes) -> int:
    """The format version of a file, after checking the magic; no other byte is trusted."""
    if len(data) < _PREFIX.size or data[: len(MAGIC)] != MAGIC:
        raise NotABundleError()
    _, version, _ = _PREFIX.unpack_from(data)
    return int(version)


def parse_header(data: bytes) -> Header:
    """Check and unpack the header of a format-1 file (magic, version, CRC, KDF allow-list)."""
    version = read_format_version(data)
    if version > FORMAT_VERSION:
        raise NewerFormatError(version, FORMAT_VERSION)
    if version < 1:
        raise DamagedBundleError()
    if len(data) < HEADER_BYTES:
        raise DamagedBundleError()
    body = data[: _BODY.size]
    (crc,) = _CRC.unpack_from(data, _BODY.size)
    if zlib.crc32(body) != crc:
        raise DamagedBundleError()
    _, version, length, kdf_id, log2_n, r, p, salt, nonce, check = _BODY.unpack(body)
    if length != HEADER_BYTES:
        raise DamagedBundleError()
    params = KdfParams(log2_n=log2_n, r=r, p=p, kdf_id=kdf_id)
    check_allowed(params)
    return Header(format_version=version, kdf=params, salt=salt, nonce=nonce, check=check)
