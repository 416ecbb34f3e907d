"""Region benchmark (issue 9): importing DUO's national file of school locations (~8,000
rows over all 342 municipalities) into a new vault, beside a raw SQLCipher insert of the
same rows (sqlcipher3, the same key and PRAGMAs, one executemany in one transaction), in the
same run. Also: the preview, and the idempotent second import (nothing to write).

    python -m benchmarks.bench_region [--small]
"""

from __future__ import annotations

import csv
import io
import json
import random
import tempfile
import time
import uuid
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from benchmarks.common import PASSPHRASE, parser, report
from lvs_desktop.services import region
from lvs_desktop.services.region.duo import NEW_KEYS
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.store.connection import harden, key_literal

HEADER = ["PROVINCIE", *NEW_KEYS, "VESTIGINGSNAAM", "STRAATNAAM", "HUISNUMMER-TOEVOEGING",
          "POSTCODE", "PLAATSNAAM", "GEMEENTENUMMER", "GEMEENTENAAM", "DENOMINATIE",
          "TELEFOONNUMMER", "INTERNETADRES", "ONDERWIJSSTRUCTUUR"]  # fmt: skip
STRUCTURES = ["BAS"] * 6 + ["SBAS", "SO", "VSO", "SO/VSO", "VMBO/HAVO/VWO", "PRO", "HAVO/VWO"]
NAMES = ["De Regenboog", "Het Kompas", "De Wegwijzer", "Eben-Haëzer", "De Séance", "Het Anker"]


def national_file(rows: int, seed: int = 9) -> bytes:
    """A DUO file in the current layout: Windows-1252, CRLF, `;`, one row per location."""
    rng = random.Random(seed)
    municipalities = region.national_municipalities()
    lines = [";".join(HEADER)]
    brin = 0
    while len(lines) <= rows:
        brin += 1
        code = f"{brin // 676 % 100:02d}{chr(65 + brin // 26 % 26)}{chr(65 + brin % 26)}"
        m = municipalities[rng.randrange(len(municipalities))]
        for vest in range(rng.choice((1, 1, 1, 2, 3))):
            if len(lines) > rows:
                break
            name = f"{rng.choice(NAMES)} {brin}-{vest}"
            lines.append(";".join([
                "Zuid-Holland", code, f"{code}{vest:02d}", name, "Schoolstraat", str(vest + 1),
                f"{1000 + brin % 8999} AB", m.name.upper(), m.cbs_code, m.name, "Openbaar",
                "078-6000000", "", rng.choice(STRUCTURES),
            ]))  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def raw_insert(path: Path, data: bytes) -> float:
    """Seconds for a raw SQLCipher insert of the same rows (parse included, as ours; the
    unlock is not: ours runs on a vault already open)."""
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(PASSPHRASE)}")
    harden(conn)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the KDF happens here
    started = time.perf_counter()
    reader = csv.reader(io.StringIO(data.decode("cp1252")), delimiter=";")
    next(reader)
    now = "2026-11-30 12:00:00.000000"
    munis = dict(conn.execute("SELECT cbs_code, id FROM municipality").fetchall())
    params = []
    for row in reader:
        params.append((
            str(uuid.uuid4()), row[1], row[2][4:], row[3], "PO", munis[row[8]], row[4], row[5],
            row[6], row[7], row[11], row[12] or None, row[10], now, now,
            json.dumps({"r": 1}), json.dumps({"*": ["r", 1, 1]}),
        ))  # fmt: skip
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO school (id, brin, vestiging, name, school_type, municipality_id, street, "
        "house_number, postcode, city, phone, website, denomination, created_at, updated_at, "
        "archived, deleted, vv, dots) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,?,?)",
        params,
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def new_region_vault(path: Path) -> Vault:
    vault = Vault.create(path, PASSPHRASE, OwnerProfile(name="Team", code="TM", role="team_lead"))
    region.add_municipalities(vault, [m.cbs_code for m in region.national_municipalities()])
    return vault


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    rows = 400 if args.small else 8000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        file = folder / "vestigingen.csv"
        file.write_bytes(national_file(rows))

        vault = new_region_vault(folder / "ours.lvsvault")
        started = time.perf_counter()
        preview = region.preview_school_import(vault, [file])
        preview_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        done = region.apply_school_import(vault, [file])
        ours_ms = (time.perf_counter() - started) * 1000
        assert done.count("new") == rows == preview.count("new"), done.counts_line()
        started = time.perf_counter()
        again = region.apply_school_import(vault, [file])
        again_ms = (time.perf_counter() - started) * 1000
        assert again.count("unchanged") == rows and again.count("new") == 0
        vault.lock()

        raw_path = folder / "raw.lvsvault"
        new_region_vault(raw_path).lock()
        raw_ms = raw_insert(raw_path, file.read_bytes()) * 1000

    report(
        f"import DUO file, {rows} locations (new)", ours_ms, raw_ms, "ORM + dots + audit per row"
    )
    report("preview of the same file", preview_ms, None)
    report(f"import again (all {rows} unchanged)", again_ms, None)


if __name__ == "__main__":
    main()
