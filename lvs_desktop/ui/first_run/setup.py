"""The wizard's answers, and making the vault from them (on the worker thread).

`make_vault` creates the vault with the owner's profile and role, then adds the chosen
municipalities through the region service. If any step fails, the half-made vault is closed
and removed, so a failed first run leaves nothing behind.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lvs_desktop.services.region.setup import setup_region
from lvs_desktop.store import OwnerProfile, Vault


@dataclass(frozen=True)
class Answers:
    path: Path
    passphrase: str
    role: str
    name: str
    code: str
    function_title: str | None = None
    phone: str | None = None
    email: str | None = None
    boa_number: str | None = None
    akte_number: str | None = None
    akte_expires_on: date | None = None
    sworn: str | None = None
    region_name: str | None = None
    municipality_codes: tuple[str, ...] = ()

    def __repr__(self) -> str:  # never the passphrase in a log or traceback
        return f"Answers(path={self.path!s}, role={self.role}, code={self.code})"


def owner_profile(a: Answers) -> OwnerProfile:
    return OwnerProfile(
        name=a.name,
        code=a.code,
        role=a.role,
        function_title=a.function_title or "",
        phone=a.phone,
        email=a.email,
        boa_number=a.boa_number,
        akte_number=a.akte_number,
        akte_expires_on=a.akte_expires_on,
        sworn_by=a.sworn,
        region=a.region_name,
    )


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def make_vault(a: Answers) -> Vault:
    """The new vault, unlocked, with the owner's profile, role and region."""
    owner = owner_profile(a)  # a refused role or oath: before any file is made
    vault = Vault.create(a.path, a.passphrase, owner)
    try:
        _add_region(vault, a)
    except BaseException:
        vault.lock()
        _remove(a.path)
        raise
    return vault


def _add_region(vault: Vault, a: Answers) -> None:
    if a.municipality_codes:  # the region's name went in with the owner's profile
        setup_region(vault, None, a.municipality_codes)
