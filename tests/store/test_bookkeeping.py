"""Every changed row carries its sync bookkeeping, stamped in one place."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from lvs_desktop.models import ReplicaState, Youth
from lvs_desktop.models.clock import MAX_DRIFT_MS, pack, receive, tick, wall_of
from lvs_desktop.store import Vault
from lvs_desktop.store.bookkeeping import HardDeleteRefused
from tests.builders import make_youth


def test_new_row_has_a_dot_on_every_field_and_its_version_vector(vault: Vault) -> None:
    youth_id = make_youth(vault)
    with vault.session() as s:
        y = s.get_one(Youth, youth_id)
        state = s.scalars(select(ReplicaState)).one()
        assert set(y.field_dots()) == set(Youth.data_fields())
        assert len(y.dots) == 1  # stored compactly: one dot for the whole new row
        dot = y.field_dots()["surname"]
        assert dot[0] == vault.replica_id and y.vv == {vault.replica_id: dot[1]}
        assert dot[1] <= state.counter and dot[2] <= state.hlc


def test_an_edit_moves_only_the_changed_fields_dots(vault: Vault) -> None:
    youth_id = make_youth(vault)
    with vault.session() as s:
        y = s.get_one(Youth, youth_id)
        before = y.field_dots()
        y.given_names = "Sem"
        s.commit()
        after = y.field_dots()
        assert after["given_names"][1] > before["given_names"][1]
        assert after["given_names"][2] > before["given_names"][2]
        assert after["surname"] == before["surname"]
        assert y.vv[vault.replica_id] == after["given_names"][1]


def test_hard_delete_of_a_synced_row_is_refused(vault: Vault) -> None:
    youth_id = make_youth(vault)
    with vault.session() as s:
        s.delete(s.get_one(Youth, youth_id))
        with pytest.raises(HardDeleteRefused):
            s.flush()


def test_hlc_never_goes_backwards_and_clamps_far_future() -> None:
    t = tick(0, 1000)
    assert wall_of(t.hlc) == 1000
    assert tick(t.hlc, 900).hlc > t.hlc  # wall clock went back: logical counter moves on
    far = pack(1000 + 2 * 24 * 3600 * 1000, 0)  # two days ahead
    r = receive(t.hlc, far, 1000)
    assert r.clamped and wall_of(r.hlc) == 1000 + MAX_DRIFT_MS
    near = receive(t.hlc, pack(1500, 3), 1000)
    assert not near.clamped and near.hlc > pack(1500, 3)


def test_compact_dots_round_trip() -> None:
    from lvs_desktop.models.base import compact_dots, expand_dots

    per_field = {"a": ["r1", 1, 10], "b": ["r1", 1, 10], "c": ["r2", 4, 12]}
    stored = compact_dots(per_field)
    assert stored == {"*": ["r1", 1, 10], "c": ["r2", 4, 12]}
    assert expand_dots(stored, ("a", "b", "c")) == per_field
