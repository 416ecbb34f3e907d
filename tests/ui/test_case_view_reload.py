"""The case view reloads only what a change touched, off the GUI thread (issue 15).

The reads are counted at the vault's engine: every statement the reload sends, by the tables
it reads.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event

from lvs_desktop.services import contacts
from lvs_desktop.services.case_detail import case_detail
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.queries import all_labels
from lvs_desktop.store import Vault
from lvs_desktop.ui.case_view import CaseView
from lvs_desktop.ui.context import DeskContext
from tests.builders import TODAY, make_case, make_guardian, make_youth

TABLE = re.compile(r"\b(?:FROM|JOIN)\s+(\w+)", re.IGNORECASE)
NOT_FOR_A_CONTACT = {"guardian", "letter", "exemption", "enforcement"}


class Reads:
    """The SELECTs sent to the vault, and from which threads."""

    def __init__(self, vault: Vault) -> None:
        self.statements: list[str] = []
        self.threads: set[str] = set()
        self._engine = vault.engine
        event.listen(self._engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            self.statements.append(statement)
            self.threads.add(threading.current_thread().name)

    def tables(self) -> set[str]:
        return {t.lower() for s in self.statements for t in TABLE.findall(s)}

    def clear(self) -> None:
        self.statements.clear()
        self.threads.clear()

    def close(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._seen)


@pytest.fixture
def reads(vault: Vault) -> Iterator[Reads]:
    counted = Reads(vault)
    yield counted
    counted.close()


def _contact(vault: Vault, case_id: str, summary: str) -> str:
    data = ContactInput(occurred_at=datetime(2026, 11, 20, 10, 0), mode="phone", summary=summary)
    return contacts.log_contact(vault, case_id, data).first("contact")


def test_editing_a_contact_rereads_only_the_contacts_and_the_header(
    qtbot,
    vault: Vault,
    reads: Reads,  # type: ignore[no-untyped-def]
) -> None:
    youth = make_youth(vault)
    make_guardian(vault, youth)
    case_id = make_case(vault, youth)
    contact_id = _contact(vault, case_id, "Moeder gebeld.")
    other_case = make_case(vault, make_youth(vault, bsn=None, given_names="Sem"))
    context = DeskContext(vault, all_labels(vault), "Jet de Vries", lambda: TODAY)
    view = CaseView(context, case_id)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.detail is not None, timeout=10_000)  # read on the worker
    assert view.models["contacts"].rowCount() == 1

    reads.clear()
    case_detail(vault, case_id, TODAY)
    full = len(reads.statements)
    assert reads.tables() >= NOT_FOR_A_CONTACT  # a full read does read them

    reads.clear()
    edit = ContactInput(
        occurred_at=datetime(2026, 11, 20, 10, 0), mode="phone", summary="Moeder teruggebeld."
    )
    summary = contacts.update_contact(vault, contact_id, edit)
    reads.clear()
    with qtbot.waitSignal(view.reloaded, timeout=10_000) as reloaded:
        context.report_change(summary)
    assert reloaded.args[0] == {"contacts", "header"}
    assert not reads.tables() & NOT_FOR_A_CONTACT
    assert 0 < len(reads.statements) < full
    assert threading.main_thread().name not in reads.threads  # read on a worker
    assert view.models["contacts"].index(0, 6).data() == "Moeder teruggebeld."

    elsewhere = contacts.log_contact(
        vault,
        other_case,
        ContactInput(occurred_at=datetime(2026, 11, 21, 9, 0), mode="phone", summary="Elders."),
    )
    reads.clear()
    with qtbot.waitSignal(view.reloaded, timeout=10_000) as reloaded:
        context.report_change(elsewhere)
    assert reloaded.args[0] == frozenset()  # another case: nothing of this one is read again
    assert len(reads.statements) <= 2  # only the look-up of the new contact's case
    assert view.models["contacts"].rowCount() == 1


def test_changes_saved_in_quick_succession_all_arrive(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case(vault, make_youth(vault))
    context = DeskContext(vault, all_labels(vault), "Jet de Vries", lambda: TODAY)
    view = CaseView(context, case_id)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.reloaded, timeout=10_000):
        for n in range(5):
            data = ContactInput(
                occurred_at=datetime(2026, 11, 20, 10, 0) + timedelta(hours=n),
                mode="phone",
                summary=f"Poging {n}",
            )
            context.report_change(contacts.log_contact(vault, case_id, data))
    qtbot.waitUntil(lambda: view.models["contacts"].rowCount() == 5, timeout=10_000)
    assert view.detail is not None and len(view.detail.contacts) == 5
