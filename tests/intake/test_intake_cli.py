"""The intake as a script and a team vault use it: the CLI path (exit codes, one Dutch summary
line, refused lines), an import killed halfway (kill -9) that leaves nothing of itself, and an
assigned case that travels to its consultant in the usual bundle."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, Case, IntakeReport, Report, Youth
from lvs_desktop.models.rules.identifiers import generate_bsn
from lvs_desktop.services import intake
from lvs_desktop.services import sync as sync_service
from lvs_desktop.store import OwnerProfile, Vault
from lvs_desktop.sync.rows import sync_tables
from tests.conftest import PASSPHRASE
from tests.intake.helpers import FIXTURES, TODAY, fixture, make_region

ADMIN = OwnerProfile(name="Ada Admin", code="AD", role="administration")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LVS_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "lvs_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def admin_vault(path: Path) -> None:
    vault = Vault.create(path, PASSPHRASE, ADMIN)
    make_region(vault)
    vault.lock()


def test_the_cli_imports_lists_assigns_and_refuses(tmp_path: Path) -> None:
    path = tmp_path / "admin.lvsvault"
    admin_vault(path)
    v = ["--vault", str(path)]
    default, bad = str(FIXTURES / "reports_default.csv"), str(FIXTURES / "reports_bad.csv")

    dry = cli("intake", "reports", default, *v, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[0].startswith("Proefimport, niets opgeslagen: 2 nieuw, 1 ")
    assert dry.stdout.splitlines()[1] == "Koppelprofiel: standaard"

    done = cli("intake", "reports", default, bad, *v)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == (
        "Meldingen ingelezen: 3 nieuw, 1 toegevoegd aan een dossier, 0 ongewijzigd, "
        "1 kandidaat, 7 geweigerd."
    )
    assert lines[1] == "Koppelprofiel: standaard"  # on every import, not only a dry run
    assert lines[2] == "reports_bad.csv, regel 2: BSN voldoet niet aan de elfproef"
    assert lines[-1].startswith("Voeg de ontbrekende scholen toe met 'lvs-desktop region schools")
    assert len(lines) == 10 and "111222334" not in done.stdout and "Kok" not in done.stdout

    again = cli("intake", "reports", default, *v)
    assert "0 nieuw, 0 toegevoegd aan een dossier, 4 ongewijzigd" in again.stdout

    inbox = cli("intake", "inbox", *v)
    assert inbox.returncode == 0 and inbox.stdout.startswith("4 melding(en) in de intake:")
    assert "M-1001     02-11-2026  eerste contact uiterlijk 16-11-2026" in inbox.stdout
    assert "voorstel: Anna Visser" in inbox.stdout and "KANDIDAAT" in inbox.stdout

    wrong = cli("intake", "assign", "M-1001", "--to", "ZZ", *v)
    assert wrong.returncode == 1 and wrong.stderr.count("\n") == 1
    assert "Niemand op het rooster met code ZZ" in wrong.stderr
    neither = cli("intake", "assign", "M-1001", *v)
    assert neither.returncode == 1 and "Kies --to CODE of --proposed" in neither.stderr

    given = cli("intake", "assign", "M-1001", "M-1003", "--to", "BC", *v)
    assert given.returncode == 0, given.stderr
    assert given.stdout.strip() == "2 melding(en) toegewezen aan Bram Claes."
    proposed = cli("intake", "assign", "--proposed", *v)  # B-3007: Daan again → joins his case
    assert (
        proposed.stdout.strip()
        == "1 melding(en) toegewezen aan Anna Visser (1 bij een lopend dossier)."
    )
    assert cli("intake", "confirm", "M-1004", "--youth", "dezelfde", *v).returncode == 0

    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.session() as s:
            daan = s.scalars(select(Youth).where(Youth.bsn == "111222333")).one()
            (case,) = daan.cases
            assert case.consultant.name == "Bram Claes" and case.reference.startswith("2026-AD-")
            assert sorted(r.duo_number or "" for r in case.reports) == ["B-3007", "M-1001"]
            waiting = s.scalars(select(IntakeReport.duo_number).where(IntakeReport.status == "new"))
            assert list(waiting) == ["M-1004"]  # Noor: the same youth, no open case yet
    finally:
        vault.lock()


def test_profiles_from_the_cli_read_the_second_header_variant(tmp_path: Path) -> None:
    path = tmp_path / "admin.lvsvault"
    admin_vault(path)
    v = ["--vault", str(path)]
    region = str(FIXTURES / "reports_region.csv")
    refused = cli("intake", "reports", region, *v)
    assert refused.returncode == 1 and "Geen koppelprofiel past" in refused.stderr
    columns = [
        # a field by its code or by the Dutch label 'profiles --show' prints beside it
        "Meldingnummer DUO=Meldingsnummer", "bsn=Burgerservicenummer",
        "onderwijsnummer=Onderwijs nr", "voornamen=Roepnaam", "surname_prefix=Tussenvoegsel",
        "Achternaam=Geslachtsnaam",
        "birth_date=Geb. datum", "brin=Brinnummer", "vestiging=Vestigingsnummer",
        "report_type=Soort melding", "received_on=Meldingsdatum", "hours_absent=Aantal uren",
    ]  # fmt: skip
    saved = cli(
        "intake", "profiles", "--save", "Drechtsteden", *[f"--column={c}" for c in columns], *v
    )
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.splitlines() == [
        "Koppelprofiel Drechtsteden opgeslagen.", "standaard", "Drechtsteden",
    ]  # fmt: skip
    done = cli("intake", "reports", region, "--profile", "drechtsteden", *v)
    assert done.stdout.startswith("Meldingen ingelezen: 2 nieuw"), done.stdout + done.stderr


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from lvs_desktop.services import intake
    from lvs_desktop.store import Vault

    vault = Vault.open(Path(sys.argv[1]), sys.argv[2])
    data = Path(sys.argv[3]).read_bytes()

    def progress(done, total):
        if done == total // 2:
            print("halfway", flush=True)
            time.sleep(60)  # killed here, with half the lines written in the open transaction

    intake.import_reports(vault, [("groot.csv", data)], progress=progress)
    print("finished", flush=True)
    """
)


def test_an_import_killed_halfway_leaves_nothing_of_itself(tmp_path: Path) -> None:
    path = tmp_path / "admin.lvsvault"
    admin_vault(path)
    header = (
        "Meldingnummer;BSN;Voornamen;Achternaam;Geboortedatum;BRIN;Vestiging;Verzuimsoort;"
        "Datum melding"
    )
    rng = random.Random(12)
    rows = [
        f"K-{n};{generate_bsn(rng)};Kind;Nummer{n};01-01-2012;12AB;00;16 uur;02-11-2026"
        for n in range(400)
    ]
    big = tmp_path / "groot.csv"
    big.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    vault = Vault.open(path, PASSPHRASE)
    with vault.session() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEvent))
    vault.lock()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), PASSPHRASE, str(big)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "halfway"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.session() as s:
            assert s.scalar(select(func.count()).select_from(IntakeReport)) == 0
            assert s.scalar(select(func.count()).select_from(AuditEvent)) == audit_before
        assert intake.list_inbox(vault) == []
        result = intake.import_reports(vault, [("groot.csv", big.read_bytes())], today=TODAY)
        assert result.new == 400  # and the same file imports whole afterwards
    finally:
        vault.lock()


def test_an_assigned_case_travels_to_its_consultant_and_the_inbox_does_not(
    vault: Vault, tmp_path: Path
) -> None:
    region = make_region(vault)
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    case_id = intake.assign(vault, ["M-1001"], region.bram, today=TODAY).first("case_file")
    assert "intake_report" not in {t.name for t in sync_tables()}  # local to this vault
    for_bram = sync_service.export_bundle(
        vault, tmp_path / "bram.lvsbundle", "transfer-wachtwoord van het team", consultant="BC"
    )
    assert for_bram.counts["case_file"] == 1 and for_bram.counts["report"] == 1
    assert for_bram.counts["youth"] == 1
    for_anna = sync_service.export_bundle(
        vault, tmp_path / "anna.lvsbundle", "transfer-wachtwoord van het team", consultant="AV"
    )
    assert for_anna.counts["case_file"] == 1  # Eva's case, not Bram's new one
    with vault.session() as s:
        assert s.get_one(Case, case_id).consultant_id == region.bram
        assert s.scalars(select(Report.case_id).where(Report.duo_number == "M-1001")).one() == (
            case_id
        )


def test_reports_before_the_schools_are_registered_say_how_to_fix_it(tmp_path: Path) -> None:
    """Q1: a new region reads DUO's reports before its schools are in the register. Every
    line is refused: the run says "Niets ingelezen", names the command that adds the schools,
    and exits 1 (a script notices); the vault holds no report."""
    path = tmp_path / "empty.lvsvault"
    Vault.create(path, PASSPHRASE, ADMIN).lock()
    done = cli("intake", "reports", str(FIXTURES / "reports_default.csv"), "--vault", str(path))
    assert done.returncode == 1, done.stdout
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Niets ingelezen: 0 nieuw, 0 toegevoegd aan een dossier")
    assert lines[1] == "Koppelprofiel: standaard"
    assert lines[2].startswith("regel 2: onbekende school (BRIN ")
    assert lines[-1] == (
        "Voeg de ontbrekende scholen toe met 'lvs-desktop region schools add' of "
        "'lvs-desktop region schools import' en lees het bestand daarna opnieuw in."
    )
    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.session() as s:
            assert s.scalar(select(func.count()).select_from(IntakeReport)) == 0
    finally:
        vault.lock()
