"""The hybrid logical clock and the dots it stamps.

An HLC time is one int: `wall_ms * 65536 + logical`. A replica's clock never goes backwards:
a local change ticks it to `max(previous + 1, wall)`; receiving data moves it up to the
largest time seen, except that a time more than `MAX_DRIFT_MS` ahead of our own wall clock is
clamped (and flagged): one laptop whose clock runs two days fast must not drag every other
replica's clock, and so every later edit, two days into the future.

A *dot* `(replica_id, counter, hlc)` names one local change: the replica that made it, that
replica's change counter, and the HLC time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

LOGICAL_BITS = 16
MAX_DRIFT_MS = 5 * 60 * 1000


class Dot(NamedTuple):
    replica: str
    counter: int
    hlc: int

    @property
    def event(self) -> tuple[str, int]:
        """The change this dot names; the HLC time is an attribute of it, not part of it."""
        return (self.replica, self.counter)


def pack(wall_ms: int, logical: int = 0) -> int:
    return (wall_ms << LOGICAL_BITS) + logical


def wall_ms_of(hlc: int) -> int:
    return hlc >> LOGICAL_BITS


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(local: int, wall_ms: int) -> int:
    """The time of a new local change."""
    return max(local + 1, pack(wall_ms))


def bound(wall_ms: int) -> int:
    """The latest time we accept from elsewhere as is: our wall clock plus the allowed drift."""
    return pack(wall_ms + MAX_DRIFT_MS, (1 << LOGICAL_BITS) - 1)


def receive(local: int, remote: int, wall_ms: int) -> tuple[int, bool]:
    """The receive rule: the new local time, and whether the remote time had to be clamped."""
    limit = bound(wall_ms)
    return max(local, min(remote, limit)), remote > limit


@dataclass
class ReplicaClock:
    """A replica's counter and HLC, as the merge needs them; the store persists both."""

    replica_id: str
    counter: int = 0
    hlc: int = 0
    wall: Callable[[], int] = now_ms
    clamped: bool = field(default=False)

    def bound(self) -> int:
        return bound(self.wall())

    def observe(self, remote: int) -> bool:
        self.hlc, clamped = receive(self.hlc, remote, self.wall())
        self.clamped = self.clamped or clamped
        return clamped

    def next_dot(self) -> Dot:
        self.counter += 1
        self.hlc = tick(self.hlc, self.wall())
        return Dot(self.replica_id, self.counter, self.hlc)
