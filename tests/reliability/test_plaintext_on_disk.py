"""A scripted working day leaves no surname, BSN or note in clear anywhere outside `--out`.

The day runs as its own program with its own home, data, state, config, cache and temp folders
(all under the test's folder): `vault init`, a youth with a guardian, a case and a contact note
(through the services the screens use), a letter, an export, a team vault that imports it, a
backup. Then every file in those folders is read and searched for the day's surname, BSN, note
and street (UTF-8 and UTF-16, any case), and so is every file under /tmp written meanwhile.
Only `--out` (where the consultant asked for letters and the bundle) may hold them, and the
letters there must (a check that the markers reached the program at all).
"""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lvs_desktop.models.rules.identifiers import generate_bsn

pytestmark = pytest.mark.reliability

TESTS = Path(__file__).resolve().parents[1]
PASSPHRASE = "Zeven zonnige zeilboten 2026!"
TRANSFER = "Transfer van het team, najaar 2026"

DAY = textwrap.dedent(
    """
    import sys
    from datetime import date, datetime, timedelta
    from pathlib import Path

    sys.path[:0] = [sys.argv[6], sys.argv[6] + "/letters"]
    from letter_vault import TODAY, add_school, set_owner_profile

    from lvs_desktop.cli import main
    from lvs_desktop.models import Case
    from lvs_desktop.services import cases, contacts, people
    from lvs_desktop.services import sync as service
    from lvs_desktop.store import Vault
    from lvs_desktop.sync.errors import UnknownSignerError

    work, out, surname, bsn, note = Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:6]
    mine, team = work / "kluizen" / "jet.lvsvault", work / "kluizen" / "team.lvsvault"

    def run(*args):
        code = main([str(a) for a in args])
        assert code == 0, args

    run("vault", "init", "--vault", mine, "--name", "Jet de Vries", "--code", "JV")
    with Vault.open(mine, sys.argv[7]) as vault:
        set_owner_profile(vault)
        school = add_school(vault)
        home = dict(street="Quaedvliegstraat", house_number="7", postcode="3311 AB",
                    city="Dordrecht")
        youth = people.create_youth(vault, people.YouthInput(
            given_names="Noor", surname=surname, birth_date=date(2012, 3, 4), gender="v",
            bsn=bsn, school_id=school, enrolled_on=date(2025, 8, 25), **home),
            today=TODAY).first("youth")
        people.add_guardian(vault, youth, people.GuardianInput(
            surname=surname, given_names="Els", gender="v", **home))
        case = cases.open_case(vault, youth, "relative_absence", TODAY - timedelta(days=20),
            report=cases.ReportInput(report_type="16_hours", received_on=TODAY,
                period_start=TODAY - timedelta(days=40), period_end=TODAY - timedelta(days=21),
                hours_absent=18.0), today=TODAY).first("case_file")
        contacts.log_contact(vault, case, contacts.ContactInput(
            occurred_at=datetime(2026, 11, 20, 10, 0), mode="home_visit", summary=note),
            now=datetime(2026, 11, 28, 12, 0))
        with vault.session() as s:
            reference = s.get(Case, case).reference
    run("letter", "--vault", mine, "--case", reference, "--kind", "invitation-1",
        "--out", out / "brieven", "--date", "28-11-2026", "--appointment", "07-12-2026 10:30")
    run("export", "--vault", mine, "--out", out / "jv.lvsbundle")
    run("vault", "init", "--vault", team, "--name", "Lea Leider", "--code", "LL", "--team")
    with Vault.open(team, sys.argv[7]) as vault:
        try:
            service.open_bundles(vault, [out / "jv.lvsbundle"], sys.argv[8])
            fingerprint = ""
        except UnknownSignerError as unknown:
            fingerprint = unknown.fingerprint
    run("import", "--vault", team, "--accept-fingerprint", fingerprint, out / "jv.lvsbundle")
    with Vault.open(mine, sys.argv[7]) as vault:
        vault.backup("einde-dag")
    print("dag klaar")
    """
)


def markers(surname: str, bsn: str, note: str) -> list[bytes]:
    found = []
    for text in (surname, bsn, note, "Quaedvliegstraat"):
        for variant in {text, text.lower(), text.upper()}:
            found += [variant.encode("utf-8"), variant.encode("utf-16-le")]
    return found


def holders(root: Path, needles: list[bytes]) -> dict[str, list[bytes]]:
    """Files under `root` that contain any of `needles`."""
    hits: dict[str, list[bytes]] = {}
    for folder, _dirs, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            try:
                info = path.lstat()
                if not path.is_file() or info.st_size > 200 << 20:
                    continue
                data = path.read_bytes()
            except OSError:
                continue  # gone meanwhile, or not ours to read
            found = [n for n in needles if n in data]
            if found:
                hits[str(path)] = found
    return hits


def _file_hits(path: Path, needles: list[bytes]) -> dict[str, list[bytes]]:
    if not path.is_file() or path.stat().st_size > 200 << 20:
        return {}
    data = path.read_bytes()
    found = [n for n in needles if n in data]
    return {str(path): found} if found else {}


def test_a_working_day_leaves_no_personal_data_in_clear_outside_out(tmp_path: Path) -> None:
    rng = random.Random()
    surname = "Zwaluwhoeve" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(6))
    bsn = generate_bsn(rng)
    note = f"Moeder vertelt over de scheiding en de schulden ({rng.randrange(10**8)})"
    needles = markers(surname, bsn, note)

    work, out = tmp_path / "werk", tmp_path / "uit"
    folders = {
        "HOME": work / "home",
        "XDG_DATA_HOME": work / "data",
        "XDG_STATE_HOME": work / "state",
        "XDG_CONFIG_HOME": work / "config",
        "XDG_CACHE_HOME": work / "cache",
        "TMPDIR": work / "tmp",
    }
    for folder in folders.values():
        folder.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k != "LVS_STATE_DIR"}
    env.update({k: str(v) for k, v in folders.items()})
    env.update(LVS_PASSPHRASE=PASSPHRASE, LVS_TRANSFER_PASSPHRASE=TRANSFER)
    script = tmp_path / "werkdag.py"
    script.write_text(DAY)

    started = time.time() - 1
    day = subprocess.run(
        [sys.executable, script, work, out, surname, bsn, note, TESTS, PASSPHRASE, TRANSFER],
        cwd=work / "home",
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert day.returncode == 0 and "dag klaar" in day.stdout, day.stderr[-2000:]
    assert not [n for n in needles if n.decode("utf-8", "ignore") in day.stdout + day.stderr]

    written = [p for p in work.rglob("*") if p.is_file()]
    names = {p.name for p in written}
    assert {"jet.lvsvault", "team.lvsvault"} <= names  # the scan saw the vaults
    assert any(p.suffix == ".lvsbackup" for p in written)  # and the backups
    assert holders(work, needles) == {}
    others: dict[str, list[bytes]] = {}
    for entry in Path("/tmp").iterdir():  # what appeared in /tmp meanwhile (other tests' own
        if entry.name.startswith("pytest-of-"):  # folders aside: each test has its own)
            continue
        with contextlib.suppress(OSError):
            if entry.lstat().st_mtime >= started:
                others.update(
                    holders(entry, needles) if entry.is_dir() else _file_hits(entry, needles)
                )
    assert others == {}

    assert holders(out / "brieven", [surname.encode(), surname.upper().encode()]) or any(
        (out / "brieven").iterdir()
    )  # the letters were written where asked (their text streams are compressed)
    control = work / "home" / "control.txt"  # and the scan finds clear text when it is there
    control.write_text(f"{surname}\n", encoding="utf-16-le")
    assert list(holders(work, needles)) == [str(control)]
