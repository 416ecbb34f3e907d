"""A bad bundle changes nothing (byte for byte), and a killed import leaves no trace of itself."""

from __future__ import annotations

import hashlib
import os
import signal
import struct
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_sync_bundle import _zero_bomb
from vaults import PASSPHRASE, TRANSFER, Team, make_case, make_youth

from lvs_desktop.models import Contact, ReplicaState, Youth
from lvs_desktop.services import sync as service
from lvs_desktop.store import Vault
from lvs_desktop.store.backup import backup_dir
from lvs_desktop.sync import bundle
from lvs_desktop.sync.errors import (
    BundleError,
    BundleTooLargeError,
    DamagedBundleError,
    NewerFormatError,
    UnknownSignerError,
    WrongPassphraseError,
)
from lvs_desktop.sync.signing import (
    SignerInfo,
    new_signing_key,
    sign_payload,
    signing_key_from_seed,
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def anna_bundle(team: Team) -> tuple[Path, SignerInfo, bytes]:
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    path = team.export("anna")
    with team["anna"].session() as s:
        state = s.scalars(select(ReplicaState)).one()
        seed = state.signing_key or b""
    opened = service.open_bundles(team["anna"], [path], TRANSFER)[0]
    return path, opened.signer, seed


def test_refused_bundles_leave_the_vault_byte_for_byte_unchanged(team: Team) -> None:
    team.open("anna", "lead")
    good, signer, seed = anna_bundle(team)
    raw = good.read_bytes()
    try:
        service.open_bundles(team["lead"], [good], TRANSFER)
    except UnknownSignerError as unknown:
        service.accept_signer(team["lead"], unknown)
    lead_path = team["lead"].path
    team.vaults.pop("lead").lock()
    before = digest(lead_path)

    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 0x40
    newer = bytearray(raw)
    struct.pack_into(">H", newer, 8, 9)
    from lvs_desktop.sync.signing import verify_payload

    payload = verify_payload(bundle.unseal(raw, TRANSFER)[1])  # Anna's content, another key
    reforged = sign_payload(
        new_signing_key(), payload.signer, payload.document_size, payload.compressed
    )
    bomb = sign_payload(signing_key_from_seed(seed), signer, 4 << 30, _zero_bomb(4))
    cases: list[tuple[str, bytes, type[BundleError], str]] = [
        ("flipped", bytes(flipped), DamagedBundleError, "beschadigd"),
        ("truncated", raw[: len(raw) - 7], DamagedBundleError, "beschadigd"),
        ("newer", bytes(newer), NewerFormatError, "nieuwer"),
        ("forged", bundle.seal(reforged, TRANSFER), UnknownSignerError, "andere sleutel"),
        ("bomb", bundle.seal(bomb, TRANSFER), BundleTooLargeError, "te groot"),
    ]
    vault = Vault.open(lead_path, PASSPHRASE)
    try:
        for name, data, error, words in cases:
            path = team.folder / f"{name}.lvsbundle"
            path.write_bytes(data)
            with pytest.raises(error, match=words):
                service.open_bundles(vault, [good, path], TRANSFER)
        with pytest.raises(WrongPassphraseError):
            service.open_bundles(vault, [good], TRANSFER + "!")
    finally:
        vault.lock()
    assert digest(lead_path) == before
    assert not backup_dir(lead_path).exists()


def test_an_import_killed_halfway_leaves_a_vault_without_any_of_it(team: Team) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    case = make_case(team["anna"], youth)
    with team["anna"].session() as s:
        s.add_all(
            Contact(
                case_id=case,
                occurred_at=datetime(2026, 10, 1, 9, i % 60),
                mode="phone",
                summary=f"Belpoging {i}",
            )
            for i in range(1500)
        )
        s.commit()
    path = team.export("anna")
    try:
        service.open_bundles(team["lead"], [path], TRANSFER)
    except UnknownSignerError as unknown:
        service.accept_signer(team["lead"], unknown)
    lead_path = team["lead"].path
    team.vaults.pop("lead").lock()

    script = team.folder / "import_child.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys
            from pathlib import Path
            from lvs_desktop.store import Vault
            from lvs_desktop.services import sync as service

            vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
            bundles = service.open_bundles(vault, [Path(sys.argv[3])], sys.argv[4])

            def progress(done, total):
                if done * 2 >= total:
                    print("halfway", flush=True)
                    sys.stdin.readline()  # wait here until killed

            service.apply_import(vault, bundles, progress=progress)
            print("finished", flush=True)
            """
        )
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, str(script), str(lead_path), PASSPHRASE, str(path), TRANSFER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.strip() == "halfway", child.stderr.read() if child.stderr else ""
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    vault = Vault.open(lead_path, PASSPHRASE)  # opens: the stale lock is reclaimed
    try:
        assert vault.integrity_check().ok
        with vault.session() as s:
            assert s.scalar(select(func.count()).select_from(Youth)) == 0
            assert s.scalar(select(func.count()).select_from(Contact)) == 0
        report = service.apply_import(vault, service.open_bundles(vault, [path], TRANSFER))
        assert report.counts.new == 1504  # and the import then simply runs
    finally:
        vault.lock()
