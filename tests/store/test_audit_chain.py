"""Issue 14, defect 3: the audit log could be edited. Now it is append-only (triggers) and
hash-chained per replica, and `vault audit --verify` names the first broken link.

Real vaults; the attacker is simulated with the key: raw SQL with the trigger dropped."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from lvs_desktop.cli import main
from lvs_desktop.models import AuditEvent, AuditPurge, Base
from lvs_desktop.store import Vault, audit_chain
from tests.builders import make_case, make_youth, old_vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)


def events(vault: Vault) -> list[AuditEvent]:
    with vault.session() as s:
        rows = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        s.expunge_all()  # plain objects, still readable once the session is gone
        return rows


def with_events(vault: Vault) -> list[AuditEvent]:
    """A youth and a case (a handful of audit events), returned in chain order."""
    make_case(vault, make_youth(vault))
    return events(vault)


def as_attacker(path: Path, *sql: str) -> None:
    """Open the vault with the key and run raw SQL with the append-only triggers dropped."""
    with Vault.open(path, PASSPHRASE) as v, v.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        c.exec_driver_sql("DROP TRIGGER audit_event_no_delete")
        for statement in sql:
            c.exec_driver_sql(statement)


def verify_cli(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["vault", "audit", "--verify", "--vault", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_audit_event_rows_refuse_update_and_delete(vault: Vault) -> None:
    first = with_events(vault)[0]
    for sql in (
        f"UPDATE audit_event SET detail = 'weg' WHERE id = '{first.id}'",
        f"DELETE FROM audit_event WHERE id = '{first.id}'",
        "DELETE FROM audit_event",
    ):
        with pytest.raises(DBAPIError, match="append-only"), vault.engine.begin() as c:
            c.exec_driver_sql(sql)
    again = events(vault)[0]
    assert (again.id, again.detail, again.hash) == (first.id, first.detail, first.hash)
    with vault.session() as s:  # through the ORM too
        row = s.get_one(AuditEvent, first.id)
        row.detail = "anders"
        with pytest.raises(DBAPIError, match="append-only"):
            s.commit()


def test_each_event_links_to_the_previous_of_its_replica(vault: Vault) -> None:
    rows = with_events(vault)
    assert len(rows) >= 3
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    assert {r.replica_id for r in rows} == {vault.replica_id}
    assert rows[0].prev_hash is None
    for before, after in itertools.pairwise(rows):
        assert after.prev_hash == before.hash
    for r in rows:
        values = {c: getattr(r, c) for c in (*audit_chain.CHAIN_COLUMNS, "replica_id", "seq")}
        assert audit_chain.event_hash({**values, "prev_hash": r.prev_hash}) == r.hash


def test_audit_log_edited_by_raw_sql_is_named_by_verify(
    vault: Vault, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = with_events(vault)
    path, replica = vault.path, vault.replica_id
    vault.lock()
    code, out, err = verify_cli(path, capsys)
    assert code == 0, err
    assert f"Auditlog intact: {len(rows)} gebeurtenissen in 1 keten(s)" in out

    victim = rows[1]
    as_attacker(path, f"UPDATE audit_event SET action = 'view' WHERE id = '{victim.id}'")
    code, out, err = verify_cli(path, capsys)
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert f"replica {replica}, gebeurtenis {victim.id} ({victim.at:%Y-%m-%d %H:%M:%S} UTC)" in err
    assert "de inhoud is gewijzigd" in err


def test_a_rewritten_event_with_a_fresh_hash_breaks_the_next_link(
    vault: Vault, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = with_events(vault)
    path = vault.path
    vault.lock()
    victim, after = rows[1], rows[2]
    values = {c: getattr(victim, c) for c in (*audit_chain.CHAIN_COLUMNS, "replica_id", "seq")}
    values.update(prev_hash=victim.prev_hash, detail="iets anders")
    forged = audit_chain.event_hash(values)
    as_attacker(
        path,
        f"UPDATE audit_event SET detail = 'iets anders', hash = '{forged}' "
        f"WHERE id = '{victim.id}'",
    )
    code, _, err = verify_cli(path, capsys)
    assert code == 1
    assert f"gebeurtenis {after.id}" in err and f"andere vorige gebeurtenis dan {victim.id}" in err


@pytest.mark.parametrize("which", ["middle", "last"])
def test_a_deleted_event_is_named(
    vault: Vault, cli_env: None, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    rows = with_events(vault)
    path = vault.path
    vault.lock()
    gone = rows[1] if which == "middle" else rows[-1]
    as_attacker(path, f"DELETE FROM audit_event WHERE id = '{gone.id}'")
    code, _, err = verify_cli(path, capsys)
    assert code == 1
    if which == "middle":  # the event after the gap is named
        assert f"gebeurtenis {rows[2].id}" in err and "1 gebeurtenis(sen) vóór deze" in err
    else:  # no gap, but the chain's head remembers the last link
        assert f"gebeurtenis {rows[-2].id}" in err and "na deze ontbreken" in err


def test_the_purge_path_removes_marked_events_and_verify_accepts_the_gap(
    vault: Vault, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = with_events(vault)
    with vault.session() as s:
        assert audit_chain.purge_events(s, [rows[1].id, rows[-1].id]) == 2  # and the last
        s.commit()
    with vault.session() as s:
        assert {m.event_id for m in s.scalars(select(AuditPurge))} == {rows[1].id, rows[-1].id}
        assert s.get(AuditEvent, rows[1].id) is None
    with pytest.raises(DBAPIError, match="append-only"), vault.engine.begin() as c:
        c.exec_driver_sql(f"DELETE FROM audit_event WHERE id = '{rows[0].id}'")
    with pytest.raises(DBAPIError, match="append-only"), vault.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM audit_purge")
    path = vault.path
    vault.lock()
    code, out, err = verify_cli(path, capsys)
    assert code == 0, err
    assert "2 vernietigd na de bewaartermijn" in out


def test_migration_chains_the_events_already_present_per_replica_in_time_order(
    tmp_path: Path, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "oud.lvsvault"
    ours, theirs = "0190aaaa-0000-7000-8000-000000000001", "0190bbbb-0000-7000-8000-000000000002"
    made = [  # (id, at, replica of the first dot)
        ("e3", "2026-03-01 10:00:00.000000", ours),
        ("e1", "2026-01-01 10:00:00.000000", ours),
        ("e2", "2026-02-01 10:00:00.000000", theirs),
        ("e4", "2026-04-01 10:00:00.000000", theirs),
    ]
    with old_vault(path, PASSPHRASE, "0008") as c:
        c.exec_driver_sql(
            "INSERT INTO replica_state (replica_id, counter, hlc, role) "
            f"VALUES ('{ours}', 9, 0, 'team')"
        )
        for eid, at, replica in made:
            c.execute(
                text(
                    "INSERT INTO audit_event (id, at, action, entity, created_at, updated_at, "
                    "deleted, vv, dots) VALUES (:i, :at, 'view', 'case_file', :at, :at, 0, "
                    ":vv, :dots)"
                ),
                {
                    "i": eid,
                    "at": at,
                    "vv": json.dumps({replica: 1}),
                    "dots": json.dumps({"*": [replica, 1, 0]}),
                },
            )
    with Vault.open(path, PASSPHRASE) as v:
        chain = {(e.id): (e.replica_id, e.seq) for e in events(v)}
        assert chain == {"e1": (ours, 1), "e3": (ours, 2), "e2": (theirs, 1), "e4": (theirs, 2)}
        with pytest.raises(DBAPIError, match="append-only"), v.engine.begin() as c:
            c.exec_driver_sql("UPDATE audit_event SET detail = 'x'")
    code, out, err = verify_cli(path, capsys)
    assert code == 0, err
    assert "4 gebeurtenissen in 2 keten(s) (eigen keten: 2)" in out


def test_a_new_vault_has_exactly_the_triggers_the_models_declare(vault: Vault) -> None:
    """The schema-equality test compares tables; this compares the triggers."""
    memory = sa.create_engine("sqlite://")
    Base.metadata.create_all(memory)
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    with memory.connect() as c:
        declared = c.exec_driver_sql(query).all()
    with vault.engine.connect() as c:
        migrated = c.exec_driver_sql(query).all()
    assert [n for n, _ in declared if n.startswith("audit_")] == sorted(
        [
            "audit_event_no_update",
            "audit_event_no_delete",
            "audit_purge_no_update",
            "audit_purge_no_delete",
        ]
    )
    assert migrated == declared


def test_verify_tells_when_the_append_only_triggers_were_removed(
    vault: Vault, cli_env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with_events(vault)
    path = vault.path
    vault.lock()
    as_attacker(path)  # the triggers dropped, no event touched
    code, out, err = verify_cli(path, capsys)
    assert code == 1 and out == ""
    assert err.strip() == (
        "lvs-desktop: Auditlog niet beschermd: de bewaking tegen wijzigen en verwijderen "
        "(audit_event_no_update, audit_event_no_delete) is uit de kluis gehaald; "
        "de ketens kloppen wel."
    )
