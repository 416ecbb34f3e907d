"""The consultant's day, end to end on a real vault through the widgets: a new case with its
report, three unanswered invitations and a conversation, three route decisions (allowed,
refused with its reason, overridden with a reason), an exemption, closing the case; then the
vault is read back to check what was stored and audited."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from lvs_desktop.models import AuditEvent, Case, Contact, Exemption, RouteDecision, Task, Youth
from lvs_desktop.store import Vault
from lvs_desktop.ui.dialogs.base import FormDialog
from tests.conftest import OWNER, PASSPHRASE
from tests.ui.helpers import wait_loaded

BSN = "111222333"
TODAY = date.today()


def _save(qtbot, dialog: FormDialog, view=None) -> None:
    """Save; with a case view, also wait until it has read the change (off the GUI thread)."""
    signals = [dialog.saved] + ([view.reloaded] if view is not None else [])
    with qtbot.waitSignals(signals, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def _refused(qtbot, dialog: FormDialog) -> list[str]:
    with qtbot.waitSignal(dialog.problems_shown, timeout=20_000) as blocker:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()  # stays open to be corrected
    return blocker.args[0]


def _new_case(qtbot, window) -> None:
    dialog = wait_loaded(qtbot, window.new_case())  # its choices come from the worker
    dialog.bsn.setText("123456789")  # fails the 11-test
    dialog.given.setText("Daan")
    dialog.surname.setText("Zandkamp")
    dialog.birth.setText((TODAY - timedelta(days=13 * 365 + 40)).strftime("%d-%m-%Y"))
    dialog.report.received_on.setText("31-02-2026")  # no such date
    problems = _refused(qtbot, dialog)
    assert any("geen geldige datum" in p for p in problems)
    dialog.report.received_on.setText((TODAY - timedelta(days=3)).strftime("%d-%m-%Y"))
    problems = _refused(qtbot, dialog)  # now the service finds the BSN wrong
    assert any("BSN" in p for p in problems)
    dialog.bsn.setText(BSN)
    dialog.parent_surname.setText("Zandkamp")
    dialog.parent_given.setText("Linda")
    dialog.report.hours.setValue(24)
    dialog.report.period_start.setText((TODAY - timedelta(days=31)).strftime("%d-%m-%Y"))
    dialog.report.period_end.setText((TODAY - timedelta(days=4)).strftime("%d-%m-%Y"))
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.case_view is not None and window.case_view.detail is not None)


def _contact(qtbot, window, kind: str, summary: str = "", agreement: str = "") -> None:
    window.act_contact.trigger()
    dialog = wait_loaded(qtbot, window.dialog)  # who can be heard comes from the worker
    dialog.set_kind(kind)
    dialog.mode.set_code("letter" if kind == "invitation" else "home_visit")
    dialog.summary.setPlainText(summary)
    if agreement:
        dialog.agreements.add_row(agreement, (TODAY + timedelta(days=7)).strftime("%d-%m-%Y"))
    _save(qtbot, dialog, window.case_view)


def _route(qtbot, window, route: str, rationale: str, override: str = "") -> list[str]:
    window.act_route.trigger()
    dialog = wait_loaded(qtbot, window.dialog)  # the case's facts come from the worker
    dialog.admits.setCurrentIndex(dialog.admits.findData(True))
    dialog.choose(route)
    dialog.rationale.setPlainText(rationale)
    problems: list[str] = []
    if not dialog.checks[route].open:
        assert dialog.states[route].text() == "gesloten"
        assert dialog.reasons[route].text()  # the rule says why
        assert dialog.override.isVisibleTo(dialog)
        problems = _refused(qtbot, dialog)
        dialog.override.setPlainText(override)
    _save(qtbot, dialog, window.case_view)
    return problems


def test_a_case_from_report_to_closing(qtbot, open_desk, vault_path: Path):
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    driver = open_desk(vault_path, PASSPHRASE)
    window = driver.unlock()

    _new_case(qtbot, window)
    view = window.case_view
    header = view.detail.header
    assert header.youth_name == "Daan Zandkamp"
    assert "Daan Zandkamp" in view.header.title.text()
    assert "leerplichtig" in view.header.facts.text()
    assert view.models["reports"].rowCount() == 1
    assert view.models["people"].rowCount() == 2  # youth and parent
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 1)

    for _ in range(3):
        _contact(qtbot, window, "invitation")
    # The view reads each change off the GUI thread: wait for the state, not for some read.
    qtbot.waitUntil(lambda: view.detail.header.unanswered_invitations == 3, timeout=10_000)
    assert view.detail.header.escalate
    assert "escalatie" in view.header.deadlines.text()
    _contact(
        qtbot, window, "conversation", "Gesprek met moeder en Daan.", "Daan meldt zich bij mentor"
    )
    qtbot.waitUntil(lambda: view.models["contacts"].rowCount() == 4, timeout=10_000)
    assert any(d.kind == "task" for d in view.detail.header.deadlines)

    assert _route(qtbot, window, "voluntary_care", "Hulp via het wijkteam.") == []
    problems = _route(
        qtbot,
        window,
        "halt",
        "Halt past bij beginnend verzuim.",
        override="Ouders stemden mondeling in; schriftelijk volgt.",
    )
    assert any("Halt" in p and "toestemming" in p for p in problems)
    qtbot.waitUntil(lambda: view.models["routes"].rowCount() == 2, timeout=10_000)

    window.act_exemption.trigger()
    dialog = window.dialog
    dialog.article.set_code("5a")
    dialog.starts_on.setText(TODAY.strftime("%d-%m-%Y"))
    dialog.ends_on.setText((TODAY - timedelta(days=1)).strftime("%d-%m-%Y"))
    problems = _refused(qtbot, dialog)
    assert any("eindigt vóór" in p for p in problems)
    dialog.ends_on.setText((TODAY + timedelta(days=200)).strftime("%d-%m-%Y"))
    _save(qtbot, dialog, view)
    qtbot.waitUntil(lambda: view.models["exemptions"].rowCount() == 1, timeout=10_000)

    window.act_enforcement.trigger()
    dialog = wait_loaded(qtbot, window.dialog)  # the guardians come from the worker
    assert dialog.absence.count() == 3 and dialog.guardian.count() == 2
    dialog.kind.set_code("pv_parent")
    problems = _refused(qtbot, dialog)
    assert "Kies de ouder tegen wie het proces-verbaal is." in problems
    dialog.guardian.setCurrentIndex(1)
    _save(qtbot, dialog, view)
    qtbot.waitUntil(
        lambda: view.models["enforcements"].index(0, 2).data() == "Linda Zandkamp", timeout=10_000
    )

    window.act_close_case.trigger()
    dialog = window.dialog
    problems = _refused(qtbot, dialog)
    assert "Kies de reden van afsluiten." in problems
    dialog.reason.set_code("back_to_school")
    dialog.note.set_code("seen")
    _save(qtbot, dialog, view)
    qtbot.waitUntil(lambda: not view.detail.header.is_open, timeout=10_000)
    assert not window.act_contact.isEnabled()  # a closed case takes no new records
    case_id = view.case_id
    qtbot.waitUntil(
        lambda: window.caseload.model.rows and window.caseload.model.rows[0].status == "afgesloten"
    )

    driver.desk.shutdown()
    with Vault.open(vault_path, PASSPHRASE) as vault, vault.session() as s:
        case = s.get_one(Case, case_id)
        assert (case.closed_on, case.closing_reason, case.closing_note, case.status) == (
            TODAY,
            "back_to_school",
            "seen",
            "afgesloten",
        )
        assert s.scalar(select(Youth.bsn)) == BSN
        contacts = s.scalars(select(Contact).where(Contact.case_id == case_id)).all()
        invitations = [c for c in contacts if c.kind == "invitation"]
        assert len(invitations) == 3 and all(c.answered is False for c in invitations)
        talk = next(c for c in contacts if c.kind == "conversation")
        assert talk.summary == "Gesprek met moeder en Daan."
        task = s.scalars(select(Task).where(Task.case_id == case_id)).one()
        assert (task.description, task.due_on) == (
            "Daan meldt zich bij mentor",
            TODAY + timedelta(days=7),
        )
        decisions = s.scalars(select(RouteDecision).order_by(RouteDecision.created_at)).all()
        assert [(d.route, d.eligible) for d in decisions] == [
            ("voluntary_care", True),
            ("halt", False),
        ]
        assert decisions[1].override_reason.startswith("Ouders stemden mondeling in")
        assert s.scalars(select(Exemption.article)).all() == ["5a"]
        audit = s.scalars(select(AuditEvent)).all()
        actions = {(a.action, a.entity) for a in audit if a.record_id == case_id}
        assert {("create", "case_file"), ("view", "case_file"), ("update", "case_file")} <= actions
        for row in (*contacts, task, *decisions):
            assert any(a.record_id == row.id and a.action == "create" for a in audit)
        assert all(a.actor_id == vault.owner_id for a in audit)


def test_search_before_create_offers_the_known_youth(qtbot, open_desk, vault_path: Path):
    Vault.create(vault_path, PASSPHRASE, OWNER).lock()
    window = open_desk(vault_path, PASSPHRASE).unlock()
    _new_case(qtbot, window)
    window.close_case_view()
    dialog = wait_loaded(qtbot, window.new_case())
    dialog.bsn.setText(BSN)
    with qtbot.waitSignal(dialog.searched, timeout=10_000):  # the search runs on the worker
        dialog.bsn.editingFinished.emit()
    assert dialog.match_list.count() == 1
    assert "zelfde BSN" in dialog.match_list.item(0).text()
    assert "Al bekend" in dialog.found.text()
    dialog.use_match(0)
    assert not dialog.given.isEnabled()
    dialog.kind.set_code("luxe")
    dialog.with_report.setChecked(False)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 2)
    rows = window.caseload.model.rows
    assert len({r.youth_id for r in rows}) == 1  # one youth, two cases
