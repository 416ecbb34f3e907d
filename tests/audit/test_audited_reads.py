"""Issue 14, defect 3: reads of personal data from the command line were not audited.

Each command that shows personal data writes one audit event (who, what, which record or how
many), on a vault made by `vault init` and filled through the services; the vault is read
back. A dry run of an import writes nothing (issue 14, item 8), and shows only counts."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lvs_desktop.cli import main
from lvs_desktop.models import AuditEvent, Case
from lvs_desktop.store import Vault
from tests.conftest import PASSPHRASE
from tests.letters.letter_vault import make_letter_case

TRANSFER = "Transfer-wachtwoord van het team"


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str, str]:
    """A consultant's vault from `vault init` with one case; (path, case id, reference)."""
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LVS_TRANSFER_PASSPHRASE", TRANSFER)
    path = tmp_path / "jet.lvsvault"
    assert main(["vault", "init", "--vault", str(path), "--name", "Jet de Vries"]) == 0
    with Vault.open(path, PASSPHRASE) as vault:
        ids = make_letter_case(vault)
    return path, ids.case_id, ids.reference


def last_event(path: Path) -> tuple[int, AuditEvent]:
    with Vault.open(path, PASSPHRASE) as vault, vault.session() as s:
        count = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
        event = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).one()
        s.expunge(event)
        return count, event


def owner(path: Path) -> str:
    with Vault.open(path, PASSPHRASE) as vault:
        return vault.owner_id or ""


@pytest.mark.parametrize(
    ("argv", "entity", "detail", "names_case"),
    [
        (["cases"], "caseload", "cases: 1", False),
        (["cases", "--status", "closed"], "caseload", "cases: 0", False),
        (["case", "show", "{ref}"], "case_file", "view_case", True),
        (["report", "--year", "2026-2027"], "annual_report", "report 2026-2027", False),
        (["conflicts"], "sync_conflict", "conflicts: 0", False),
        (["print", "queue"], "letter", "print queue: 0", False),
        (
            [
                "letter",
                "--case",
                "{ref}",
                "--kind",
                "invitation-1",
                "--no-store",
                "--out",
                "{out}",
                "--appointment",
                "{when}",
            ],
            "case_file",
            "letter invitation-1: 2",
            True,
        ),
    ],
)
def test_every_read_of_personal_data_from_the_cli_is_audited(
    filled: tuple[Path, str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    entity: str,
    detail: str,
    names_case: bool,
) -> None:
    path, case_id, ref = filled
    before, _ = last_event(path)
    when = (date.today() + timedelta(days=14)).strftime("%d-%m-%Y 10:00")
    args = [a.format(ref=ref, out=tmp_path / "uit", when=when) for a in argv]
    assert main([*args, "--vault", str(path)]) == 0, capsys.readouterr().err
    after, event = last_event(path)
    assert after == before + 1  # exactly one event for the read
    assert (event.action, event.entity, event.detail) == ("view", entity, detail)
    assert event.record_id == (case_id if names_case else None)
    assert event.actor_id == owner(path)
    assert "111222333" not in (event.detail or "") and "Berg" not in (event.detail or "")


def test_an_export_is_audited_and_a_dry_run_import_writes_nothing(
    filled: tuple[Path, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _, _ = filled
    bundle = tmp_path / "jet.lvsbundle"
    before, _ = last_event(path)
    capsys.readouterr()
    assert main(["export", "--vault", str(path), "--out", str(bundle)]) == 0
    fingerprint = capsys.readouterr().out.rsplit("vingerafdruk ", 1)[1].rstrip(")\n")
    after, event = last_event(path)
    assert after == before + 1 and (event.action, event.entity) == ("export", "bundle")

    lead = tmp_path / "team.lvsvault"
    assert main(["vault", "init", "--vault", str(lead), "--name", "Lea Leider", "--team"]) == 0
    with Vault.open(lead, PASSPHRASE) as vault, vault.session() as s:
        reads_before = s.scalar(select(func.count()).where(AuditEvent.action == "view"))
    dry_run = ["import", "--vault", str(lead), "--dry-run", "--accept-fingerprint", fingerprint]
    assert main([*dry_run, str(bundle)]) == 0
    out, err = capsys.readouterr()
    assert "er is niets veranderd" in err
    # The dry run shows counts only (no record of the bundle, nothing of the vault) ...
    assert "Berg" not in out + err and "111222333" not in out + err
    with Vault.open(lead, PASSPHRASE) as vault, vault.session() as s:
        # ... and writes no read event (a dry run writes nothing at all: item 8, T1's test).
        assert s.scalar(select(func.count()).where(AuditEvent.action == "view")) == reads_before
        assert s.scalar(select(func.count()).select_from(Case)) == 0
