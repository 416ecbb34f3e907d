"""Encrypted backup copies of a vault, thinned to daily, weekly and monthly.

A backup is the vault file itself after a WAL checkpoint: encrypted under the same
passphrase, made while this program holds the vault's lock, so nothing writes meanwhile.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lvs_desktop.store.private_files import open_private, private_dir

BACKUP_SUFFIX = ".lvsbackup"
PARTIAL_SUFFIX = ".partial"
KEEP_NEWEST = 3
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_WEEKS = 5
KEEP_MONTHLY_MONTHS = 12


def backup_dir(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.stem + "-backups")


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def _parse(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.name.split("_")[0], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def copy_file(
    vault_path: Path, reason: str, now: datetime | None = None, *, keep: bool = True
) -> Path:
    """Copy the (checkpointed) vault file into its backup folder and thin the folder.

    With `keep=False` the copy stays a `.partial` file (not a backup: not listed, not
    counted when thinning) until `keep_copy` makes it one; an import that fails leaves it,
    and `remove_partials` clears it away on the next open or backup.
    """
    now = now or datetime.now(UTC)
    folder = private_dir(backup_dir(vault_path))
    remove_partials(vault_path)
    target = folder / f"{_stamp(now)}_{reason}{BACKUP_SUFFIX}"
    tmp = target.with_suffix(PARTIAL_SUFFIX)
    with vault_path.open("rb") as source, os.fdopen(open_private(tmp), "wb") as copy:
        shutil.copyfileobj(source, copy)
    return keep_copy(tmp, now) if keep else tmp


def keep_copy(partial: Path, now: datetime | None = None) -> Path:
    """Make a `.partial` copy a backup, and thin the folder."""
    target = partial.with_suffix(BACKUP_SUFFIX)
    partial.replace(target)
    thin(target.parent, now or datetime.now(UTC))
    return target


def remove_partials(vault_path: Path) -> list[Path]:
    """Remove the `.partial` copies an interrupted backup or a failed import left behind
    (only this program writes the folder, and only while it holds the vault's lock)."""
    folder = backup_dir(vault_path)
    if not folder.is_dir():
        return []
    removed = sorted(folder.glob(f"*{PARTIAL_SUFFIX}"))
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(vault_path: Path) -> list[Path]:
    folder = backup_dir(vault_path)
    if not folder.exists():
        return []
    return sorted(p for p in folder.glob(f"*{BACKUP_SUFFIX}") if _parse(p))


def thin(folder: Path, now: datetime) -> list[Path]:
    """Keep the newest few, one a day for a week, one a week for five weeks, one a month for
    a year; remove the rest. Returns the removed paths."""
    dated = sorted(
        ((d, p) for p in folder.glob(f"*{BACKUP_SUFFIX}") if (d := _parse(p))), reverse=True
    )
    keep: set[Path] = {p for _, p in dated[:KEEP_NEWEST]}
    seen: set[tuple[str, object]] = set()
    for when, path in dated:
        age = now - when
        if age <= timedelta(days=KEEP_DAILY_DAYS):
            bucket: tuple[str, object] = ("d", when.date())
        elif age <= timedelta(weeks=KEEP_WEEKLY_WEEKS):
            bucket = ("w", when.isocalendar()[:2])
        elif age <= timedelta(days=31 * KEEP_MONTHLY_MONTHS):
            bucket = ("m", (when.year, when.month))
        else:
            continue
        if bucket not in seen:
            seen.add(bucket)
            keep.add(path)
    removed = [p for _, p in dated if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed
