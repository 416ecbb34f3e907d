"""Hybrid logical clock (HLC) packed into one integer: wall milliseconds * 65536 + logical.

Pure functions: the wall time is passed in. A clock never goes backwards; a remote time more
than `MAX_DRIFT_MS` ahead of our wall clock is clamped to it and flagged, so that a laptop whose
clock runs two days fast cannot win every later conflict.
"""

from __future__ import annotations

from dataclasses import dataclass

LOGICAL_BITS = 16
LOGICAL_MASK = (1 << LOGICAL_BITS) - 1
MAX_DRIFT_MS = 5 * 60 * 1000


def pack(wall_ms: int, logical: int) -> int:
    return (wall_ms << LOGICAL_BITS) | (logical & LOGICAL_MASK)


def wall_of(hlc: int) -> int:
    """The wall-clock milliseconds part of a packed HLC value."""
    return hlc >> LOGICAL_BITS


@dataclass(frozen=True)
class Tick:
    """A clock reading: the new value, and whether a remote time had to be clamped."""

    hlc: int
    clamped: bool = False


def tick(last: int, wall_ms: int) -> Tick:
    """The next local time after `last` at wall time `wall_ms` (strictly greater than `last`)."""
    if wall_ms > wall_of(last):
        return Tick(pack(wall_ms, 0))
    return Tick(last + 1)


def receive(last: int, remote: int, wall_ms: int) -> Tick:
    """Our clock after seeing a remote time: never behind it, unless it is too far ahead."""
    clamped = wall_of(remote) > wall_ms + MAX_DRIFT_MS
    if clamped:
        remote = pack(wall_ms + MAX_DRIFT_MS, 0)
    latest = max(last, remote)
    if wall_ms > wall_of(latest):
        return Tick(pack(wall_ms, 0), clamped)
    return Tick(latest + 1, clamped)
