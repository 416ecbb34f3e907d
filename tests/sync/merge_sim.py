"""A small world of replicas exchanging rows through the pure merge, for the merge tests.

Each replica keeps rows as `RowState`s, stamps local changes like the store's flush hook does
(one fresh dot per change, `vv[self]` raised to it), and pulls another replica's rows through
`merge_row`. Every write and every fresh dot a merge stamps is logged with the version vector
it was written under, so tests can ask whether a value was lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lvs_desktop.sync.hlc import MAX_DRIFT_MS, Dot, ReplicaClock
from lvs_desktop.sync.merge import (
    DELETED,
    FieldConflict,
    Judge,
    MergeResult,
    RowState,
    covers,
    merge_row,
)

FIELDS = ("a", "b", "c")


@dataclass
class Write:
    row: str
    field: str
    dot: Dot
    value: Any
    vv: dict[str, int]
    minted: bool = False


@dataclass
class World:
    now: list[int] = field(default_factory=lambda: [1_700_000_000_000])
    replicas: dict[str, Replica] = field(default_factory=dict)
    writes: list[Write] = field(default_factory=list)
    write_vv: dict[tuple[str, str, int], dict[str, int]] = field(default_factory=dict)
    losers: set[tuple[str, str, str, int]] = field(default_factory=set)
    # a dot dropped at a merge for an equal value: (row, field, replica, counter) -> winner
    collapsed: dict[tuple[str, str, str, int], list[tuple[str, int]]] = field(default_factory=dict)

    def add(self, name: str, skew_ms: int = 0) -> Replica:
        replica_id = f"{len(self.replicas):08d}-0000-4000-8000-{name:0>12}"
        replica = Replica(self, replica_id, skew_ms)
        self.replicas[name] = replica
        return replica

    def log(self, write: Write) -> None:
        self.writes.append(write)
        self.write_vv[(write.row, *write.dot.event)] = dict(write.vv)


class Replica:
    def __init__(self, world: World, replica_id: str, skew_ms: int) -> None:
        self.world = world
        self.id = replica_id
        self.clock = ReplicaClock(replica_id, wall=lambda: world.now[0] + skew_ms)
        self.rows: dict[str, RowState] = {}
        self.conflicts: list[tuple[str, FieldConflict]] = []
        self.results: list[tuple[str, MergeResult]] = []

    def _stamp(self, row_id: str, changes: dict[str, Any], base: RowState | None) -> None:
        dot = self.clock.next_dot()
        values = dict(base.values) if base else {}
        dots = dict(base.dots) if base else {}
        vv = dict(base.vv) if base else {}
        values.update(changes)
        vv[self.id] = dot.counter
        for name in changes:
            dots[name] = dot
        self.rows[row_id] = RowState(values, vv, dots)
        for name, value in changes.items():
            self.world.log(Write(row_id, name, dot, value, vv))

    def create(self, row_id: str, **values: Any) -> None:
        data = {name: values.get(name) for name in FIELDS}
        data[DELETED] = False
        self._stamp(row_id, data, None)

    def edit(self, row_id: str, name: str, value: Any) -> bool:
        row = self.rows.get(row_id)
        if row is None or row.deleted:
            return False
        self._stamp(row_id, {name: value}, row)
        return True

    def delete(self, row_id: str) -> bool:
        row = self.rows.get(row_id)
        if row is None or row.deleted:
            return False
        self._stamp(row_id, {DELETED: True}, row)
        return True

    def merge(self, row_id: str, incoming: RowState, judge: Judge | None = None) -> MergeResult:
        local = self.rows.get(row_id)
        result = merge_row(local, incoming, self.clock, judge)
        self.rows[row_id] = result.state
        self.results.append((row_id, result))
        self.conflicts.extend((row_id, c) for c in result.conflicts)
        self.world.losers.update((row_id, c.field, *c.loser_dot.event) for c in result.conflicts)
        for name in result.restamped:
            dot = result.state.dots[name]
            self.world.log(
                Write(row_id, name, dot, result.state.values.get(name), dict(result.state.vv), True)
            )
        check_nothing_dropped(self.world, row_id, local, incoming, result)
        return result

    def pull(self, other: Replica) -> bool:
        """Merge all of `other`'s rows, judging its own dots by the clock skew that its
        "export time" against our wall clock reveals (as the importer does)."""
        skew = other.clock.wall() - self.clock.wall()
        judge = None
        if skew > MAX_DRIFT_MS:

            def judge(dot: Dot) -> int:
                return dot.hlc - (skew << 16) if dot.replica == other.id else dot.hlc

        changed = False
        for row_id, state in sorted(other.rows.items()):
            changed |= self.merge(row_id, state, judge).changed
        return changed

    def live(self, row_id: str) -> dict[str, Any]:
        return dict(self.rows[row_id].values)


def check_nothing_dropped(
    world: World, row_id: str, local: RowState | None, incoming: RowState, result: MergeResult
) -> None:
    """A value this merge decides against is the same as the winner's, or kept as a loser.

    This merge decides about a dot that the other side has not seen; a dot the other side
    has seen was dealt with where that side saw it (checked there).
    """
    for conflict in result.conflicts:
        side = incoming if incoming.dots.get(conflict.field) == conflict.loser_dot else local
        assert side is not None and side.values.get(conflict.field) == conflict.loser_value
    if local is None:
        assert result.state.values == incoming.values
        return
    losers = {(c.field, c.loser_dot.event) for c in result.conflicts}
    final = result.state
    for side, other in ((local, incoming), (incoming, local)):
        for name, dot in side.dots.items():
            if covers(other.vv, dot) or dot.event == final.dots[name].event:
                continue
            if name == DELETED and side.values.get(name) is False:
                continue  # "not deleted" is no edit: the tombstone rule weighs the edits
            if side.values.get(name) == final.values.get(name):
                key = (row_id, name, *dot.event)
                world.collapsed.setdefault(key, []).append(final.dots[name].event)
                continue
            assert (name, dot.event) in losers, f"value of {name} dropped without a conflict"


def accounted(world: World, write: Write, seen: set[tuple[str, str, int]] | None = None) -> bool:
    """Live somewhere, superseded by a write that had seen it, or kept in a conflict.

    A fresh dot a merge stamped (a "minted" write) carries a value forward, and so does the
    winner of a merge where both sides held the same value: a value displaced by such a dot
    counts when that dot is itself accounted for.
    """
    seen = set() if seen is None else seen
    seen.add((write.field, *write.dot.event))
    for replica in world.replicas.values():
        row = replica.rows.get(write.row)
        if (
            row is not None
            and write.field in row.dots
            and (
                row.dots[write.field].event == write.dot.event
                or row.values.get(write.field) == write.value
            )
        ):
            return True
    if (write.row, write.field, *write.dot.event) in world.losers:
        return True
    for replica in world.replicas.values():
        for row_id, conflict in replica.conflicts:
            if (row_id, conflict.field, conflict.loser_value) == (
                write.row,
                write.field,
                write.value,
            ):
                return True
    for winner in world.collapsed.get((write.row, write.field, *write.dot.event), []):
        for other in world.writes:
            if (
                (other.row, other.field, other.dot.event) == (write.row, write.field, winner)
                and (other.field, *other.dot.event) not in seen
                and accounted(world, other, seen)
            ):
                return True
    for other in world.writes:
        if other.row != write.row or other.field != write.field or other.dot == write.dot:
            continue
        if not covers(other.vv, write.dot):
            continue
        if not other.minted:
            return True
        if (
            other.value == write.value
            and (other.field, *other.dot.event) not in seen
            and accounted(world, other, seen)
        ):
            return True
    return False
