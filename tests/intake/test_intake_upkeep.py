"""The intake inbox is kept clean: "Verwijderen uit postvak" (service and CLI), a retention term
for reports never assigned (the retention flow lists and purges them, the backups follow), and
a purge that arrives in a bundle makes the intake forget the destroyed youth."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lvs_desktop.models import AuditEvent, IntakeReport, UserError
from lvs_desktop.services import cases, intake, retention
from lvs_desktop.services.intake.upkeep import remove_from_inbox
from lvs_desktop.store import Vault
from lvs_desktop.sync import kdf
from tests.conftest import PASSPHRASE
from tests.intake.helpers import TODAY, Region, fixture, make_region
from tests.intake.test_intake_cli import admin_vault, cli
from tests.sync.vaults import Team


@pytest.fixture
def region(vault: Vault) -> Region:
    return make_region(vault)


def row(vault: Vault, duo: str) -> IntakeReport:
    with vault.session() as s:
        found = s.scalars(select(IntakeReport).where(IntakeReport.duo_number == duo)).one()
        s.expunge(found)
        return found


def waiting(vault: Vault) -> list[str]:
    return sorted(r.duo_number for r in intake.list_inbox(vault))


def test_remove_from_the_inbox_empties_the_row_and_a_reimport_leaves_it_out(
    vault: Vault, region: Region
) -> None:
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    assert waiting(vault) == ["M-1001", "M-1003", "M-1004"]
    with vault.session() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEvent))
    # bad input: an unknown reason, an unknown number beside a good one: nothing changes
    with pytest.raises(UserError, match="Kies een reden"):
        remove_from_inbox(vault, ["M-1001"], "zomaar")
    with pytest.raises(UserError, match="M-9999 staat niet in de intake; er is niets"):
        remove_from_inbox(vault, ["M-1001", "M-9999"], "mistake")
    assert waiting(vault) == ["M-1001", "M-1003", "M-1004"]

    summary = remove_from_inbox(vault, ["M-1001", "M-1004"], "mistake")
    assert summary.message == "2 melding(en) uit het postvak verwijderd."
    assert waiting(vault) == ["M-1003"]
    daan = row(vault, "M-1001")
    assert (daan.status, daan.bsn, daan.surname, daan.birth_date, daan.reporter_name) == (
        "removed", None, None, None, None,
    )  # fmt: skip
    assert row(vault, "M-1004").candidate_youth_id is None
    with vault.session() as s:
        details = list(
            s.scalars(select(AuditEvent.detail).where(AuditEvent.entity == "intake_report"))
        )
        assert s.scalar(select(func.count()).select_from(AuditEvent)) > audit_before
    assert details.count("uit postvak: per vergissing gemeld") == 2
    again = intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    assert (again.new, again.unchanged) == (0, 4)
    assert waiting(vault) == ["M-1003"]
    with pytest.raises(UserError, match="M-1001 is al verwijderd"):
        remove_from_inbox(vault, ["M-1001"], "duplicate")
    with pytest.raises(UserError, match="uit het postvak verwijderd"):
        intake.assign(vault, ["M-1001"], region.anna, today=TODAY)
    intake.assign(vault, ["M-1003"], region.bram, today=TODAY)
    with pytest.raises(UserError, match="M-1003 is al toegewezen"):
        remove_from_inbox(vault, ["M-1003"], "mistake")


def test_the_cli_removes_from_the_inbox(tmp_path: Path) -> None:
    path = tmp_path / "admin.lvsvault"
    admin_vault(path)
    v = ["--vault", str(path)]
    assert cli("intake", "reports", str(fixture_path()), *v).returncode == 0
    usage = cli("intake", "remove", "M-1001", "--reason", "zomaar", *v)
    assert usage.returncode == 2
    unknown = cli("intake", "remove", "M-1001", "M-9999", "--reason", "vergissing", *v)
    assert unknown.returncode == 1 and unknown.stderr.count("\n") == 1
    assert "M-9999 staat niet in de intake" in unknown.stderr
    done = cli("intake", "remove", "M-1001", "--reason", "andere-regio", *v)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 melding(en) uit het postvak verwijderd."
    with Vault.open(path, PASSPHRASE) as opened, opened.session() as s:
        assert "uit postvak: niet voor deze regio" in set(s.scalars(select(AuditEvent.detail)))
    inbox = cli("intake", "inbox", *v)
    assert "M-1001" not in inbox.stdout and "M-1003" in inbox.stdout

    # the retention flow: the term is a setting; past it the waiting reports are purged
    negative = cli("retention", "terms", "--intake-days", "-1", *v)
    assert negative.returncode == 1 and "niet negatief" in negative.stderr
    term = cli("retention", "terms", "--intake-days", "30", *v)
    assert term.returncode == 0, term.stderr
    assert "niet toegewezen meldingen in het postvak: 30 dagen na inlezen" in term.stdout
    on = (date.today() + timedelta(days=31)).isoformat()
    listed = cli("retention", "list", "--on", on, *v)
    assert "melding M-1003 (postvak intake)" in listed.stdout
    assert "M-1001" not in listed.stdout  # removed already: nothing of it left to purge
    purged = cli("retention", "purge", "M-1003", "M-1004", "--on", on, *v)
    assert purged.returncode == 0, purged.stderr
    assert "2 niet toegewezen melding(en) uit het postvak verwijderd" in purged.stdout
    assert cli("intake", "inbox", *v).stdout.startswith("De intake is leeg")


def fixture_path() -> Path:
    from tests.intake.helpers import FIXTURES

    return FIXTURES / "reports_default.csv"


def test_unassigned_reports_pass_their_term_and_the_purge_empties_them(
    vault: Vault, region: Region, tmp_path: Path, passphrase: str
) -> None:
    intake.import_reports(vault, [fixture("reports_default.csv")], today=TODAY)
    intake.assign(vault, ["M-1003"], region.bram, today=TODAY)
    backup = vault.backup("test")  # holds Daan's waiting report
    imported = date.today()
    on = imported + timedelta(days=91)
    past = [p for p in retention.past_retention(vault, on) if p.reason == "intake"]
    assert sorted(p.reference for p in past) == ["M-1001", "M-1004"]
    assert past[0].label == f"melding {past[0].reference} (postvak intake)"
    assert all(p.kept_until == imported + timedelta(days=90) for p in past)
    assert not [p for p in retention.past_retention(vault, on - timedelta(days=2))
                if p.reason == "intake"]  # fmt: skip
    longer = replace(retention.get_terms(vault), intake_unassigned_days=120)
    retention.set_terms(vault, longer)
    assert not [p for p in retention.past_retention(vault, on) if p.reason == "intake"]
    retention.set_terms(vault, replace(longer, intake_unassigned_days=90))

    summary = retention.purge(vault, [p.youth_id for p in past], on)
    assert "2 niet toegewezen melding(en) uit het postvak verwijderd" in summary.message
    assert "1 reservekopie(ën) herschreven" in summary.message
    assert waiting(vault) == []
    assert (row(vault, "M-1001").status, row(vault, "M-1001").bsn) == ("removed", None)
    assert row(vault, "M-1003").status == "assigned"  # the case holds it; untouched
    copy = tmp_path / "kopie.lvsvault"
    shutil.copyfile(backup, copy)
    with Vault.open(copy, passphrase) as old, old.session() as s:
        assert set(s.scalars(select(IntakeReport.duo_number))) == {"M-1003"}


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    kdf.use_fast_kdf_for_tests(True)
    made = Team(tmp_path)
    yield made
    made.close()
    kdf.use_fast_kdf_for_tests(False)


def test_a_purge_that_arrives_in_a_bundle_clears_the_intake(team: Team) -> None:
    team.open("anna", "lead")
    team.sync("anna", "lead")  # the team vault learns Anna's roster row
    lead, anna = team["lead"], team["anna"]
    make_region(lead)
    intake.import_reports(lead, [fixture("reports_default.csv")], today=TODAY)
    case_id = intake.assign(lead, ["M-1003"], anna.owner_id or "", today=TODAY).first("case_file")
    assigned = row(lead, "M-1003")
    assert assigned.youth_id and assigned.onderwijsnummer == "101222331"
    team.sync("lead", "anna")
    cases.close_case(anna, case_id, TODAY, "back_to_school", "seen", today=TODAY)
    later = date(2100, 1, 1)
    (file,) = [p for p in retention.past_retention(anna, later) if p.reason == "term"]
    retention.purge(anna, [file.youth_id], later)
    team.sync("anna", "lead")
    sem = row(lead, "M-1003")
    assert (sem.youth_id, sem.case_id, sem.onderwijsnummer, sem.duo_number) == (
        None, None, None, "M-1003",
    )  # fmt: skip
    again = intake.import_reports(lead, [fixture("reports_default.csv")], today=TODAY)
    assert again.new == 0  # the DUO number is still known: nothing comes back
