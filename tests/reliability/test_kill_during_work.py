"""kill -9 while the program edits a vault and while it imports a bundle: no commit the program
acknowledged is lost, every open afterwards succeeds, and an import is all or nothing.

CI size: 50 kills each; `LVS_RELIABILITY_SCALE=full`: 500 each (figures printed with -s).
Extends `tests/sync/test_sync_safety.py`'s single kill halfway through an import to many kills
at random moments, edits included.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from reliability_children import context, edit_child, import_child, scale
from sqlalchemy import func, select

from lvs_desktop.models import Contact, Youth
from lvs_desktop.services import sync as service
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync import kdf
from lvs_desktop.sync.errors import UnknownSignerError

pytestmark = pytest.mark.reliability

PASSPHRASE = "correct paard batterij niet"
TRANSFER = "transfer-wachtwoord van het team"
MAX_EDIT_DELAY_S = 0.05  # an edit takes 10-40 ms here


@dataclass
class Round:
    messages: list[tuple[str, str]] = field(default_factory=list)
    killed_at: float = 0.0

    @property
    def acks(self) -> list[str]:
        return [value for kind, value in self.messages if kind == "ack"]

    @property
    def open_failed(self) -> bool:
        return any(kind == "open-failed" for kind, _ in self.messages)


def kill_round(
    target: Callable[..., None],
    args: tuple[Any, ...],
    start_on: str,
    delay: float,
    count: int = 1,
) -> Round:
    """Start `target` in a child, wait for the `count`-th `start_on` message and then `delay`
    seconds, and kill -9 it."""
    ctx = context()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=target, args=(*args, sender))
    child.start()
    sender.close()
    result = Round()
    deadline: float | None = None
    seen = 0
    try:
        while True:
            timeout = 30.0 if deadline is None else max(0.0, deadline - time.monotonic())
            if not receiver.poll(timeout):
                break
            message = receiver.recv()
            result.messages.append(message)
            if message[0] == "open-failed":
                break
            seen += message[0] == start_on
            if seen >= count and deadline is None:
                deadline = time.monotonic() + delay
    except EOFError:
        pass  # the child ended on its own (an import that finished before the kill)
    finally:
        result.killed_at = time.monotonic()
        if child.pid is not None:
            with contextlib.suppress(ProcessLookupError):  # it may have ended meanwhile
                os.kill(child.pid, signal.SIGKILL)
        child.join(30)
    try:
        while receiver.poll(0):
            result.messages.append(receiver.recv())
    except EOFError:
        pass
    receiver.close()
    return result


@pytest.fixture
def fast_bundles() -> Iterator[None]:
    kdf.use_fast_kdf_for_tests(True)
    yield
    kdf.use_fast_kdf_for_tests(False)


def test_kill9_during_edits_loses_no_acknowledged_commit(tmp_path: Path) -> None:
    from tests.builders import make_case, make_youth

    size = scale()
    path = tmp_path / "kluis.lvsvault"
    with Vault.create(path, PASSPHRASE, OwnerProfile(name="Jet de Vries", code="JV")) as vault:
        case_id = make_case(vault, make_youth(vault))
    rng = random.Random(14)
    acked: list[str] = []
    failed_opens = 0
    started = time.monotonic()
    for n in range(size.kills):
        args = (str(path), PASSPHRASE, case_id, n)
        # after 1-3 acknowledged edits, at a random moment inside the next ones
        result = kill_round(
            edit_child, args, "ack", rng.uniform(0, MAX_EDIT_DELAY_S), rng.randint(1, 3)
        )
        failed_opens += result.open_failed
        acked.extend(result.acks)
    elapsed = time.monotonic() - started

    with Vault.open(path, PASSPHRASE) as vault, vault.session() as session:
        assert vault.integrity_check().ok
        kept = set(session.scalars(select(Contact.summary))) | set(
            session.scalars(select(Youth.surname))
        )
    lost = [marker for marker in acked if marker not in kept]
    print(
        f"\nkill -9 during edits ({size.name}): {size.kills} kills, {len(acked)} acknowledged "
        f"commits, {len(lost)} lost, {failed_opens} failed opens, {elapsed:.1f} s"
    )
    assert failed_opens == 0
    assert lost == []
    assert len(acked) >= size.kills  # every kill fell among the edits, none before them


def _bundle_and_team_vault(tmp_path: Path, contacts: int) -> tuple[Path, Path]:
    from tests.builders import make_case, make_youth

    anna_path = tmp_path / "anna.lvsvault"
    with Vault.create(anna_path, PASSPHRASE, OwnerProfile(name="Anna", code="AA")) as anna:
        case_id = make_case(anna, make_youth(anna))
        with anna.session() as session:
            session.add_all(
                Contact(
                    case_id=case_id,
                    occurred_at=datetime(2026, 10, 1, 9, i % 60),
                    mode="phone",
                    summary=f"Belpoging {i}",
                )
                for i in range(contacts)
            )
            session.commit()
        bundle = tmp_path / "anna.lvsbundle"
        service.export_bundle(anna, bundle, TRANSFER)
    lead_path = tmp_path / "lead.lvsvault"
    with Vault.create(lead_path, PASSPHRASE, OwnerProfile("Lea", "LL", role="team")) as lead:
        try:
            service.open_bundles(lead, [bundle], TRANSFER)
        except UnknownSignerError as unknown:
            service.accept_signer(lead, unknown)
    return bundle, lead_path


def _youths_and_contacts(path: Path) -> tuple[int, int, bool]:
    with Vault.open(path, PASSPHRASE) as vault:
        ok = vault.integrity_check().ok
        with vault.session() as session:
            youths = session.scalar(select(func.count()).select_from(Youth)) or 0
            contacts = session.scalar(select(func.count()).select_from(Contact)) or 0
        return youths, contacts, ok


def test_kill9_during_an_import_leaves_all_or_nothing(tmp_path: Path, fast_bundles: None) -> None:
    size = scale()
    bundle, lead_path = _bundle_and_team_vault(tmp_path, size.contacts_in_bundle)
    pristine = tmp_path / "pristine.lvsvault"
    shutil.copyfile(lead_path, pristine)
    args = (str(lead_path), PASSPHRASE, str(bundle), TRANSFER)

    import_seconds = timed_import(args)  # a run to the end: how long an import takes
    full = _youths_and_contacts(lead_path)
    assert full[0] >= 1 and full[1] >= size.contacts_in_bundle and full[2]

    rng = random.Random(11)
    rounds = mid_import = failed_opens = lost = partial = 0
    started = time.monotonic()
    while mid_import < size.kills and rounds < 2 * size.kills:  # kills that fell inside
        rounds += 1
        shutil.copyfile(pristine, lead_path)
        for stale in (lead_path.with_name(lead_path.name + s) for s in ("-wal", "-shm")):
            stale.unlink(missing_ok=True)
        result = kill_round(import_child, args, "ready", rng.uniform(0, 0.9 * import_seconds))
        failed_opens += result.open_failed
        mid_import += not result.acks
        try:
            state = _youths_and_contacts(lead_path)
        except Exception:
            failed_opens += 1
            continue
        if result.acks and state != full:
            lost += 1
        if state not in (full, (0, 0, True)):
            partial += 1
    elapsed = time.monotonic() - started
    print(
        f"\nkill -9 during an import ({size.name}): {rounds} kills ({mid_import} before the "
        f"import returned), {lost} acknowledged imports lost, {partial} partial, {failed_opens} "
        f"failed opens, import {import_seconds * 1000:.0f} ms, {elapsed:.1f} s"
    )
    assert failed_opens == 0 and lost == 0 and partial == 0
    assert mid_import >= size.kills


def timed_import(args: tuple[Any, ...]) -> float:
    """Run one import to the end; seconds from "ready" (bundle opened) to its return."""
    ctx = context()
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=import_child, args=(*args, sender))
    child.start()
    sender.close()
    ready = done = 0.0
    while receiver.poll(60):
        kind, _ = receiver.recv()
        if kind == "ready":
            ready = time.monotonic()
        elif kind == "ack":
            done = time.monotonic()
            break
    child.join(30)
    receiver.close()
    assert ready and done, "the calibration import did not finish"
    return done - ready
