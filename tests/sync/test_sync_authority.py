"""What a signer may change (issue 14, defect 2): a bundle validly signed by consultant A's
trusted key may change only A's cases (and what they own) and may only add A's own audit
events; an existing audit event is never changed or deleted by an import. Refusals are per
row, counted, listed in the preview and on the command line; nothing of a refused row lands.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from vaults import (
    PASSPHRASE,
    TRANSFER,
    Team,
    edit,
    live_data,
    log_contact,
    make_case,
    make_youth,
)

from lvs_desktop.cli import main
from lvs_desktop.models import AuditEvent, Case, Contact, ReplicaState
from lvs_desktop.services import sync as service
from lvs_desktop.store.audit_chain import event_hash, verify
from lvs_desktop.sync.bundle import read_bundle_file, write_bundle
from lvs_desktop.sync.document import build_document
from lvs_desktop.sync.header import FORMAT_VERSION
from lvs_desktop.sync.rows import table_named
from lvs_desktop.sync.signing import SignerInfo, signing_key_from_seed, trust_all

FORGED_NOTE = "Overschreven door een collega"


def _rows(bundle: Path) -> dict[str, list[dict[str, Any]]]:
    opened = read_bundle_file(bundle, passphrase=TRANSFER, trust=trust_all)
    return {
        name: [row.model_dump() for row in rows] for name, rows in opened.document.tables.items()
    }


def _stamp(row: dict[str, Any], replica: str, counter: int, **data: Any) -> dict[str, Any]:
    """`row` changed on `replica`: new values, a dot for each, a version vector that has seen
    everything before (so that a plain merge would take it whole)."""
    out = copy.deepcopy(row)
    dot = [replica, counter, int(datetime.now(UTC).timestamp() * 1000) << 16]
    for name, value in data.items():
        out["data"][name] = value
        out["dots"][name] = dot
    out["vv"][replica] = counter
    return out


def _sign_as(team: Team, who: str, tables: dict[str, list[dict[str, Any]]], out: Path) -> Path:
    """A bundle holding `tables`, validly signed with the key of `who`'s laptop."""
    vault = team[who]
    name = "Anna Akkerman"
    with vault.session() as session:
        state = session.scalars(select(ReplicaState)).one()
        seed, replica = state.signing_key or b"", state.replica_id
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


def _team_with_two_caseloads(team: Team) -> dict[str, str]:
    team.open("anna", "bram", "lead")
    anna_case = make_case(team["anna"], make_youth(team["anna"], bsn=None, given_names="Sem"))
    bram_case = make_case(team["bram"], make_youth(team["bram"], given_names="Noor"))
    contact = log_contact(team["bram"], bram_case, "Moeder belde: Noor is ziek")
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    return {"anna_case": anna_case, "bram_case": bram_case, "contact": contact}


def _bram_events(team: Team) -> dict[str, tuple[Any, ...]]:
    with team["lead"].session() as session:
        return {
            e.id: (e.action, e.entity, e.record_id, e.detail, e.deleted, e.actor_id, e.at)
            for e in session.scalars(
                select(AuditEvent).where(AuditEvent.actor_id == team["bram"].owner_id)
            )
        }


def _chain(event: dict[str, Any], replica: str, seq: int) -> None:
    """Make `event` a sound link of `replica`'s audit chain at place `seq` (its hash recomputed)."""
    event["data"].update(replica_id=replica, seq=seq, prev_hash="0" * 64)
    values = table_named("audit_event").decode(event["data"])
    event["data"]["hash"] = event_hash({**values, "id": event["id"]})


def _forge(team: Team, ids: dict[str, str]) -> Path:
    """Anna's key, Bram's case: his notes overwritten, one of his audit events rewritten and
    one deleted, an audit event in his name added; and Anna hands her own case to Bram and
    makes herself team lead."""
    anna = team["anna"]
    replica = anna.replica_id
    bram = _rows(team.export("bram"))
    anna_rows = _rows(team.export("anna"))
    (contact,) = [r for r in bram["contact"] if r["id"] == ids["contact"]]
    events = [r for r in bram["audit_event"] if r["data"]["actor_id"] == team["bram"].owner_id]
    rewritten = _stamp(events[0], replica, 500, detail="niets gebeurd")
    deleted = _stamp(events[1], replica, 501, deleted=True)
    in_his_name = _stamp(events[2], replica, 502, detail="door Bram (niet echt)")
    in_his_name["id"] = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
    (own_case,) = [r for r in anna_rows["case_file"] if r["id"] == ids["anna_case"]]
    (me,) = [r for r in anna_rows["consultant"] if r["id"] == anna.owner_id]
    own_event = _stamp(events[0], replica, 503, actor_id=anna.owner_id, detail="eigen regel")
    own_event["id"] = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c"
    own_event["vv"] = {replica: 503}
    own_event["dots"] = {"*": own_event["dots"]["actor_id"]}
    _chain(own_event, replica, seq=10_000)  # a sound link of her own chain
    tables = {
        "consultant": [_stamp(me, replica, 504, role="team_lead", is_team_lead=True)],
        "case_file": [_stamp(own_case, replica, 505, consultant_id=team["bram"].owner_id)],
        "contact": [_stamp(contact, replica, 506, summary=FORGED_NOTE)],
        "audit_event": sorted(
            [rewritten, deleted, in_his_name, own_event], key=lambda r: str(r["id"])
        ),
    }
    return _sign_as(team, "anna", tables, team.folder / "vervalst.lvsbundle")


def test_a_consultants_key_cannot_change_a_colleagues_case_or_audit_trail(team: Team) -> None:
    ids = _team_with_two_caseloads(team)
    before_events = _bram_events(team)
    before = live_data(team["lead"])
    forged = _forge(team, ids)

    preview = team.imp("lead", forged, preview=True)
    reasons = sorted((r.table, r.reason) for r in preview.refused)
    assert reasons == [
        ("audit_event", "een bestaande logregel wordt nooit gewijzigd of verwijderd"),
        ("audit_event", "een bestaande logregel wordt nooit gewijzigd of verwijderd"),
        ("audit_event", "logregel van een ander dan de afzender"),
        ("case_file", "alleen de teamleider draagt een dossier over"),
        ("consultant", "alleen de teamleider wijst een rol toe"),
        ("contact", "hoort bij een dossier van een andere consulent"),
    ]
    shown = {r.record_id: r for r in preview.records if r.outcome == "refused"}
    assert ids["contact"] in shown and "andere consulent" in shown[ids["contact"]].label

    report = team.imp("lead", forged)
    assert len(report.refused) == 6
    with team["lead"].session() as session:  # the import's own audit event counts them
        imported = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "import").order_by(AuditEvent.at)
        ).all()[-1]
        assert imported.detail is not None and imported.detail.endswith(", refused 6")
    after = live_data(team["lead"])
    assert after == before  # nothing of a refused row landed
    with team["lead"].session() as session:
        assert session.get_one(Contact, ids["contact"]).summary == "Moeder belde: Noor is ziek"
        case = session.get_one(Case, ids["anna_case"])
        assert case.consultant_id == team["anna"].owner_id
        own = session.get(AuditEvent, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c")
        assert own is not None and own.detail == "eigen regel"  # her own event: added
        assert session.get(AuditEvent, "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b") is None
    assert _bram_events(team) == before_events  # rewritten and deleted: both unchanged


def test_refusals_are_counted_and_listed_on_the_command_line(
    team: Team, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _team_with_two_caseloads(team)
    forged = _forge(team, ids)
    lead = team.vaults.pop("lead")
    lead.lock()
    monkeypatch.setenv("LVS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LVS_TRANSFER_PASSPHRASE", TRANSFER)

    assert main(["import", "--vault", str(lead.path), str(forged)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1  # the summary line stays the last (and only) one
    assert "Geweigerd: 6 gegevens buiten wat de afzender mag wijzigen" in err
    assert f"Contact {ids['contact'][:8]}: hoort bij een dossier van een andere consulent" in err
    assert err.index("Geweigerd: 6") < err.index(f"Contact {ids['contact'][:8]}")
    team.vaults["lead"] = lead.open(lead.path, PASSPHRASE)
    with team["lead"].session() as session:
        assert session.get_one(Contact, ids["contact"]).summary != FORGED_NOTE


def test_the_leads_reassignment_lands_on_both_laptops(team: Team) -> None:
    ids = _team_with_two_caseloads(team)
    anna_id = team["anna"].owner_id or ""
    service.reassign_case(team["lead"], ids["bram_case"], anna_id)

    to_bram = team.sync("lead", "bram")
    to_anna = team.sync("lead", "anna")

    assert to_bram.refused == [] and to_anna.refused == []
    for name in ("bram", "anna"):
        with team[name].session() as session:
            assert session.get_one(Case, ids["bram_case"]).consultant_id == anna_id
    assert live_data(team["anna"])["contact"][ids["contact"]]["summary"] == (
        "Moeder belde: Noor is ziek"
    )
    # Anna may now change the case she was given: her edit lands at the team.
    edit(team["anna"], Contact, ids["contact"], summary="Gesprek op school")
    assert team.sync("anna", "lead").refused == []
    assert live_data(team["lead"])["contact"][ids["contact"]]["summary"] == "Gesprek op school"


def test_the_import_preview_shows_each_refusal_in_dutch(qtbot, team: Team) -> None:  # type: ignore[no-untyped-def]
    from lvs_desktop.ui import i18n
    from lvs_desktop.ui.sync.import_wizard import ImportWizard

    ids = _team_with_two_caseloads(team)
    forged = _forge(team, ids)
    i18n.install("nl")
    wizard = ImportWizard(team["lead"])
    qtbot.addWidget(wizard)
    wizard.set_files([forged])
    wizard.passphrase.setText(TRANSFER)
    with qtbot.waitSignal(wizard.checked, timeout=20_000):
        wizard.check_button.click()
    assert "Geweigerd: 6 gegevens buiten wat de afzender mag wijzigen" in wizard.warnings.text()
    model = wizard.preview
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    refused = [row for row in rows if row[2] == "geweigerd"]
    assert len(refused) == 6
    assert ["Contact", "hoort bij een dossier van een andere consulent"] in [
        [row[0], row[1].split("(")[-1].rstrip(")")] for row in refused
    ]


def _encoded(vault: Any, table: str, ids: set[str]) -> list[dict[str, Any]]:
    """Rows of `vault` as a bundle carries them (the exporter's own encoder)."""
    from lvs_desktop.sync.export import encoded_rows
    from lvs_desktop.sync.rows import raw_cursor, table_named
    from lvs_desktop.sync.writer import TableEncoder

    with vault.session() as session:
        cursor = raw_cursor(session)
        encoder = TableEncoder.of(table_named(table))
        return [json.loads(text) for _id, text in encoded_rows(cursor, encoder, ids)]


def test_a_consultant_cannot_rewrite_the_regions_registers(team: Team) -> None:
    from lvs_desktop.models import RegionSetting
    from lvs_desktop.models.region import region_setting_id
    from lvs_desktop.services.region.setup import set_region_name

    ids = _team_with_two_caseloads(team)
    set_region_name(team["lead"], "Zuid-Holland Zuid")
    set_region_name(team["anna"], "Nep-regio")  # the same setting, on her own laptop
    setting = region_setting_id("region_name")
    tables = {"region_setting": _encoded(team["anna"], "region_setting", {setting})}
    forged = _sign_as(team, "anna", tables, team.folder / "regio.lvsbundle")

    report = team.imp("lead", forged)

    assert [(r.table, r.reason) for r in report.refused] == [
        ("region_setting", "register van de regio: alleen de teamleider wijzigt dit")
    ]
    with team["lead"].session() as session:
        assert "Zuid-Holland Zuid" in str(session.get_one(RegionSetting, setting).value)
    assert ids  # her own case still travels as before:
    assert team.sync("anna", "lead").refused == []


def test_a_consultant_signing_as_team_lead_is_judged_as_a_consultant(team: Team) -> None:
    from lvs_desktop.sync.authority import sender_of

    team.open("anna", "lead")
    make_case(team["anna"], make_youth(team["anna"]))
    rows = _rows(team.export("anna"))  # her own roster row says "consultant"
    vault = team["anna"]
    with vault.session() as session:
        seed = session.scalars(select(ReplicaState)).one().signing_key or b""
    signer = SignerInfo(
        replica_id=vault.replica_id,
        consultant_id=vault.owner_id,
        consultant_name="Anna Akkerman",
        role="team",
    )
    manifest = {
        "format_version": FORMAT_VERSION,
        "app_version": "0.1.0",
        "source_replica_id": vault.replica_id,
        "source_consultant_id": vault.owner_id,
        "source_consultant_name": "Anna Akkerman",
        "source_role": "team",
        "export_sequence": 7,
        "created_at": datetime.now(UTC).isoformat(),
    }
    path = team.folder / "als-teamleider.lvsbundle"
    path.write_bytes(
        write_bundle(
            build_document(manifest, rows),
            passphrase=TRANSFER,
            signing_key=signing_key_from_seed(seed),
            signer=signer,
        )
    )
    opened = read_bundle_file(path, passphrase=TRANSFER, trust=trust_all)
    lead = team["lead"]
    with lead.session() as session:  # first sight: her own row in the bundle says otherwise
        assert not sender_of(session, opened, lead.replica_id).full
    team.sync("anna", "lead")
    with lead.session() as session:  # known: the roster's role counts, not the signed one
        assert not sender_of(session, opened, lead.replica_id).full
    del rows["consultant"]
    team.open("bram")  # a vault that has never seen her, and a bundle without her row:
    bare = read_bundle_file(
        _sign_as_team(team, rows, manifest, signer, seed), passphrase=TRANSFER, trust=trust_all
    )
    with team["bram"].session() as session:  # the signed role, shown when it was accepted
        assert sender_of(session, bare, team["bram"].replica_id).full


def _sign_as_team(
    team: Team,
    rows: dict[str, list[dict[str, Any]]],
    manifest: dict[str, Any],
    signer: SignerInfo,
    seed: bytes,
) -> Path:
    path = team.folder / "zonder-rooster.lvsbundle"
    document = build_document(manifest, {k: v for k, v in rows.items() if k == "youth"})
    path.write_bytes(
        write_bundle(
            document, passphrase=TRANSFER, signing_key=signing_key_from_seed(seed), signer=signer
        )
    )
    return path


def test_an_audit_event_that_does_not_hash_to_itself_is_refused_and_the_chain_stays_sound(
    team: Team,
) -> None:
    """A consultant's own new event lands only as a sound link: one whose hash does not match
    its content, or that takes a place of her chain the team vault already holds, would land for
    good (the log is append-only) and break `vault audit --verify` there."""
    ids = _team_with_two_caseloads(team)
    anna = team["anna"]
    replica = anna.replica_id
    anna_rows = _rows(team.export("anna"))
    mine = sorted(
        (r for r in anna_rows["audit_event"] if r["data"]["replica_id"] == replica),
        key=lambda r: int(r["data"]["seq"]),
    )
    template = mine[0]

    def new_event(counter: int, suffix: str, **data: Any) -> dict[str, Any]:
        event = _stamp(template, replica, counter, detail=f"regel {suffix}")
        event["id"] = f"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4{suffix}"
        event["vv"] = {replica: counter}
        event["dots"] = {"*": event["dots"]["detail"]}
        _chain(event, replica, seq=data.pop("seq", 10_000 + counter))
        event["data"].update(data)  # after the hash: these changes break it
        return event

    sound = new_event(601, "a01")
    bad_hash = new_event(602, "a02", detail="achteraf gewijzigd")
    taken_place = new_event(603, "a03", seq=int(mine[0]["data"]["seq"]))
    as_bram = _stamp(template, replica, 604, actor_id=team["bram"].owner_id)  # on her laptop
    as_bram["id"], as_bram["vv"] = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a04", {replica: 604}
    as_bram["dots"] = {"*": as_bram["dots"]["actor_id"]}
    _chain(as_bram, replica, seq=10_604)
    events = [sound, bad_hash, taken_place, as_bram]
    tables = {"audit_event": sorted(events, key=lambda r: str(r["id"]))}
    forged = _sign_as(team, "anna", tables, team.folder / "logregels.lvsbundle")

    report = team.imp("lead", forged)
    forged_reason = (
        "logregel waarvan de hash niet klopt of die een bestaande plaats in de keten inneemt"
    )
    assert sorted((r.record_id, r.reason) for r in report.refused) == [
        (bad_hash["id"], forged_reason),
        (taken_place["id"], forged_reason),
        (as_bram["id"], "logregel van een ander dan de afzender"),  # a live colleague's name
    ]
    with team["lead"].session() as session:
        assert session.get(AuditEvent, sound["id"]) is not None
        assert session.get(AuditEvent, bad_hash["id"]) is None
        assert session.get(AuditEvent, taken_place["id"]) is None
        assert ids["contact"]  # the team's own data untouched by the refusals
        chain = verify(session, team["lead"].replica_id)
    assert chain.ok, chain.problem
