"""The same youth on two laptops: linked by BSN, or left to a person as a duplicate candidate.

Two live youths with the same valid BSN are one person: the smaller id is canonical, the other
youth's fields are merged into it (differences become conflicts for the team lead), every
reference to it is re-pointed, the row itself goes, and an alias keeps its id so that later
bundles land on the canonical youth. Every vault does the same on import, so all end with the
same canonical youth. Re-pointing does not stamp new dots: it is the same fact under the
canonical id, not an edit, and every vault re-points alike.

Two live youths with the same name and birth date where a BSN is missing may or may not be the
same person: they are only reported (`duplicate_candidates`), never merged automatically.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from lvs_desktop.models import Conflict, YouthAlias
from lvs_desktop.models.base import utcnow
from lvs_desktop.models.rules.identifiers import is_valid_bsn, normalise_bsn
from lvs_desktop.sync.hlc import ReplicaClock
from lvs_desktop.sync.merge import FieldConflict, merge_row
from lvs_desktop.sync.rows import YOUTH, sync_tables, table_named
from lvs_desktop.sync.scope import chunks

ConflictSink = Callable[[str, str, FieldConflict], None]  # (table, record id, conflict)


def valid_bsn(value: str | None) -> str | None:
    if not value or not is_valid_bsn(value):
        return None
    return normalise_bsn(value)


_SEPARATORS = str.maketrans("", "", " -.")


def bsn_bucket(value: str | None) -> str | None:
    """A cheap key that every two BSNs with the same `valid_bsn` share (a valid BSN is its
    digits with these separators taken out, padded to nine), so that only values that share
    a bucket with another need the eleven-test; None for no BSN."""
    if not value:
        return None
    return value.translate(_SEPARATORS).zfill(9)


def bsn_groups(
    rows: Iterable[tuple[str, str | None]],
) -> dict[str, list[str]]:
    """Ids (id, raw BSN) grouped by valid BSN, for the groups of two or more only."""
    buckets: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for rid, bsn in rows:
        key = bsn_bucket(bsn)
        if key is not None and bsn is not None:
            buckets[key].append((rid, bsn))
    groups: dict[str, list[str]] = defaultdict(list)
    for members in buckets.values():
        if len(members) < 2:
            continue
        for rid, bsn in members:
            key = valid_bsn(bsn)
            if key:
                groups[key].append(rid)
    return {key: ids for key, ids in groups.items() if len(ids) > 1}


def link_by_bsn(
    session: Session,
    youth_ids: Iterable[str],
    clock: ReplicaClock,
    aliases: dict[str, str],
    on_conflict: ConflictSink,
) -> list[tuple[str, str]]:
    """Link every live youth sharing a valid BSN with one of `youth_ids`; (alias, canonical)."""
    table = table_named(YOUTH)
    t = table.table
    bsns: set[str] = set()
    for batch in chunks(set(youth_ids)):
        bsns.update(b for b in session.scalars(select(t.c.bsn).where(t.c.id.in_(batch))) if b)
    # Narrow rows first (id, BSN); whole rows only of the youths that share a valid BSN.
    found: list[tuple[str, str | None]] = []
    for batch in chunks(bsns):
        query = select(t.c.id, t.c.bsn).where(t.c.bsn.in_(batch), t.c.deleted.is_(False))
        found.extend((rid, bsn) for rid, bsn in session.execute(query))
    shared = bsn_groups(found)
    whole: dict[str, dict[str, Any]] = {}
    for batch in chunks({rid for ids in shared.values() for rid in ids}):
        for row in session.execute(select(t).where(t.c.id.in_(batch))):
            whole[row.id] = dict(row._mapping)
    groups = {key: [whole[rid] for rid in ids] for key, ids in shared.items()}
    linked: list[tuple[str, str]] = []
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda r: r["id"])
        canonical = members[0]
        for other in members[1:]:
            canonical = fold_youth(session, canonical, other, clock, on_conflict)
            record_alias(session, aliases, other["id"], canonical["id"], "bsn")
            linked.append((other["id"], canonical["id"]))
    return linked


def fold_youth(
    session: Session,
    canonical: dict[str, Any],
    other: dict[str, Any],
    clock: ReplicaClock,
    on_conflict: ConflictSink,
) -> dict[str, Any]:
    """Merge `other` into `canonical`, re-point what refers to `other`, and remove it."""
    table = table_named(YOUTH)
    result = merge_row(table.state(canonical), table.state(other), clock)
    for conflict in result.conflicts:
        on_conflict(YOUTH, canonical["id"], conflict)
    merged = dict(canonical)
    merged.update(result.state.values)
    merged["vv"] = dict(result.state.vv)
    merged["dots"] = table.stored_dots(result.state)
    merged["updated_at"] = utcnow().replace(tzinfo=None)
    merged["created_at"] = min(canonical["created_at"], other["created_at"])
    t = table.table
    session.execute(
        update(t)
        .where(t.c.id == canonical["id"])
        .values({k: v for k, v in merged.items() if k != "id"})
    )
    repoint(session, other["id"], canonical["id"])
    session.execute(delete(t).where(t.c.id == other["id"]))
    return merged


def repoint(session: Session, old: str, new: str) -> None:
    """Every reference to youth `old` now names youth `new`."""
    for table in sync_tables():
        for column in table.references_to(YOUTH):
            c = table.table.c
            session.execute(update(table.table).where(c[column] == old).values({column: new}))
    letter = table_named("letter").table
    session.execute(
        update(letter)
        .where(letter.c.recipient_kind == YOUTH, letter.c.recipient_id == old)
        .values(recipient_id=new)
    )
    # Audit events keep the id they were written with (append-only and hash-chained): the
    # audit viewer follows `YouthAlias` from a merged-away id to the canonical youth.
    session.execute(
        update(Conflict)
        .where(Conflict.entity == YOUTH, Conflict.record_id == old)
        .values(record_id=new)
    )


def record_alias(
    session: Session, aliases: dict[str, str], alias: str, canonical: str, reason: str
) -> None:
    """Remember that `alias` is now `canonical` (and so is whatever pointed at `alias`)."""
    session.execute(
        update(YouthAlias).where(YouthAlias.canonical_id == alias).values(canonical_id=canonical)
    )
    existing = session.get(YouthAlias, alias)
    if existing is None:
        session.add(YouthAlias(alias_id=alias, canonical_id=canonical, reason=reason))
    else:
        existing.canonical_id = canonical
    session.flush()
    for key, value in list(aliases.items()):
        if value == alias:
            aliases[key] = canonical
    aliases[alias] = canonical


NameKey = tuple[str, str, str, date]


def name_key(given: str | None, prefix: str | None, surname: str | None, born: date) -> NameKey:
    def norm(text: str | None) -> str:
        return " ".join((text or "").lower().split())

    return (norm(given), norm(prefix), norm(surname), born)


def duplicate_candidates(
    session: Session,
    focus: set[str] | None = None,
    dismissed: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, str]]:
    """Pairs (smaller id first) of live youths with the same name and birth date, at least one
    of them without a valid BSN; only pairs touching `focus`, when given."""
    t = table_named(YOUTH).table
    named: dict[NameKey, list[tuple[str, str | None]]] = defaultdict(list)
    query = select(
        t.c.id, t.c.given_names, t.c.surname_prefix, t.c.surname, t.c.birth_date, t.c.bsn
    ).where(t.c.deleted.is_(False))
    for row in session.execute(query):
        key = name_key(row.given_names, row.surname_prefix, row.surname, row.birth_date)
        named[key].append((row.id, row.bsn))
    skip = {tuple(sorted(pair)) for pair in dismissed}
    pairs: list[tuple[str, str]] = []
    for raw in named.values():
        if len(raw) < 2:
            continue
        members = sorted((rid, valid_bsn(bsn)) for rid, bsn in raw)  # the eleven-test: here only
        for i, (a, bsn_a) in enumerate(members):
            for b, bsn_b in members[i + 1 :]:
                if bsn_a and bsn_b:
                    continue  # two BSNs: the same one is linked, different ones are two people
                if focus is not None and a not in focus and b not in focus:
                    continue
                if (a, b) not in skip:
                    pairs.append((a, b))
    return sorted(pairs)
