"""Property tests of the pure merge: convergence and no lost values, whatever the order."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_sim import FIELDS, World, accounted

DAY_MS = 24 * 3600 * 1000
NAMES = ("a", "b", "c")
ROWS = ("r1", "r2")
VALUES = st.sampled_from(["x", "y", "z", None, 1, 2])

ops = st.one_of(
    st.tuples(
        st.just("edit"),
        st.sampled_from(NAMES),
        st.sampled_from(ROWS),
        st.sampled_from(FIELDS),
        VALUES,
    ),
    st.tuples(st.just("delete"), st.sampled_from(NAMES), st.sampled_from(ROWS)),
    st.tuples(st.just("create"), st.sampled_from(NAMES)),
    st.tuples(st.just("sync"), st.sampled_from(NAMES), st.sampled_from(NAMES)),
    st.tuples(st.just("wait"), st.integers(0, 2 * 3600 * 1000)),
)


def build(skews: tuple[int, int, int]) -> World:
    world = World()
    for name, skew in zip(NAMES, skews, strict=True):
        world.add(name, skew)
    first = world.replicas["a"]
    for row in ROWS:
        first.create(row, a="start", b="start", c="start")
    for name in ("b", "c"):
        world.replicas[name].pull(first)
    return world


def run(world: World, script: list[tuple]) -> None:
    created = 0
    for op in script:
        kind = op[0]
        if kind == "edit":
            _, who, row, name, value = op
            world.replicas[who].edit(row, name, value)
        elif kind == "delete":
            world.replicas[op[1]].delete(op[2])
        elif kind == "create":
            created += 1
            world.replicas[op[1]].create(f"n{created}", a=op[1], b=None, c=None)
        elif kind == "sync":
            if op[1] != op[2]:
                world.replicas[op[2]].pull(world.replicas[op[1]])
        else:
            world.now[0] += op[1]
        world.now[0] += 1000


def settle(world: World, order: list[tuple[str, str]]) -> int:
    for rounds in range(1, 12):
        changed = False
        for src, dst in order:
            changed |= world.replicas[dst].pull(world.replicas[src])
        if not changed:
            return rounds
    raise AssertionError("replicas did not settle")


pairs = [p for p in itertools.permutations(NAMES, 2)]
skew_choice = st.sampled_from([0, 2 * DAY_MS, -DAY_MS, 3 * 60 * 1000])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    skews=st.tuples(st.just(0), skew_choice, skew_choice),
    script=st.lists(ops, max_size=40),
    order=st.permutations(pairs),
)
def test_random_edits_converge_and_lose_nothing(
    skews: tuple[int, int, int], script: list[tuple], order: list[tuple[str, str]]
) -> None:
    world = build(skews)
    run(world, script)
    settle(world, order)

    states = [replica.rows for replica in world.replicas.values()]
    assert all(rows == states[0] for rows in states[1:])

    for write in world.writes:
        if not write.minted:
            assert accounted(world, write), write


@settings(max_examples=150, deadline=None)
@given(
    script=st.lists(ops, max_size=30), first=st.permutations(pairs), second=st.permutations(pairs)
)
def test_exchange_order_does_not_change_the_outcome(
    script: list[tuple], first: list[tuple[str, str]], second: list[tuple[str, str]]
) -> None:
    """The same history exchanged in two orders gives the same live data.

    The bookkeeping may differ: where a delete meets an edit, whichever replica sees it first
    stamps the outcome with its own fresh dot.
    """
    one, two = build((0, 0, 0)), build((0, 0, 0))
    run(one, script)
    run(two, script)
    settle(one, first)
    settle(two, second)

    def live(world: World) -> dict[str, dict]:
        return {row: dict(state.values) for row, state in world.replicas["a"].rows.items()}

    assert live(one) == live(two)


@settings(max_examples=100, deadline=None)
@given(script=st.lists(ops, max_size=30))
def test_merging_twice_changes_nothing(script: list[tuple]) -> None:
    world = build((0, 2 * DAY_MS, 0))
    run(world, script)
    a, b = world.replicas["a"], world.replicas["b"]
    a.pull(b)
    before = dict(a.rows)
    assert not a.pull(b)
    assert a.rows == before
