"""Day one of a region, as a new user meets it: `vault init`, the ten municipalities, a DUO
school file, a case at one of those schools, and the annual figures count it under the right
school type and municipality. Through the command line in subprocesses, like a script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lvs_desktop.reports.csv_export import read_csv
from lvs_desktop.services import region as r
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_youth

DATA = Path(__file__).parent / "data"
PASS = "een lang genoeg wachtwoord"
TEN = ("0482", "0505", "0512", "0523", "0531", "1963", "1978", "0590", "0610", "0642")


def cli(*args: str, passphrase: str = PASS) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LVS_PASSPHRASE": passphrase}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def ok(*args: str) -> str:
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def test_from_vault_init_to_a_case_counted_under_its_school_type_and_municipality(
    tmp_path: Path,
) -> None:
    vault_file = tmp_path / "team.lvsvault"
    v = ("--vault", str(vault_file))
    ok("vault", "init", *v, "--name", "Lea Leider", "--role", "team_lead", "--sworn-by", "eed",
       "--boa-number", "BOA-0423-1", "--akte-number", "A-12", "--akte-expires", "2028-06-30",
       "--region", "Zuid-Holland Zuid")  # fmt: skip
    before = cli("report", *v, "--year", "2026-2027", "--municipality", "Dordrecht")
    assert before.returncode == 1
    assert "Gemeente 'Dordrecht' is onbekend: deze kluis heeft er nog geen." in before.stderr

    out = ok("region", "municipalities", *v, "--add", *TEN)
    assert out.splitlines()[0] == "10 gemeente(n) toegevoegd."
    assert "0505  Dordrecht" in out and "1963  Hoeksche Waard" in out
    out = ok("region", "schools", "import", str(DATA / "scholen_nieuw.csv"), *v)
    assert out.strip().endswith(
        "5 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 buiten de regio, 0 geweigerd."
    )
    listed = ok("region", "schools", *v, "--municipality", "dordrecht")
    assert [line.split()[0] for line in listed.splitlines()] == ["92AC00", "91AA00"]

    vault = Vault.open(vault_file, PASS)
    try:
        assert vault.role == "team"
        schools = {s.location_code: s for s in r.list_schools(vault)}
        insula, kompas = schools["92AC00"], schools["91AB00"]
        dordrecht = r.find_municipality(vault, "Dordrecht").id
        zwijndrecht = r.find_municipality(vault, "Zwijndrecht").id
        youth = make_youth(vault, 14, municipality_id=dordrecht, school_id=insula.id)
        make_case(vault, youth)  # the report comes from the youth's school: Insula (VO)
        other = make_youth(
            vault, 8, bsn=None, surname="Pieters", municipality_id=zwijndrecht, school_id=kompas.id
        )
        make_case(vault, other)
    finally:
        vault.lock()
    year = "2026-2027" if TODAY.month >= 8 else "2025-2026"

    def relative(municipality: str) -> dict[tuple[str, ...], str]:
        text = ok("report", *v, "--year", year, "--municipality", municipality, "--format", "csv")
        rows = read_csv(text)
        return {
            row.labels: row.values[year]
            for row in rows
            if row.table == "relative_reports" and row.values[year] not in ("0", "")
        }

    assert relative("DORDRECHT") == {  # any case
        ("16 uur in 4 weken", "VO"): "1",
        ("16 uur in 4 weken", "Totaal"): "1",
        ("Totaal",): "1",
    }
    assert relative("Zwijndrecht") == {
        ("16 uur in 4 weken", "PO"): "1",
        ("16 uur in 4 weken", "Totaal"): "1",
        ("Totaal",): "1",
    }
    unknown = cli("report", *v, "--year", year, "--municipality", "Rotterdam")
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1
    assert "Kies uit: Alblasserdam, Dordrecht, Gorinchem" in unknown.stderr
