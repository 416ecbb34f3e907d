"""Linking by BSN groups youths cheaply first (`linking.bsn_bucket`) and runs the eleven-test
only where two share a bucket (issue 15): the groups must be those of `valid_bsn` itself."""

from __future__ import annotations

from collections import defaultdict
from random import Random

from hypothesis import given, settings
from hypothesis import strategies as st

from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.sync.linking import bsn_groups, valid_bsn

valid = st.integers(0, 10**6).map(lambda seed: generate_bsn(Random(seed)))


def spelled(bsn: str, how: int) -> str:
    """The same BSN as a person might type it."""
    return [bsn, f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}", f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", bsn[1:]][how]


bsns = st.one_of(
    st.tuples(valid, st.integers(0, 3)).map(lambda t: spelled(*t)),
    valid.map(lambda b: b[:-1] + str((int(b[-1]) + 1) % 10)),  # fails the eleven-test
    st.text(alphabet="0123456789 .-x", max_size=11),
    st.none(),
)


def by_valid_bsn(rows: list[tuple[str, str | None]]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for rid, bsn in rows:
        key = valid_bsn(bsn)
        if key:
            groups[key].append(rid)
    return {k: ids for k, ids in groups.items() if len(ids) > 1}


@settings(max_examples=300, deadline=None)
@given(values=st.lists(bsns, max_size=12), twins=st.lists(st.integers(0, 11), max_size=4))
def test_the_cheap_buckets_give_the_groups_of_valid_bsn(
    values: list[str | None], twins: list[int]
) -> None:
    values += [values[i] for i in twins if i < len(values)]  # some values twice
    rows = [(f"y{i:02d}", bsn) for i, bsn in enumerate(values)]
    got = {k: sorted(ids) for k, ids in bsn_groups(rows).items()}
    assert got == {k: sorted(ids) for k, ids in by_valid_bsn(rows).items()}


def test_one_bsn_typed_two_ways_is_one_group_and_a_wrong_one_none() -> None:
    rows = [("a", "111222333"), ("b", "111 222 333"), ("c", "111222334"), ("d", "123456782")]
    assert bsn_groups(rows) == {"111222333": ["a", "b"]}
