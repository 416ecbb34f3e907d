"""The importer's raw-cursor reads and inserts (`sync.rawio`, issue 15): what they store and
read is what SQLAlchemy Core stores and reads, to the character.

The import writes rows through the DBAPI cursor with each column's own SQLAlchemy processor.
These tests put real rows through both paths on real vaults and compare the text SQLite holds.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import exc, select
from vaults import Team, add_letter, log_contact, make_case, make_guardian, make_youth

from lvs_desktop.models import Contact, Youth
from lvs_desktop.store import Vault
from lvs_desktop.sync.codec import encode_value
from lvs_desktop.sync.rawio import RawIO, json_text
from lvs_desktop.sync.rows import AUDIT, SyncTable, raw_cursor, sync_tables, table_named

json_keys = st.text(max_size=12)  # any text: quotes, control characters, non-ASCII
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3)
    | st.tuples(inner, inner)
    | st.dictionaries(json_keys, inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(value=st.dictionaries(json_keys, json_values, max_size=5))
def test_the_bookkeeping_json_is_the_text_json_dumps_writes(value: dict[str, Any]) -> None:
    assert json_text(value) == json.dumps(value)


def test_a_value_json_cannot_hold_is_refused_like_json_dumps() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        json_text({"x": {1, 2}})
    assert json_text({"nan": math.nan}) == json.dumps({"nan": math.nan})


def stored_text(vault: Vault, table: str) -> dict[str, tuple[Any, ...]]:
    """Every row of the table exactly as SQLite holds it (raw cursor), by id."""
    with vault.session() as session:
        cursor = raw_cursor(session)
        names = [c.name for c in table_named(table).table.columns]
        rows = cursor.execute(f'SELECT {", ".join(names)} FROM "{table}"').fetchall()
        return {row[0]: tuple(row) for row in rows}


def test_an_import_stores_each_row_as_the_sender_stored_it(team: Team) -> None:
    team.open("anna", "lead")
    anna = team["anna"]
    youth = make_youth(anna, bsn="111222333")
    make_guardian(anna, youth)
    case = make_case(anna, youth)
    log_contact(anna, case)
    add_letter(anna, case, pdf=b"%PDF-1.7 \x00\xff brief")
    report = team.sync("anna", "lead")
    assert report.applied and report.counts.new >= 6

    compared = 0
    for table in sync_tables():
        if table.name in (AUDIT, "consultant"):
            continue  # the import's own events, and each vault's own roster row, differ
        sent, landed = stored_text(anna, table.name), stored_text(team["lead"], table.name)
        assert set(landed) == set(sent), table.name
        keys = [c.key for c in table.table.columns]
        for rid, row in sent.items():
            # everything but `updated_at` (the import's own clock time, see `importer`)
            mine = {k: v for k, v in zip(keys, row, strict=True) if k != "updated_at"}
            theirs = {k: v for k, v in zip(keys, landed[rid], strict=True) if k != "updated_at"}
            assert theirs == mine, table.name
            compared += 1
    assert compared >= 6
    letter = stored_text(team["lead"], "letter")
    assert any(isinstance(v, bytes) and b"\x00\xff" in v for row in letter.values() for v in row)


def test_a_raw_read_gives_what_a_core_select_gives(team: Team) -> None:
    team.open("anna")
    anna = team["anna"]
    youth = make_youth(anna, bsn="111222333")
    case = make_case(anna, youth)
    contact = log_contact(anna, case)
    with anna.session() as session:
        raw = RawIO(session)
        for model, rid in ((Youth, youth), (Contact, contact)):
            table = table_named(model.__tablename__)
            query = select(table.table).where(table.table.c.id == rid)
            core = dict(session.execute(query).one()._mapping)
            got = raw.load(table, {rid, "00000000-0000-7000-8000-000000000000"})
            assert got == {rid: core}
            assert raw.existing_ids(table, {rid, "nobody"}) == [rid]
        occurred = raw.load(table_named("contact"), {contact})[contact]["occurred_at"]
        assert occurred == datetime(2026, 11, 20, 10, 30)


def test_a_database_error_of_a_raw_insert_is_sqlalchemys_and_names_no_value(vault: Vault) -> None:
    table = table_named("consultant")
    with vault.session() as session:
        raw = RawIO(session)
        first = session.execute(select(table.table)).first()
        assert first is not None  # the owner's own roster row
        twin = {**first._mapping, "name": "Geheime Naam"}  # its id: the primary key refuses it
        with pytest.raises(exc.IntegrityError) as caught:
            raw.insert(table, [twin])
        assert "Geheime Naam" not in str(caught.value)
        session.rollback()
    with vault.session() as session:
        names = session.scalars(select(table.table.c.name)).all()
        assert "Geheime Naam" not in names


any_value = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
tagged = (
    st.datetimes(timezones=st.timezones()).map(encode_value)
    | st.datetimes().map(lambda d: {"$dt": d.isoformat()})  # no offset: read as local time
    | st.dates().map(encode_value)
    | st.binary(max_size=8).map(encode_value)
    | st.just({"$dt": "geen tijd"})
    | st.just({"$d": "2026-02-30"})
)


def reference_decode(table: SyncTable, values: dict[str, Any]) -> dict[str, Any]:
    """The decoding before the fast paths: `decode_column` for every field given."""
    return {n: table.decode_column(n, values[n]) for n in table.fields if n in values}


def outcome(fn: Any) -> Any:
    try:
        return ("ok", fn())
    except (ValueError, TypeError) as error:
        return ("error", type(error))


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_decoding_with_its_fast_paths_gives_what_decode_column_gives(data: st.DataObject) -> None:
    table = data.draw(st.sampled_from(sync_tables()))
    names = data.draw(st.lists(st.sampled_from(table.fields), unique=True, max_size=6))
    values = {n: data.draw(any_value | tagged) for n in names}
    assert outcome(lambda: table.decode(values)) == outcome(lambda: reference_decode(table, values))


def test_the_fast_paths_are_taken_for_tagged_times_and_days() -> None:
    contact = table_named("contact")
    got = contact.decode(
        {
            "occurred_at": {"$dt": "2026-11-20T11:30:00+01:00"},
            "voided_on": {"$d": "2026-11-21"},
            "summary": "Gesprek",
        }
    )
    assert got == {
        "occurred_at": datetime(2026, 11, 20, 10, 30),
        "voided_on": date(2026, 11, 21),
        "summary": "Gesprek",
    }
