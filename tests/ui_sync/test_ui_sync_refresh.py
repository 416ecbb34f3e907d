"""After an import through the Sync page, the caseload shows the new cases without F5."""

from __future__ import annotations

from vaults import TRANSFER, Team, make_case, make_youth

from lvs_desktop.services.queries import all_labels
from lvs_desktop.services.sync import import_changes
from lvs_desktop.sync.outcome import TOUCHED_CAP, ImportReport


def test_an_import_through_the_sync_page_updates_the_caseload(  # type: ignore[no-untyped-def]
    qtbot, team: Team, page_for
) -> None:
    from lvs_desktop.ui.caseload_page import CaseloadPage

    team.open("anna", "lead")
    make_case(team["anna"], make_youth(team["anna"], given_names="Sem", surname="Visser"))
    bundle = team.export("anna")
    page = page_for(team["lead"])
    context = page._context_keepalive  # the Sync page and the caseload share one desk
    context.labels = all_labels(team["lead"])
    caseload = CaseloadPage(context)
    qtbot.addWidget(caseload)
    with qtbot.waitSignal(caseload.loaded, timeout=20_000):
        caseload.reload()
    assert caseload.model.rowCount() == 0

    wizard = page.open_import()
    wizard.set_files([bundle])
    wizard.passphrase.setText(TRANSFER)
    with qtbot.waitSignal(wizard.signer_unknown, timeout=20_000):
        wizard.check_button.click()
    with qtbot.waitSignal(wizard.checked, timeout=20_000):
        wizard.accept_button.click()
    with qtbot.waitSignal(caseload.refreshed, timeout=20_000):
        wizard.import_button.click()
    assert caseload.model.rowCount() == 1


def test_a_large_import_asks_every_view_to_reload_instead_of_listing_rows() -> None:
    report = ImportReport()
    for i in range(TOUCHED_CAP):
        report.touch("contact", str(i))
    assert not import_changes(report).everything
    assert len(import_changes(report).updated) == TOUCHED_CAP
    report.touch("contact", "one more")
    summary = import_changes(report, "Nieuw 20001")
    assert summary.everything and summary.updated == []
    assert summary.touches("case_file") and summary.message == "Nieuw 20001"


def test_after_a_large_import_the_caseload_reloads_in_full(  # type: ignore[no-untyped-def]
    qtbot, team: Team, page_for
) -> None:
    from lvs_desktop.services.uow import ChangeSummary
    from lvs_desktop.ui.caseload_page import CaseloadPage

    team.open("lead")
    page = page_for(team["lead"])
    context = page._context_keepalive
    context.labels = all_labels(team["lead"])
    caseload = CaseloadPage(context)
    qtbot.addWidget(caseload)
    with qtbot.waitSignal(caseload.loaded, timeout=20_000):
        caseload.reload()
    assert caseload.model.rowCount() == 0
    make_case(team["lead"], make_youth(team["lead"], given_names="Sem", surname="Visser"))
    with qtbot.waitSignal(caseload.loaded, timeout=20_000):  # a full reload, not a partial one
        context.report_change(ChangeSummary(everything=True, message="Nieuw 25000"))
    assert caseload.model.rowCount() == 1
