"""The sync services a team lead uses: preview, senders, duplicates, reassign, incremental."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from vaults import TRANSFER, Team, edit, live_data, log_contact, make_case, make_youth

from lvs_desktop.models import AuditEvent, Case, UserError, Youth, YouthAlias
from lvs_desktop.services import sync as service
from lvs_desktop.sync import importer
from lvs_desktop.sync.errors import ImportMismatchError, UnknownSignerError


def test_preview_lists_each_record_and_changes_nothing(team: Team) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"], given_names="Sem", surname="Visser")
    make_case(team["anna"], youth)
    report = team.imp("lead", team.export("anna"), preview=True)
    labels = {(r.table, r.outcome, r.label) for r in report.records}
    assert ("youth", "new", "Sem Visser (19-10-2013)") in labels
    assert any(t == "case_file" and label.startswith("2026-AA-") for t, _, label in labels)
    assert not report.applied and live_data(team["lead"])["case_file"] == {}


def test_a_new_sender_must_be_accepted_and_a_changed_key_is_refused(team: Team) -> None:
    team.open("anna", "lead")
    make_case(team["anna"], make_youth(team["anna"]))
    path = team.export("anna")
    with pytest.raises(UnknownSignerError, match="Onbekende afzender: Anna Akkerman") as first:
        service.open_bundles(team["lead"], [path], TRANSFER)
    service.accept_signer(team["lead"], first.value)
    assert service.open_bundles(team["lead"], [path], TRANSFER)
    with team["lead"].session() as s:
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "accept_key")).one()
        assert audit.record_id == first.value.replica_id

    with team["anna"].session() as s:  # Anna's laptop gets a new key (e.g. restored wrongly)
        from lvs_desktop.models import ReplicaState
        from lvs_desktop.sync.signing import new_signing_key

        s.scalars(select(ReplicaState)).one().signing_key = new_signing_key().private_bytes_raw()
        s.commit()
    with pytest.raises(UnknownSignerError, match="andere sleutel") as changed:
        service.open_bundles(team["lead"], [team.export("anna")], TRANSFER)
    assert changed.value.known_fingerprints == (first.value.fingerprint,)


def test_duplicate_youths_without_bsn_are_merged_by_hand_field_by_field(team: Team) -> None:
    team.open("anna", "bram", "lead")
    born = date(2012, 5, 1)
    a = make_youth(team["anna"], bsn=None, birth_date=born, phone="06 a", surname="Jansen")
    b = make_youth(team["bram"], bsn=None, birth_date=born, phone="06 b", surname="Jansen")
    a_case, b_case = make_case(team["anna"], a), make_case(team["bram"], b)
    team.sync("anna", "lead")
    report = team.sync("bram", "lead")
    assert report.counts.duplicates == 1 and not report.linked  # never merged by itself
    ((first, second),) = service.list_duplicates(team["lead"])
    assert {first.id, second.id} == {a, b} and first.cases == second.cases == 1

    phone_from = a if first.id == b else b  # take the phone of the other card than "first"
    service.merge_youths(team["lead"], first.id, second.id, take_from_second=["phone"])
    keep, gone = sorted((a, b))
    lead = live_data(team["lead"])
    assert lead["youth"][gone]["deleted"] and not lead["youth"][keep]["deleted"]
    assert lead["youth"][keep]["phone"] == ("06 a" if phone_from == a else "06 b")
    assert {lead["case_file"][c]["youth_id"] for c in (a_case, b_case)} == {keep}
    with team["lead"].session() as s:
        assert s.get_one(YouthAlias, gone).reason == "manual"
    assert service.list_duplicates(team["lead"]) == []

    team.sync("lead", "bram")  # the laptops follow: the merge was made of ordinary edits
    bram = live_data(team["bram"])
    assert bram["case_file"][b_case]["youth_id"] == keep


def test_two_people_are_not_offered_as_duplicates_again(team: Team) -> None:
    team.open("anna", "lead")
    born = date(2012, 5, 1)
    make_youth(team["anna"], bsn=None, birth_date=born)
    make_youth(team["anna"], bsn=None, birth_date=born)
    ((first, second),) = service.list_duplicates(team["anna"])
    service.dismiss_duplicate(team["anna"], first.id, second.id)
    assert service.list_duplicates(team["anna"]) == []


def test_reassigning_a_case_is_an_audited_edit(team: Team) -> None:
    team.open("anna", "bram", "lead")
    case = make_case(team["anna"], make_youth(team["anna"]))
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    summary = service.reassign_case(team["lead"], case, team["bram"].owner_id or "")
    assert summary.ids("case_file") == [case]
    with team["lead"].session() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.record_id == case, AuditEvent.action == "update")
        ).one()
        assert event.detail == "reassign_case: consultant_id"
    with pytest.raises(UserError, match="al van deze consulent"):
        service.reassign_case(team["lead"], case, team["bram"].owner_id or "")
    assert [c for c, _ in service.consultant_choices(team["lead"])] != []


def test_an_export_since_the_last_holds_what_changed_and_what_it_needs(team: Team) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    case = make_case(team["anna"], youth)
    other = make_case(team["anna"], make_youth(team["anna"], bsn="123456782"))
    team.imp("lead", team.export("anna"))
    contact = log_contact(team["anna"], case)
    opened = team.open_bundles("lead", team.export("anna", since_last=True))[0]
    tables = {name: {r.id for r in rows} for name, rows in opened.document.tables.items()}
    assert tables["contact"] == {contact}
    assert tables["case_file"] == {case}  # the contact's case travels along (not `other`)
    assert other not in tables["case_file"] and youth in tables["youth"]
    assert opened.document.manifest.since_sequence == 1
    assert opened.document.manifest.export_sequence == 2


def test_a_team_vault_exports_per_consultant(team: Team) -> None:
    team.open("lead")
    with pytest.raises(UserError, match="Kies voor welke consulent"):
        service.export_bundle(team["lead"], team.folder / "x.lvsbundle", TRANSFER)
    with pytest.raises(UserError, match="Geen consulent gevonden"):
        service.export_bundle(team["lead"], team.folder / "x.lvsbundle", TRANSFER, consultant="Zz")


def test_a_manifest_mismatch_rolls_everything_back(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    team.open("anna", "lead")
    make_case(team["anna"], make_youth(team["anna"]))
    bundles = team.open_bundles("lead", team.export("anna"))
    real = importer._Import.merge_rows

    def lose_guardians_and_cases(self, table, rows):  # type: ignore[no-untyped-def]
        if table.name != "case_file":
            real(self, table, rows)

    monkeypatch.setattr(importer._Import, "merge_rows", lose_guardians_and_cases)
    with pytest.raises(ImportMismatchError, match="tabel case_file"):
        service.apply_import(team["lead"], bundles)
    assert live_data(team["lead"])["youth"] == {}


def test_keep_as_is_closes_a_conflict_without_changing_the_record(team: Team) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, grade="3 vmbo")
    edit(team["lead"], Youth, youth, grade="3 havo")
    team.sync("anna", "lead")
    (conflict,) = service.list_conflicts(team["lead"])
    service.keep_as_is(team["lead"], conflict.id)
    assert service.list_conflicts(team["lead"]) == []
    (closed,) = service.list_conflicts(team["lead"], include_resolved=True)
    assert (
        closed.resolution == "kept" and live_data(team["lead"])["youth"][youth]["grade"] == "3 havo"
    )
    with team["lead"].session() as s:
        assert s.get_one(Case, next(iter(live_data(team["lead"])["case_file"])))


def test_a_laptop_refuses_a_bundle_meant_for_a_colleague(team: Team) -> None:
    team.open("anna", "bram", "lead")
    make_case(team["anna"], make_youth(team["anna"]))
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    for_anna = team.export("lead", team["anna"].owner_id)
    with pytest.raises(UserError, match="bestemd voor een andere consulent"):
        team.open_bundles("bram", for_anna)
