"""Fixtures of the casework screens: a new, empty vault with one case built through the
services (tests/casework/casework_vault.py) and a case view over it, in Dutch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from lvs_desktop.services.queries import all_labels, owner_name
from lvs_desktop.store import Vault
from lvs_desktop.ui import i18n
from lvs_desktop.ui.case_view import CaseView
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.worker import wait_for_jobs
from tests.casework.casework_vault import TODAY, Casework, build_casework


@pytest.fixture(autouse=True)
def _dutch(qapp: QApplication) -> Iterator[None]:
    i18n.install("nl")
    yield
    wait_for_jobs()


@pytest.fixture
def work(vault: Vault) -> Casework:
    return build_casework(vault)


@pytest.fixture
def view(qtbot, vault: Vault, work: Casework) -> Iterator[CaseView]:  # type: ignore[no-untyped-def]
    context = DeskContext(vault, all_labels(vault), owner_name(vault), lambda: TODAY)
    case_view = CaseView(context, work.case_id)
    qtbot.addWidget(case_view)
    case_view.resize(1200, 700)
    case_view.show()
    qtbot.waitUntil(lambda: case_view.detail is not None)
    yield case_view
    wait_for_jobs()
    case_view.drop_data()
