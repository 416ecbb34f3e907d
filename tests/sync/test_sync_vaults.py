"""The merge cases of issue 5 on real vault files: export, import, and what each vault holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from vaults import (
    Team,
    add_letter,
    bookkeeping,
    edit,
    live_data,
    log_contact,
    make_case,
    make_guardian,
    make_youth,
)

from lvs_desktop.models import Case, Conflict, Contact, Letter, Youth, YouthAlias
from lvs_desktop.services import sync as service


def anna_with_a_case(team: Team) -> tuple[str, str]:
    youth = make_youth(team["anna"], bsn="111222333")
    make_guardian(team["anna"], youth)
    case = make_case(team["anna"], youth)
    log_contact(team["anna"], case)
    return youth, case


@pytest.mark.real_kdf  # SQLCipher's and scrypt's real settings, end to end, once
def test_into_an_empty_vault_everything_arrives(team: Team) -> None:
    team.open("anna", "lead")
    anna_with_a_case(team)
    preview = team.imp("lead", team.export("anna"), preview=True)
    assert preview.counts.line() == "new 6, updated 0, unchanged 0, conflicts 0, duplicates 0"
    assert {r.table for r in preview.records} >= {"youth", "case_file", "contact", "guardian"}
    assert live_data(team["lead"])["youth"] == {}  # a preview changes nothing

    report = team.sync("anna", "lead")
    assert report.counts.new == 6 and report.applied and report.backup is not None
    ours, theirs = live_data(team["anna"]), live_data(team["lead"])
    for table in ("youth", "guardian", "case_file", "report", "contact"):
        assert theirs[table] == ours[table]
    assert bookkeeping(team["lead"])["case_file"] == bookkeeping(team["anna"])["case_file"]


def test_a_reimport_changes_nothing(team: Team) -> None:
    team.open("anna", "lead")
    anna_with_a_case(team)
    bundle = team.export("anna")
    team.imp("lead", bundle)
    before = (live_data(team["lead"]), bookkeeping(team["lead"]))
    again = team.imp("lead", bundle)
    assert again.counts.line() == "new 0, updated 0, unchanged 6, conflicts 0, duplicates 0"
    assert (live_data(team["lead"]), bookkeeping(team["lead"])) == before


def test_a_newer_edit_wins_and_keeps_its_own_time(team: Team) -> None:
    team.open("anna", "lead")
    youth, _ = anna_with_a_case(team)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06 1234 5678")
    anna_dot = bookkeeping(team["anna"])["youth"][youth][1]["phone"]
    report = team.sync("anna", "lead")
    assert report.counts.updated >= 1 and report.counts.conflicts == 0
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 1234 5678"
    assert bookkeeping(team["lead"])["youth"][youth][1]["phone"] == anna_dot


def test_different_fields_edited_on_two_vaults_both_survive(team: Team) -> None:
    team.open("anna", "lead")
    youth, _ = anna_with_a_case(team)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06 1111 1111")
    edit(team["lead"], Youth, youth, email="daan@example.org")
    team.sync("anna", "lead")
    team.sync("lead", "anna")
    for name in ("anna", "lead"):
        row = live_data(team[name])["youth"][youth]
        assert (row["phone"], row["email"]) == ("06 1111 1111", "daan@example.org")
    assert not service.list_conflicts(team["lead"])


def test_the_same_field_edited_twice_is_a_conflict_with_the_loser_kept(team: Team) -> None:
    team.open("anna", "lead")
    youth, _ = anna_with_a_case(team)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06 1111 1111")
    edit(team["lead"], Youth, youth, phone="06 2222 2222")  # later: wins
    report = team.sync("anna", "lead")
    assert report.counts.conflicts == 1
    (conflict,) = service.list_conflicts(team["lead"])
    assert (conflict.field, conflict.live_value, conflict.other_value) == (
        "phone",
        "06 2222 2222",
        "06 1111 1111",
    )
    assert (conflict.other_who, conflict.live_who) == ("Anna Akkerman", "Lea Leider")
    assert conflict.other_when is not None and conflict.other_when <= conflict.live_when

    service.take_other(team["lead"], conflict.id)  # "take the other": a new edit, wins everywhere
    team.sync("lead", "anna")
    assert live_data(team["anna"])["youth"][youth]["phone"] == "06 1111 1111"
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 1111 1111"
    assert not service.list_conflicts(team["lead"])


def test_delete_against_a_later_edit_keeps_the_record_with_a_conflict(team: Team) -> None:
    team.open("anna", "lead")
    anna_with_a_case(team)
    team.sync("anna", "lead")
    contact = live_data(team["anna"])["contact"].popitem()[0]
    edit(team["anna"], Contact, contact, deleted=True)
    edit(team["lead"], Contact, contact, summary="Moeder belde terug")
    team.sync("anna", "lead")
    row = live_data(team["lead"])["contact"][contact]
    assert not row["deleted"] and row["summary"] == "Moeder belde terug"
    (conflict,) = service.list_conflicts(team["lead"])
    assert conflict.kind == "delete" and conflict.other_who == "Anna Akkerman"

    service.delete_anyway(team["lead"], conflict.id)
    team.sync("lead", "anna")
    assert live_data(team["anna"])["contact"][contact]["deleted"]


def test_edit_against_a_later_delete_keeps_the_record_with_a_conflict(team: Team) -> None:
    team.open("anna", "lead")
    anna_with_a_case(team)
    team.sync("anna", "lead")
    contact = live_data(team["anna"])["contact"].popitem()[0]
    edit(team["anna"], Contact, contact, summary="Vader erbij gehaald")
    edit(team["lead"], Contact, contact, deleted=True)
    team.sync("anna", "lead")
    row = live_data(team["lead"])["contact"][contact]
    assert not row["deleted"] and row["summary"] == "Vader erbij gehaald"
    assert [c.kind for c in service.list_conflicts(team["lead"])] == ["delete"]
    team.sync("lead", "anna")
    assert live_data(team["anna"])["contact"] == live_data(team["lead"])["contact"]


def test_a_reassigned_case_brings_its_contacts_and_letters(team: Team) -> None:
    team.open("anna", "bram", "lead")
    youth, case = anna_with_a_case(team)
    letter = add_letter(team["anna"], case, pdf=b"%PDF-1.7 uitnodiging")
    team.sync("anna", "lead")
    team.sync("bram", "lead")  # the lead learns Bram's consultant row
    service.reassign_case(team["lead"], case, team["bram"].owner_id or "")

    report = team.sync("lead", "bram")
    assert report.counts.new >= 6
    bram = live_data(team["bram"])
    assert bram["case_file"][case]["consultant_id"] == team["bram"].owner_id
    assert set(bram["contact"]) == set(live_data(team["anna"])["contact"])
    assert bram["letter"][letter]["pdf"] == b"%PDF-1.7 uitnodiging"
    assert youth in bram["youth"]

    team.sync("lead", "anna")  # Anna's laptop learns the case is Bram's now
    assert live_data(team["anna"])["case_file"][case]["consultant_id"] == team["bram"].owner_id
    with team["anna"].session() as s:  # and nothing of Bram's own work came along
        assert s.scalar(select(Letter.id).where(Letter.id == letter)) == letter


def test_the_same_youth_on_two_laptops_ends_as_one(team: Team) -> None:
    team.open("anna", "bram", "lead")
    a_youth = make_youth(team["anna"], bsn="123456782", phone="06 1")
    b_youth = make_youth(team["bram"], bsn="123456782", phone="06 2")
    a_case, b_case = make_case(team["anna"], a_youth), make_case(team["bram"], b_youth)
    make_guardian(team["bram"], b_youth)
    team.sync("anna", "lead")
    report = team.sync("bram", "lead")
    canonical, alias = sorted((a_youth, b_youth))
    assert report.linked == [(alias, canonical)]
    lead = live_data(team["lead"])
    assert set(lead["youth"]) == {canonical}
    assert {lead["case_file"][c]["youth_id"] for c in (a_case, b_case)} == {canonical}
    assert {g["youth_id"] for g in lead["guardian"].values()} == {canonical}
    with team["lead"].session() as s:
        assert s.get_one(YouthAlias, alias).canonical_id == canonical
        assert s.scalars(select(Conflict.field)).all() == ["phone"]  # the difference is kept

    # A later bundle from the laptop that still knows the old id lands on the canonical youth.
    later_case = make_case(team["bram"], b_youth, with_report=False)
    team.sync("bram", "lead")
    assert live_data(team["lead"])["case_file"][later_case]["youth_id"] == canonical
    assert set(live_data(team["lead"])["youth"]) == {canonical}

    # And Bram's laptop links the two as well once the canonical youth reaches it.
    team.sync("lead", "bram")
    bram = live_data(team["bram"])
    assert set(bram["youth"]) == {canonical}
    assert {c["youth_id"] for c in bram["case_file"].values()} == {canonical}


def test_exports_imported_out_of_order_give_the_same_vault(tmp_path) -> None:  # type: ignore[no-untyped-def]
    team = Team(tmp_path).open("anna", "lead", "lead2")
    try:
        youth, case = anna_with_a_case(team)
        first = team.export("anna")
        edit(team["anna"], Youth, youth, phone="06 3")
        second_case = make_case(team["anna"], youth, with_report=False)
        second = team.export("anna", since_last=True)
        log_contact(team["anna"], second_case, "Gesprek op school")
        edit(team["anna"], Youth, youth, phone="06 4")
        edit(team["anna"], Case, case, status="afgesloten")
        third = team.export("anna", since_last=True)

        team.imp("lead", first, second, third)  # (bundles given together are sorted)
        for path in (first, third, second):  # one at a time, out of order
            team.imp("lead2", path)
        other, lead = live_data(team["lead2"]), live_data(team["lead"])
        assert other.pop("consultant") == lead.pop("consultant")  # (each one's own row left out)
        assert other == lead
        wanted = live_data(team["anna"])
        for table in ("youth", "case_file", "contact", "report"):
            assert live_data(team["lead"])[table] == wanted[table]
    finally:
        team.close()


def test_merging_into_the_lead_and_back_converges(team: Team) -> None:
    team.open("anna", "lead")
    youth, case = anna_with_a_case(team)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06 5")
    edit(team["lead"], Youth, youth, phone="06 6", grade="groep 8")
    edit(team["lead"], Case, case, outcome="Terug naar school")
    team.sync("anna", "lead")
    team.sync("lead", "anna")
    anna, lead = live_data(team["anna"]), live_data(team["lead"])
    assert set(anna.pop("consultant")) == {team["lead"].owner_id}  # (each one's own row left out)
    assert set(lead.pop("consultant")) == {team["anna"].owner_id}
    assert anna == lead
    assert bookkeeping(team["anna"])["youth"] == bookkeeping(team["lead"])["youth"]
    assert team.sync("anna", "lead").counts.new + team.sync("anna", "lead").counts.updated == 0


def test_a_laptop_clock_two_days_fast_does_not_win_later_conflicts(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lvs_desktop.models import ReplicaState
    from lvs_desktop.store import bookkeeping as stamping
    from lvs_desktop.sync import hlc

    team.open("anna", "bram", "lead")
    youth, case = anna_with_a_case(team)
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    service.reassign_case(team["lead"], case, team["bram"].owner_id or "")
    team.sync("lead", "bram")  # Bram has the case now; Anna's laptop does not know yet
    real = stamping.wall_ms()

    def clocks_at(ms: int) -> None:
        monkeypatch.setattr(stamping, "wall_ms", lambda: ms)
        monkeypatch.setattr(hlc, "now_ms", lambda: ms)

    two_days = 2 * 24 * 3600 * 1000
    clocks_at(real + two_days)  # Anna's laptop runs two days fast
    edit(team["anna"], Youth, youth, phone="06 snel")
    fast = team.export("anna")
    fast_dot = bookkeeping(team["anna"])["youth"][youth][1]["phone"]

    clocks_at(real + 10 * 60_000)  # the lead imports it ten minutes later
    report = team.imp("lead", fast)
    assert report.warnings
    with team["lead"].session() as s:
        state = s.scalars(select(ReplicaState)).one()
        assert state.clock_flagged_at is not None  # flagged ...
        assert hlc.wall_of(state.hlc) <= real + 10 * 60_000 + hlc.MAX_DRIFT_MS + 1  # not dragged

    clocks_at(real + 3_600_000)  # an hour later Bram, who has not seen it, edits the same field
    edit(team["bram"], Youth, youth, phone="06 later")
    bram_dot = bookkeeping(team["bram"])["youth"][youth][1]["phone"]
    assert fast_dot.hlc > bram_dot.hlc  # by the raw times the fast laptop would win ...
    team.sync("bram", "lead")
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 later"  # ... it does not
    (conflict,) = service.list_conflicts(team["lead"])
    assert conflict.other_value == "06 snel"
    team.sync("lead", "anna")
    team.sync("lead", "bram")
    assert {live_data(team[n])["youth"][youth]["phone"] for n in ("anna", "bram")} == {"06 later"}
