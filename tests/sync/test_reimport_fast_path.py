"""A re-import's rows skip the per-field merge (`importer._Import.seen_as_is`, issue 15): only
where `merge_row` itself finds them unchanged, and with the same effect on the replica clock."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from vaults import Team, log_contact, make_case, make_youth

from lvs_desktop.models.base import DEFAULT_DOT
from lvs_desktop.sync.document import Row
from lvs_desktop.sync.hlc import LOGICAL_BITS, MAX_DRIFT_MS, ReplicaClock
from lvs_desktop.sync.importer import _Import
from lvs_desktop.sync.merge import Outcome, RowState, merge_row
from lvs_desktop.sync.rows import dots_from_bundle, table_named

WALL = 1_790_000_000_000  # ms
REPLICAS = [f"0190f3a2-1111-7abc-8def-00000000000{i}" for i in range(3)]
TABLE = table_named("contact")
FIELDS = ["summary", "mode", "deleted"]
hlcs = st.integers(WALL - 3_600_000, WALL + 4 * MAX_DRIFT_MS).map(lambda ms: ms << LOGICAL_BITS)
dots = st.tuples(st.sampled_from(REPLICAS), st.integers(1, 3), hlcs)
# A stored row always has its default dot, and its version vector has seen its own dots.
compact = st.builds(
    lambda default, named: {DEFAULT_DOT: default, **named},
    dots,
    st.dictionaries(st.sampled_from(FIELDS), dots, max_size=2),
)
vvs = st.dictionaries(st.sampled_from(REPLICAS), st.integers(0, 3), max_size=3)


def seen(vv: dict[str, int], compact_dots: dict[str, tuple[str, int, int]]) -> dict[str, int]:
    out = dict(vv)
    for replica, counter, _ in compact_dots.values():
        out[replica] = max(out.get(replica, 0), counter)
    return out


def clock() -> ReplicaClock:
    own = "0190f3a2-1111-7abc-8def-0000000000ff"
    return ReplicaClock(own, 5, WALL << LOGICAL_BITS, lambda: WALL)


def importer_with(judge: Any) -> _Import:
    job = _Import.__new__(_Import)  # only its clock and judge take part
    job.clock, job.judge = clock(), judge
    return job


@settings(max_examples=500, deadline=None)
@given(
    stored_vv=vvs,
    stored_dots=compact,
    vv=vvs,
    incoming_dots=compact,
    same=st.booleans(),
    skew=st.sampled_from([None, 3 * MAX_DRIFT_MS]),
)
def test_the_fast_path_decides_only_what_merge_row_decides_and_moves_the_clock_alike(
    stored_vv: dict[str, int],
    stored_dots: dict[str, tuple[str, int, int]],
    vv: dict[str, int],
    incoming_dots: dict[str, tuple[str, int, int]],
    same: bool,
    skew: int | None,
) -> None:
    if same:
        incoming_dots = dict(stored_dots)
    stored_vv, vv = seen(stored_vv, stored_dots), seen(vv, incoming_dots)
    judge = None if skew is None else (lambda d: d.hlc - (skew << LOGICAL_BITS))
    values = dict.fromkeys(TABLE.fields)
    source = Row.model_validate(
        {
            "id": "0190f3a2-1111-7abc-8def-0000000000aa",
            "created_at": {"$dt": "2026-11-20T10:30:00+00:00"},
            "updated_at": {"$dt": "2026-11-20T10:30:00+00:00"},
            "vv": vv,
            "dots": incoming_dots,
            "data": {},
        }
    )
    stored = {**values, "vv": stored_vv, "dots": {k: list(d) for k, d in stored_dots.items()}}

    fast = importer_with(judge)
    took = fast.seen_as_is(TABLE, stored, source)

    if took:
        slow = clock()
        state = TABLE.state(stored)
        incoming = RowState(values, dict(vv), dots_from_bundle(source.dots, TABLE.fields))
        result = merge_row(state, incoming, slow, judge)
        assert result.outcome is Outcome.UNCHANGED
        assert (fast.clock.hlc, fast.clock.counter, fast.clock.clamped) == (
            slow.hlc,
            slow.counter,
            slow.clamped,
        )
    if same and all(v >= c for v, c in ((stored_vv.get(r, 0), c) for r, c in vv.items())):
        assert took  # a re-import of what is stored: the fast path


def test_a_reimport_through_the_service_is_unchanged_and_keeps_the_data(team: Team) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"], bsn="111222333")
    case = make_case(team["anna"], youth)
    log_contact(team["anna"], case)
    bundle = team.export("anna")
    first = team.imp("lead", bundle)
    again = team.imp("lead", bundle)
    assert first.counts.new == again.counts.unchanged > 0
    assert again.counts.line().startswith("new 0, updated 0,")
