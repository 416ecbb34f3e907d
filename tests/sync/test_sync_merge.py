"""The merge cases of DESIGN §5 and issue 5, on plain row states (no vault)."""

from __future__ import annotations

from merge_sim import World

from lvs_desktop.sync import hlc
from lvs_desktop.sync.hlc import Dot, ReplicaClock
from lvs_desktop.sync.merge import Outcome, RowState, merge_row, vv_leq, vv_max

DAY_MS = 24 * 3600 * 1000
HOUR_MS = 3600 * 1000


def team(*names: str, skews: dict[str, int] | None = None) -> World:
    world = World()
    for name in names:
        world.add(name, (skews or {}).get(name, 0))
    return world


def later(world: World, ms: int = 60_000) -> None:
    world.now[0] += ms


def test_into_an_empty_vault_the_row_arrives_whole() -> None:
    world = team("a", "lead")
    a, lead = world.replicas["a"], world.replicas["lead"]
    a.create("r", a="Jan", b="Bakker", c=None)
    result = lead.merge("r", a.rows["r"])
    assert result.outcome is Outcome.NEW
    assert lead.rows["r"] == a.rows["r"]


def test_a_reimport_changes_nothing() -> None:
    world = team("a", "lead")
    a, lead = world.replicas["a"], world.replicas["lead"]
    a.create("r", a="Jan")
    lead.pull(a)
    before = dict(lead.rows)
    counter = lead.clock.counter
    result = lead.merge("r", a.rows["r"])
    assert result.outcome is Outcome.UNCHANGED and not result.changed
    assert lead.rows == before and lead.clock.counter == counter


def test_an_old_export_after_a_newer_one_changes_nothing() -> None:
    world = team("a", "lead")
    a, lead = world.replicas["a"], world.replicas["lead"]
    a.create("r", a="Jan")
    old = a.rows["r"]
    later(world)
    a.edit("r", "a", "Johan")
    lead.pull(a)
    assert lead.merge("r", old).outcome is Outcome.UNCHANGED
    assert lead.live("r")["a"] == "Johan"


def test_a_newer_edit_wins_and_keeps_its_own_time() -> None:
    world = team("a", "lead")
    a, lead = world.replicas["a"], world.replicas["lead"]
    a.create("r", a="Jan")
    lead.pull(a)
    later(world, HOUR_MS)
    a.edit("r", "a", "Johan")
    edit_dot = a.rows["r"].dots["a"]
    later(world, HOUR_MS)
    result = lead.merge("r", a.rows["r"])
    assert result.outcome is Outcome.UPDATED
    assert lead.live("r")["a"] == "Johan"
    assert lead.rows["r"].dots["a"] == edit_dot  # the author's dot and time, not the import's


def test_different_fields_edited_on_two_laptops_both_survive() -> None:
    world = team("a", "b", "lead")
    a, b, lead = (world.replicas[n] for n in ("a", "b", "lead"))
    a.create("r", a="Jan", b="Bakker", c="Dordrecht")
    b.pull(a)
    later(world)
    a.edit("r", "a", "Johan")
    later(world)
    b.edit("r", "c", "Zwijndrecht")
    lead.pull(a)
    result = lead.merge("r", b.rows["r"])
    assert result.outcome is Outcome.MERGED and not result.conflicts
    assert lead.live("r") == {"a": "Johan", "b": "Bakker", "c": "Zwijndrecht", "deleted": False}
    assert lead.rows["r"].vv == vv_max(a.rows["r"].vv, b.rows["r"].vv)


def test_the_same_field_edited_on_two_laptops_is_a_conflict_with_the_loser_kept() -> None:
    world = team("a", "b", "lead")
    a, b, lead = (world.replicas[n] for n in ("a", "b", "lead"))
    a.create("r", a="Jan")
    b.pull(a)
    later(world)
    a.edit("r", "a", "Johan")
    later(world)
    b.edit("r", "a", "Jens")  # later: wins
    lead.pull(a)
    result = lead.merge("r", b.rows["r"])
    (conflict,) = result.conflicts
    assert (conflict.field, conflict.kind) == ("a", "edit")
    assert (conflict.winner_value, conflict.loser_value) == ("Jens", "Johan")
    assert conflict.loser_dot == a.rows["r"].dots["a"]  # who (replica) and when (hlc)
    assert lead.live("r")["a"] == "Jens"

    # The same winner everywhere, whichever side merges.
    a.pull(b)
    b.pull(a)
    assert a.live("r")["a"] == b.live("r")["a"] == "Jens"


def test_delete_against_a_later_edit_keeps_the_row_live_with_a_conflict() -> None:
    world = team("a", "b", "lead")
    a, b, lead = (world.replicas[n] for n in ("a", "b", "lead"))
    a.create("r", a="Jan")
    b.pull(a)
    later(world)
    a.delete("r")
    delete_dot = a.rows["r"].dots["deleted"]
    later(world)
    b.edit("r", "b", "Bakker")
    lead.pull(a)
    assert lead.rows["r"].deleted
    result = lead.merge("r", b.rows["r"])
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.loser_value, conflict.loser_dot) == ("delete", True, delete_dot)
    assert not lead.rows["r"].deleted and lead.live("r")["b"] == "Bakker"


def test_edit_against_a_later_delete_keeps_the_row_live_with_a_conflict() -> None:
    world = team("a", "b", "lead")
    a, b, lead = (world.replicas[n] for n in ("a", "b", "lead"))
    a.create("r", a="Jan")
    b.pull(a)
    later(world)
    a.edit("r", "a", "Johan")
    later(world)
    b.delete("r")
    lead.pull(b)
    result = lead.merge("r", a.rows["r"])
    assert [c.kind for c in result.conflicts] == ["delete"]
    assert not lead.rows["r"].deleted and lead.live("r")["a"] == "Johan"


def test_delete_anyway_wins_everywhere() -> None:
    world = team("a", "b", "lead")
    a, b, lead = (world.replicas[n] for n in ("a", "b", "lead"))
    a.create("r", a="Jan")
    b.pull(a)
    a.delete("r")
    b.edit("r", "a", "Johan")
    lead.pull(a)
    lead.pull(b)
    assert not lead.rows["r"].deleted
    later(world)
    lead.delete("r")  # "delete anyway": a delete that has seen the edit
    for replica in (a, b):
        replica.pull(lead)
        assert replica.rows["r"].deleted
        assert not replica.results[-1][1].conflicts


def test_a_delete_after_seeing_the_edit_is_no_conflict() -> None:
    world = team("a", "b")
    a, b = world.replicas["a"], world.replicas["b"]
    a.create("r", a="Jan")
    b.pull(a)
    b.edit("r", "a", "Johan")
    a.pull(b)
    a.delete("r")
    b.pull(a)
    assert b.rows["r"].deleted and not b.conflicts


def test_successive_exports_out_of_order_give_the_same_rows() -> None:
    world = team("a")
    a = world.replicas["a"]
    exports = []
    a.create("r", a="Jan", b="Bakker")
    exports.append(dict(a.rows))
    for step, (name, value) in enumerate([("a", "Johan"), ("b", "de Bakker")]):
        later(world)
        a.edit("r", name, value)
        if step == 0:
            a.create("s", a="Piet")
        exports.append(dict(a.rows))

    def import_in(order: list[int]) -> dict[str, RowState]:
        lead = World()
        lead.now = world.now
        replica = lead.add("lead")
        for index in order:
            for row_id, state in exports[index].items():
                replica.merge(row_id, state)
        return replica.rows

    assert import_in([0, 2, 1]) == import_in([0, 1, 2]) == a.rows


def test_a_into_the_lead_and_the_lead_back_into_a_converges() -> None:
    world = team("a", "b", "lead")
    a, b, lead = (world.replicas[n] for n in ("a", "b", "lead"))
    a.create("r", a="Jan", b="Bakker")
    b.pull(a)
    a.edit("r", "a", "Johan")
    b.edit("r", "a", "Jens")
    b.edit("r", "c", "Dordrecht")
    lead.pull(a)
    lead.pull(b)
    a.pull(lead)
    assert a.rows == lead.rows
    assert not lead.pull(a)  # and back again: nothing new


def test_a_laptop_clock_two_days_fast_does_not_win_every_later_conflict() -> None:
    world = team("fast", "a", "lead", skews={"fast": 2 * DAY_MS})
    fast, a, lead = (world.replicas[n] for n in ("fast", "a", "lead"))
    lead.create("r", a="Jan", b="Bakker")
    fast.pull(lead)
    a.pull(lead)

    fast.edit("r", "a", "Johan")  # stamped two days ahead
    later(world, 10 * 60_000)
    lead.pull(fast)
    assert lead.clock.clamped  # flagged ...
    assert hlc.wall_of(lead.clock.hlc) <= world.now[0] + hlc.MAX_DRIFT_MS + 1  # not dragged

    later(world, HOUR_MS)
    a.edit("r", "a", "Jens")  # an hour later in real time: it should win
    lead.pull(a)
    assert lead.live("r")["a"] == "Jens"
    (conflict,) = [c for _, c in lead.conflicts]
    assert conflict.loser_value == "Johan"

    # The lead's own edits after the import are not beaten by the fast laptop's past edits.
    later(world)
    lead.edit("r", "b", "de Bakker")
    fast.pull(lead)
    a.pull(lead)
    lead.pull(fast)
    assert fast.rows == lead.rows == a.rows
    assert lead.live("r") == {"a": "Jens", "b": "de Bakker", "c": None, "deleted": False}


def test_hlc_never_goes_backwards_and_clamps_far_future_times() -> None:
    clock = ReplicaClock("r", wall=lambda: 1_000_000)
    first = clock.next_dot()
    clock.wall = lambda: 500_000  # the wall clock jumps back
    second = clock.next_dot()
    assert second.hlc > first.hlc and second.counter == first.counter + 1

    clock.wall = lambda: 1_000_000
    near = hlc.pack(1_000_000 + 60_000, 0)
    assert clock.observe(near) is False and clock.hlc > near
    far = hlc.pack(1_000_000 + 2 * DAY_MS, 0)
    assert clock.observe(far) is True and clock.clamped
    assert hlc.wall_of(clock.hlc) == 1_000_000 + hlc.MAX_DRIFT_MS


def test_version_vector_helpers() -> None:
    assert vv_leq({"a": 1}, {"a": 2, "b": 1})
    assert not vv_leq({"a": 3}, {"a": 2, "b": 1})
    assert vv_max({"a": 3}, {"a": 2, "b": 1}) == {"a": 3, "b": 1}
    state = RowState({"x": 1}, {"a": 1}, {"x": Dot("a", 1, 5)})
    clock = ReplicaClock("z", wall=lambda: 0)
    assert merge_row(state, state, clock).outcome is Outcome.UNCHANGED


def test_a_fast_laptop_is_judged_by_its_real_time_when_the_bundle_reveals_the_skew() -> None:
    world = team("fast", "a", "lead", skews={"fast": 2 * DAY_MS})
    fast, a, lead = (world.replicas[n] for n in ("fast", "a", "lead"))
    lead.create("r", a="Jan", b="Bakker")
    fast.pull(lead)
    a.pull(lead)

    fast.edit("r", "a", "Johan")  # real time T, stamped T + 2 days
    later(world, 30 * 60_000)
    a.edit("r", "a", "Jens")  # real time T + 30 min, before the lead saw Johan
    later(world, 30 * 60_000)
    lead.pull(a)
    lead.pull(fast)  # the skew shows: Johan counts at T, so Jens (later) stays
    assert lead.live("r")["a"] == "Jens"

    later(world, 30 * 60_000)
    fast.edit("r", "b", "de Bakker")  # real time T + 90 min
    later(world, 1000)
    a.edit("r", "b", "Bakkers")  # a second later in real time: wins
    later(world)
    lead.pull(fast)
    lead.pull(a)
    assert lead.live("r")["b"] == "Bakkers"
    for replica in (fast, a):
        replica.pull(lead)
    lead.pull(fast)
    lead.pull(a)
    assert fast.live("r") == a.live("r") == lead.live("r")
