"""Audit events travel in bundles with their hash chain (issue 14, defect 3): the team vault
holds each consultant's chain as written (their reads too), verifies it, and names a link an
attacker changed there; a re-import changes nothing."""

from __future__ import annotations

from sqlalchemy import select
from vaults import Team, log_contact, make_case, make_guardian, make_youth

from lvs_desktop.models import AuditEvent
from lvs_desktop.services import audit_log
from lvs_desktop.services.audit_log import AuditFilter


def anna_with_a_case_ids(team: Team) -> tuple[str, str]:
    youth = make_youth(team["anna"], bsn="111222333")
    make_guardian(team["anna"], youth)
    case = make_case(team["anna"], youth)
    log_contact(team["anna"], case)
    return youth, case


def chain(vault, replica: str) -> list[tuple[str, int, str | None, str]]:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        rows = s.execute(
            select(AuditEvent.id, AuditEvent.seq, AuditEvent.prev_hash, AuditEvent.hash)
            .where(AuditEvent.replica_id == replica)
            .order_by(AuditEvent.seq)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_consultants_chain_arrives_whole_and_verifies_in_the_team_vault(team: Team) -> None:
    team.open("anna", "lead")
    _, case = anna_with_a_case_ids(team)
    audit_log.record_read(team["anna"], "cases", "caseload", count=1)  # a read: no record
    team.sync("anna", "lead")
    anna = team["anna"].replica_id
    sent = chain(team["anna"], anna)
    assert chain(team["lead"], anna) == sent[: len(chain(team["lead"], anna))]
    arrived = {row[0] for row in chain(team["lead"], anna)}
    with team["anna"].session() as s:
        before_export = {e.id for e in s.scalars(select(AuditEvent)) if e.action != "export"}
    assert before_export <= arrived  # the read of the caseload travelled too

    report = audit_log.verify_chain(team["lead"])
    assert report.ok, report.broken
    assert set(report.events) == {anna, team["lead"].replica_id}
    assert report.gaps == 0

    again = team.sync("anna", "lead")
    assert again.tables.get("audit_event") is None or again.tables["audit_event"].updated == 0
    assert audit_log.verify_chain(team["lead"]).ok

    rows = audit_log.list_events(team["lead"], AuditFilter(actor="anna"))
    assert rows and {r.actor for r in rows} == {"Anna Akkerman"}
    assert any(r.entity == "caseload" and r.detail == "cases: 1" for r in rows)
    assert any(r.dossier and r.record_id == case for r in rows)


def test_a_link_changed_in_the_team_vault_is_named_with_the_consultants_replica(
    team: Team,
) -> None:
    team.open("anna", "lead")
    anna_with_a_case_ids(team)
    team.sync("anna", "lead")
    anna = team["anna"].replica_id
    victim = chain(team["lead"], anna)[1][0]
    with team["lead"].engine.begin() as c:  # an attacker with the team vault's key
        c.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        c.exec_driver_sql(f"UPDATE audit_event SET actor_id = NULL WHERE id = '{victim}'")
    report = audit_log.verify_chain(team["lead"])
    assert report.broken is not None
    assert (report.broken.replica_id, report.broken.event_id) == (anna, victim)
