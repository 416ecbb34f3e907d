"""The Sync page: export, the import wizard, conflicts side by side, duplicates, reassigning."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from vaults import TRANSFER, Team, edit, live_data, make_case, make_youth

from lvs_desktop.models import Youth
from lvs_desktop.services import sync as service


def test_export_runs_on_a_worker_and_says_what_it_wrote(qtbot, team: Team, page_for) -> None:  # type: ignore[no-untyped-def]
    team.open("anna")
    make_case(team["anna"], make_youth(team["anna"]))
    page = page_for(team["anna"])
    panel = page.export_panel
    assert not panel.consultant.isEnabled()  # a consultant exports her own cases
    target = team.folder / "mijn-export"
    panel.choose_path = lambda: target
    panel.passphrase.setText(TRANSFER)
    panel.repeat.setText(TRANSFER + "x")
    with qtbot.waitSignal(panel.failed):
        panel.export_button.click()
    assert "De twee wachtwoorden" in panel.status.text()
    panel.repeat.setText(TRANSFER)
    with qtbot.waitSignal(panel.exported, timeout=20_000):
        panel.export_button.click()
    assert target.with_suffix(".lvsbundle").exists()
    assert panel.status.text().startswith("Export 1 voor Anna Akkerman gemaakt")
    # the fingerprint the team lead compares before accepting her first export
    opened = service.open_bundles(team["anna"], [target.with_suffix(".lvsbundle")], TRANSFER)
    assert f"Uw vingerafdruk: {opened[0].fingerprint}." in panel.status.text()
    assert panel.passphrase.text() == ""


def test_the_import_wizard_asks_for_the_fingerprint_previews_then_imports(  # type: ignore[no-untyped-def]
    qtbot, team: Team, page_for
) -> None:
    team.open("anna", "lead")
    make_case(team["anna"], make_youth(team["anna"], given_names="Sem", surname="Visser"))
    bundle = team.export("anna")
    page = page_for(team["lead"])
    wizard = page.open_import()
    wizard.set_files([bundle])
    wizard.passphrase.setText(TRANSFER)
    with qtbot.waitSignal(wizard.signer_unknown, timeout=20_000):
        wizard.check_button.click()
    assert wizard.accept_button.isVisible()
    assert "Onbekende afzender: Anna Akkerman" in wizard.fingerprint.text()

    with qtbot.waitSignal(wizard.checked, timeout=20_000):
        wizard.accept_button.click()
    assert wizard.stack.currentIndex() == 1
    assert wizard.summary.text().startswith("Nieuw 4, bijgewerkt 0")
    rows = {
        wizard.preview.data(wizard.preview.index(r, 1)) for r in range(wizard.preview.rowCount())
    }
    assert "Sem Visser (19-10-2013)" in rows
    assert live_data(team["lead"])["youth"] == {}  # the preview changed nothing

    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.import_button.click()
    assert wizard.progress.value() == wizard.progress.maximum()
    assert "Ingelezen" in wizard.outcome.text()
    assert len(live_data(team["lead"])["youth"]) == 1
    qtbot.waitUntil(lambda: page.reassign.model.rowCount() == 1, timeout=10_000)


def test_conflicts_show_both_values_and_take_the_other(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, team: Team, page_for
) -> None:
    team.open("anna", "lead")
    youth = make_youth(team["anna"])
    make_case(team["anna"], youth)
    team.sync("anna", "lead")
    edit(team["anna"], Youth, youth, phone="06 anna")
    edit(team["lead"], Youth, youth, phone="06 lea")
    team.sync("anna", "lead")
    page = page_for(team["lead"])
    panel = page.conflicts
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(panel.model)
    shown = [panel.model.data(panel.model.index(0, c)) for c in range(panel.model.columnCount())]
    assert shown[1:4] == ["Telefoon", "06 lea", "Lea Leider"]
    assert shown[5:7] == ["06 anna", "Anna Akkerman"]
    assert not panel.take_button.isEnabled()
    panel.select(0)
    assert panel.take_button.isEnabled() and not panel.delete_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.take_button.click()
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 anna"
    assert panel.model.rowCount() == 0 and panel.status.text() == "Geen open conflicten."


def test_the_duplicate_dialog_merges_two_youths_field_by_field(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, team: Team, page_for
) -> None:
    team.open("lead")
    born = date(2012, 5, 1)
    first = make_youth(team["lead"], bsn=None, birth_date=born, phone="06 een")
    second = make_youth(team["lead"], bsn=None, birth_date=born, phone="06 twee")
    page = page_for(team["lead"])
    panel = page.duplicates
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(panel.model)
    dialog = panel.open_merge()
    assert dialog is not None and set(dialog.choices) == {"phone"}
    left_is_first = dialog.first.id == first
    dialog.choose_second("phone")
    with qtbot.waitSignal(panel.merged, timeout=10_000):
        dialog.merge_button.click()
    keep = min(first, second)
    youths = live_data(team["lead"])["youth"]
    assert not youths[keep]["deleted"] and youths[max(first, second)]["deleted"]
    assert youths[keep]["phone"] == ("06 twee" if left_is_first else "06 een")


def test_a_case_is_reassigned_from_the_page(qtbot, team: Team, page_for) -> None:  # type: ignore[no-untyped-def]
    team.open("anna", "bram", "lead")
    case = make_case(team["anna"], make_youth(team["anna"]))
    team.sync("anna", "lead")
    team.sync("bram", "lead")
    page = page_for(team["lead"])
    panel = page.reassign
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    panel.view.selectRow(0)
    panel.consultant.setCurrentIndex(panel.consultant.findText("Bram Bos"))
    with qtbot.waitSignal(panel.reassigned, timeout=10_000):
        panel.reassign_button.click()
    with team["lead"].session() as s:
        from lvs_desktop.models import Case

        assert s.scalar(select(Case.consultant_id).where(Case.id == case)) == team["bram"].owner_id
