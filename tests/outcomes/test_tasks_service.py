"""Tasks that can be finished: done, not needed, moved, added by hand, handed over; the
overdue counts (caseload, agenda, figures) leave a closed task out. Real vaults, read back."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from lvs_desktop.models import AuditEvent, Task, UserError
from lvs_desktop.services import tasks
from lvs_desktop.services.caseload import CaseloadFilter, list_cases
from lvs_desktop.services.contacts import Agreement, ContactInput, log_contact
from lvs_desktop.services.validation import InvalidInput
from lvs_desktop.store import Vault
from tests.builders import TODAY, make_case, make_youth


def _case_with_task(vault: Vault, due: date) -> tuple[str, str]:
    """A case whose first conversation made one agreement (so only the task can be late)."""
    case_id = make_case(vault, make_youth(vault))
    talk = ContactInput(
        occurred_at=datetime.combine(due - timedelta(days=14), time(10)),
        mode="home_visit",
        summary="Gesprek met moeder en Daan",
        agreements=[Agreement("School bellen over rooster", due)],
    )
    summary = log_contact(vault, case_id, talk, now=datetime.combine(TODAY, time(12)))
    return case_id, summary.first("task")


def _task(vault: Vault, task_id: str) -> Task:
    with vault.session() as s:
        task = s.get(Task, task_id)
        assert task is not None
        s.expunge(task)
        return task


def _overdue_refs(vault: Vault) -> list[str]:
    return [r.reference for r in list_cases(vault, CaseloadFilter()) if r.overdue(TODAY)]


def test_done_task_leaves_overdue_everywhere(vault: Vault) -> None:
    case_id, task_id = _case_with_task(vault, TODAY - timedelta(days=3))
    make_case(vault, make_youth(vault, bsn=None, surname="Ploegstra"))  # no task: first contact
    ref = list_cases(vault, CaseloadFilter())[-1].reference
    assert ref in _overdue_refs(vault)
    rows = tasks.agenda_rows(vault, vault.owner_id, "open")
    assert [r.task_id for r in rows if r.overdue(TODAY) and r.task_id] == [task_id]

    tasks.finish_task(vault, task_id, "done", TODAY, "Rooster aangepast", today=TODAY)

    task = _task(vault, task_id)
    assert (task.status, task.done_on, task.done_note) == ("done", TODAY, "Rooster aangepast")
    rows = tasks.agenda_rows(vault, vault.owner_id, "open")
    assert task_id not in [r.task_id for r in rows]
    done = tasks.agenda_rows(vault, vault.owner_id, "done")
    assert [(r.task_id, r.status_label, r.note) for r in done] == [
        (task_id, "Gedaan", "Rooster aangepast")
    ]
    case_row = next(r for r in list_cases(vault, CaseloadFilter()) if r.case_id == case_id)
    assert not case_row.overdue(TODAY)
    with vault.session() as s:
        events = s.execute(
            select(AuditEvent.action, AuditEvent.detail)
            .where(AuditEvent.record_id == task_id)
            .order_by(AuditEvent.at)
        ).all()
    assert [tuple(e) for e in events] == [
        ("create", "log_contact"),
        ("update", "finish_task: done_note, done_on, status"),
    ]


def test_not_needed_needs_a_reason_and_a_closed_task_stays_closed(vault: Vault) -> None:
    _, task_id = _case_with_task(vault, TODAY - timedelta(days=1))
    with pytest.raises(InvalidInput, match="waarom de taak niet nodig is"):
        tasks.finish_task(vault, task_id, "not_needed", TODAY, "  ", today=TODAY)
    with pytest.raises(InvalidInput, match="De datum ligt in de toekomst"):
        tasks.finish_task(vault, task_id, "done", TODAY + timedelta(days=1), today=TODAY)
    assert _task(vault, task_id).done_on is None

    tasks.finish_task(vault, task_id, "not_needed", TODAY, "Leerling verhuisd", today=TODAY)
    with pytest.raises(UserError, match=r"al afgesloten \(niet nodig op 28-11-2026\)"):
        tasks.finish_task(vault, task_id, "done", TODAY, today=TODAY)
    with pytest.raises(UserError, match="al afgesloten"):
        tasks.reschedule_task(vault, task_id, TODAY + timedelta(days=5), today=TODAY)
    assert _task(vault, task_id).status == "not_needed"
    tasks.reopen_task(vault, task_id)
    assert (_task(vault, task_id).status, _task(vault, task_id).done_on) == ("open", None)


def test_reschedule_and_assign(vault: Vault) -> None:
    from lvs_desktop.services.region.roster import ConsultantInput, add_consultant

    _, task_id = _case_with_task(vault, TODAY - timedelta(days=2))
    with pytest.raises(InvalidInput, match="in het verleden"):
        tasks.reschedule_task(vault, task_id, TODAY - timedelta(days=1), today=TODAY)
    tasks.reschedule_task(vault, task_id, TODAY + timedelta(days=7), today=TODAY)
    assert _task(vault, task_id).due_on == TODAY + timedelta(days=7)
    assert not tasks.agenda_rows(vault, vault.owner_id)[0].overdue(TODAY)

    colleague = add_consultant(vault, ConsultantInput(name="Sanne Bakker", code="SB")).first(
        "consultant"
    )
    assert [c.label for c in tasks.colleagues(vault)] == ["Jet de Vries", "Sanne Bakker"]
    tasks.assign_task(vault, task_id, colleague)
    assert _task(vault, task_id).assignee_id == colleague
    assert [r.assignee for r in tasks.agenda_rows(vault, colleague)] == ["Sanne Bakker"]
    with pytest.raises(InvalidInput, match="niet \\(meer\\) in de lijst"):
        tasks.assign_task(vault, task_id, "no-such-id")


def test_add_task_by_hand_checks_its_input(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault))
    with pytest.raises(InvalidInput, match="Omschrijving is verplicht"):
        tasks.add_task(vault, case_id, " ", TODAY)
    with vault.session() as s:
        assert s.scalars(select(Task)).all() == []
    task_id = tasks.add_task(vault, case_id, "Huisbezoek plannen", TODAY).first("task")
    task = _task(vault, task_id)
    assert (task.description, task.status, task.assignee_id) == (
        "Huisbezoek plannen",
        "open",
        vault.owner_id,
    )
