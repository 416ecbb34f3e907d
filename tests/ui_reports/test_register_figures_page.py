"""The Reports page shows issue 13's new tables (VO→MBO transfer, vervolgonderzoek, the
17-year-olds benaderd) on the register region built from an empty vault, and a vault
without a register shows the VO→MBO table without rows, its reason under it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from lvs_desktop.store import Vault
from lvs_desktop.ui.reports import ReportsPage
from tests.reports.register_region import AS_OF, YEAR, build

TIMEOUT = 20000
VO_MBO = "Overstap VO–MBO: zonder mbo-inschrijving op de overstapdatum"
HANDOVER = "Absoluut verzuim: vervolgonderzoek na overdracht door de administratie"


def open_page(qtbot: QtBot, vault: Vault) -> ReportsPage:
    page = ReportsPage(vault, today=lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
        page.activate()
    years = [page.year.itemText(i) for i in range(page.year.count())]
    if page.year.currentText() != YEAR and YEAR in years:  # an empty vault has only today's
        with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
            page.year.setCurrentText(YEAR)
    return page


def shown(page: ReportsPage, title: str) -> dict[str, str]:
    """The rows of the table `title` as the page shows them: label → the report year's cell."""
    titles = [page.figures.item(i).text() for i in range(page.figures.count())]
    page.figures.setCurrentRow(titles.index(title))
    model = page.model
    return {
        str(model.index(r, 0).data()).strip(): str(model.index(r, 3).data())
        for r in range(model.rowCount())
    }


def test_the_page_shows_the_new_tables(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    build(vault, tmp_path)
    page = open_page(qtbot, vault)
    assert shown(page, VO_MBO) == {
        "VO verlaten zonder mbo-inschrijving": "3",
        "waarvan begeleid door LVS": "1",
    }
    assert "overstapdatum" in page.definition.text()
    assert shown(page, HANDOVER) == {
        "Overgedragen voor vervolgonderzoek": "2",
        "waarvan weer ingeschreven": "1",
    }
    assert shown(page, "Screening 17-jarigen")["waarvan benaderd"] == "4"


def test_without_a_register_the_page_says_so(qtbot: QtBot, vault: Vault) -> None:
    page = open_page(qtbot, vault)
    assert shown(page, VO_MBO) == {}
    assert page.definition.text().endswith("geen registergegevens.")
