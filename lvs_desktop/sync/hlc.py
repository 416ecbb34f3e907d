"""The replica clock as the merge uses it, over the hybrid logical clock of `models.clock`.

An HLC time is one int, `wall_ms * 65536 + logical`; it never goes backwards, and a remote time
more than `MAX_DRIFT_MS` ahead of our wall clock is clamped (and flagged) when received, so
that one laptop whose clock runs two days fast does not drag every other replica's clock, and
so every later edit, two days into the future.

A replica's clock can thus legitimately run up to `MAX_DRIFT_MS` ahead of its wall clock, and
its dots with it. The merge therefore distrusts an incoming dot only beyond twice that
(`trust_limit`): such a time is judged as if it were at the limit, and the outcome is stamped
afresh (see `merge`). With a single margin, two replicas with the same wall clock would each
find the other's freshly stamped dots a hair too new and stamp them again, forever.

A *dot* `(replica_id, counter, hlc)` names one local change: the replica that made it, that
replica's change counter, and the HLC time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from lvs_desktop.models.clock import (
    LOGICAL_BITS,
    LOGICAL_MASK,
    MAX_DRIFT_MS,
    pack,
    receive,
    tick,
    wall_of,
)

__all__ = [
    "LOGICAL_BITS",
    "MAX_DRIFT_MS",
    "Dot",
    "ReplicaClock",
    "as_datetime",
    "now_ms",
    "pack",
    "tick",
    "trust_limit",
    "wall_of",
]


class Dot(NamedTuple):
    replica: str
    counter: int
    hlc: int

    @property
    def event(self) -> tuple[str, int]:
        """The change this dot names; the HLC time is an attribute of it, not part of it."""
        return (self.replica, self.counter)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def as_datetime(hlc: int) -> datetime:
    """The wall-clock part of an HLC time, as the vault stores times (naive UTC)."""
    return datetime.fromtimestamp(wall_of(hlc) / 1000, UTC).replace(tzinfo=None)


def trust_limit(wall_ms: int) -> int:
    """The latest dot time the merge takes at face value (see the module docstring)."""
    return pack(wall_ms + 2 * MAX_DRIFT_MS, LOGICAL_MASK)


@dataclass
class ReplicaClock:
    """A replica's counter and HLC, as the merge needs them; the store persists both."""

    replica_id: str
    counter: int = 0
    hlc: int = 0
    wall: Callable[[], int] = now_ms
    clamped: bool = False

    def trust_limit(self) -> int:
        return trust_limit(self.wall())

    def observe(self, remote: int) -> bool:
        """The receive rule; whether the remote time was clamped (and so flagged)."""
        if remote <= self.hlc:
            return False
        reading = receive(self.hlc, remote, self.wall())
        self.hlc = reading.hlc
        self.clamped = self.clamped or reading.clamped
        return reading.clamped

    def flag_if_ahead(self, remote: int) -> bool:
        """Flag (and say) whether `remote` is more than `MAX_DRIFT_MS` ahead of our wall clock."""
        ahead = wall_of(remote) > self.wall() + MAX_DRIFT_MS
        self.clamped = self.clamped or ahead
        return ahead

    def next_dot(self) -> Dot:
        self.counter += 1
        self.hlc = tick(self.hlc, self.wall()).hlc
        return Dot(self.replica_id, self.counter, self.hlc)
