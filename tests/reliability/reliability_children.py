"""The programs the reliability suite kills: each runs in a child process forked from a
forkserver that has the program imported already, so a kill-and-reopen round costs tens of
milliseconds instead of a Python start.

A child tells the parent through a pipe: "opened" (or "open-failed" with the error's type),
then one "ack" per transaction the program reported as done. Each message is one small write,
so a kill leaves whole messages in the pipe or none.
"""

from __future__ import annotations

import multiprocessing
import os
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

SCALE_ENV = "LVS_RELIABILITY_SCALE"
PRELOAD = ["reliability_warmup"]


@dataclass(frozen=True)
class Scale:
    """How big a run is: CI (`make test`) or full (`LVS_RELIABILITY_SCALE=full`)."""

    name: str
    kills: int
    contacts_in_bundle: int
    mutation_stride: int  # 1: every byte of the bundle; n: every n-th byte past the header


def scale() -> Scale:
    if os.environ.get(SCALE_ENV, "ci") == "full":
        return Scale("full", kills=500, contacts_in_bundle=300, mutation_stride=1)
    return Scale("ci", kills=50, contacts_in_bundle=20, mutation_stride=7)


_context: Any = None


def context() -> Any:
    """The forkserver, started once per test process with the program preloaded.

    The server ignores the parent's `sys.path` while it preloads, so the warm-up module's
    folder is put on PYTHONPATH for the moment it starts (and only then)."""
    global _context
    if _context is None:
        from multiprocessing import forkserver

        _context = multiprocessing.get_context("forkserver")
        _context.set_forkserver_preload(PRELOAD)
        here = str(Path(__file__).resolve().parent)
        before = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (here, before) if p)
        try:
            forkserver.ensure_running()
        finally:
            if before is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = before
    return _context


def _open(path: str, passphrase: str, conn: Connection) -> Any:
    from lvs_desktop.store import Vault

    try:
        vault = Vault.open(Path(path), passphrase)
    except Exception as exc:  # reported and counted by the parent as a failed open
        conn.send(("open-failed", type(exc).__name__))
        return None
    conn.send(("opened", ""))
    return vault


def edit_child(path: str, passphrase: str, case_id: str, seed: int, conn: Connection) -> None:
    """Edit the vault through the services until killed: contacts and new youths with cases."""
    from lvs_desktop.services import cases, contacts, people

    vault = _open(path, passphrase, conn)
    if vault is None:
        return
    rng = random.Random(seed)
    when = datetime(2026, 11, 2, 9, 0)
    for n in range(1_000_000):
        marker = f"k{seed}-{n}"
        if rng.random() < 0.8:
            contacts.log_contact(
                vault,
                case_id,
                contacts.ContactInput(
                    occurred_at=when + timedelta(minutes=n), mode="phone", summary=marker
                ),
                now=datetime(2026, 11, 30, 12, 0),
            )
        else:
            youth = people.create_youth(
                vault,
                people.YouthInput(
                    given_names="Kim", surname=marker, birth_date=date(2012, 5, 1), gender="x"
                ),
                today=date(2026, 11, 30),
            ).first("youth")
            cases.open_case(
                vault, youth, "relative_absence", date(2026, 11, 1), today=date(2026, 11, 30)
            )
        conn.send(("ack", marker))


def import_child(
    path: str, passphrase: str, bundle: str, transfer: str, conn: Connection
) -> None:
    """Open the bundle, say "ready", import it; "ack" once the import returned."""
    from lvs_desktop.services import sync
    from lvs_desktop.sync import kdf

    kdf.use_fast_kdf_for_tests(True)
    vault = _open(path, passphrase, conn)
    if vault is None:
        return
    bundles = sync.open_bundles(vault, [Path(bundle)], transfer)
    conn.send(("ready", ""))
    sync.apply_import(vault, bundles)
    conn.send(("ack", "import"))
    vault.lock()
