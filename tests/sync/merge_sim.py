"""A small world of replicas exchanging rows through the pure merge, for the merge tests.

Each replica keeps rows as `RowState`s, stamps local changes like the store's flush hook does
(one fresh dot per change, `vv[self]` raised to it), and pulls another replica's rows through
`merge_row`. Every write and every fresh dot a merge stamps is logged with the version vector
it was written under, so tests can ask whether a value was lost.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lvs_desktop.sync.hlc import Dot, ReplicaClock
from lvs_desktop.sync.merge import DELETED, FieldConflict, MergeResult, RowState, covers, merge_row

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

    def merge(self, row_id: str, incoming: RowState) -> MergeResult:
        local = self.rows.get(row_id)
        result = merge_row(local, incoming, self.clock)
        self.rows[row_id] = result.state
        self.results.append((row_id, result))
        self.conflicts.extend((row_id, c) for c in result.conflicts)
        for name in result.restamped:
            dot = result.state.dots[name]
            self.world.log(
                Write(row_id, name, dot, result.state.values.get(name), dict(result.state.vv), True)
            )
        check_nothing_dropped(self.world, row_id, local, incoming, result)
        return result

    def pull(self, other: Replica) -> bool:
        changed = False
        for row_id, state in sorted(other.rows.items()):
            changed |= self.merge(row_id, state).changed
        return changed

    def live(self, row_id: str) -> dict[str, Any]:
        return dict(self.rows[row_id].values)


def check_nothing_dropped(
    world: World, row_id: str, local: RowState | None, incoming: RowState, result: MergeResult
) -> None:
    """Every value that leaves a field in this merge was seen by its successor, or is kept."""
    losers = {(c.field, c.loser_dot.event) for c in result.conflicts}
    for conflict in result.conflicts:
        side = (
            incoming
            if incoming.dots.get(conflict.field, None) == conflict.loser_dot
            else local
        )
        assert side is not None and side.values.get(conflict.field) == conflict.loser_value
    final = result.state
    for name, final_dot in final.dots.items():
        candidates = [s for s in (local, incoming) if s is not None and name in s.dots]
        for side in candidates:
            dot = side.dots[name]
            if dot.event == final_dot.event or (name, dot.event) in losers:
                continue
            value = side.values.get(name)
            if value == final.values.get(name):
                continue
            successors = [
                s.dots[name]
                for s in candidates
                if s.values.get(name) == final.values.get(name)
            ]
            assert any(
                covers(world.write_vv[(row_id, *succ.event)], dot) for succ in successors
            ), f"value of {name} dropped without a conflict"


def accounted(world: World, write: Write, depth: int = 0) -> bool:
    """Live somewhere, superseded by a write that had seen it, or kept in a conflict."""
    for replica in world.replicas.values():
        row = replica.rows.get(write.row)
        if row is not None and row.dots.get(write.field, Dot("", -1, 0)).event == write.dot.event:
            return True
        for row_id, conflict in replica.conflicts:
            if (row_id, conflict.field, conflict.loser_dot.event) == (
                write.row,
                write.field,
                write.dot.event,
            ):
                return True
    for other in world.writes:
        if other.row != write.row or other.field != write.field or other.dot == write.dot:
            continue
        if not covers(other.vv, write.dot):
            continue
        if not other.minted:
            return True
        if other.value == write.value and depth < 50 and accounted(world, other, depth + 1):
            return True
    return False
