"""The Thuiszitters page on the constructed region: the list on a day equals the annual
figure; an offer recorded through the dialog lands in the vault and in the list; CSV."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lvs_desktop.services import cases, contacts, decisions
from lvs_desktop.services import thuiszitters as service
from lvs_desktop.services.cases import ReportInput
from lvs_desktop.services.contacts import ContactInput
from lvs_desktop.services.decisions import ExemptionInput
from lvs_desktop.services.region.schools import SchoolInput, add_school
from lvs_desktop.services.reports import annual_report
from lvs_desktop.services.thuiszitters import OfferInput
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.prevention import ThuiszitterPage
from tests.builders import make_youth

TIMEOUT = 20000
ON = date(2022, 7, 31)


def open_page(qtbot: QtBot, vault: Vault) -> ThuiszitterPage:
    page = ThuiszitterPage(DeskContext(vault, {}, "Jet de Vries", today=lambda: ON))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.activate()
    return page


def test_list_offer_and_csv(
    qtbot: QtBot, region_copy: Vault, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(qtbot, region_copy)
    figure = annual_report(region_copy, "2021-2022", as_of=ON).value(
        "thuiszitters", "Thuiszitters (4 weken of langer)"
    )
    assert page.rows.rowCount() == figure == 4
    assert page.summary.text() == "4 thuiszitters in schooljaar 2021-2022 op 31-07-2022"
    headers = [
        page.rows.headerData(c, Qt.Orientation.Horizontal) for c in range(page.rows.columnCount())
    ]
    assert headers[4:8] == ["Thuis sinds", "Thuis tot", "Vrijstelling", "Termijn\naanbod"]
    qtmodeltester.check(page.rows)
    status = [page.rows.index(r, 9).data() for r in range(4)]
    # no offer; back at school on 08-10-2021 before the deadline 06-12 (Q1); from 1 July: running
    assert status == [service.OVERDUE, service.BACK, service.OVERDUE, service.RUNNING]

    page.table.selectRow(2)  # at home since 1 October 2021, never closed
    assert page.rows.index(2, 4).data() == "01-10-2021"
    assert page.rows.index(2, 5).data() == "nog thuis"
    dialog = page.open_offer()
    assert dialog is not None and dialog.windowTitle() == "Aanbod aan een thuiszitter"
    dialog.when.setText("15-12-2021")
    dialog.kind.setCurrentIndex(dialog.kind.findData("care"))
    dialog.what.setText("Dagbesteding via de jeugdhulp")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert page.rows.index(2, 8).data() == "15-12-2021 Zorgaanbod"
    assert page.rows.index(2, 9).data() == service.OFFERED
    stored = service.thuiszitter_list(region_copy, ON).rows[2].offer
    assert stored is not None and stored.description == "Dagbesteding via de jeugdhulp"

    out = tmp_path / "lijst.csv"
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        page.export_csv(out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_a_bad_day_or_offer_is_refused_in_dutch(qtbot: QtBot, region_copy: Vault) -> None:
    page = open_page(qtbot, region_copy)
    page.on.setText("32-01-2022")
    with qtbot.waitSignal(page.failed, timeout=TIMEOUT) as failed:
        page.show_button.click()
    assert failed.args[0] == "Geen geldige datum; schrijf dd-mm-jjjj."
    page.on.setText("01-12-2021")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT) as shown:
        page.show_button.click()
    assert shown.args[0].count == service.thuiszitter_list(region_copy, date(2021, 12, 1)).count
    page.table.selectRow(0)
    dialog = page.open_offer()
    assert dialog is not None
    dialog.when.setText("01-01-2030")
    with qtbot.waitSignal(dialog.problems_shown, timeout=TIMEOUT) as problems:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert problems.args[0] == ["Datum van het aanbod ligt in de toekomst."]
    assert all(r.offer is None for r in service.thuiszitter_list(region_copy, ON).rows)


def test_the_page_marks_entries_only_from_the_report(qtbot: QtBot, vault: Vault) -> None:
    """From an empty vault: two youths at home since 1 March 2022; a home visit (nobody
    opened) is recorded for one. The other reads "ja" under "Alleen uit melding", whose
    header explains the rule."""
    first, last = date(2022, 3, 1), date(2022, 6, 30)
    ids = {}
    for name in ("Anna", "Bart"):
        youth = make_youth(vault, birth_date=date(2012, 3, 1), bsn=None, given_names=name)
        ids[name] = cases.open_case(
            vault,
            youth,
            "relative_absence",
            first,
            report=ReportInput("long_term_relative", first, first, last),
            today=ON,
        ).first("case_file")
    visit = ContactInput(datetime(2022, 4, 4, 10), "home_visit", kind="attempt")
    contacts.log_contact(vault, ids["Bart"], visit, now=datetime(2022, 7, 31))

    page = open_page(qtbot, vault)
    model = page.rows
    column = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ].index("Alleen uit\nmelding")
    marks = {
        model.index(r, 1).data().split()[0]: model.index(r, column).data()
        for r in range(model.rowCount())
    }
    assert marks == {"Anna": "ja", "Bart": ""}
    tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == service.UNVERIFIED_RULE and "huisbezoek" in tip
    anna = next(r for r in range(2) if marks[model.index(r, 1).data().split()[0]] == "ja")
    assert model.index(anna, column).data(Qt.ItemDataRole.ToolTipRole) == tip


def test_all_columns_fit_the_page_at_1366_px(qtbot: QtBot, vault: Vault) -> None:
    """In the main window at 1366×768 the page is about 1140 px wide (the menu beside it):
    all eleven columns show without a horizontal scroll bar, with long names, an exemption
    and an offer in the row (the cells elide; their tooltips show all)."""
    school = add_school(
        vault,
        SchoolInput(name="Christelijk College Guido de Brès-Walburg Zwijndrecht", school_type="VO"),
    ).first("school")
    youth = make_youth(
        vault,
        birth_date=date(2012, 3, 1),
        bsn=None,
        given_names="Fleur Anne Marie",
        surname="van den Kroonstra-Wieldorp",
        school_id=school,
    )
    first = date(2022, 1, 10)
    case = cases.open_case(
        vault,
        youth,
        "relative_absence",
        first,
        report=ReportInput("long_term_relative", first, first, date(2022, 7, 15)),
        today=ON,
    ).first("case_file")
    decisions.record_exemption(
        vault,
        case,
        ExemptionInput(
            "5a",
            date(2022, 5, 1),
            date(2022, 5, 2),
            date(2022, 5, 31),
            "afgegeven",
            date(2022, 5, 1),
        ),
    )
    service.record_offer(
        vault, case, OfferInput(date(2022, 4, 1), "education_care", "Arrangement"), today=ON
    )
    page = open_page(qtbot, vault)
    page.resize(1140, 640)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 1000)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()
    assert page.rows.columnCount() == 11 and page.rows.rowCount() == 1
    assert page.rows.index(0, 6).data().startswith("ja, vanaf 2 mei 2022 tot en met")
    assert page.table.horizontalHeader().length() <= page.table.viewport().width()
