"""Issue 14, defect 8: import edges.

/dev/zero and oversized files stop at a limit with one Dutch line; a FIFO is refused without
hanging; `.partial` copies of interrupted backups are cleared on the next open or backup; a
failed import keeps no backup; and `import --dry-run --accept-fingerprint` writes nothing at
all (the vault file's bytes are compared).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from vaults import PASSPHRASE, TRANSFER, Team, make_case, make_youth

from lvs_desktop.cli import main
from lvs_desktop.models import AuditEvent, PeerKey
from lvs_desktop.services import sync as service
from lvs_desktop.store import Vault
from lvs_desktop.store.backup import backup_dir, list_backups
from lvs_desktop.sync.bundle import read_bundle_file
from lvs_desktop.sync.errors import BundleError, ImportCancelledError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LVS_TRANSFER_PASSPHRASE", TRANSFER)


def one_dutch_line(code: int, err: str, words: str) -> None:
    assert code == 1, err
    assert err.count("\n") == 1 and words in err, err
    assert "Traceback" not in err and "MemoryError" not in err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def lead_vault_path(team: Team) -> Path:
    lead = team.vaults.pop("lead")
    lead.lock()
    return lead.path


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_import_from_dev_zero_stops_with_one_dutch_line(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    team.open("lead")
    path = lead_vault_path(team)
    code = main(["import", "--vault", str(path), "/dev/zero"])
    _, err = capsys.readouterr()
    one_dutch_line(code, err, "geen gewoon bestand")


def test_a_file_past_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "groot.lvsbundle"
    big.write_bytes(b"\x00" * 4096)
    with pytest.raises(BundleError, match="groter dan"):
        read_bundle_file(big, passphrase=TRANSFER, trust=lambda s, k: None, max_file_bytes=1024)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_hanging(team: Team, tmp_path: Path) -> None:
    team.open("lead")
    path = lead_vault_path(team)
    fifo = tmp_path / "pijp.lvsbundle"
    os.mkfifo(fifo)
    env = {**os.environ, "LVS_PASSPHRASE": PASSPHRASE, "LVS_TRANSFER_PASSPHRASE": TRANSFER}
    done = subprocess.run(
        [sys.executable, "-m", "lvs_desktop", "import", "--vault", str(path), str(fifo)],
        capture_output=True,
        text=True,
        timeout=120,  # a hang fails the test instead of blocking it
        cwd=ROOT,
        env=env,
    )
    one_dutch_line(done.returncode, done.stderr, "geen gewoon bestand")


def test_partial_backups_are_cleared_on_the_next_open_and_backup(vault: Vault) -> None:
    vault.backup("manual")
    folder = backup_dir(vault.path)
    stale = folder / "20261130T101010000000Z_before-import.partial"
    stale.write_bytes(b"interrupted")
    vault.backup("daily")
    assert not stale.exists()
    stale.write_bytes(b"interrupted again")
    path = vault.path
    vault.lock()
    Vault.open(path, PASSPHRASE).lock()
    assert not stale.exists()
    assert len(list_backups(path)) == 2


def test_a_failed_import_makes_no_backup(team: Team) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    lead = team["lead"]
    for _ in range(4):  # the newest few backups are always kept: fill those places
        lead.backup("manual")
    before = list_backups(lead.path)
    bundles = team.open_bundles("lead", team.export("anna"))
    with pytest.raises(ImportCancelledError):
        service.apply_import(lead, bundles, cancelled=lambda: True)
    assert list_backups(lead.path) == before
    assert list(backup_dir(lead.path).glob("*.partial")) == []
    report = service.apply_import(lead, bundles)
    assert report.backup is not None and report.backup in list_backups(lead.path)


def test_dry_run_with_accept_fingerprint_writes_nothing(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    bundle = team.export("anna")
    fingerprint = service.open_bundles(team["anna"], [bundle], TRANSFER)[0].fingerprint
    path = lead_vault_path(team)
    files = [path, *sorted(backup_dir(path).iterdir())] if backup_dir(path).exists() else [path]
    before = {f: digest(f) for f in files}

    code = main(
        [
            "import",
            "--vault",
            str(path),
            "--dry-run",
            "--accept-fingerprint",
            fingerprint,
            str(bundle),
        ]
    )
    _, err = capsys.readouterr()
    assert code == 0, err
    assert "niets veranderd" in err
    assert {f: digest(f) for f in files} == before, "the vault file changed on a dry run"
    assert not backup_dir(path).exists() or sorted(backup_dir(path).iterdir()) == files[1:]
    lead = Vault.open(path, PASSPHRASE)
    try:
        with lead.session() as s:
            assert s.scalar(select(func.count()).select_from(PeerKey)) == 0
            assert s.scalar(select(AuditEvent.id).where(AuditEvent.action == "accept_key")) is None
    finally:
        lead.lock()
