"""The caseload fits 1366 px: columns that repeat one value hide themselves, the user chooses
columns and widths and a new page remembers them; rows loaded in chunks are tested once each
(not every loaded row again after each chunk), and the search applies to later chunks too."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from lvs_desktop.services.caseload import CaseloadFilter, CaseRow, list_cases
from lvs_desktop.services.queries import all_labels
from lvs_desktop.ui import caseload_page
from lvs_desktop.ui.caseload_model import COLUMNS, CaseloadModel, Criteria
from tests.builders import TODAY

COLUMN = {key: n for n, (key, _) in enumerate(COLUMNS)}


def hidden(page) -> set[str]:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    return {key for key, n in COLUMN.items() if header.isSectionHidden(n)}


def test_columns_that_repeat_one_value_hide_and_come_back(make_page):
    page = make_page()
    # one consultant's own open cases, opened the same day, no school, route or municipality
    # known yet: those columns say nothing per row
    repeated = {"consultant", "status", "route", "municipality", "school", "next_due"}
    assert hidden(page) == repeated
    assert {"reference", "name", "age", "kind"}.isdisjoint(hidden(page))
    page.kind.setCurrentIndex(page.kind.findData("relative_absence"))  # now one kind
    assert hidden(page) == repeated | {"kind"}
    page.kind.setCurrentIndex(0)
    assert hidden(page) == repeated


def test_a_column_hidden_and_restored_by_hand_is_remembered(make_page):
    page = make_page()
    menu = page.columns_button.menu()
    assert menu is page.columns.menu
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["column_name"].isEnabled()  # the name always shows
    actions["column_age"].trigger()  # hide
    actions["column_consultant"].trigger()  # show, although it repeats
    assert "age" in hidden(page) and "consultant" not in hidden(page)
    again = make_page()
    assert "age" in hidden(again) and "consultant" not in hidden(again)
    assert not again.columns.actions["age"].isChecked()
    again.columns.actions["age"].trigger()  # restore
    third = make_page()
    assert "age" not in hidden(third) and "consultant" not in hidden(third)
    stored = QSettings("LVS", "lvs-desktop")
    assert stored.value("caseload/hidden_columns") == ""
    assert stored.value("caseload/shown_columns") == "age,consultant"  # chosen: they stay


def test_widths_are_remembered_across_a_new_page(make_page):
    page = make_page()
    header = page.table.horizontalHeader()
    header.resizeSection(COLUMN["age"], 66)  # as a drag of the section's edge does
    header.resizeSection(COLUMN["name"], 211)
    again = make_page()
    header = again.table.horizontalHeader()
    assert header.sectionSize(COLUMN["age"]) == 66
    assert header.sectionSize(COLUMN["name"]) == 211
    again.columns.reset()  # "Default columns and widths"
    assert header.sectionSize(COLUMN["age"]) == caseload_page.WIDTHS[COLUMN["age"]]
    name_width = make_page().table.horizontalHeader().sectionSize(COLUMN["name"])
    assert name_width == caseload_page.WIDTHS[COLUMN["name"]]


def test_at_1366_px_every_column_fits(qtbot, desk_window):
    window = desk_window
    assert (window.width(), window.height()) == (1366, 768)
    page = window.caseload
    for key in ("consultant", "status", "route", "municipality", "school", "next_due"):
        page.columns.set_shown(key, True)
    assert hidden(page) == set()
    qtbot.waitExposed(window)
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width()  # no horizontal scrolling
    assert header.sectionSize(len(COLUMNS) - 1) >= caseload_page.WIDTHS[-1]
    nav = window.nav
    assert all(  # every navigation title whole beside its icon
        nav.visualItemRect(nav.item(n)).width()
        >= nav.sizeHintForIndex(nav.model().index(n, 0)).width()
        for n in range(nav.count())
        if not nav.item(n).isHidden()  # a page for other roles (intake) has no row to fit
    )


class CountingModel(CaseloadModel):
    """The caseload model, counting how many rows its filter looks at."""

    tested = 0

    def _pass_bar(self, indices, c):  # type: ignore[no-untyped-def]
        indices = list(indices)
        self.tested += len(indices)
        return super()._pass_bar(indices, c)


def test_chunks_are_filtered_on_their_own_rows(vault, people):
    rows = list_cases(vault, CaseloadFilter(open_only=False))
    many: list[CaseRow] = []
    for n in range(50):  # 200 rows in 20 chunks of 10
        many += [r.__class__(**{**r.__dict__, "case_id": f"{r.case_id}-{n}"}) for r in rows]
    model = CountingModel(all_labels(vault), TODAY)
    model.set_criteria(Criteria(text="zoe", status="in_behandeling"))
    model.set_rows(many[:10])
    for start in range(10, len(many), 10):
        model.append_rows(many[start : start + 10])
    assert model.total() == 200
    assert model.tested == 200  # each row once; re-testing every loaded row would be 2,100
    assert model.rowCount() == 100
    assert {model.index(r, 1).data() for r in range(100)} == {"Wit, Zoë de", "Bakker, Zoe"}


def test_a_search_typed_while_loading_applies_to_the_later_chunks(
    qtbot, make_page, monkeypatch, people
):
    monkeypatch.setattr(caseload_page, "FIRST_PAGE", 1)
    monkeypatch.setattr(caseload_page, "CHUNK", 1)
    page = caseload_page.CaseloadPage(make_page().context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.first_rows, timeout=20_000):
        pass
    page.search.setText("ploegstra owen")
    qtbot.waitUntil(lambda: page.is_loaded, timeout=20_000)
    assert page.model.total() == 4
    assert [page.model.case_id(r) for r in range(page.model.rowCount())] == [people.owen]
