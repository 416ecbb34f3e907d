"""Every byte flip and every truncation of a small bundle is refused, and the team vault stays
byte for byte what it was (no backup made either).

CI size: every byte of the 64-byte header and every 7th byte after it, each truncation length
likewise; `LVS_RELIABILITY_SCALE=full`: every byte and every length. The named kinds of damage
(flip, truncation, newer format, forged key, bomb) are in `tests/sync/test_sync_safety.py`;
this goes through all positions.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_children import scale

from lvs_desktop.services import sync as service
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.store.backup import backup_dir
from lvs_desktop.sync import kdf
from lvs_desktop.sync.errors import BundleError, UnknownSignerError
from lvs_desktop.sync.header import HEADER_BYTES

pytestmark = pytest.mark.reliability

PASSPHRASE = "correct paard batterij niet"
TRANSFER = "transfer-wachtwoord van het team"


@pytest.fixture
def fast_bundles() -> Iterator[None]:
    kdf.use_fast_kdf_for_tests(True)
    yield
    kdf.use_fast_kdf_for_tests(False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_flip_and_truncation_of_a_small_bundle_is_refused(
    tmp_path: Path, fast_bundles: None
) -> None:
    from tests.builders import make_case, make_youth

    size = scale()
    with Vault.create(tmp_path / "anna.lvsvault", PASSPHRASE, OwnerProfile("Anna", "AA")) as anna:
        make_case(anna, make_youth(anna))
        good = tmp_path / "anna.lvsbundle"
        service.export_bundle(anna, good, TRANSFER)
    raw = good.read_bytes()
    lead_path = tmp_path / "lead.lvsvault"
    with Vault.create(lead_path, PASSPHRASE, OwnerProfile("Lea", "LL", role="team")) as lead:
        try:
            service.open_bundles(lead, [good], TRANSFER)
        except UnknownSignerError as unknown:
            service.accept_signer(lead, unknown)
    before = digest(lead_path)

    positions = sorted(
        set(range(min(HEADER_BYTES, len(raw))))
        | set(range(HEADER_BYTES, len(raw), size.mutation_stride))
        | {len(raw) - 1}
    )
    damaged = tmp_path / "damaged.lvsbundle"
    accepted: list[str] = []
    tried = 0
    started = time.monotonic()
    with Vault.open(lead_path, PASSPHRASE) as vault:
        for position in positions:
            for name, data in (
                (
                    f"flip {position}",
                    raw[:position] + bytes([raw[position] ^ 0x01]) + raw[position + 1 :],
                ),
                (f"truncate to {position}", raw[:position]),
            ):
                damaged.write_bytes(data)
                tried += 1
                try:
                    service.open_bundles(vault, [damaged], TRANSFER)
                except BundleError as refused:
                    assert refused.message and "\n" not in refused.message
                else:
                    accepted.append(name)
        service.open_bundles(vault, [good], TRANSFER)  # the undamaged one still opens
    elapsed = time.monotonic() - started
    print(
        f"\nbundle mutations ({size.name}): {len(raw)} bytes, {tried} damaged copies, "
        f"{tried - len(accepted)} refused, {elapsed:.1f} s"
    )
    assert accepted == []
    assert digest(lead_path) == before
    assert not backup_dir(lead_path).exists()
