"""The merge of one incoming row into the local one (DESIGN §5), on plain row states.

A row state is its data values, its version vector `vv` (replica -> highest counter of that
replica's changes this row has seen) and per field the *dot* that last set it. Then:

* local `vv` ≥ incoming `vv`: nothing to do (a re-import, an old export);
* incoming ≥ local: take it whole;
* otherwise, field by field: a field whose incoming dot the local `vv` covers keeps the local
  value; one whose local dot the incoming `vv` covers takes the incoming value; a field set on
  both sides without either having seen the other is a conflict: the later HLC time wins (then
  the replica id, then the counter), on every replica alike, and the loser is returned as a
  `FieldConflict` for the team lead. The merged `vv` is the element-wise maximum.
* A delete (the `deleted` field set to true) concurrent with an edit is always a conflict: the
  row stays live, the conflict says who deleted it and when.

Two rules keep every replica converging while clocks are wrong:

* Dots are never rewritten. Where this replica had to judge by its own clock (an incoming dot
  more than five minutes in its future is compared at the clamped time, see `hlc`) or had to
  decide itself (a delete against an edit), the outcome is stamped with a fresh local dot,
  which every other replica then simply takes because it covers both sides.
* When both sides have already seen each other's dot for a field (which only a past
  divergence can cause), the plain order of the dots decides, the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal, Protocol

from lvs_desktop.sync.hlc import Dot

DELETED = "deleted"


class Clock(Protocol):
    """What the merge needs of the local replica's clock (`hlc.ReplicaClock`)."""

    @property
    def replica_id(self) -> str: ...

    def bound(self) -> int: ...

    def observe(self, remote: int) -> bool: ...

    def next_dot(self) -> Dot: ...


@dataclass(frozen=True)
class RowState:
    values: Mapping[str, Any]
    vv: Mapping[str, int]
    dots: Mapping[str, Dot]

    @property
    def deleted(self) -> bool:
        return bool(self.values.get(DELETED, False))


class Outcome(StrEnum):
    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"  # taken whole
    MERGED = "merged"  # field by field


@dataclass(frozen=True)
class FieldConflict:
    """A field set on two replicas without either seeing the other; the loser is kept here."""

    field: str
    kind: Literal["edit", "delete"]
    winner_value: Any
    winner_dot: Dot
    loser_value: Any
    loser_dot: Dot


@dataclass(frozen=True)
class MergeResult:
    outcome: Outcome
    state: RowState
    conflicts: tuple[FieldConflict, ...] = ()
    restamped: tuple[str, ...] = ()  # fields stamped with a fresh local dot
    clamped: bool = False  # an incoming time was too far in our future

    @property
    def changed(self) -> bool:
        return self.outcome is not Outcome.UNCHANGED


def covers(vv: Mapping[str, int], dot: Dot) -> bool:
    return vv.get(dot.replica, 0) >= dot.counter


def vv_leq(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    return all(b.get(replica, 0) >= counter for replica, counter in a.items())


def vv_max(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    merged = dict(a)
    for replica, counter in b.items():
        if counter > merged.get(replica, 0):
            merged[replica] = counter
    return merged


def dot_order(dot: Dot) -> tuple[int, str, int]:
    return (dot.hlc, dot.replica, dot.counter)


def merge_row(local: RowState | None, incoming: RowState, clock: Clock) -> MergeResult:
    """Merge `incoming` into `local` (None for a row we do not have); see the module docstring.

    The clock is observed (receive rule) and, where the module docstring says so, ticked to
    stamp a fresh local dot; the caller persists its counter and time afterwards.
    """
    limit = clock.bound()
    clamped = False
    if incoming.dots:
        clamped = clock.observe(max(dot.hlc for dot in incoming.dots.values()))

    if local is None:
        future = [f for f, d in incoming.dots.items() if d.hlc > limit]
        state, restamped = _restamp(incoming, future, clock)
        return MergeResult(Outcome.NEW, state, (), restamped, clamped)

    incoming_seen = vv_leq(incoming.vv, local.vv)
    local_seen = vv_leq(local.vv, incoming.vv)
    same_dots = _same_events(local.dots, incoming.dots)
    if incoming_seen and (not local_seen or same_dots):
        return MergeResult(Outcome.UNCHANGED, local, (), (), clamped)
    if local_seen and not incoming_seen:
        future = [
            f
            for f, d in incoming.dots.items()
            if d.hlc > limit and (f not in local.dots or local.dots[f].event != d.event)
        ]
        state, restamped = _restamp(incoming, future, clock)
        return MergeResult(Outcome.UPDATED, state, (), restamped, clamped)
    return _merge_fields(local, incoming, clock, limit, clamped)


def _same_events(a: Mapping[str, Dot], b: Mapping[str, Dot]) -> bool:
    return a.keys() == b.keys() and all(a[f].event == b[f].event for f in a)


def _restamp(state: RowState, fields: list[str], clock: Clock) -> tuple[RowState, tuple[str, ...]]:
    if not fields:
        return state, ()
    dot = clock.next_dot()
    dots = dict(state.dots)
    for name in fields:
        dots[name] = dot
    vv = vv_max(state.vv, {dot.replica: dot.counter})
    return RowState(dict(state.values), vv, dots), tuple(sorted(fields))


def _merge_fields(
    local: RowState, incoming: RowState, clock: Clock, limit: int, clamped: bool
) -> MergeResult:
    values = dict(local.values)
    dots = dict(local.dots)
    conflicts: list[FieldConflict] = []
    restamp: set[str] = set()

    def effective(dot: Dot) -> tuple[int, str, int]:
        return (min(dot.hlc, limit), dot.replica, dot.counter)

    for name in sorted(set(local.dots) | set(incoming.dots)):
        d_in = incoming.dots.get(name)
        if d_in is None:
            continue
        d_loc = local.dots.get(name)
        take = False
        if d_loc is None:
            take = True
        elif d_loc.event == d_in.event:
            continue
        else:
            local_saw_in = covers(local.vv, d_in)
            in_saw_local = covers(incoming.vv, d_loc)
            if local_saw_in and not in_saw_local:
                continue
            if in_saw_local and not local_saw_in:
                take = True
            elif in_saw_local and local_saw_in:
                take = dot_order(d_in) > dot_order(d_loc)  # heal a past divergence
            else:
                take = effective(d_in) > effective(d_loc)
                if take != (dot_order(d_in) > dot_order(d_loc)):
                    restamp.add(name)  # our clock decided: make the outcome a change of ours
                v_loc, v_in = local.values.get(name), incoming.values.get(name)
                if v_loc != v_in:
                    win_v, win_d, lose_v, lose_d = (
                        (v_in, d_in, v_loc, d_loc) if take else (v_loc, d_loc, v_in, d_in)
                    )
                    conflicts.append(FieldConflict(name, "edit", win_v, win_d, lose_v, lose_d))
        if take:
            values[name] = incoming.values.get(name)
            dots[name] = d_in
            if d_in.hlc > limit:
                restamp.add(name)

    delete_conflict = _delete_against_edit(local, incoming)
    if delete_conflict is not None:
        conflicts = [c for c in conflicts if c.field != DELETED]
        conflicts.append(delete_conflict)
        values[DELETED] = False
        restamp.add(DELETED)

    vv = vv_max(local.vv, incoming.vv)
    state, restamped = _restamp(RowState(values, vv, dots), sorted(restamp), clock)
    return MergeResult(Outcome.MERGED, state, tuple(conflicts), restamped, clamped)


def _delete_against_edit(local: RowState, incoming: RowState) -> FieldConflict | None:
    """A delete on one side that the other side has not seen, while that side edited."""
    loc_del = _unseen_delete(local, incoming)
    in_del = _unseen_delete(incoming, local)
    if loc_del == in_del:  # neither deleted, or both did
        return None
    deleter, editor = (local, incoming) if loc_del else (incoming, local)
    edits = [
        dot
        for name, dot in editor.dots.items()
        if name != DELETED and not covers(deleter.vv, dot) and not editor.deleted
    ]
    if not edits:
        return None
    return FieldConflict(
        field=DELETED,
        kind="delete",
        winner_value=False,
        winner_dot=max(edits, key=dot_order),
        loser_value=True,
        loser_dot=deleter.dots[DELETED],
    )


def _unseen_delete(side: RowState, other: RowState) -> bool:
    dot = side.dots.get(DELETED)
    return side.deleted and dot is not None and not covers(other.vv, dot)
