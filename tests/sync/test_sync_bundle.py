"""The `.lvsbundle` format: round trip, and every way a file can be wrong is refused clearly."""

from __future__ import annotations

import struct
import time
import tracemalloc
import zlib

import pytest
from bundle_builders import Sender, make_document, make_sender

from lvs_desktop.sync import bundle, kdf
from lvs_desktop.sync.codec import decode_value
from lvs_desktop.sync.errors import (
    BundleError,
    BundleTooLargeError,
    DamagedBundleError,
    ForgedSignatureError,
    InvalidContentError,
    NewerFormatError,
    NotABundleError,
    UnknownSignerError,
    WrongPassphraseError,
)
from lvs_desktop.sync.header import HEADER_BYTES, MAGIC
from lvs_desktop.sync.signing import KeyRing, SignerInfo, sign_payload, trust_all

PASS = "Zomer in Dordrecht 2026!"


def trusted(sender: Sender) -> KeyRing:
    ring = KeyRing()
    ring.accept(sender.signer, bundle.public_key_bytes(sender.key))
    return ring


def write(sender: Sender, document: dict | None = None, passphrase: str = PASS) -> bytes:
    return bundle.write_bundle(
        document or make_document(sender),
        passphrase=passphrase,
        signing_key=sender.key,
        signer=sender.signer,
    )


def read(data: bytes, sender: Sender, passphrase: str = PASS, **kw) -> bundle.OpenedBundle:
    return bundle.read_bundle(data, passphrase=passphrase, trust=trusted(sender).check, **kw)


def reseal(sender: Sender, compressed: bytes, declared: int, signer: SignerInfo | None = None):
    payload = sign_payload(sender.key, signer or sender.signer, declared, compressed)
    return bundle.seal(payload, PASS)


@pytest.fixture(scope="module")
def sender() -> Sender:
    return make_sender()


@pytest.fixture(scope="module")
def small(sender: Sender) -> bytes:
    kdf.use_fast_kdf_for_tests(True)
    return write(sender, make_document(sender, rows=1))


def test_round_trip_keeps_rows_signer_and_values(sender: Sender) -> None:
    document = make_document(sender, rows=3)
    opened = read(write(sender, document), sender)
    assert opened.signer == sender.signer
    assert opened.document.manifest.tables["youth"].count == 3
    letter = opened.document.tables["letter"][0]
    assert decode_value(letter.values()["pdf"]) == b"%PDF-1.7 tiny"
    youth = opened.document.tables["youth"][0]
    assert youth.id == document["tables"]["youth"][0]["id"]
    assert youth.dots["first_name"][0] == sender.signer.replica_id


def test_the_passphrase_is_nfc_normalised(sender: Sender) -> None:
    composed, decomposed = "caf\u00e9-wachtwoord", "cafe\u0301-wachtwoord"
    data = write(sender, passphrase=composed)
    assert read(data, sender, passphrase=decomposed).signer == sender.signer


def test_wrong_passphrase_is_reported_as_such(small: bytes, sender: Sender) -> None:
    with pytest.raises(WrongPassphraseError, match="Verkeerd wachtwoord"):
        read(small, sender, passphrase="zomer in dordrecht 2026!")


@pytest.mark.real_kdf
def test_real_scrypt_setting_round_trip_and_wrong_passphrase(sender: Sender) -> None:
    data = write(sender)
    assert data[13] == kdf.REAL_KDF.log2_n
    assert read(data, sender).signer == sender.signer
    with pytest.raises(WrongPassphraseError):
        read(data, sender, passphrase="iets anders")


@pytest.mark.real_kdf
def test_the_cheap_test_setting_is_refused_outside_tests(small: bytes, sender: Sender) -> None:
    with pytest.raises(DamagedBundleError, match="sleutelinstellingen"):
        read(small, sender)


def test_every_flipped_byte_is_refused(small: bytes, sender: Sender) -> None:
    seen: dict[type, int] = {}
    for offset in range(len(small)):
        damaged = bytearray(small)
        damaged[offset] ^= 0x01 if offset % 2 else 0x80
        with pytest.raises(BundleError) as caught:
            read(bytes(damaged), sender)
        error = caught.value
        assert "\n" not in str(error) and str(error)
        seen[type(error)] = seen.get(type(error), 0) + 1
        if offset >= HEADER_BYTES:
            assert type(error) is DamagedBundleError
        elif offset < len(MAGIC):
            assert type(error) is NotABundleError
    assert WrongPassphraseError not in seen  # damage never passes for a wrong passphrase


def test_every_truncation_is_refused(small: bytes, sender: Sender) -> None:
    for length in range(len(small)):
        with pytest.raises(BundleError):
            read(small[:length], sender)
    with pytest.raises(DamagedBundleError):
        read(small + b"\0", sender)


def test_not_a_bundle_at_all(sender: Sender) -> None:
    with pytest.raises(NotABundleError, match="geen LVS-exportbestand"):
        read(b"%PDF-1.7\n" + b"x" * 200, sender)


def test_a_newer_format_is_refused_before_any_key_work(small: bytes, sender: Sender) -> None:
    newer = bytearray(small)
    struct.pack_into(">H", newer, 8, 2)
    newer[10:] = b"\0" * 20  # a future layout: nothing after magic and version is ours to read
    with pytest.raises(NewerFormatError, match="formaat 2") as caught:
        read(bytes(newer), sender)
    assert (caught.value.found, caught.value.supported) == (2, 1)


def test_kdf_parameters_outside_the_allow_list_are_refused(small: bytes, sender: Sender) -> None:
    greedy = bytearray(small[:HEADER_BYTES])
    greedy[13] = 30  # N = 2^30: gigabytes of memory
    struct.pack_into(">I", greedy, 60, zlib.crc32(bytes(greedy[:60])))
    started = time.perf_counter()
    with pytest.raises(DamagedBundleError, match="sleutelinstellingen"):
        read(bytes(greedy) + small[HEADER_BYTES:], sender)
    assert time.perf_counter() - started < 0.5


def test_a_bundle_signed_by_another_key_for_a_known_consultant_is_refused(sender: Sender) -> None:
    impostor = make_sender()
    impostor.signer = sender.signer  # claims to be the known consultant
    data = write(impostor, make_document(sender))
    with pytest.raises(UnknownSignerError) as caught:
        read(data, sender)
    error = caught.value
    assert error.known_fingerprints and error.fingerprint not in error.known_fingerprints
    assert "andere sleutel" in str(error) and error.fingerprint in str(error)


def test_an_unknown_sender_is_refused_until_the_fingerprint_is_accepted(sender: Sender) -> None:
    newcomer = make_sender("Consulent Jansen")
    data = write(newcomer)
    ring = KeyRing()
    with pytest.raises(UnknownSignerError, match="Onbekende afzender: Consulent Jansen") as caught:
        bundle.read_bundle(data, passphrase=PASS, trust=ring.check)
    ring.accept(newcomer.signer, caught.value.public_key)
    assert bundle.read_bundle(data, passphrase=PASS, trust=ring.check).signer == newcomer.signer


def test_content_changed_by_another_holder_of_the_passphrase_is_forged(sender: Sender) -> None:
    _, plaintext = bundle.unseal(write(sender), PASS)
    tampered = bytearray(plaintext)
    tampered[-5] ^= 0xFF  # inside the compressed document, after the signature
    with pytest.raises(ForgedSignatureError, match="ondertekening"):
        read(bundle.seal(bytes(tampered), PASS), sender)
    swapped = bytearray(plaintext)
    swapped[1:33] = bundle.public_key_bytes(make_sender().key)  # someone else's key
    with pytest.raises(ForgedSignatureError):
        read(bundle.seal(bytes(swapped), PASS), sender)


def _zero_bomb(gib: int) -> bytes:
    """A zlib stream of `gib` GiB of zeros, built in milliseconds from one repeated block."""
    mib = b"\0" * (1 << 20)
    deflater = zlib.compressobj(9)
    first = deflater.compress(mib) + deflater.flush(zlib.Z_FULL_FLUSH)
    block = deflater.compress(mib) + deflater.flush(zlib.Z_FULL_FLUSH)
    assert deflater.compress(mib) + deflater.flush(zlib.Z_FULL_FLUSH) == block
    return first + block * (gib * 1024 - 1) + deflater.flush()


def test_a_decompression_bomb_is_refused_quickly_without_memory(sender: Sender) -> None:
    bomb = _zero_bomb(4)
    assert len(bomb) < 8 * 1024 * 1024
    honest = reseal(sender, bomb, declared=4 << 30)
    lying = reseal(sender, bomb, declared=2000)
    tracemalloc.start()
    try:
        started = time.perf_counter()
        with pytest.raises(BundleTooLargeError, match="te groot"):
            read(honest, sender)
        with pytest.raises(BundleTooLargeError, match="groter uit dan het aangeeft"):
            read(lying, sender)
        with pytest.raises(BundleTooLargeError):
            read(reseal(sender, bomb, declared=8 << 20), sender, max_document_bytes=8 << 20)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 5
    assert peak < 64 * 1024 * 1024


def test_invalid_content_is_refused_without_quoting_it(sender: Sender) -> None:
    document = make_document(sender)
    document["tables"]["youth"][0]["data"]["first_name"] = {"$d": "123456782 is geen datum"}
    raw = bundle.encode_document(document)
    data = reseal(sender, zlib.compress(raw), len(raw))
    with pytest.raises(InvalidContentError) as caught:
        read(data, sender)
    message = str(caught.value)
    assert "tabel youth, rij 1, veld first_name" in message and "123456782" not in message


def test_manifest_counts_must_match_the_rows(sender: Sender) -> None:
    document = make_document(sender, rows=2)
    document["tables"]["youth"].pop()
    raw = bundle.encode_document(document)
    with pytest.raises(InvalidContentError, match="aantal rijen in youth"):
        read(reseal(sender, zlib.compress(raw), len(raw)), sender)


def test_the_manifest_must_name_the_signer(sender: Sender) -> None:
    other = make_sender()
    raw = bundle.encode_document(make_document(other))
    with pytest.raises(InvalidContentError, match="afzender"):
        read(reseal(sender, zlib.compress(raw), len(raw)), sender)


def test_json_that_is_not_json_is_invalid_content(sender: Sender) -> None:
    raw = b'{"manifest": '
    with pytest.raises(InvalidContentError):
        read(reseal(sender, zlib.compress(raw), len(raw)), sender)


def test_trust_all_is_explicit(small: bytes) -> None:
    assert bundle.read_bundle(small, passphrase=PASS, trust=trust_all).document
