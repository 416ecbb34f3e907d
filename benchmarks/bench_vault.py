"""Vault benchmarks (issue 2): region build, unlock-to-first-200-rows, and a name search,
each beside raw SQLCipher (sqlcipher3 with the same key, PRAGMAs and SQL) in the same run.

    python -m benchmarks.bench_vault [--small] [--vault PATH]
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.dialects import sqlite

from benchmarks.common import PASSPHRASE, guard, median_ms, parser, region, report, timing, verdict
from lvs_desktop.services.caseload import (
    CaseloadFilter,
    CaseloadIndex,
    _caseload_query,
    list_cases,
)
from lvs_desktop.store import Vault
from lvs_desktop.store.connection import harden, key_literal


def raw_connect(path: Path) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(PASSPHRASE)}")
    harden(conn)
    return conn


def rss_mib() -> float:
    """This process's resident memory now (Linux: /proc; elsewhere the peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mib()


def peak_rss_mib() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def compiled(flt: CaseloadFilter, limit: int | None) -> str:
    query = _caseload_query(flt)
    if limit:
        query = query.limit(limit)
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    at_start = rss_mib()
    size = "tiny" if args.small else "large"
    path, built = region(size, args.vault)
    if built is not None:
        print(f"{'build ' + size + ' region':<44} {built:9.1f} s")

    def ours_first_rows() -> None:
        vault = Vault.open(path, PASSPHRASE)
        rows = list_cases(vault, CaseloadFilter(open_only=False), limit=200)
        assert rows
        vault.lock()

    sql_first = compiled(CaseloadFilter(open_only=False), 200)

    def raw_first_rows() -> None:
        conn = raw_connect(path)
        assert conn.execute(sql_first).fetchall()
        conn.close()

    guard(
        "first_rows",
        "unlock to first 200 caseload rows",
        timing(ours_first_rows, args.repeat),
        timing(raw_first_rows, args.repeat),
        args.small,
    )

    before_open = rss_mib()
    vault = Vault.open(path, PASSPHRASE)
    opened = rss_mib()
    index_ms = median_ms(lambda: CaseloadIndex.load(vault), 1)
    index = CaseloadIndex.load(vault)
    name = index.rows[0].youth_name.split(",")[0]
    text = name[:5].lower()
    hits = len(index.search(text))
    flt = CaseloadFilter(text=text, open_only=False)
    sql_ours = median_ms(lambda: list_cases(vault, flt), args.repeat)
    vault.lock()
    conn = raw_connect(path)
    sql_search = compiled(flt, None)
    conn.execute(sql_search).fetchall()  # same warm cache as ours
    base = median_ms(lambda: conn.execute(sql_search).fetchall(), args.repeat)
    conn.close()
    report(f"load caseload search index ({len(index.rows)} cases)", index_ms, None)
    print(
        f"{'RSS with the vault open':<44} {opened:6.0f} MiB; with the search index loaded "
        f"{rss_mib():.0f} MiB (at start {at_start:.0f}, before this open {before_open:.0f}, "
        f"peak {peak_rss_mib():.0f} MiB)"
    )
    report(
        f"name search '{text}' in memory ({hits} hits)",
        median_ms(lambda: index.search(text), args.repeat),
        None,
        "aim: < 50 ms (the caseload's search-as-you-type)",
    )
    report(f"name search '{text}' as one SQL query", sql_ours, base)


if __name__ == "__main__":
    main()
    raise SystemExit(verdict())
