"""The real Reports page fits the desk at 1366×768 beside the navigation, in Dutch, with every
action still on the page (issue 13: the page made the window 1504–1608 px wide)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lvs_desktop.reports.model import chart_rows
from lvs_desktop.ui import i18n
from lvs_desktop.ui.desk import Desk
from lvs_desktop.ui.main_window import MainWindow
from lvs_desktop.ui.pages import placeholders
from lvs_desktop.ui.reports import ReportsPage
from lvs_desktop.ui.reports.chart import category_label
from lvs_desktop.ui.reports.page import create_page
from lvs_desktop.ui.reports.table_model import SORT_ROLE
from lvs_desktop.ui.worker import wait_for_jobs
from tests.conftest import PASSPHRASE
from tests.reports.region import AS_OF

TIMEOUT = 20000


@pytest.fixture
def dutch(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    folder = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    monkeypatch.setattr(i18n, "remembered_language", lambda: "nl")
    monkeypatch.setattr(i18n, "remember_language", lambda language: None)
    i18n.install("nl")
    yield
    wait_for_jobs()


@pytest.fixture
def window_at_1366(qtbot: QtBot, region_file: Path, dutch: None) -> Iterator[MainWindow]:
    """The real window over the constructed region, unlocked, on the Reports page."""
    desk = Desk(
        region_file,
        pages={**placeholders(), "reports": create_page},
        letters_tab=None,
        today=lambda: AS_OF,
    )
    desk.start()
    assert desk.dialog is not None
    desk.dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(desk.unlocked, timeout=TIMEOUT):
        desk.dialog.open_button.click()
    window = desk.window
    assert window is not None
    try:
        page = window.pages["reports"]
        assert isinstance(page, ReportsPage)
        with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
            window.nav.setCurrentRow(list(window.pages).index("reports"))
        qtbot.waitExposed(window)
        yield window
    finally:
        desk.shutdown()
        wait_for_jobs()


def test_the_reports_page_fits_1366_px_beside_the_navigation(window_at_1366: MainWindow) -> None:
    window = window_at_1366
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    margins = window.centralWidget().layout().contentsMargins()
    spacing = window.centralWidget().layout().spacing()
    room = 1366 - window.nav.width() - margins.left() - margins.right() - spacing
    assert page.minimumSizeHint().width() <= room
    assert window.minimumSizeHint().width() <= 1366
    assert (window.width(), window.height()) == (1366, 768)
    # every action is still a button on the page, whole and in Dutch
    buttons = (
        page.export_csv,
        page.export_pdf,
        page.document.edit_text,
        page.document.document,
        page.vsv,
    )
    assert [b.text() for b in buttons] == [
        "CSV exporteren…",
        "PDF exporteren…",
        "Tekst bewerken…",
        "Jaarverslag (PDF)…",
        "Vsv-cijfers…",
    ]
    for button in buttons:
        assert button.isVisible() and button.isEnabled()
        assert button.width() >= button.sizeHint().width()
    assert page.publish.width() >= page.publish.sizeHint().width()
    # the change against the year before, beside the three years
    model = page.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads[-2:] == ["Verandering", "%"] and len(heads) == 6
    for row in range(model.rowCount()):
        before, now = (model.index(row, c).data(SORT_ROLE) for c in (2, 3))
        if before is not None and now is not None:
            assert model.index(row, 4).data(SORT_ROLE) == now - before
        else:
            assert model.index(row, 4).data() == "–"
    # a long message in the status line wraps instead of widening the page
    page.status.setText("Kan jaarcijfers-2021-2022-Regio.pdf niet schrijven: " + "x " * 200)
    assert page.minimumSizeHint().width() <= room


def _whole_in_view(page: ReportsPage) -> list[str]:
    """What of the shown table is cut off: a year or change column outside the view or
    narrower than its text (the label column may elide; its tooltip is whole)."""
    view, header = page.view, page.view.horizontalHeader()
    problems = []
    if view.horizontalScrollBar().maximum() > 0:
        problems.append("the table scrolls sideways")
    for column in range(1, page.model.columnCount()):
        name = page.model.headerData(column, Qt.Orientation.Horizontal)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if right > view.viewport().width():
            problems.append(f"{name} is outside the view")
        needed = max(view.sizeHintForColumn(column), header.sectionSizeFromContents(column).width())
        if header.sectionSize(column) < needed:
            problems.append(f"{name} is narrower than its text")
    return problems


def test_every_figure_title_and_change_column_is_whole_at_1366_px(
    qtbot: QtBot, window_at_1366: MainWindow
) -> None:
    """Issue 13: at 1366×768 the list of figures cut long titles off ("Absoluut verzuim:
    vervolgonderzoek na overdracht d…", with a sideways scrollbar); every title now wraps
    whole, and every table shows its years, "Verandering" and "%" whole, internal and for
    publication, with its definition whole below it in a window still 768 px high."""
    page = window_at_1366.pages["reports"]
    assert isinstance(page, ReportsPage)
    figures = page.figures
    metrics = figures.fontMetrics()
    room = figures.viewport().width()
    titles = [figures.item(i).text() for i in range(figures.count())]
    assert max(metrics.horizontalAdvance(t) for t in titles) > room  # so wrapping matters
    assert figures.horizontalScrollBar().maximum() == 0
    for i, title in enumerate(titles):
        rect = figures.visualItemRect(figures.item(i))
        assert rect.left() >= 0 and rect.right() < room, title
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 10_000), flags, title)
        assert needed.height() <= rect.height(), title
    for publish in (False, True):
        if page.publish.isChecked() != publish:
            with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
                page.publish.setChecked(publish)
        assert page.report is not None and page.report.published == publish
        for i in range(page.figures.count()):
            page.figures.setCurrentRow(i)
            heads = [
                page.model.headerData(c, Qt.Orientation.Horizontal)
                for c in range(page.model.columnCount())
            ]
            assert heads[-2:] == ["Verandering", "%"], page.figures.item(i).text()
            qtbot.waitUntil(lambda: not _whole_in_view(page), timeout=2000)
            # the definition below reads whole, and the window stays 768 px high
            label = page.definition
            qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))  # noqa: B023
            assert window_at_1366.height() == 768


def test_no_chart_label_is_cut_off_at_1366_px(qtbot: QtBot, window_at_1366: MainWindow) -> None:
    """The chart beside the table named its eight exemption articles "..." at 1366×768 (Qt
    cuts a category label when its share of the height runs short); now every label is whole:
    not cut, each category at least a line of the label font high, and the labels left of
    the bars."""
    page = window_at_1366.pages["reports"]
    assert isinstance(page, ReportsPage) and page.report is not None
    keys = [t.key for t in page.report.tables]
    for key in ("exemptions", "reports_per_municipality", "relative_reports"):
        page.figures.setCurrentRow(keys.index(key))
        rows = chart_rows(page.report.table(key))
        chart = page.chart.chart()
        (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
        assert not axis.truncateLabels()
        assert axis.categories() == [category_label(r) for r in reversed(rows)]
        metrics = QFontMetrics(axis.labelsFont())
        widest = max(metrics.horizontalAdvance(c) for c in axis.categories())
        qtbot.waitUntil(lambda: chart.plotArea().left() > widest, timeout=2000)  # noqa: B023
        assert chart.plotArea().height() / len(rows) >= metrics.height(), key
