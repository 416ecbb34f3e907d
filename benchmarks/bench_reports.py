"""Annual-report benchmark (issue 6): every figure over five school years of the large region,
for the region and each municipality, beside a raw SQLCipher scan of the same tables.

    python -m benchmarks.bench_reports [--small] [--vault PATH] [--repeat N]

The demo region spans a little over two school years (1 August two years back until today).
For five years the benchmark copies the region's vault once and adds a second copy of all
casework (cases, reports, contacts, tasks, routes, exemptions, enforcement) shifted two years
back, with new ids (the old id + "-p"), written by plain SQL (benchmark data: no sync
bookkeeping). That doubles the casework: 50,000 cases over school years 2022-2023 to
2026-2027 for the large region. The copy is kept beside the region for the next run.
"""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

from sqlalchemy import text

from benchmarks.bench_vault import raw_connect
from benchmarks.common import (
    PASSPHRASE,
    guard,
    median_ms,
    parser,
    region,
    report,
    timing,
    verdict,
)
from lvs_desktop.models.case_summary import READ_SQL as SUMMARY_SQL
from lvs_desktop.models.rules.dates import SchoolYear
from lvs_desktop.reports.build import compute, layout
from lvs_desktop.reports.facts import CONTACTS_SQL, FACTS_SQL, TALKED_SQL, late_tasks_sql
from lvs_desktop.reports.pdf_export import to_pdf
from lvs_desktop.reports.tally import Window
from lvs_desktop.services.reports import municipalities
from lvs_desktop.store import Vault

SHIFT = "-2 years"
CASEWORK = ("case_file", "report", "contact", "task", "route_decision", "exemption", "enforcement")
ID_COLUMNS = {"id", "case_id", "contact_id"}
YEARS = 5

#: The baseline: the narrow reads of the source tables the figures are defined on (cases,
#: reports, schools, enrolments, problem codes, contact facts, exemptions, enforcement,
#: youths, late tasks), in raw SQLCipher with the same key and PRAGMAs, rows fetched and
#: nothing counted (the baseline of the first attempt, kept so the figures compare). Since
#: migration 0011 the report reads the contact facts from `case_fact`, since 0020 the cases
#: with their first report and first contact from `case_summary`; `NARROW_READS` times those.
RAW_READS = (
    "SELECT id, youth_id, municipality_id, school_id, consultant_id, kind, opened_on, "
    "closed_on, closing_reason FROM case_file WHERE deleted = 0",
    "SELECT case_id, report_type, received_on, school_id, period_start, period_end, "
    "all_lessons_missed FROM report WHERE deleted = 0 AND voided_on IS NULL",
    "SELECT id, school_type FROM school",
    "SELECT youth_id, starts_on, ends_on, school_id FROM enrolment WHERE deleted = 0",
    "SELECT id, problem_codes FROM case_file WHERE deleted = 0",
    FACTS_SQL.text,
    "SELECT case_id, youth_id, article, outcome, received_on, starts_on, ends_on, decided_on "
    "FROM exemption WHERE deleted = 0",
    "SELECT case_id, kind, absence_kind, outcome, dated_on FROM enforcement WHERE deleted = 0",
    "SELECT id, birth_date, startkwalificatie_on, no_kwalificatieplicht FROM youth "
    "WHERE deleted = 0",
)


#: What the report reads instead of the cases, a pass over the reports and the contact facts.
NARROW_READS = (SUMMARY_SQL, TALKED_SQL.text)


def _select_shifted(conn, table: str) -> str:  # type: ignore[no-untyped-def]
    columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
    types = {row[1]: row[2].upper() for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}
    parts = []
    for c in columns:
        if c in ID_COLUMNS:
            parts.append(f"{c} || '-p'")
        elif c == "reference":
            parts.append(f"{c} || '-P'")
        elif types[c] == "DATE":
            parts.append(f"date({c}, '{SHIFT}')")
        elif types[c] == "DATETIME" and c not in ("created_at", "updated_at"):
            parts.append(f"strftime('%Y-%m-%d %H:%M:%f', {c}, '{SHIFT}')")
        else:
            parts.append(c)
    cols = ", ".join(columns)
    return f"INSERT INTO {table} ({cols}) SELECT {', '.join(parts)} FROM {table}"


def five_year_region(base: Path) -> tuple[Path, float | None]:
    """A copy of `base` with its casework doubled two years back (made once, then reused)."""
    path = base.with_name(base.stem + "-5y.lvsvault")
    if path.exists():
        return path, None
    started = time.perf_counter()
    shutil.copyfile(base, path)
    vault = Vault.open(path, PASSPHRASE)
    with vault.session() as session:
        conn = session.connection()
        for table in CASEWORK:
            conn.exec_driver_sql(
                _select_shifted(conn, table).replace(
                    f"FROM {table}", f"FROM {table} WHERE id NOT LIKE '%-p'"
                )
            )
        session.commit()
        cases = session.execute(text("SELECT count(*) FROM case_file")).scalar()
    vault.lock()
    print(
        f"{'five-year region (' + str(cases) + ' cases)':<44} made in "
        f"{time.perf_counter() - started:6.1f} s: {path}"
    )
    return path, time.perf_counter() - started


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    size = "tiny" if args.small else "large"
    base, built = region(size, args.vault)
    if built is not None:
        print(f"{'build ' + size + ' region':<44} {built:9.1f} s")
    path, _ = five_year_region(base)
    today = date.today()
    window = Window.ending(SchoolYear.of(today), YEARS, today)
    vault = Vault.open(path, PASSPHRASE)
    names = municipalities(vault)

    def full_report() -> None:
        with vault.session() as session:
            computed = compute(session, window)
        for year in window.years[2:]:
            for area in (None, *names):
                layout(computed, year, area)

    started = time.perf_counter()
    full_report()
    cold = (time.perf_counter() - started) * 1000
    ours = timing(full_report, args.repeat)
    with vault.session() as session:
        computed = compute(session, window)
    one = layout(computed, window.years[-2])
    vault.lock()

    conn = raw_connect(path)
    cutoffs = [c for c in map(window.cutoff, window.years) if c is not None]
    reads = (*RAW_READS, late_tasks_sql(cutoffs))
    raw = timing(lambda: [conn.execute(q).fetchall() for q in reads], args.repeat)
    grouping = timing(lambda: conn.execute(CONTACTS_SQL.text).fetchall(), args.repeat)
    narrow = timing(lambda: [conn.execute(q).fetchall() for q in NARROW_READS], args.repeat)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CASEWORK}
    conn.close()

    span = f"{window.years[0].label} … {window.years[-1].label}"
    print(
        f"region: {counts['case_file']} cases, {counts['report']} reports, "
        f"{counts['contact']} contacts; school years {span}; {len(names)} municipalities"
    )
    report(f"full report, {YEARS} years x {len(names) + 1} areas (first run)", cold, None)
    guard("report", f"full report, {YEARS} years x {len(names) + 1} areas", ours, raw, args.small)
    print(f"{'':<44} raw = narrow reads of the source tables in raw SQLCipher, not counted")
    print(
        f"{'contacts grouped from their rows (raw)':<44} {grouping.wall_ms:9.1f} ms   "
        f"CPU {grouping.cpu_ms:9.1f} ms   (what case_fact saves each report)"
    )
    print(
        f"{'case_summary + conversations read (raw)':<44} {narrow.wall_ms:9.1f} ms   "
        f"CPU {narrow.cpu_ms:9.1f} ms   (the narrow rows the report reads instead)"
    )
    pdf_ms = median_ms(lambda: to_pdf(one), max(1, args.repeat // 2))
    report("PDF of one report (region, 3 years)", pdf_ms, None)


if __name__ == "__main__":
    main()
    raise SystemExit(verdict())
