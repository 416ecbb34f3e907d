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
* The tombstone (`deleted`) is decided on the edits, not on the order of arrival: the row is
  deleted when a delete has seen every edit that is live after the merge. A delete that had
  not seen a live edit is a conflict (kind "delete"): the row stays live, and the conflict says
  who deleted it and when; "delete anyway" is then a new delete that has seen everything.

Two rules keep every replica converging while clocks are wrong:

* Dots are never rewritten. Where this replica had to judge by its own clock (an incoming dot
  more than ten minutes in its future is judged at that limit, see `hlc.trust_limit`; the
  importer may also correct a sender's dots by the clock skew its bundle reveals, see `Judge`)
  or had to decide itself (a delete overridden by an edit), the outcome is stamped with a
  fresh local dot, which every other replica then simply takes because it covers both sides.
* When both sides have already seen each other's dot for a field (which only a past
  divergence can cause), the plain order of the dots decides, the same way everywhere.

The property tests in `tests/sync/test_sync_merge_properties.py` check both rules: random
edits on three replicas, with clocks up to two days off, exchanged in random orders, converge,
and every value written is still live, superseded by an edit that had seen it, or kept in a
conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal, Protocol

from lvs_desktop.sync.hlc import Dot

DELETED = "deleted"


class Clock(Protocol):
    """What the merge needs of the local replica's clock (`hlc.ReplicaClock`)."""

    @property
    def replica_id(self) -> str: ...

    def trust_limit(self) -> int: ...

    def observe(self, remote: int) -> bool: ...

    def flag_if_ahead(self, remote: int) -> bool: ...

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


Judge = Callable[[Dot], int]
"""The time this replica believes a dot was made (default: its HLC time). The importer corrects
the dots of a bundle whose sender's clock ran fast by the skew its manifest reveals."""


def merge_row(
    local: RowState | None, incoming: RowState, clock: Clock, judge: Judge | None = None
) -> MergeResult:
    """Merge `incoming` into `local` (None for a row we do not have); see the module docstring.

    The clock is observed (receive rule) and, where the module docstring says so, ticked to
    stamp a fresh local dot; the caller persists its counter and time afterwards.
    """
    limit = clock.trust_limit()

    def effective(dot: Dot) -> int:
        return min(judge(dot) if judge is not None else dot.hlc, limit)

    clamped = False
    if incoming.dots:
        clock.observe(max(effective(dot) for dot in incoming.dots.values()))
        clamped = clock.flag_if_ahead(max(dot.hlc for dot in incoming.dots.values()))
    if local is None:
        distrusted = {f: effective(d) for f, d in incoming.dots.items() if effective(d) != d.hlc}
        state, restamped = _restamp(incoming, distrusted, clock)
        return MergeResult(Outcome.NEW, state, (), restamped, clamped)

    incoming_seen = vv_leq(incoming.vv, local.vv)
    local_seen = vv_leq(local.vv, incoming.vv)
    same_dots = _same_events(local.dots, incoming.dots)
    if incoming_seen and (not local_seen or same_dots):
        return MergeResult(Outcome.UNCHANGED, local, (), (), clamped)
    if local_seen and not incoming_seen:
        distrusted = {
            f: effective(d)
            for f, d in incoming.dots.items()
            if effective(d) != d.hlc and (f not in local.dots or local.dots[f].event != d.event)
        }
        state, restamped = _restamp(incoming, distrusted, clock)
        return MergeResult(Outcome.UPDATED, state, (), restamped, clamped)
    return _merge_fields(local, incoming, clock, effective, clamped)


def _same_events(a: Mapping[str, Dot], b: Mapping[str, Dot]) -> bool:
    return a.keys() == b.keys() and all(a[f].event == b[f].event for f in a)


def _stamp(clock: Clock, wanted: int) -> Dot:
    """A fresh local dot whose time is `wanted`, but never later than our own clock."""
    dot = clock.next_dot()
    return dot._replace(hlc=min(wanted, dot.hlc))


def _restamp(
    state: RowState, fields: Mapping[str, int], clock: Clock
) -> tuple[RowState, tuple[str, ...]]:
    """Stamp `fields` (field -> the time to stamp) afresh: one new local dot per time."""
    if not fields:
        return state, ()
    dots = dict(state.dots)
    vv = dict(state.vv)
    stamped: dict[int, Dot] = {}
    for name, wanted in sorted(fields.items()):
        if wanted not in stamped:
            stamped[wanted] = _stamp(clock, wanted)
        dots[name] = stamped[wanted]
        vv[clock.replica_id] = max(vv.get(clock.replica_id, 0), stamped[wanted].counter)
    return RowState(dict(state.values), vv, dots), tuple(sorted(fields))


def _merge_fields(
    local: RowState, incoming: RowState, clock: Clock, effective: Judge, clamped: bool
) -> MergeResult:
    values = dict(local.values)
    dots = dict(local.dots)
    conflicts: list[FieldConflict] = []
    restamp: dict[str, int] = {}
    for name in sorted((set(local.dots) | set(incoming.dots)) - {DELETED}):
        take, conflict, by_our_clock = _merge_field(name, local, incoming, effective)
        if conflict is not None:
            conflicts.append(conflict)
        if take:
            values[name] = incoming.values.get(name)
            dots[name] = incoming.dots[name]
        if by_our_clock or (take and effective(dots[name]) != dots[name].hlc):
            restamp[name] = effective(dots[name])  # our clock decided: make it a change of ours

    vv = vv_max(local.vv, incoming.vv)
    deleted = _merge_deleted(local, incoming, dots, effective)
    if deleted.kept_live:
        conflicts.extend(deleted.conflicts)
        latest_edit = (
            max(effective(c.winner_dot) for c in deleted.conflicts)
            if deleted.conflicts
            else clock.trust_limit()
        )
        fresh = _stamp(clock, latest_edit)
        values[DELETED] = False
        dots[DELETED] = fresh
        vv[fresh.replica] = fresh.counter
    elif deleted.source is not None:
        d_src = deleted.source.dots[DELETED]
        values[DELETED] = deleted.source.values.get(DELETED)
        dots[DELETED] = d_src
        if effective(d_src) != d_src.hlc and d_src.event != local.dots.get(DELETED, d_src).event:
            restamp[DELETED] = effective(d_src)

    state, restamped = _restamp(RowState(values, vv, dots), restamp, clock)
    if deleted.kept_live:
        restamped = tuple(sorted({*restamped, DELETED}))
    return MergeResult(Outcome.MERGED, state, tuple(conflicts), restamped, clamped)


def _merge_field(
    name: str, local: RowState, incoming: RowState, effective: Judge
) -> tuple[bool, FieldConflict | None, bool]:
    """(take the incoming value?, the conflict if any, decided by our clock?) for one field."""
    d_in = incoming.dots.get(name)
    if d_in is None:
        return False, None, False
    d_loc = local.dots.get(name)
    if d_loc is None:
        return True, None, False
    if d_loc.event == d_in.event:
        return False, None, False
    local_saw_in = covers(local.vv, d_in)
    in_saw_local = covers(incoming.vv, d_loc)
    if local_saw_in != in_saw_local:
        return in_saw_local, None, False
    if local_saw_in:  # both saw both: only a past divergence does this; heal it alike
        return dot_order(d_in) > dot_order(d_loc), None, False

    def judged(dot: Dot) -> tuple[int, str, int]:
        return (effective(dot), dot.replica, dot.counter)

    take = judged(d_in) > judged(d_loc)
    by_our_clock = take != (dot_order(d_in) > dot_order(d_loc))
    v_loc, v_in = local.values.get(name), incoming.values.get(name)
    if v_loc == v_in:
        return take, None, by_our_clock
    if take:
        conflict = FieldConflict(name, "edit", v_in, d_in, v_loc, d_loc)
    else:
        conflict = FieldConflict(name, "edit", v_loc, d_loc, v_in, d_in)
    return take, conflict, by_our_clock


@dataclass(frozen=True)
class _DeletedOutcome:
    source: RowState | None = None  # the side whose `deleted` value and dot we take
    kept_live: bool = False  # a delete was overridden: stamp `deleted = False` afresh
    conflicts: tuple[FieldConflict, ...] = ()


def _merge_deleted(
    local: RowState, incoming: RowState, data_dots: Mapping[str, Dot], effective: Judge
) -> _DeletedOutcome:
    """The tombstone: deleted when a delete has seen every edit that is live after the merge.

    A delete that has not seen an edit which stays live is a conflict: the row stays live and
    the conflict names who deleted it and when ("delete anyway" is then a new delete that has
    seen everything). Deciding on the live edits, not on the order in which deletes and edits
    arrive, makes the outcome the same whatever the order of imports.
    """
    edits = [dot for name, dot in data_dots.items() if name != DELETED]
    sides = [side for side in (local, incoming) if side.deleted and DELETED in side.dots]
    complete = [side for side in sides if all(covers(side.vv, dot) for dot in edits)]
    if complete:
        return _DeletedOutcome(source=max(complete, key=lambda s: dot_order(s.dots[DELETED])))
    if not sides:
        take, _, _ = _merge_field(DELETED, local, incoming, effective)
        return _DeletedOutcome(source=incoming if take else local)
    conflicts = []
    for deleter in sides:
        other = incoming if deleter is local else local
        if covers(other.vv, deleter.dots[DELETED]):
            continue  # the other side kept the row live against this delete before
        unseen = [dot for dot in edits if not covers(deleter.vv, dot)]
        conflicts.append(
            FieldConflict(
                field=DELETED,
                kind="delete",
                winner_value=False,
                winner_dot=max(unseen, key=dot_order),
                loser_value=True,
                loser_dot=deleter.dots[DELETED],
            )
        )
    return _DeletedOutcome(kept_live=True, conflicts=tuple(conflicts))
