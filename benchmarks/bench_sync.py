"""Sync benchmarks (issue 5): export of 5,000 cases, and a merge of 20 bundles of 1,250 cases
each into an empty team vault, beside raw SQLCipher inserts of the same rows in the same run.

    python -m benchmarks.bench_sync [--small]

The synthetic caseload has the region's proportions per case: a youth with 1.5 guardians, a
report, six contacts, a task and 2.4 letters (3 KB PDFs). `--small` keeps CI quick (20 bundles
of 10 cases, an export of 50). Bundles use the real scrypt setting; opening them (key
derivation, decryption, signature, validation) is timed apart from the merge.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
import tracemalloc
import zlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from benchmarks.common import CACHE, PASSPHRASE, Timing, guard, report, timing, verdict
from lvs_desktop.models import Consultant, ReplicaState, new_id
from lvs_desktop.models.clock import tick
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services import sync as service
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.store.bookkeeping import wall_ms
from lvs_desktop.store.connection import harden, key_literal
from lvs_desktop.sync import export as exporter
from lvs_desktop.sync.bundle import seal as bundle_seal
from lvs_desktop.sync.bundle import unseal
from lvs_desktop.sync.errors import UnknownSignerError
from lvs_desktop.sync.rows import sync_tables
from lvs_desktop.sync.signing import verify_payload

TRANSFER = "transport-wachtwoord-bench"


class _Writer:
    """Inserts rows table by table with the bookkeeping the store's flush hook would stamp
    (one dot per batch). Core inserts: the ORM's flush is far too slow for 300,000 rows."""

    def __init__(self, session: Any) -> None:
        self.session = session
        self.state = session.scalars(select(ReplicaState)).one()
        self.pending: dict[str, list[dict[str, Any]]] = {t.name: [] for t in sync_tables()}

    def add(self, table: str, **values: Any) -> str:
        values.setdefault("id", new_id())
        self.pending[table].append(values)
        return str(values["id"])

    def flush(self) -> None:
        self.state.counter += 1
        self.state.hlc = tick(self.state.hlc, wall_ms()).hlc
        dot = [self.state.replica_id, self.state.counter, self.state.hlc]
        now = datetime.now(UTC).replace(tzinfo=None)
        for table in sync_tables():
            rows = self.pending[table.name]
            for row in rows:
                row.update(vv={dot[0]: dot[1]}, dots={"*": dot}, created_at=now, updated_at=now)
            if rows:
                self.session.execute(table.table.insert(), rows)
            self.pending[table.name] = []


def build_caseload(vault: Vault, consultants: int, cases_each: int, seed: int = 5) -> list[str]:
    """Consultants with `cases_each` cases apiece; their ids."""
    rng = random.Random(seed)
    pdf = bytes(rng.getrandbits(8) for _ in range(3072))
    today = date(2026, 11, 28)
    with vault.session() as s:
        w = _Writer(s)
        town = w.add("municipality", name="Dordrecht", cbs_code="0505")
        school = w.add("school", name="Lyceum De Wilg", school_type="VO", municipality_id=town)
        people = [
            (w.add("consultant", name=f"Consulent {i:02d}", code=f"C{i:02d}"), f"C{i:02d}")
            for i in range(consultants)
        ]
        w.flush()
        for person, code in people:
            for n in range(cases_each):
                born = today - timedelta(days=rng.randrange(5 * 365, 17 * 365))
                surname = f"Achternaam{rng.randrange(10**6)}"
                youth = w.add(
                    "youth",
                    bsn=generate_bsn(rng),
                    given_names=rng.choice(("Sem", "Noor", "Daan")),
                    surname=surname,
                    gender="x",
                    birth_date=born,
                    school_id=school,
                    municipality_id=town,
                    street="Voorstraat",
                    house_number=str(n),
                    postcode="3311 AB",
                    city="Dordrecht",
                )
                opened = today - timedelta(days=rng.randrange(400))
                case = w.add(
                    "case_file",
                    reference=f"2026-{code}-{n + 1:04d}",
                    youth_id=youth,
                    consultant_id=person,
                    kind="relative_absence",
                    opened_on=opened,
                    municipality_id=town,
                    school_id=school,
                )
                for g in range(1 + (n % 2)):
                    w.add("guardian", youth_id=youth, surname=surname, given_names=f"Ouder {g}")
                w.add(
                    "report",
                    case_id=case,
                    report_type="16_hours",
                    received_on=opened,
                    hours_absent=24.0,
                )
                contacts = [
                    w.add(
                        "contact",
                        case_id=case,
                        consultant_id=person,
                        occurred_at=datetime(2026, 1, 1) + timedelta(hours=rng.randrange(8000)),
                        mode="phone",
                        summary="Gesprek met ouder over verzuim " * 4,
                    )
                    for _ in range(6)
                ]
                w.add(
                    "task",
                    case_id=case,
                    contact_id=contacts[0],
                    description="Terugbellen",
                    due_on=today,
                )
                for _ in range(2 + (1 if n % 5 < 2 else 0)):
                    w.add(
                        "letter",
                        case_id=case,
                        kind="invitation_1",
                        recipient_name="Fam.",
                        sent_on=today,
                        pdf=pdf,
                        sha256="0" * 64,
                        created_by_id=person,
                    )
                if n % 500 == 499:
                    w.flush()
            w.flush()
        s.commit()
        return [person for person, _ in people]


def timed(fn):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - started) * 1000


def raw_insert(source: Vault, folder: Path) -> tuple[Timing, int]:
    """Insert every synced row of `source` into a fresh vault with plain sqlcipher3."""
    dump: list[tuple[str, list[str], list[tuple]]] = []
    with source.session() as s:
        conn = s.connection().connection.dbapi_connection
        for table in sync_tables():
            columns = [c.name for c in table.table.columns]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall()
            dump.append((table.name, columns, rows))
    target = folder / "raw.lvsvault"
    Vault.create(target, PASSPHRASE, OwnerProfile(name="Raw", code="RW", role="team")).lock()
    conn = sqlcipher.connect(str(target), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(PASSPHRASE)}")
    harden(conn)
    started, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    count = 0
    for name, columns, rows in dump:
        marks = ", ".join("?" for _ in columns)
        conn.execute(f"DELETE FROM {name}") if name == "consultant" else None
        conn.executemany(f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", rows)
        count += len(rows)
    conn.execute("COMMIT")
    elapsed = Timing((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000)
    conn.close()
    return elapsed, count


def export_ms(laptop: Vault, consultant: str, folder: Path, repeat: int, small: bool) -> None:
    """Export one consultant's cases (`prepare_export`: read, encode, compress, sign, encrypt)
    beside the raw stack doing what cannot be avoided: read the same rows with sqlcipher3
    (the laptop holds only this consultant's rows, so every synced table whole), compress the
    same document bytes at the same level, derive the transfer key and encrypt."""

    def ours() -> exporter.PreparedExport:
        with laptop.session() as session:
            return exporter.prepare_export(session, consultant_id=consultant, passphrase=TRANSFER)

    prepared = ours()  # warm, and the document the raw side compresses
    opened = unseal(prepared.data, TRANSFER)[1]
    document = zlib.decompress(verify_payload(opened).compressed)
    timed_ours = timing(ours, repeat)
    with laptop.session() as s:
        conn = s.connection().connection.dbapi_connection

        def raw() -> None:
            for t in sync_tables():
                conn.execute(f"SELECT * FROM {t.name}").fetchall()
            compressed = zlib.compress(document, 6)
            bundle_seal(compressed, TRANSFER)

        timed_raw = timing(raw, repeat)
    size = len(prepared.data) / 2**20
    guard(
        "export",
        f"export {prepared.counts.get('case_file', 0)} cases ({size:.1f} MiB)",
        timed_ours,
        timed_raw,
        small,
    )
    print(
        f"{'':<44} raw = SELECT * + zlib of the same {len(document) / 2**20:.0f} MiB + scrypt + GCM"
    )
    tracemalloc.start()
    try:
        ours()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(
        f"{'export: peak Python memory (tracemalloc)':<44} {peak / 2**20:9.1f} MiB   "
        f"bundle {len(prepared.data) / 2**20:.1f} MiB, document {len(document) / 2**20:.0f} MiB"
    )
    started = time.perf_counter()
    service.export_bundle(laptop, folder / "export.lvsbundle", TRANSFER, consultant=consultant)
    report("export through the service (+ file, log)", (time.perf_counter() - started) * 1000, None)


def caseload_vault(
    path: Path, code: str, consultants: int, cases_each: int, seed: int, role: str = "consultant"
) -> tuple[Vault, list[str]]:
    """A vault with `build_caseload`'s cases (built now, or kept from an earlier run)."""
    if path.exists():
        vault = Vault.open(path, PASSPHRASE)
        with vault.session() as s:
            people = list(
                s.scalars(
                    select(Consultant.id)
                    .where(Consultant.code.like("C%"))
                    .order_by(Consultant.code)
                )
            )
        print(f"{f'reusing {path.name} ({consultants * cases_each} cases)':<44}")
        return vault, people
    vault = Vault.create(path, PASSPHRASE, OwnerProfile(name=code, code=code, role=role))
    people, built = timed(lambda: build_caseload(vault, consultants, cases_each, seed=seed))
    print(f"{f'build {path.stem} ({consultants * cases_each} cases)':<44} {built / 1000:9.1f} s")
    return vault, people


def open_trusting(vault: Vault, paths: list[Path]):  # type: ignore[no-untyped-def]
    for _ in range(3):
        try:
            return service.open_bundles(vault, paths, TRANSFER)
        except UnknownSignerError as new:
            service.accept_signer(vault, new)
    raise RuntimeError("sender not accepted")


def main() -> None:
    import argparse

    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--small", action="store_true", help="a tiny caseload, to keep CI quick")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--cases-per-bundle", type=int, default=None, help="instead of 1,250")
    p.add_argument("--repeat", type=int, default=3, help="exports timed (median is shown)")
    p.add_argument("--only", choices=("export", "merge"), default=None, help="one of the two")
    args = p.parse_args()
    small, repeat = args.small, args.repeat
    bundles_n, cases_each, export_cases = (4, 50, 200) if small else (20, 1250, 5000)
    if args.cases_per_bundle:
        cases_each, export_cases = args.cases_per_bundle, 4 * args.cases_per_bundle
    folder = Path(tempfile.mkdtemp(prefix="lvs-bench-sync-"))
    try:
        # Full size keeps the laptop, the source and its bundles (like the region) for the next
        # run; --small builds them afresh in the work folder.
        kept = folder if small else CACHE / f"sync-{bundles_n}x{cases_each}-{export_cases}"
        kept.mkdir(parents=True, exist_ok=True)
        if args.only in (None, "export"):
            # Export of one consultant's 5,000 cases, beside the raw stack (see `export_ms`).
            laptop, (me,) = caseload_vault(kept / "laptop.lvsvault", "LP", 1, export_cases, 1)
            export_ms(laptop, me, folder, repeat, small)
            laptop.lock()
        if args.only == "export":
            return
        # Merge of 20 bundles of 1,250 cases into an empty team vault.
        paths = sorted(kept.glob("bundle-*.lvsbundle"))
        if len(paths) != bundles_n:
            source, people = caseload_vault(
                kept / "source.lvsvault", "BR", bundles_n, cases_each, 2, role="team"
            )
            paths = []
            for i, person in enumerate(people):
                out = kept / f"bundle-{i:02d}.lvsbundle"
                service.export_bundle(source, out, TRANSFER, consultant=person)
                paths.append(out)
            source.lock()
        team = Vault.create(
            folder / "team.lvsvault", PASSPHRASE, OwnerProfile(name="Team", code="TM", role="team")
        )
        open_trusting(team, paths[:1])
        opened, open_ms = timed(lambda: open_trusting(team, paths))
        results = []
        merged = timing(lambda: results.append(service.apply_import(team, opened)))
        result = results[0]
        rows = sum(len(r) for b in opened for r in b.document.tables.values())
        raw, raw_rows = raw_insert(team, folder)
        team.lock()
        print(
            f"{f'open {len(paths)} bundles (scrypt, GCM, Ed25519, pydantic)':<44} "
            f"ours {open_ms:9.1f} ms"
        )
        guard(
            "merge",
            f"merge {len(paths)} bundles ({rows} rows) into empty vault",
            merged,
            raw,
            small,
        )
        print(f"{'':<44} raw = executemany INSERT of the merged vault's {raw_rows} rows")
        print(f"{'':<44} {result.counts.line()}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"kept {folder}")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
    raise SystemExit(verdict())
