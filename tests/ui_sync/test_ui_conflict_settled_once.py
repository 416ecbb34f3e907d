"""The conflicts screen settles a conflict once (issue 14, defect 9): a settled conflict offers
no action, and a take-the-other that reaches the service anyway is refused in Dutch."""

from __future__ import annotations

from vaults import Team, edit, live_data, make_case, make_youth

from lvs_desktop.models import Youth
from lvs_desktop.services import sync as service


def test_a_settled_conflict_cannot_be_taken_again_on_screen(  # type: ignore[no-untyped-def]
    qtbot, team: Team, page_for
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
    panel.select(0)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.take_button.click()
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 anna"

    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_settled.setChecked(True)
    assert panel.model.rowCount() == 1
    panel.select(0)
    buttons = (panel.take_button, panel.keep_button, panel.delete_button)
    assert not any(button.isEnabled() for button in buttons)

    conflict_id = panel.model.row_at(0).id
    with qtbot.waitSignal(panel.failed, timeout=10_000):
        panel._act(service.take_other)  # as a stale screen would
    assert "al afgehandeld" in panel.status.text()
    assert live_data(team["lead"])["youth"][youth]["phone"] == "06 anna"
    assert service.list_conflicts(team["lead"], include_resolved=True)[0].id == conflict_id
