"""A consultant's prevention register travels to the team lead in her bundle (issue 13):
her entries, their edits and deletions arrive; a colleague's entries stay out."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lvs_desktop.models import PreventionActivity, ReplicaState, ThuiszitterOffer
from lvs_desktop.services import prevention, thuiszitters
from lvs_desktop.services.prevention import PreventionInput
from lvs_desktop.store import Vault
from lvs_desktop.sync import kdf
from lvs_desktop.sync.bundle import write_bundle
from lvs_desktop.sync.document import build_document
from lvs_desktop.sync.export import encoded_rows
from lvs_desktop.sync.header import FORMAT_VERSION
from lvs_desktop.sync.rows import raw_cursor, table_named
from lvs_desktop.sync.signing import SignerInfo, signing_key_from_seed
from lvs_desktop.sync.writer import TableEncoder
from tests.sync.vaults import TRANSFER, Team, make_case, make_youth

TODAY = date(2026, 11, 28)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    kdf.use_fast_kdf_for_tests(True)
    made = Team(tmp_path)
    yield made
    made.close()
    kdf.use_fast_kdf_for_tests(False)


def entry(topic: str, minutes: int) -> PreventionInput:
    return PreventionInput(date(2026, 10, 5), "presentation", "school", topic, minutes)


def rows(vault) -> dict[str, tuple[str, int, str, bool]]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        return {
            a.id: (a.topic, a.minutes, a.consultant_id, a.deleted)
            for a in s.scalars(select(PreventionActivity))
        }


def test_the_team_lead_receives_a_consultants_entries_edits_and_deletions(team: Team) -> None:
    team.open("anna", "bram", "lead")
    anna, bram, lead = team["anna"], team["bram"], team["lead"]
    kept = prevention.add_activity(anna, entry("Verzuim in de brugklas", 60), today=TODAY)
    dropped = prevention.add_activity(anna, entry("Dubbel ingevoerd", 30), today=TODAY)
    prevention.add_activity(bram, entry("Ouderavond", 90), today=TODAY)
    kept_id = kept.first("prevention_activity")
    dropped_id = dropped.first("prevention_activity")

    report = team.sync("anna", "lead")
    assert not report.refused
    assert rows(lead) == {
        kept_id: ("Verzuim in de brugklas", 60, anna.owner_id, False),
        dropped_id: ("Dubbel ingevoerd", 30, anna.owner_id, False),
    }
    listed = prevention.list_activities(lead, "2026-2027")
    assert [r.consultant for r in listed] == ["Anna Akkerman", "Anna Akkerman"]

    prevention.update_activity(anna, kept_id, entry("Verzuim in de brugklas", 75), today=TODAY)
    prevention.delete_activity(anna, dropped_id)
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    assert rows(lead)[kept_id][:2] == ("Verzuim in de brugklas", 75)
    assert rows(lead)[dropped_id][3] is True
    counts = prevention.counts(lead, "2026-2027")
    assert (counts.total.activities, counts.total.minutes) == (2, 165)  # Anna's 75 + Bram's 90

    # the team lead's bundle for Anna carries Anna's entries, never Bram's
    team.sync("lead", "anna")
    assert set(rows(anna)) == {kept_id, dropped_id}


def test_a_thuiszitter_offer_travels_with_its_case(team: Team) -> None:
    team.open("anna", "lead")
    anna, lead = team["anna"], team["lead"]
    youth = make_youth(anna, age=13)
    case = make_case(anna, youth, kind="absolute_absence", with_report=False)
    offer = thuiszitters.record_offer(
        anna, case, thuiszitters.OfferInput(TODAY, "care", "Dagbesteding"), today=TODAY
    ).first("thuiszitter_offer")

    report = team.sync("anna", "lead")
    assert not report.refused
    with lead.session() as s:
        row = s.get_one(ThuiszitterOffer, offer)
        assert (row.case_id, row.kind, row.description) == (case, "care", "Dagbesteding")


def test_a_consultant_cannot_change_or_add_a_colleagues_entry(team: Team) -> None:
    team.open("anna", "bram", "lead")
    anna, bram, lead = team["anna"], team["bram"], team["lead"]
    own = prevention.add_activity(anna, entry("Eigen voorlichting", 60), today=TODAY)
    theirs = prevention.add_activity(bram, entry("Ouderavond", 90), today=TODAY)
    own_id, theirs_id = own.first("prevention_activity"), theirs.first("prevention_activity")
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    with anna.session() as s:
        replica = s.scalars(select(ReplicaState)).one().replica_id
    [bram_row] = _encoded(bram, "prevention_activity", {theirs_id})
    [anna_row] = _encoded(anna, "prevention_activity", {own_id})
    changed = _stamp(bram_row, replica, 50, topic="Door Anna herschreven")
    claimed = _stamp(anna_row, replica, 51, consultant_id=bram.owner_id)  # hers, now Bram's
    tables = {"prevention_activity": [changed, claimed]}
    forged = _sign_as_anna(anna, tables, team.folder / "preventie.lvsbundle")

    report = team.imp("lead", forged)

    assert sorted((r.table, r.record_id) for r in report.refused) == sorted(
        [("prevention_activity", theirs_id), ("prevention_activity", own_id)]
    )
    assert {r.reason for r in report.refused} == {"gegevens van een andere medewerker"}
    assert rows(lead)[theirs_id][0] == "Ouderavond"
    assert rows(lead)[own_id][2] == anna.owner_id


def _encoded(vault: Vault, table: str, ids: set[str]) -> list[dict[str, Any]]:
    """Rows of `vault` as a bundle carries them (the exporter's own encoder)."""
    with vault.session() as session:
        encoder = TableEncoder.of(table_named(table))
        return [json.loads(text) for _id, text in encoded_rows(raw_cursor(session), encoder, ids)]


def _stamp(row: dict[str, Any], replica: str, counter: int, **data: Any) -> dict[str, Any]:
    """`row` changed on `replica`, with a version vector that has seen everything before."""
    out = copy.deepcopy(row)
    dot = [replica, counter, int(datetime.now(UTC).timestamp() * 1000) << 16]
    for name, value in data.items():
        out["data"][name] = value
        out["dots"][name] = dot
    out["vv"][replica] = counter
    return out


def _sign_as_anna(vault: Vault, tables: dict[str, list[dict[str, Any]]], out: Path) -> Path:
    """A bundle holding `tables`, validly signed with the key of Anna's laptop."""
    with vault.session() as session:
        state = session.scalars(select(ReplicaState)).one()
        seed, replica = state.signing_key or b"", state.replica_id
    name = "Anna Akkerman"
    signer = SignerInfo(replica_id=replica, consultant_id=vault.owner_id, consultant_name=name)
    manifest = {
        "format_version": FORMAT_VERSION,
        "app_version": "0.1.0",
        "source_replica_id": replica,
        "source_consultant_id": vault.owner_id,
        "source_consultant_name": name,
        "source_role": "consultant",
        "export_sequence": 99,
        "created_at": datetime.now(UTC).isoformat(),
    }
    data = write_bundle(
        build_document(manifest, tables),
        passphrase=TRANSFER,
        signing_key=signing_key_from_seed(seed),
        signer=signer,
    )
    out.write_bytes(data)
    return out
