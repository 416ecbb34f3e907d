"""Issue 14, defect 1: a retention purge came back at the next sync.

A purge leaves a tombstone per destroyed record (table, id, day; no personal data) that
travels in bundles both ways and wins over any edit. Real vaults, real bundles; every check
reads the vaults back by surname and BSN.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from vaults import PASSPHRASE, Team, edit, log_contact, make_case, make_guardian, make_youth

from lvs_desktop.cli import main
from lvs_desktop.models import Case, Contact, Guardian, PurgeTombstone, Youth
from lvs_desktop.services import cases, retention
from lvs_desktop.store import Vault
from lvs_desktop.store.backup import list_backups
from lvs_desktop.sync.bundle import read_bundle_file

TODAY = date(2026, 11, 28)
SURNAME, BSN = "Kroonema", "123456782"


def old_closed_file(vault: Vault, surname: str = SURNAME, bsn: str | None = BSN) -> str:
    """A youth of 22 with a leerplicht case closed long ago: past retention on TODAY."""
    youth = make_youth(vault, age=22, surname=surname, bsn=bsn)
    make_guardian(vault, youth)
    case_id = make_case(vault, youth, opened_on=date(2016, 3, 1))
    log_contact(vault, case_id, "Huisbezoek bij moeder")
    cases.close_case(vault, case_id, date(2017, 1, 10), "back_to_school", "seen", today=TODAY)
    return youth


def traces(vault: Vault, surname: str = SURNAME, bsn: str = BSN) -> int:
    """Rows anywhere in the youth table that still carry the surname or the BSN."""
    with vault.session() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Youth)
                .where((Youth.surname == surname) | (Youth.bsn == bsn))
            )
            or 0
        )


def count(vault: Vault, model: type) -> int:
    with vault.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_a_retention_purge_does_not_come_back_at_the_next_sync(team: Team) -> None:
    team.open("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    youth = old_closed_file(anna)
    team.sync("anna", "lead")
    assert traces(lead) == 1 and count(lead, Contact) == 1
    # The team lead edits the youth and exports for Anna before hearing of the purge.
    edit(lead, Youth, youth, phone="06 12345678")
    stale = team.export("lead", anna.owner_id)

    summary = retention.purge(anna, [youth], TODAY)
    assert "vernietigd" in summary.message
    assert traces(anna) == 0
    with anna.session() as s:
        marks = {m.record_id: m.entity for m in s.scalars(select(PurgeTombstone))}
    assert set(marks.values()) >= {"youth", "case_file", "contact", "guardian", "report"}
    assert marks[youth] == "youth"

    lead.backup("manual")  # older than the purge that arrives
    report = team.sync("anna", "lead")  # Anna's bundle carries the tombstones
    assert report.applied
    assert any("reservekopie(ën) herschreven" in w for w in report.warnings), report.warnings
    for path in list_backups(lead.path):
        folder = team.folder / ("restore-" + path.stem)
        folder.mkdir()
        restored = open_copy(path, folder)
        try:
            assert traces(restored) == 0, path.name  # the before-import backup included
        finally:
            restored.lock()
    assert traces(lead) == 0, "the youth is gone from the team vault too"
    for model in (Case, Contact, Guardian):
        assert count(lead, model) == 0, model.__name__
    assert any("vernietigd" in w for w in report.warnings)

    # The team's old bundle, with the edit of the youth, does not bring the file back.
    back = team.imp("anna", stale)
    assert back.applied and back.purged_kept_out >= 4  # youth, guardian, case, contact, …
    assert any("vernietigd, niet teruggezet" in w for w in back.warnings)
    assert traces(anna) == 0 and count(anna, Contact) == 0 and count(anna, Case) == 0

    # A later export from the team vault carries the tombstones on (to any laptop).
    later = team.export("lead", anna.owner_id)
    with lead.session() as s:
        from lvs_desktop.sync.trust import trust_check

        opened = read_bundle_file(
            later, passphrase="Transfer-wachtwoord van het team", trust=trust_check(s)
        )
    assert youth in {t.id for t in opened.document.tombstones}
    assert all(
        set(t.model_dump()) == {"table", "id", "purged_on"} for t in opened.document.tombstones
    )
    team.imp("anna", later)
    assert traces(anna) == 0


def test_a_consultants_tombstone_does_not_destroy_a_colleagues_case(team: Team) -> None:
    team.open("anna", "bram", "lead")
    anna, lead = team["anna"], team["lead"]
    youth = old_closed_file(anna)
    team.sync("anna", "lead")
    # The team vault also holds a live case of Bram's for the same youth.
    bram_id = team["bram"].owner_id
    team.sync("bram", "lead")
    with lead.session() as s:
        assert s.get(Youth, youth) is not None
    bram_case = make_case(lead, youth, opened_on=TODAY - timedelta(days=3))
    edit(lead, Case, bram_case, consultant_id=bram_id)

    retention.purge(anna, [youth], TODAY)
    report = team.sync("anna", "lead")
    assert any("niet overgenomen" in w for w in report.warnings)
    assert traces(lead) == 1
    with lead.session() as s:
        assert s.get(Case, bram_case) is not None


def test_a_merged_away_youth_is_purged_with_its_canonical_one(vault: Vault) -> None:
    kept = old_closed_file(vault)
    twin = make_youth(vault, age=22, surname="Kroonema-Twin", bsn=None)
    from lvs_desktop.services import sync as sync_service

    sync_service.merge_youths(vault, kept, twin)
    offered = {p.youth_id for p in retention.past_retention(vault, TODAY)}
    assert kept in offered and twin not in offered  # it goes with the canonical one
    retention.purge(vault, [kept], TODAY)
    with vault.session() as s:
        assert s.get(Youth, twin) is None and s.get(Youth, kept) is None
        assert s.get(PurgeTombstone, twin) is not None
        left = s.execute(text("SELECT count(*) FROM youth_alias")).scalar()
    assert left == 0
    assert traces(vault, "Kroonema-Twin", BSN) == 0


def test_youths_without_a_live_case_are_offered_for_purge(vault: Vault) -> None:
    lonely = make_youth(vault, age=9, surname="Zonderdossier", bsn=None)
    removed = make_youth(vault, age=9, surname="Verwijderd", bsn="111222333")
    case_id = make_case(vault, removed)
    edit(vault, Case, case_id, deleted=True)
    active = make_youth(vault, age=9, surname="Actief", bsn=None)
    make_case(vault, active)
    now = datetime.now().date()
    assert retention.past_retention(vault, now) == []  # a youth just entered is not offered
    later = now + timedelta(days=31)
    offered = {p.youth_id: p for p in retention.past_retention(vault, later)}
    assert set(offered) == {lonely, removed}
    assert offered[lonely].reason == "no_case" and offered[removed].reason == "removed_cases"
    retention.purge(vault, [lonely, removed], later)
    with vault.session() as s:
        assert s.get(Youth, lonely) is None and s.get(Youth, removed) is None
        assert s.get(Case, case_id) is None and s.get(Youth, active) is not None


def open_copy(backup: Path, folder: Path, passphrase: str = PASSPHRASE) -> Vault:
    copy = folder / (backup.stem + ".lvsvault")
    copy.write_bytes(backup.read_bytes())
    return Vault.open(copy, passphrase)


def test_backups_older_than_a_purge_are_rewritten_without_the_purged_rows(
    vault: Vault, tmp_path: Path
) -> None:
    youth = old_closed_file(vault)
    keep = make_youth(vault, age=10, surname="Blijft", bsn=None)
    vault.backup("manual")
    vault.backup("daily")
    summary = retention.purge(vault, [youth], TODAY)
    assert "2 reservekopie(ën) herschreven" in summary.message
    backups = list_backups(vault.path)
    assert len(backups) == 2
    for number, path in enumerate(backups):
        assert SURNAME.encode() not in path.read_bytes()  # encrypted anyway
        folder = tmp_path / f"restore-{number}"
        folder.mkdir()
        restored = open_copy(path, folder)
        try:
            assert traces(restored) == 0 and count(restored, Contact) == 0
            with restored.session() as s:
                assert s.get(Youth, keep) is not None
                assert s.get(PurgeTombstone, youth) is not None
        finally:
            restored.lock()


def test_backups_older_than_a_purge_are_removed_when_the_setting_says_so(vault: Vault) -> None:
    youth = old_closed_file(vault)
    vault.backup("manual")
    retention.set_backup_policy(vault, "remove")
    summary = retention.purge(vault, [youth], TODAY)
    assert "1 reservekopie(ën) verwijderd (instelling: verwijderen)" in summary.message
    assert list_backups(vault.path) == []


def test_the_purge_from_the_command_line_offers_the_new_candidates_and_keeps_them_purged(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    team.open("anna", "lead")
    anna = team["anna"]
    youth = old_closed_file(anna)
    twin = make_youth(anna, age=22, surname="Kroonema-Twin", bsn=None)
    from lvs_desktop.services import sync as sync_service

    sync_service.merge_youths(anna, youth, twin)
    lonely = make_youth(anna, age=9, surname="Zonderdossier", bsn=None)
    active = make_youth(anna, age=9, surname="Actief", bsn=None)
    make_case(anna, active)
    team.sync("anna", "lead")
    anna.backup("manual")
    path = anna.path
    team.vaults.pop("anna").lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    on = (datetime.now().date() + timedelta(days=31)).isoformat()

    def cli(*args: str) -> tuple[int, str, str]:
        code = main(["retention", *args, "--vault", str(path)])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = cli("list", "--on", on)
    assert code == 0, err
    assert youth in out and lonely in out and twin not in out and active not in out
    assert "Kroonema" not in out and BSN not in out  # no personal data on the command line
    assert "2 dossier(s) over de bewaartermijn" in out

    code, _, err = cli("purge", "0000dead", "--on", on)
    assert code == 1 and "niets vernietigd" in err and err.count("\n") == 1

    code, out, err = cli("purge", "--all", "--on", on)
    assert code == 0, err
    assert "2 dossier(s) vernietigd" in out and "1 reservekopie(ën) herschreven" in out
    anna = team.vaults["anna"] = Vault.open(path, PASSPHRASE)
    assert traces(anna) == 0 and traces(anna, "Kroonema-Twin", BSN) == 0
    assert traces(anna, "Zonderdossier", BSN) == 0 and traces(anna, "Actief", BSN) == 1

    team.sync("anna", "lead")
    lead = team["lead"]
    assert traces(lead) == 0 and traces(lead, "Zonderdossier", BSN) == 0
    assert traces(lead, "Actief", BSN) == 1


def test_a_tombstone_for_anything_but_a_file_is_never_taken(team: Team) -> None:
    """A (signed, trusted) bundle naming a consultant in a tombstone would, followed over the
    foreign keys, destroy every case of that consultant: refused, nothing destroyed."""
    from bundle_builders import make_sender

    from lvs_desktop.sync.bundle import write_bundle
    from lvs_desktop.sync.document import build_document
    from lvs_desktop.sync.header import FORMAT_VERSION

    team.open("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    youth = old_closed_file(anna)
    team.sync("anna", "lead")
    sender = make_sender("Lea Leider", role="team")
    fields = {
        "format_version": FORMAT_VERSION,
        "app_version": "0.1.0",
        "source_replica_id": sender.signer.replica_id,
        "source_consultant_id": sender.signer.consultant_id,
        "source_consultant_name": sender.signer.consultant_name,
        "source_role": "team",
        "export_sequence": 1,
        "created_at": datetime.now().astimezone().isoformat(),
    }
    document = build_document(fields, {})
    document["tombstones"] = [
        {"table": "consultant", "id": anna.owner_id, "purged_on": "2026-11-28"}
    ]
    path = team.folder / "forged-tombstone.lvsbundle"
    path.write_bytes(
        write_bundle(
            document,
            passphrase="Transfer-wachtwoord van het team",
            signing_key=sender.key,
            signer=sender.signer,
        )
    )
    report = team.imp("lead", path)
    assert any("niet overgenomen" in w for w in report.warnings)
    assert traces(lead) == 1 and count(lead, Case) == 1 and count(lead, Contact) == 1
    with lead.session() as s:
        assert s.get(PurgeTombstone, anna.owner_id) is None
        assert s.get(Youth, youth) is not None


def test_a_conflict_on_a_file_destroyed_in_the_same_import_keeps_no_values(team: Team) -> None:
    from lvs_desktop.models import Conflict

    team.open("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    youth = old_closed_file(anna)
    team.sync("anna", "lead")
    edit(lead, Youth, youth, phone="06 lea")
    edit(anna, Youth, youth, phone="06 anna")
    with_edit = team.export("anna")  # would be a conflict on its own
    retention.purge(anna, [youth], TODAY)
    with_tombstones = team.export("anna")
    report = team.imp("lead", with_edit, with_tombstones)
    assert report.applied
    assert traces(lead) == 0
    assert count(lead, Conflict) == 0, "a conflict would keep both phone numbers"


def test_a_purge_in_the_team_vault_reaches_the_consultants_laptop(team: Team) -> None:
    team.open("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    youth = old_closed_file(anna)
    team.sync("anna", "lead")
    retention.purge(lead, [youth], TODAY)
    assert traces(lead) == 0
    report = team.sync("lead", "anna")
    assert report.applied
    assert traces(anna) == 0 and count(anna, Case) == 0 and count(anna, Contact) == 0
    with anna.session() as s:
        assert s.get(PurgeTombstone, youth) is not None
    team.sync("anna", "lead")  # and Anna's next export does not bring anything back
    assert traces(lead) == 0 and count(lead, Case) == 0
