"""Shared benchmark helpers: timing, a region vault built once and cached, printing."""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "bench-wachtwoord-lvs"
CACHE = Path(os.environ.get("LVS_BENCH_DIR", Path(tempfile.gettempdir()) / "lvs-bench"))


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--small", action="store_true", help="a tiny region, to keep CI quick")
    p.add_argument("--vault", type=Path, default=None, help="reuse this region vault")
    p.add_argument("--repeat", type=int, default=5, help="runs per figure (median is shown)")
    return p


def region(size: str, vault: Path | None = None) -> tuple[Path, float | None]:
    """The region vault for `size` (built on first use and kept); build seconds if built now."""
    from lvs_desktop.services.demo import create_demo_vault

    path = vault or CACHE / f"region-{size}.lvsvault"
    if path.exists():
        return path, None
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    create_demo_vault(path, PASSPHRASE, size=size).lock()
    return path, time.perf_counter() - started


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def report(name: str, ours_ms: float, base_ms: float | None, aim: str = "") -> None:
    if base_ms:
        print(
            f"{name:<44} ours {ours_ms:9.1f} ms   raw {base_ms:9.1f} ms   "
            f"ratio {ours_ms / base_ms:5.2f}x   {aim}"
        )
    else:
        print(f"{name:<44} ours {ours_ms:9.1f} ms   {aim}")
