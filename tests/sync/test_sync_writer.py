"""The export's writer (`sync.writer`): what it writes, the strict reader accepts and gives back.

The export no longer validates the document it writes; these tests carry that guarantee.
Rows go in as the database hands them over (values stored through SQLAlchemy's own bind
processing, so as the vault holds them) and must come out of `bundle.read_bundle` equal to the
Python values that went in, for every synced table and column type.
"""

from __future__ import annotations

import json
import tracemalloc
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from bundle_builders import Sender, make_sender
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, LargeBinary, select
from sqlalchemy.dialects import sqlite
from vaults import TRANSFER, Team, add_letter, make_case, make_youth

from lvs_desktop.models import Consultant
from lvs_desktop.store import Vault
from lvs_desktop.sync import bundle
from lvs_desktop.sync import export as exporter
from lvs_desktop.sync.codec import decode_value
from lvs_desktop.sync.errors import InvalidContentError
from lvs_desktop.sync.header import FORMAT_VERSION
from lvs_desktop.sync.rows import SyncTable, naive, sync_tables
from lvs_desktop.sync.signing import sign_payload, trust_all
from lvs_desktop.sync.writer import DocumentStream, OutOfOrderError, TableEncoder

PASS = "Zomer in Dordrecht 2026!"
DIALECT = sqlite.dialect()

texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)  # no lone surrogates
moments = st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59, 999999)
)
counters = st.integers(0, 2**63 - 1)


def values_for(column: Any) -> st.SearchStrategy[Any]:
    """Python values a column of this type can hold (None too, whatever the schema says:
    the writer must not depend on NOT NULL)."""
    kind = column.type
    for base, strategy in (
        (Boolean, st.booleans()),
        (DateTime, moments),
        (Date, st.dates()),
        (LargeBinary, st.binary(max_size=64)),
        (Float, st.floats(allow_nan=False, allow_infinity=False)),
        (Integer, st.integers(-(2**63), 2**63 - 1)),
        (JSON, st.none() | st.booleans() | st.integers(-(2**53), 2**53) | texts),  # scalars
    ):
        if isinstance(kind, base):
            return st.none() | strategy
    return st.none() | texts


def stored(column: Any, value: Any) -> Any:
    """What SQLite holds (and the raw cursor returns) for `value` written through SQLAlchemy."""
    process = column.type.dialect_impl(DIALECT).bind_processor(DIALECT)
    return process(value) if process is not None and value is not None else value


@st.composite
def table_rows(draw: st.DrawFn, table: SyncTable) -> list[dict[str, Any]]:
    """Rows of `table` as Python values: id, clock, bookkeeping and every data field."""
    ids = sorted(draw(st.sets(st.uuids().map(str), min_size=1, max_size=4)))
    columns = {c.key: c for c in table.table.columns}
    rows = []
    for row_id in ids:
        replica = str(draw(st.uuids()))
        dot = [replica, draw(counters), draw(counters)]
        named = draw(st.lists(st.sampled_from(table.fields), max_size=3, unique=True))
        rows.append(
            {
                "id": row_id,
                "created_at": draw(moments),
                "updated_at": draw(moments),
                "vv": {replica: dot[1]},
                "dots": {"*": dot, **{f: [replica, draw(counters), dot[2]] for f in named}},
                **{f: draw(values_for(columns[f])) for f in table.fields},
            }
        )
    return rows


@st.composite
def documents(draw: st.DrawFn) -> dict[SyncTable, list[dict[str, Any]]]:
    chosen = draw(st.lists(st.sampled_from(sync_tables()), min_size=1, max_size=4, unique=True))
    return {table: draw(table_rows(table)) for table in chosen}


def raw_row(table: SyncTable, encoder: TableEncoder, row: dict[str, Any]) -> tuple[Any, ...]:
    """The row as the raw DBAPI cursor hands it to the writer (JSON stored as text)."""
    columns = {c.key: c for c in table.table.columns}
    out = []
    for name in encoder.columns:
        if name in ("vv", "dots"):
            out.append(json.dumps(row[name]))  # as SQLAlchemy's JSON type stores it
        else:
            out.append(stored(columns[name], row[name]))
    return tuple(out)


def write(sender: Sender, tables: dict[SyncTable, list[dict[str, Any]]]) -> bytes:
    stream = DocumentStream()
    for table, rows in tables.items():
        encoder = TableEncoder.of(table)
        stream.table(
            table.name, ((r["id"], encoder.encode(raw_row(table, encoder, r))) for r in rows)
        )
    signer = sender.signer
    compressed, size = stream.finish(
        {
            "format_version": FORMAT_VERSION,
            "app_version": "0.1.0",
            "source_replica_id": signer.replica_id,
            "source_consultant_id": signer.consultant_id,
            "source_consultant_name": signer.consultant_name,
            "source_role": signer.role,
            "export_sequence": 1,
            "created_at": datetime.now(UTC).isoformat(),
        }
    )
    return bundle.seal(sign_payload(sender.key, signer, size, compressed), PASS)


@pytest.fixture(scope="module")
def sender() -> Sender:
    return make_sender()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(tables=documents())
def test_the_strict_reader_gives_back_every_row_the_writer_wrote(
    sender: Sender, tables: dict[SyncTable, list[dict[str, Any]]]
) -> None:
    opened = bundle.read_bundle(write(sender, tables), passphrase=PASS, trust=trust_all)
    document = opened.document
    assert set(document.tables) == {t.name for t in tables}
    for table, rows in tables.items():
        read = document.tables[table.name]
        assert [r.id for r in read] == [r["id"] for r in rows]
        assert document.manifest.tables[table.name].count == len(rows)
        for got, want in zip(read, rows, strict=True):
            assert naive(decode_value(got.created_at)) == want["created_at"]
            assert naive(decode_value(got.updated_at)) == want["updated_at"]
            assert got.vv == want["vv"]
            assert {k: list(v) for k, v in got.dots.items()} == want["dots"]
            assert set(got.data) == set(table.fields)
            assert table.decode(got.data) == {f: want[f] for f in table.fields}


@pytest.mark.parametrize("ids", [["b", "a"], ["a", "a"]], ids=["out of order", "twice"])
def test_the_stream_refuses_rows_out_of_id_order(ids: list[str]) -> None:
    stream = DocumentStream()
    with pytest.raises(OutOfOrderError):
        stream.table("youth", ((i, "{}") for i in ids))


def test_a_float_that_json_cannot_hold_is_refused_not_written() -> None:
    report = next(t for t in sync_tables() if t.name == "report")
    encoder = TableEncoder.of(report)
    position = encoder.columns.index("hours_absent") - 5
    with pytest.raises(ValueError, match="non-finite"):
        encoder.encoders[position](float("inf"))


def test_a_tampered_pass_through_bookkeeping_is_refused_by_the_reader(sender: Sender) -> None:
    youth = next(t for t in sync_tables() if t.name == "youth")
    encoder = TableEncoder.of(youth)
    row_id = str(uuid.uuid4())
    raw = [row_id, "2026-11-28 12:00:00.000000", "2026-11-28 12:00:00.000000", '{"x": 1}', "{}"]
    raw += [None] * len(youth.fields)
    stream = DocumentStream()
    stream.table("youth", [(row_id, encoder.encode(raw))])
    signer = sender.signer
    compressed, size = stream.finish(
        {
            "format_version": FORMAT_VERSION,
            "app_version": "0.1.0",
            "source_replica_id": signer.replica_id,
            "source_consultant_id": signer.consultant_id,
            "source_consultant_name": signer.consultant_name,
            "source_role": signer.role,
            "export_sequence": 1,
            "created_at": datetime.now(UTC).isoformat(),
        }
    )
    data = bundle.seal(sign_payload(sender.key, signer, size, compressed), PASS)
    with pytest.raises(InvalidContentError, match="tabel youth, rij 1, veld vv"):
        bundle.read_bundle(data, passphrase=PASS, trust=trust_all)


def reference_rows(vault: Vault, opened: bundle.OpenedBundle) -> dict[str, list[Any]]:
    """The bundle's rows as the first exporter built them (`SyncTable.encode` over rows read
    by SQLAlchemy), through JSON and back: the oracle for the pipeline's encoders."""
    out: dict[str, list[Any]] = {}
    with vault.session() as session:
        for table in sync_tables():
            sent = opened.document.tables.get(table.name, [])
            ids = [r.id for r in sent]
            rows = {
                r.id: r._mapping
                for r in session.execute(select(table.table).where(table.table.c.id.in_(ids)))
            }
            out[table.name] = [json.loads(json.dumps(table.encode(rows[i]))) for i in ids]
    return out


def test_an_export_of_the_demo_region_equals_the_first_exporters_rows(demo_vault: Vault) -> None:
    """Every table and column the demo fills (audit events, letters with PDFs, decisions):
    the raw-cursor encoders give what SQLAlchemy's typed values gave."""
    with demo_vault.session() as session:
        people = list(session.scalars(select(Consultant.id)))
    compared = 0
    for consultant in people:
        with demo_vault.session() as session:
            prepared = exporter.prepare_export(
                session, consultant_id=consultant, passphrase=TRANSFER
            )
        opened = bundle.read_bundle(prepared.data, passphrase=TRANSFER, trust=trust_all)
        want = reference_rows(demo_vault, opened)
        for name, rows in opened.document.tables.items():
            table = next(t for t in sync_tables() if t.name == name)
            for got, ref in zip(rows, want[name], strict=True):
                assert got.id == ref["id"]
                assert got.vv == ref["vv"] and got.dots == {
                    k: tuple(v) for k, v in ref["dots"].items()
                }
                assert decode_value(got.created_at) == decode_value(ref["created_at"])
                assert decode_value(got.updated_at) == decode_value(ref["updated_at"])
                assert table.decode(got.data) == table.decode(ref["data"])
                compared += 1
        assert prepared.rows == sum(len(r) for r in opened.document.tables.values())
    assert compared > 500  # the demo region is not empty: the comparison compared something


PDF_BYTES = 256 * 1024


def export_peak(team: Team, name: str, cases: int) -> tuple[int, int]:
    """(peak traced bytes of one export, bundle size) for a laptop with `cases` cases, each
    with a letter of `PDF_BYTES` (compressible: the bundle stays small, the rows do not)."""
    vault = team.open(name)[name]
    for n in range(cases):
        youth = make_youth(vault, surname=f"Zandkamp{n}", bsn=None)
        add_letter(vault, make_case(vault, youth), b"%PDF-1.7 " + bytes(PDF_BYTES))
    with vault.session() as session:
        tracemalloc.start()
        try:
            prepared = exporter.prepare_export(
                session, consultant_id=vault.owner_id or "", passphrase=TRANSFER
            )
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert prepared.counts["letter"] == cases
    return peak, len(prepared.data)


def test_export_memory_is_bounded_by_a_row_not_by_the_vault(team: Team) -> None:
    """Four times the letters, not four times the memory: the rows are streamed one at a time
    (the first exporter held every row, its JSON and its validated copy at once)."""
    small, _ = export_peak(team, "anna", 6)
    large, size = export_peak(team, "bram", 24)
    letters = 24 * PDF_BYTES
    assert size < letters / 10  # the bundle is small: what is measured is the working memory
    assert large < letters, (small, large)  # less than the letters themselves, let alone copies
    assert large < small * 1.25 + 512 * 1024, (small, large)  # flat, with room for noise

