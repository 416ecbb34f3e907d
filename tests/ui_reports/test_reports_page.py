"""The Reports page offscreen: counted on a worker, shown by signal, filters, publication
view, export (with the change column the page shows); the table model passes Qt's model
tester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QHorizontalBarSeries
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lvs_desktop.reports.csv_export import read_csv
from lvs_desktop.reports.model import AnnualReport
from lvs_desktop.store import Vault
from lvs_desktop.ui.reports import ReportsPage
from tests.reports.readback import assert_row_under_heads, pdf_lines
from tests.reports.region import AS_OF

TIMEOUT = 20000


def open_page(qtbot: QtBot, vault: Vault) -> ReportsPage:
    page = ReportsPage(vault, today=lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    assert page.computed is None  # nothing is counted until the page is opened
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT) as first:
        page.activate()
    assert isinstance(first.args[0], AnnualReport)
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
        page.year.setCurrentText("2021-2022")
    return page


def cell(page: ReportsPage, label: str, column: int = 3) -> str:
    model = page.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data().strip() == label:
            return str(model.index(row, column).data())
    raise KeyError(label)


def test_page_shows_the_figures_of_a_year(qtbot: QtBot, region_vault: Vault, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, region_vault)
    assert page.report is not None and page.report.years[-1] == "2021-2022"
    assert page.figures.count() == len(page.report.tables)
    titles = [page.figures.item(i).text() for i in range(page.figures.count())]
    page.figures.setCurrentRow(titles.index("Thuiszitters (op de feiten)"))
    assert cell(page, "Thuiszitters (4 weken of langer)") == "4"
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "2021-2022"
    qtmodeltester.check(page.model)
    series = page.chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QHorizontalBarSeries)
    assert [s.label() for s in series[0].barSets()] == ["2019-2020", "2020-2021", "2021-2022"]
    assert "4 weken" in page.definition.text()


def test_municipality_and_publication_view(qtbot: QtBot, region_vault: Vault) -> None:
    page = open_page(qtbot, region_vault)
    page.figures.setCurrentRow(0)
    assert cell(page, "Totaal") == "11"
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT) as shown:
        page.municipality.setCurrentText("Gorinchem")
    assert shown.args[0].area == "Gorinchem"
    assert cell(page, "Totaal") == "4"
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT) as published:
        page.publish.setChecked(True)
    assert published.args[0].published
    assert cell(page, "Totaal") == "•"  # hidden to protect its small cells; claims no value
    assert "• niet getoond om kleine aantallen elders te beschermen" in page.definition.text()
    titles = [page.figures.item(i).text() for i in range(page.figures.count())]
    assert "Open dossiers per consulent op 31 juli" not in titles


def test_export_pdf_and_csv(qtbot: QtBot, region_vault: Vault, tmp_path: Path) -> None:
    page = open_page(qtbot, region_vault)
    for fmt in ("pdf", "csv"):
        target = tmp_path / f"jaarcijfers.{fmt}"
        with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as done:
            page.export_to(target, fmt)
        assert done.args[0] == str(target) and target.stat().st_size > 500
    assert page.export_pdf.isEnabled()


def test_a_failed_export_says_so(qtbot: QtBot, region_vault: Vault, tmp_path: Path) -> None:
    page = open_page(qtbot, region_vault)
    with qtbot.waitSignal(page.failed, timeout=TIMEOUT) as failed:
        page.export_to(tmp_path / "geen-map" / "x.csv", "csv")
    assert "niet schrijven" in failed.args[0]
    assert "niet schrijven" in page.status.text()


def test_the_pages_exports_carry_the_change_it_shows(
    qtbot: QtBot, region_vault: Vault, tmp_path: Path
) -> None:
    """The page's CSV and PDF, written from the shown report (Dordrecht, then for
    publication), hold the same "Verandering" and "%" as the page's own columns: thuiszitters
    1 → 3 is "+2", "+200%"; published both years are "< 5" and the change "–"."""
    page = open_page(qtbot, region_vault)
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
        page.municipality.setCurrentText("Dordrecht")
    for publish in (False, True):
        if publish:
            with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
                page.publish.setChecked(True)
        titles = [page.figures.item(i).text() for i in range(page.figures.count())]
        page.figures.setCurrentRow(titles.index("Thuiszitters (op de feiten)"))
        shown = {
            page.model.index(r, 0).data().strip(): tuple(
                page.model.index(r, c).data() for c in range(1, 6)
            )
            for r in range(page.model.rowCount())
        }
        expected = ("< 5", "< 5", "–", "–") if publish else ("1", "3", "+2", "+200%")
        assert shown["Thuiszitters (4 weken of langer)"][1:] == expected
        for fmt in ("csv", "pdf"):
            target = tmp_path / f"dordrecht-{publish}.{fmt}"
            with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
                page.export_to(target, fmt)
            if fmt == "csv":
                rows = read_csv(target.read_text(encoding="utf-8"))
                written = {
                    r.labels[0]: (*r.values.values(), *r.change)
                    for r in rows
                    if r.table == "thuiszitters"
                }
                assert written == shown
            else:
                lines = pdf_lines(target.read_bytes())
                for label, cells in shown.items():
                    assert_row_under_heads(lines, label, cells)
