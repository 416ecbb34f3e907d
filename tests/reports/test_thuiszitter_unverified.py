""" "Alleen uit melding" on the thuiszitter list (issue 13): an entry with no conversation and no
home visit recorded on any case of the youth during the time at home is marked, in the CLI
table and the CSV; each youth below is built so the answer is known."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from pathlib import Path

import pytest

from lvs_desktop.cli import main
from lvs_desktop.models import Case
from lvs_desktop.services import cases, contacts, corrections
from lvs_desktop.services import thuiszitters as service
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.store import Vault
from tests.builders import make_youth
from tests.conftest import OWNER, PASSPHRASE

TODAY = date(2026, 11, 28)
FIRST, LAST = date(2026, 9, 7), date(2026, 11, 20)  # at home; the list on TODAY


def at_home(vault: Vault, name: str) -> str:
    youth = make_youth(vault, birth_date=date(2012, 3, 1), bsn=None, given_names=name)
    return cases.open_case(
        vault,
        youth,
        "relative_absence",
        FIRST,
        report=ReportInput("long_term_relative", FIRST, FIRST, LAST),
        today=TODAY,
    ).first("case_file")


def contact(vault: Vault, case_id: str, on: date, mode: str, kind: str = "conversation") -> str:
    data = ContactInput(datetime.combine(on, time(10)), mode, kind=kind, summary="Gesprek.")
    return contacts.log_contact(vault, case_id, data, now=datetime(2026, 11, 28)).first("contact")


@pytest.fixture
def vault_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Six thuiszitters at home 7 September - 20 November 2026."""
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "kluis.lvsvault"
    vault = Vault.create(path, PASSPHRASE, OWNER)
    try:
        at_home(vault, "Anna")  # nothing recorded
        contact(vault, at_home(vault, "Bart"), date(2026, 10, 1), "phone")  # a conversation
        contact(vault, at_home(vault, "Cas"), date(2026, 10, 2), "home_visit", "attempt")
        dirk = at_home(vault, "Dirk")  # attempts, an invitation, a talk before, a voided talk
        contact(vault, dirk, date(2026, 9, 10), "phone", "attempt")
        contact(vault, dirk, date(2026, 9, 11), "letter", "invitation")
        contact(vault, dirk, date(2026, 9, 1), "office")  # before the first day at home
        voided = contact(vault, dirk, date(2026, 10, 5), "office")
        corrections.void_record(vault, "contact", voided, "Verkeerd dossier.", today=TODAY)
        eva = at_home(vault, "Eva")  # a talk after the last day at home
        contact(vault, eva, date(2026, 11, 21), "school")
        # a conversation on another case of the same youth, during the time at home
        fay_case = at_home(vault, "Fay")
        with vault.session() as s:
            fay = s.get_one(Case, fay_case).youth_id
        other = cases.open_case(vault, fay, "exemption", date(2026, 9, 20), today=TODAY)
        contact(vault, other.first("case_file"), date(2026, 9, 25), "office")
    finally:
        vault.lock()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


MARKED = {"Anna": True, "Bart": False, "Cas": False, "Dirk": True, "Eva": True, "Fay": False}


def test_the_cli_table_marks_who_nobody_has_seen(
    vault_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "thuiszitters", "--vault", str(vault_file), "--on", "28-11-2026")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Thuiszitters schooljaar 2026-2027, op 28-11-2026: 6"
    marked = {
        line.split("  ")[1].split()[0]: line.endswith(" · alleen uit melding")
        for line in lines[1:7]
    }
    assert marked == MARKED
    assert lines[7] == f"* {service.UNVERIFIED_RULE}"
    assert lines[7].startswith("* Alleen uit melding: in de tijd thuis")


def test_the_csv_has_the_column(vault_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    v = ("--vault", str(vault_file), "--on", "28-11-2026")
    code, out, err = run(capsys, "thuiszitters", *v, "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out), delimiter=";"))
    assert {r["Naam"].split()[0]: r["Alleen uit melding"] == "ja" for r in rows} == MARKED
    assert {r["Alleen uit melding"] for r in rows} == {"ja", "nee"}


def test_a_conversation_on_the_last_day_at_home_counts(vault: Vault) -> None:
    contact(vault, at_home(vault, "Bart"), date(2026, 11, 20), "video")  # on the last day
    (row,) = service.thuiszitter_list(vault, TODAY).rows
    assert row.unverified is False
