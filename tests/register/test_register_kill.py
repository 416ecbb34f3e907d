"""A register import killed with SIGKILL halfway (another process, `kill -9`, in the middle of
its one transaction) leaves nothing of itself: the vault reopens, passes its integrity check,
holds no resident and no audit event of the import, and the same file then imports whole."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from random import Random

from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, RegisterResident
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services.register import imports
from lvs_desktop.services.register.imports import import_residents
from lvs_desktop.store import Vault
from tests.register.register_data import FIXTURES, ON

CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from pathlib import Path
    from lvs_desktop.services.register.imports import import_residents
    from lvs_desktop.store import Vault

    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])

    def progress(done, total):
        if done < total:
            print(f"halfway {done} {total}", flush=True)
            time.sleep(120)  # killed here: chunks written, the transaction still open

    import_residents(vault, Path(sys.argv[3]), today=date(2026, 11, 30), progress=progress)
    print("finished", flush=True)
    """
)


def _big_file(tmp_path: Path) -> tuple[Path, int]:
    header = (FIXTURES / "residents.csv").read_text(encoding="utf-8").splitlines()[0]
    rng = Random(7)
    bsns = sorted({generate_bsn(rng) for _ in range(2 * imports.CHUNK + 500)})
    towns = ("0505", "0642")
    rows = [
        f"{b};Kind;;Nummer{i};2012-01-01;Dam;{i};3331 AC;Zwijndrecht;{towns[i % 2]};;"
        for i, b in enumerate(bsns)
    ]
    big = tmp_path / "groot_register.csv"
    big.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return big, len(rows)


def _counts(vault: Vault) -> tuple[int, int]:
    with vault.session() as s:
        return (
            s.scalar(select(func.count()).select_from(RegisterResident)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_a_register_import_killed_halfway_leaves_nothing(
    region_vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    big, lines = _big_file(tmp_path)
    path = region_vault.path
    residents_before, audit_before = _counts(region_vault)
    assert residents_before == 0
    region_vault.lock()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), passphrase, str(big)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    said = child.stdout.readline().split()
    assert said[0] == "halfway" and 0 < int(said[1]) < int(said[2]) == lines, said
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    reopened = Vault.open(path, passphrase)
    try:
        assert reopened.integrity_check().ok
        assert _counts(reopened) == (0, audit_before)
        report = import_residents(reopened, big, today=ON)
        assert report.new == lines  # the same file imports whole afterwards
        assert _counts(reopened)[0] == lines
    finally:
        reopened.lock()
