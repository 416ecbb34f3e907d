"""`lvs-desktop cases` and `case show` in a subprocess, on a vault made empty by the fixture
and filled through the services: filters, CSV, no BSN, one Dutch line for an unknown case."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from lvs_desktop.models import AuditEvent, Case, Task
from lvs_desktop.services import cases, decisions, tasks
from lvs_desktop.services.contacts import Agreement, ContactInput, log_contact
from lvs_desktop.services.decisions import EnforcementInput, ExemptionInput
from lvs_desktop.services.region.roster import ConsultantInput, add_consultant
from lvs_desktop.store import Vault
from tests.builders import make_case, make_guardian, make_youth
from tests.conftest import PASSPHRASE
from tests.test_cli import cli

TODAY = date.today()  # the CLI runs on the real date
BSNS = ("111222333", "123456782", "999998456")


def _run(*args: str) -> tuple[int, str, str]:
    done = cli(*args, env={"LVS_PASSPHRASE": PASSPHRASE})
    return done.returncode, done.stdout, done.stderr


def _fill(vault: Vault) -> dict[str, str]:
    """Mine with an overdue task, mine closed, a colleague's open one; references by role."""
    late = make_case(vault, make_youth(vault, surname="Zandkamp", bsn=BSNS[0], today=TODAY))
    talk = ContactInput(
        occurred_at=datetime.combine(TODAY - timedelta(days=10), time(10)),
        mode="phone",
        summary="Gesprek met moeder",
        agreements=[Agreement("School bellen over rooster", TODAY - timedelta(days=2))],
    )
    log_contact(vault, late, talk)
    closed = make_case(vault, make_youth(vault, surname="Ploegstra", bsn=BSNS[1], today=TODAY))
    cases.close_case(vault, closed, TODAY, "back_to_school", "seen", today=TODAY)
    colleague = add_consultant(vault, ConsultantInput(name="Sanne Bakker", code="SB")).first(
        "consultant"
    )
    youth = make_youth(vault, surname="Meerkamp", bsn=BSNS[2], today=TODAY)
    theirs = cases.open_case(
        vault, youth, "luxe", TODAY - timedelta(days=1), consultant_id=colleague, today=TODAY
    ).first("case_file")
    with vault.session() as s:
        return {
            role: s.get(Case, cid).reference  # type: ignore[union-attr]
            for role, cid in (("late", late), ("closed", closed), ("theirs", theirs))
        }


def test_cases_filters_and_formats(vault: Vault) -> None:
    refs = _fill(vault)
    path = str(vault.path)
    vault.lock()

    code, out, err = _run("cases", "--vault", path)
    assert code == 0, err
    assert refs["late"] in out and refs["theirs"] in out and refs["closed"] not in out
    assert "Zandkamp, Daan" in out and "2 dossiers." in out
    assert not any(bsn in out for bsn in BSNS)

    code, out, _ = _run("cases", "--vault", path, "--status", "closed")
    assert refs["closed"] in out and refs["late"] not in out and "1 dossier." in out
    code, out, _ = _run("cases", "--vault", path, "--status", "all", "--mine")
    assert refs["closed"] in out and refs["late"] in out and refs["theirs"] not in out

    code, out, _ = _run("cases", "--vault", path, "--overdue", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["Kenmerk"] for r in rows] == [refs["late"]]
    due = (TODAY - timedelta(days=2)).strftime("%d-%m-%Y")
    assert rows[0]["Volgende termijn"] == f"{due} Taak (over tijd)"
    assert rows[0]["Jeugdige"] == "Zandkamp, Daan" and "BSN" not in out

    bad = cli("cases", "--vault", path, "--status", "dicht", env={"LVS_PASSPHRASE": PASSPHRASE})
    assert bad.returncode == 2


def test_done_task_leaves_cases_overdue(vault: Vault) -> None:
    refs = _fill(vault)
    with vault.session() as s:
        task_id = s.scalars(select(Task.id)).one()
    path = str(vault.path)
    tasks.finish_task(vault, task_id, "done", TODAY, "Gebeld", today=TODAY)
    vault.lock()
    code, out, _ = _run("cases", "--vault", path, "--overdue")
    assert code == 0 and refs["late"] not in out
    assert "Geen dossiers die aan de keuze voldoen." in out


def test_case_show_in_full_without_bsn(vault: Vault) -> None:
    youth = make_youth(vault, bsn=BSNS[0], today=TODAY)
    make_guardian(vault, youth, has_authority=True)
    case_id = make_case(vault, youth, opened_on=TODAY - timedelta(days=30))
    ex = decisions.record_exemption(
        vault, case_id, ExemptionInput("5a", TODAY - timedelta(days=20))
    ).first("exemption")
    decisions.decide_exemption(vault, ex, "afgewezen", TODAY - timedelta(days=5), today=TODAY)
    decisions.record_enforcement(vault, case_id, EnforcementInput("halt", TODAY))
    tasks.add_task(vault, case_id, "Huisbezoek plannen", TODAY + timedelta(days=3))
    with vault.session() as s:
        ref = s.get(Case, case_id).reference  # type: ignore[union-attr]
    path = str(vault.path)
    vault.lock()

    code, out, err = _run("case", "show", ref.lower(), "--vault", path)
    assert code == 0, err
    assert out.startswith(f"Dossier {ref} — Daan Zandkamp\n")
    for section in ("Personen (2)", "Meldingen (1)", "Contacten (0)", "Taken (1)"):
        assert section in out
    assert "Linda Zandkamp" in out and "gezag" in out
    assert "Huisbezoek plannen" in out and "16 uur in 4 weken" in out
    decided = (TODAY - timedelta(days=5)).strftime("%d-%m-%Y")
    assert f"Afgewezen ({decided})" in out
    assert "Halt-verwijzing" in out and "Loopt" in out
    assert BSNS[0] not in out

    code, out, err = _run("case", "show", "2026-XX-9999", "--vault", path)
    assert code == 1 and out == ""
    assert err == "lvs-desktop: Dossier 2026-XX-9999 niet gevonden in deze kluis.\n"

    again = Vault.open(vault.path, PASSPHRASE)
    try:
        with again.session() as s:
            views = s.scalars(
                select(AuditEvent.action).where(
                    AuditEvent.record_id == case_id, AuditEvent.action == "view"
                )
            ).all()
    finally:
        again.lock()
    assert views == ["view"]


def test_task_done_and_reschedule_from_the_command_line(vault: Vault) -> None:
    case_id = make_case(vault, make_youth(vault, today=TODAY), opened_on=TODAY - timedelta(days=9))
    tasks.add_task(vault, case_id, "School bellen", TODAY - timedelta(days=2))
    tasks.add_task(vault, case_id, "Huisbezoek plannen", TODAY + timedelta(days=2))
    with vault.session() as s:
        ref = s.get(Case, case_id).reference  # type: ignore[union-attr]
    path = str(vault.path)
    vault.lock()
    later = (TODAY + timedelta(days=14)).strftime("%d-%m-%Y")

    code, out, err = _run("task", "done", ref, "1", "--note", "Rooster aangepast", "--vault", path)
    assert (code, out) == (0, "Taak afgerond. (School bellen)\n"), err
    code, out, err = _run("task", "reschedule", ref, "2", "--to", later, "--vault", path)
    assert (code, err) == (0, "") and out.startswith(f"Taak verzet naar {later}.")
    code, _, err = _run("task", "done", ref, "1", "--vault", path)
    assert code == 1 and err.startswith("lvs-desktop: Deze taak is al afgesloten (gedaan op")
    code, _, err = _run("task", "not-needed", ref, "3", "--vault", path)
    assert (code, err) == (1, f"lvs-desktop: Dossier {ref} heeft 2 taken.\n")

    again = Vault.open(vault.path, PASSPHRASE)
    try:
        with again.session() as s:
            got = sorted(
                (t.description, t.status, t.due_on, t.done_note) for t in s.scalars(select(Task))
            )
    finally:
        again.lock()
    assert got == [
        ("Huisbezoek plannen", "open", TODAY + timedelta(days=14), None),
        ("School bellen", "done", TODAY - timedelta(days=2), "Rooster aangepast"),
    ]
