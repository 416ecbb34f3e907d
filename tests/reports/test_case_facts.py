"""Issue 15, item 4: the report reads per-case contact facts (`case_fact`, kept by triggers on
`contact`) and one summary row per live case (`case_summary`, kept by triggers on `case_file`,
`report` and `case_fact`). Both must always equal their rows: a seeded random sequence of edits
through the real services (contacts and reports logged, corrected, voided; cases edited and
closed), imports of bundles between real vaults and a purge, checking after every step that
`case_fact` equals the grouping of the contact rows, `case_summary` equals its computation from
the case, report and contact rows, and the whole report counted from them equals the one
counted from the rows. Plus the migrations' fill of an existing vault and the rebuild on the
command line.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text

from lvs_desktop.models import Contact
from lvs_desktop.models.case_summary import FROM_ROWS_SQL, READ_SQL
from lvs_desktop.models.case_summary import TRIGGERS as SUMMARY_TRIGGERS
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.reports.build import compute, layout
from lvs_desktop.reports.facts import CONTACTS_SQL, FACTS_SQL
from lvs_desktop.reports.tally import Window
from lvs_desktop.services import contacts
from lvs_desktop.services.audit_texts import detail_label
from lvs_desktop.services.cases import (
    CaseEdit,
    ReportInput,
    add_report,
    close_case,
    update_case,
    update_report,
)
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.corrections import void_record
from lvs_desktop.services.reports import rebuild_case_facts
from lvs_desktop.store import Vault, migrate
from lvs_desktop.store.bookkeeping import PURGE_FLAG
from lvs_desktop.sync import kdf, tombstones
from lvs_desktop.sync.rows import YOUTH, sync_tables
from tests.builders import TODAY, make_case, make_youth
from tests.conftest import OWNER, PASSPHRASE
from tests.reports.test_sql_counts import assert_sql_equals_oracle
from tests.sync.vaults import Team

KINDS = ("conversation", "attempt", "invitation")
WINDOW = Window.ending(SchoolYear.of(TODAY), 5, TODAY)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    """Anna's laptop and the team vault (the sync tests' helper), bundles at the cheap KDF."""
    kdf.use_fast_kdf_for_tests(True)
    made = Team(tmp_path)
    yield made
    made.close()
    kdf.use_fast_kdf_for_tests(False)


def _normal(rows: list[Any]) -> set[tuple[str, int, str | None, bool]]:
    return {(c, int(y), None if f is None else str(f)[:10], bool(t)) for c, y, f, t in rows}


def _summary(rows: list[Any]) -> set[tuple[Any, ...]]:
    return {tuple(None if v is None else str(v)[:40] for v in row) for row in rows}


def _samples(computed: Any) -> dict[Any, dict[Any, list[float]]]:
    """The samples, each list sorted: a median does not depend on the order cases are read."""
    return {k: {m: sorted(v) for m, v in per.items()} for k, per in computed.tally.samples.items()}


def assert_facts_equal_rows(vault: Vault) -> int:
    """`case_fact` equals the contacts grouped by case and school year, `case_summary` equals
    its computation from the case, report and contact rows, and every figure of every year and
    area counted from them equals the one counted from the rows."""
    with vault.session() as s:
        facts = _normal(list(s.execute(FACTS_SQL)))
        grouped = _normal(list(s.execute(CONTACTS_SQL)))
        summary = _summary(list(s.execute(text(READ_SQL))))
        fresh = _summary(list(s.execute(text(FROM_ROWS_SQL))))
        from_facts = compute(s, WINDOW)
        from_rows = compute(s, WINDOW, from_rows=True)
    assert facts == grouped
    assert summary == fresh
    assert from_facts.tally.counts == from_rows.tally.counts
    assert _samples(from_facts) == _samples(from_rows)
    for year in WINDOW.years[2:]:
        for area in (None, *from_rows.labels.municipalities.values()):
            assert layout(from_facts, year, area) == layout(from_rows, year, area)
    assert_sql_equals_oracle(vault, WINDOW)  # the SQL counts equal the Python row counts
    return len(facts)


def _moment(rng: random.Random) -> datetime:
    # across four school years, with 31 July / 1 August on either side of a year's edge
    day = rng.choice(
        [TODAY - timedelta(days=rng.randrange(0, 1200)), date(2025, 7, 31), date(2025, 8, 1)]
    )
    return datetime.combine(day, time(rng.randrange(8, 18), 0))


def _contact(rng: random.Random) -> ContactInput:
    kind = rng.choice(KINDS)
    return ContactInput(_moment(rng), "phone", kind=kind, summary="Gesprek.")


def _report(rng: random.Random) -> ReportInput:
    on = _moment(rng).date()
    return ReportInput("16_hours", on, on - timedelta(days=28), on, hours_absent=18.0)


def _random_edits(vault: Vault, case_ids: list[str], rng: random.Random, steps: int) -> None:
    live: list[str] = []
    reports: list[str] = []
    for step in range(steps):
        roll = rng.random()
        if roll < 0.4 or not live:
            case = rng.choice(case_ids)
            summary = contacts.log_contact(vault, case, _contact(rng), now=datetime(2026, 11, 28))
            live.append(summary.first("contact"))
        elif roll < 0.55:
            contacts.update_contact(
                vault, rng.choice(live), _contact(rng), now=datetime(2026, 11, 28)
            )
        elif roll < 0.65:
            void_record(vault, "contact", live.pop(rng.randrange(len(live))), "Dubbel", TODAY)
        elif roll < 0.8 or not reports:
            done = add_report(vault, rng.choice(case_ids), _report(rng), today=TODAY)
            reports.append(done.first("report"))
        elif roll < 0.9:
            update_report(vault, rng.choice(reports), _report(rng), today=TODAY)
        elif roll < 0.95:
            void_record(vault, "report", reports.pop(rng.randrange(len(reports))), "Fout", TODAY)
        else:
            with vault.session() as s:
                owner = s.execute(text("SELECT id FROM consultant LIMIT 1")).scalar_one()
            kind = rng.choice(("relative_absence", "absolute_absence", "early_school_leaver"))
            update_case(vault, rng.choice(case_ids), CaseEdit(kind, owner))
        if step % 5 == 4:
            assert_facts_equal_rows(vault)


def test_facts_equal_the_contacts_after_seeded_edits_and_imports(team: Team) -> None:
    team.open("anna", "lead")
    anna = team["anna"]
    rng = random.Random(20261130)
    youths = [make_youth(anna, 12 + i, bsn=None) for i in range(4)]
    cases = [make_case(anna, y, opened_on=date(2023, 3, 1)) for y in youths]
    _random_edits(anna, cases, rng, 40)
    close_case(anna, cases[0], TODAY - timedelta(days=3), "back_to_school", "seen", today=TODAY)
    assert assert_facts_equal_rows(anna) > 0

    synced = {t.name for t in sync_tables()}
    assert "case_fact" not in synced and "case_summary" not in synced  # each vault derives them
    team.sync("anna", "lead")  # the importer inserts the contacts into the team vault
    assert assert_facts_equal_rows(team["lead"]) > 0
    _random_edits(anna, cases, rng, 20)  # corrections and voids travel as updates
    team.sync("anna", "lead")
    assert assert_facts_equal_rows(team["lead"]) > 0
    with anna.session() as s, team["lead"].session() as t:
        assert _normal(list(s.execute(FACTS_SQL))) == _normal(list(t.execute(FACTS_SQL)))
        assert _summary(list(s.execute(text(READ_SQL)))) == _summary(
            list(t.execute(text(READ_SQL)))
        )
    with anna.session() as s:  # the purge's own deletes (without its retention check)
        s.info[PURGE_FLAG] = True
        tombstones.destroy(s, {YOUTH: {youths[1]}}, TODAY, tombstones.clock_time(s))
        s.commit()
        assert s.execute(text("SELECT count(*) FROM case_summary")).scalar() == 3
    assert assert_facts_equal_rows(anna) > 0
    team.sync("anna", "lead")  # the tombstones delete the case in the team vault too
    assert assert_facts_equal_rows(team["lead"]) > 0
    with team["lead"].session() as t:
        gone = "SELECT count(*) FROM case_summary WHERE case_id = :c"
        assert t.execute(text(gone), {"c": cases[1]}).scalar() == 0


def test_a_deleted_or_moved_contact_leaves_its_old_group(vault: Vault) -> None:
    """Writes outside the services (a purge, a hand) are followed too: the triggers sit in
    the database."""
    case_a = make_case(vault, make_youth(vault, 13, bsn=None))
    case_b = make_case(vault, make_youth(vault, 14, bsn=None))
    ids = [
        contacts.log_contact(
            vault,
            case_a,
            ContactInput(datetime(2026, 10, d, 9), "phone", kind=k, summary="Gesprek."),
        ).first("contact")
        for d, k in ((1, "invitation"), (5, "conversation"), (9, "attempt"))
    ]
    with vault.session() as s:
        assert _normal(list(s.execute(FACTS_SQL))) == {(case_a, 2026, "2026-10-05", True)}
        s.get_one(Contact, ids[1]).case_id = case_b
        s.commit()
        assert _normal(list(s.execute(FACTS_SQL))) == {
            (case_a, 2026, "2026-10-09", False),
            (case_b, 2026, "2026-10-05", True),
        }
        s.execute(text("DELETE FROM task"))
        s.execute(text("DELETE FROM contact WHERE case_id = :c"), {"c": case_a})
        s.commit()
        assert _normal(list(s.execute(FACTS_SQL))) == {(case_b, 2026, "2026-10-05", True)}
    assert_facts_equal_rows(vault)
    with vault.session() as s:  # a tombstoned case leaves the summary, and comes back
        s.execute(text("UPDATE case_file SET deleted = 1 WHERE id = :c"), {"c": case_b})
        s.commit()
        assert s.execute(text("SELECT case_id FROM case_summary")).scalars().all() == [case_a]
    assert_facts_equal_rows(vault)
    with vault.session() as s:
        s.execute(text("UPDATE case_file SET deleted = 0 WHERE id = :c"), {"c": case_b})
        s.commit()
        first = "SELECT first_contact FROM case_summary WHERE case_id = :c"
        assert str(s.execute(text(first), {"c": case_b}).scalar()) == "2026-10-05"
    assert_facts_equal_rows(vault)


def test_migration_0011_fills_the_facts_of_an_existing_vault(vault_path: Path) -> None:
    made = Vault.create(vault_path, PASSPHRASE, OWNER)
    case = make_case(made, make_youth(made, 13, bsn=None))
    rng = random.Random(7)
    for _ in range(12):
        contacts.log_contact(made, case, _contact(rng), now=datetime(2026, 11, 28))
    made._raw.execute("PRAGMA foreign_keys = OFF")  # a table rebuild needs it (see upgrade_vault)
    with made.engine.begin() as conn:  # back to the schema before this slot
        command.downgrade(migrate.alembic_config(conn), "0010")
        gone = "SELECT count(*) FROM sqlite_master WHERE name = 'case_fact' OR type = 'trigger'"
        assert conn.exec_driver_sql(gone).scalar() == 4  # the four audit triggers only
    made.lock()
    upgraded = Vault.open(vault_path, PASSPHRASE)  # upgrades (after a backup) and fills
    try:
        assert assert_facts_equal_rows(upgraded) > 0
        contacts.log_contact(upgraded, case, _contact(rng), now=datetime(2026, 11, 28))
        assert_facts_equal_rows(upgraded)  # and the triggers came with it
    finally:
        upgraded.lock()


def test_migration_0020_fills_the_summary_of_an_existing_vault(vault_path: Path) -> None:
    made = Vault.create(vault_path, PASSPHRASE, OWNER)
    cases = [make_case(made, make_youth(made, 13 + i, bsn=None)) for i in range(3)]
    rng = random.Random(11)
    for _ in range(9):
        contacts.log_contact(made, rng.choice(cases), _contact(rng), now=datetime(2026, 11, 28))
        add_report(made, rng.choice(cases), _report(rng), today=TODAY)
    with made.engine.begin() as conn:  # back to the schema before this slot
        command.downgrade(migrate.alembic_config(conn), "0019")
        gone = "SELECT count(*) FROM sqlite_master WHERE name LIKE 'case_summary%'"
        assert conn.exec_driver_sql(gone).scalar() == 0
    made.lock()
    upgraded = Vault.open(vault_path, PASSPHRASE)  # upgrades (after a backup) and fills
    try:
        with upgraded.session() as s:
            assert s.execute(text("SELECT count(*) FROM case_summary")).scalar() == 3
            triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            stored = {name: sql for name, sql in s.execute(text(triggers))}
        for name, sql in SUMMARY_TRIGGERS.items():  # the migration's text is the model's
            assert stored[name] == sql
        assert_facts_equal_rows(upgraded)
        contacts.log_contact(upgraded, cases[0], _contact(rng), now=datetime(2026, 11, 28))
        add_report(upgraded, cases[1], _report(rng), today=TODAY)
        assert_facts_equal_rows(upgraded)  # and the triggers came with it
    finally:
        upgraded.lock()


def test_rebuild_on_the_command_line_restores_tampered_facts(vault: Vault) -> None:
    case = make_case(vault, make_youth(vault, 13, bsn=None))
    rng = random.Random(3)
    for _ in range(8):
        contacts.log_contact(vault, case, _contact(rng), now=datetime(2026, 11, 28))
    with vault.session() as s:
        expected = _normal(list(s.execute(FACTS_SQL)))
        s.execute(text("UPDATE case_fact SET first_contact = '2000-01-01', conversation = 0"))
        s.execute(text("UPDATE case_summary SET first_report = NULL, kind = 'x'"))
        s.commit()
    summary = rebuild_case_facts(vault)
    assert summary.message.startswith("Rapportfeiten opnieuw opgebouwd")
    with vault.session() as s:  # audited, in the log's own words
        event = s.execute(
            text("SELECT action, entity, detail FROM audit_event ORDER BY seq DESC LIMIT 1")
        ).one()
    assert tuple(event) == ("update", "annual_report", "rebuild_case_facts")
    assert detail_label(event.detail) == "contactfeiten van de jaarcijfers opnieuw berekend"
    assert_facts_equal_rows(vault)
    with vault.session() as s:
        s.execute(text("DELETE FROM case_fact"))
        s.commit()
    path = vault.path
    vault.lock()
    env = {**os.environ, "LVS_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "lvs_desktop", "report-rebuild", "--vault", str(path)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Rapportfeiten opnieuw opgebouwd uit de dossiers, meldingen en contacten" in done.stdout
    reopened = Vault.open(path, PASSPHRASE)
    try:
        with reopened.session() as s:
            assert _normal(list(s.execute(FACTS_SQL))) == expected
    finally:
        reopened.lock()
