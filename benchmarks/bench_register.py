"""Register benchmark (issue 12): 60,000 residents and their enrolments imported through the
register import, then every list computed on that register; beside each, in the same run, a
raw SQLCipher job over the same rows (sqlcipher3, the same key and PRAGMAs): for the imports
a parse of the same CSV and one executemany into the same tables in one transaction, for the
lists a plain select of every resident and enrolment row the lists read.

    python -m benchmarks.bench_register [--small]

Each list is guarded (`register_list`: aim < 1 s CPU). The small size (2,000 residents) only
keeps the script working in CI.
"""

from __future__ import annotations

import csv
import io
import random
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from benchmarks.common import PASSPHRASE, Timing, guard, parser, report, timing, verdict
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services import region
from lvs_desktop.services.region.municipalities import SEED_REGION_CODES
from lvs_desktop.services.register import imports, lists
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.store.connection import harden, key_literal

ON = date(2026, 11, 30)
RESIDENT_HEADER = ("bsn;voornamen;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;"
                   "postcode;woonplaats;gemeente;datum_vestiging;datum_vertrek")  # fmt: skip
ENROLMENT_HEADER = "bsn;onderwijsnummer;brin;vestiging;begindatum;einddatum;diploma;diplomadatum"
SCHOOLS = {"PO": 150, "VO": 30, "MBO": 8}
SMALL_SCHOOLS = {"PO": 10, "VO": 3, "MBO": 2}


def _brin(kind: str, n: int) -> str:
    return f"{10 * (list(SCHOOLS).index(kind) + 1)}{chr(65 + n // 26)}{chr(65 + n % 26)}"


def files(residents: int, schools: dict[str, int], seed: int = 12) -> tuple[bytes, bytes, int]:
    """A residents extract and an enrolment file for `residents` people aged 4–22 on `ON`."""
    rng = random.Random(seed)
    bsns: set[str] = set()
    while len(bsns) < residents:
        bsns.add(generate_bsn(rng))
    people = [RESIDENT_HEADER]
    enrol = [ENROLMENT_HEADER]
    for i, bsn in enumerate(sorted(bsns)):
        born = ON - timedelta(days=rng.randrange(4 * 365 + 1, 23 * 365 - 2))
        moved_out = ""
        if rng.random() < 0.02:
            moved_out = str(ON - timedelta(days=rng.randrange(1, 300)))
        people.append(
            f"{bsn};Kind{i % 997};;Achternaam{i};{born};Straat;{i % 300 + 1};3311 AB;Plaats;"
            f"{SEED_REGION_CODES[i % 10]};;{moved_out}"
        )
        if rng.random() < 0.01:
            continue  # not enrolled anywhere
        age = (ON - born).days // 365
        po_start = date(born.year + 4, 8, 20)
        vo_start = date(born.year + 12, 8, 20)
        enrol.append(
            f"{bsn};;{_brin('PO', rng.randrange(schools['PO']))};00;{po_start};"
            f"{vo_start - timedelta(days=40) if age >= 12 else ''};;"
        )
        if age < 12:
            continue
        vo = _brin("VO", rng.randrange(schools["VO"]))
        if age < 16 or rng.random() < 0.1:
            enrol.append(f"{bsn};;{vo};00;{vo_start};;;")
            continue
        vo_end = date(born.year + 16, 7, 10)
        level = rng.choice(("vmbo", "vmbo", "havo", "vwo"))
        enrol.append(f"{bsn};;{vo};00;{vo_start};{vo_end};{level};{vo_end}")
        if level in ("havo", "vwo") or rng.random() < 0.05:
            continue  # on to higher education, or left without mbo
        mbo = _brin("MBO", rng.randrange(schools["MBO"]))
        mbo_end = date(born.year + 19, 7, 1)
        if mbo_end > ON:
            enrol.append(f"{bsn};;{mbo};00;{vo_end + timedelta(days=40)};;;")
        else:
            diploma = rng.choice(("MBO-2", "MBO-3", "MBO-4", "Entree", ""))
            dated = str(mbo_end) if diploma else ""
            enrol.append(
                f"{bsn};;{mbo};00;{vo_end + timedelta(days=40)};{mbo_end};{diploma};{dated}"
            )
    return ("\n".join(people) + "\n").encode(), ("\n".join(enrol) + "\n").encode(), len(enrol) - 1


def new_vault(path: Path, schools: dict[str, int]) -> Vault:
    vault = Vault.create(path, PASSPHRASE, OwnerProfile(name="Team", code="TM", role="team_lead"))
    region.add_municipalities(vault, SEED_REGION_CODES)
    dordrecht = region.find_municipality(vault, "Dordrecht").id
    for kind, count in schools.items():
        for n in range(count):
            region.add_school(
                vault,
                region.SchoolInput(f"{kind} school {n}", kind, dordrecht, brin=_brin(kind, n),
                                   vestiging="00"),
            )  # fmt: skip
    return vault


def exempt(vault: Vault, people: bytes, count: int) -> None:
    """Give `count` 17-year-olds a granted 5a exemption (through the case services), so the
    screening list has someone to find."""
    from lvs_desktop.services.cases import open_case
    from lvs_desktop.services.decisions import ExemptionInput, record_exemption
    from lvs_desktop.services.people import YouthInput, create_youth

    rows = csv.reader(io.StringIO(people.decode()), delimiter=";")
    next(rows)
    seventeen = [r for r in rows if 17 * 365 + 5 < (ON - date.fromisoformat(r[4])).days < 18 * 365]
    for r in seventeen[:count]:
        born = date.fromisoformat(r[4])
        youth = create_youth(vault, YouthInput(r[1], r[3], born, bsn=r[0]), today=ON)
        case = open_case(vault, youth.first("youth"), "exemption", ON, today=ON)
        record_exemption(
            vault,
            case.first("case_file"),
            ExemptionInput("5a", ON - timedelta(days=90), starts_on=ON - timedelta(days=60),
                           outcome="afgegeven", decided_on=ON - timedelta(days=61)),
        )  # fmt: skip


def raw_connection(path: Path) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = {key_literal(PASSPHRASE)}")
    harden(conn)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the KDF happens here
    return conn


def raw_import(conn: sqlcipher.Connection, people: bytes, enrol: bytes) -> None:
    """Parse both files and insert the rows with one executemany each, in one transaction."""
    now = "2026-11-30 12:00:00.000000"
    munis = dict(conn.execute("SELECT cbs_code, id FROM municipality").fetchall())
    schools = {
        (b, v): (i, t)
        for b, v, i, t in conn.execute("SELECT brin, vestiging, id, school_type FROM school")
    }
    rows = csv.reader(io.StringIO(people.decode()), delimiter=";")
    next(rows)
    residents = [
        (str(uuid.uuid4()), r[0], r[1], r[2] or None, r[3], r[4], r[5], r[6], r[7], r[8],
         munis[r[9]], None, r[11] or None, now)
        for r in rows
    ]  # fmt: skip
    rows = csv.reader(io.StringIO(enrol.decode()), delimiter=";")
    next(rows)
    enrolments = []
    for r in rows:
        school_id, school_type = schools[(r[2], r[3])]
        enrolments.append((
            str(uuid.uuid4()), r[0], "bsn", r[2], r[3], school_id, school_type, r[4],
            r[5] or None, r[6] or None, r[7] or None, now,
        ))  # fmt: skip
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO register_resident VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", residents
    )
    conn.executemany(
        "INSERT INTO register_enrolment (id, person_number, number_kind, brin, vestiging, "
        "school_id, school_type, starts_on, ends_on, diploma_level, diploma_on, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        enrolments,
    )
    conn.execute("COMMIT")


def raw_read(conn: sqlcipher.Connection) -> None:
    """Every resident and enrolment row, as plain tuples (what a list reads at most)."""
    conn.execute("SELECT * FROM register_resident").fetchall()
    conn.execute(
        "SELECT e.person_number, e.school_type, e.starts_on, e.ends_on, e.diploma_level, "
        "e.diploma_on FROM register_enrolment e JOIN register_resident r ON r.bsn = "
        "e.person_number"
    ).fetchall()


def main() -> int:
    args = parser(__doc__ or "").parse_args()
    size = 2_000 if args.small else 60_000
    repeat = 1 if args.small else max(1, min(args.repeat, 3))
    schools = SMALL_SCHOOLS if args.small else SCHOOLS
    people, enrol, enrolment_rows = files(size, schools)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "inwoners.csv").write_bytes(people)
        (folder / "inschrijvingen.csv").write_bytes(enrol)
        vault = new_vault(folder / "ours.lvsvault", schools)
        raw_path = folder / "raw.lvsvault"
        new_vault(raw_path, schools).lock()
        conn = raw_connection(raw_path)

        def ours_import() -> None:
            r = imports.import_residents(vault, folder / "inwoners.csv", today=ON)
            e = imports.import_enrolments(vault, folder / "inschrijvingen.csv", today=ON)
            assert r.new == size and not r.refused, r.counts_line()
            assert e.new == enrolment_rows and not e.refused, e.counts_line()

        ours = timing(ours_import)
        raw = timing(lambda: raw_import(conn, people, enrol))
        report(f"import {size} residents + {enrolment_rows} enrolments", ours.wall_ms,
               raw.wall_ms, f"CPU {ours.cpu_ms:.0f}/{raw.cpu_ms:.0f} ms")  # fmt: skip

        def again() -> None:
            r = imports.import_residents(vault, folder / "inwoners.csv", today=ON)
            e = imports.import_enrolments(vault, folder / "inschrijvingen.csv", today=ON)
            assert r.unchanged == size and e.unchanged == enrolment_rows

        report("import both again (all unchanged)", timing(again).wall_ms, raw.wall_ms)
        exempt(vault, people, 5 if args.small else 60)
        read = timing(lambda: raw_read(conn), repeat)
        for name in lists.LIST_NAMES:
            found: list[int] = []

            def compute(name: str = name, found: list[int] = found) -> None:
                found.append(len(lists.compute_list(vault, name, ON).rows))

            ours_list: Timing = timing(compute, repeat)
            guard("register_list", f"list {name} ({found[-1]} rows)", ours_list, read, args.small)
        conn.close()
        vault.lock()
    return verdict()


if __name__ == "__main__":
    raise SystemExit(main())
