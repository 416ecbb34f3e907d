"""Typing in the caseload's search box on a real vault: accents folded, words in any order,
a birth date as dd-mm-jjjj or d-m-jjjj, a case reference; the filter bar still applies,
sorting still works, the selected case stays selected by id, and the model passes Qt's
model tester while the shown rows change under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from lvs_desktop.services.caseload import cases_by_id
from lvs_desktop.ui.caseload_page import CaseloadPage

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def type_search(qtbot, page: CaseloadPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """Clear the search box and type `text` key by key (QTest's keyClicks takes ASCII only,
    so a letter like "ë" is sent as the key event a keyboard makes for it)."""
    page.search.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(page.search, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, page.search, Qt.Key.Key_unknown, char, NO_MODIFIER
            )
    assert page.search.text() == text


def shown_names(page: CaseloadPage) -> list[str]:
    model = page.model
    return sorted(model.index(r, 1).data() for r in range(model.rowCount()))


def test_accents_fold_both_ways(qtbot, make_page):
    page = make_page()
    assert page.model.rowCount() == 4
    type_search(qtbot, page, "Zoe")
    assert shown_names(page) == ["Bakker, Zoe", "Wit, Zoë de"]
    type_search(qtbot, page, "zoë")
    assert shown_names(page) == ["Bakker, Zoe", "Wit, Zoë de"]
    type_search(qtbot, page, "ZOË DE WIT")
    assert shown_names(page) == ["Wit, Zoë de"]
    assert page.count.text() == "1 van 4 dossiers"


def test_word_order_is_free(qtbot, make_page):
    page = make_page()
    for text in ("ploegstra owen", "owen ploegstra", "Ploegstra, Owen", "stra ow"):
        type_search(qtbot, page, text)
        assert shown_names(page) == ["Ploegstra, Owen"], text
    type_search(qtbot, page, "owen zandkamp")  # both words must be found in one case
    assert shown_names(page) == []
    hint = page.table.viewport().findChild(QLabel, "emptyHint")
    assert hint.text() == (
        "Geen dossiers om te tonen. Pas de zoekopdracht of de filters hierboven aan."
    )
    assert not hint.isHidden()
    type_search(qtbot, page, "owen")
    assert hint.isHidden()


def test_birth_date_and_case_reference_find_the_youth(qtbot, make_page, vault, people):
    page = make_page()
    for text in ("05-03-2012", "5-3-2012", "5.3.2012", "05/03/2012"):
        type_search(qtbot, page, text)
        assert shown_names(page) == ["Wit, Zoë de"], text
    (owen,) = cases_by_id(vault, [people.owen])
    type_search(qtbot, page, owen.reference)
    assert shown_names(page) == ["Ploegstra, Owen"]
    type_search(qtbot, page, owen.reference.lower())
    assert shown_names(page) == ["Ploegstra, Owen"]


def test_the_filter_bar_still_applies_to_the_search(qtbot, make_page):
    page = make_page()
    type_search(qtbot, page, "zoe")
    page.kind.setCurrentIndex(page.kind.findData("luxe"))
    assert shown_names(page) == ["Bakker, Zoe"]
    page.kind.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("afgesloten"))
    assert shown_names(page) == []
    page.status.setCurrentIndex(page.status.findData("in_behandeling"))
    assert shown_names(page) == ["Bakker, Zoe", "Wit, Zoë de"]
    page.search.clear()
    assert page.model.rowCount() == 4


def test_sorting_by_a_column_works_on_the_shown_rows(qtbot, make_page):
    page = make_page()
    type_search(qtbot, page, "o")  # Zoë, Zoe, Owen, Ploegstra… and not Daan Zandkamp
    assert "Zandkamp, Daan" not in shown_names(page)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert names == ["Wit, Zoë de", "Ploegstra, Owen", "Bakker, Zoe"]
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert names == ["Bakker, Zoe", "Ploegstra, Owen", "Wit, Zoë de"]
    page.search.clear()
    names = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert names == sorted(names) and len(names) == 4


def test_the_selected_case_stays_selected_by_id(qtbot, make_page, people):
    page = make_page()
    page.table.setCurrentIndex(page.model.index(page.model.row_of(people.owen), 1))
    assert page.current_case_id() == people.owen
    type_search(qtbot, page, "o")
    assert page.current_case_id() == people.owen
    assert page.table.selectionModel().isRowSelected(page.model.row_of(people.owen))
    type_search(qtbot, page, "z")  # Zoë, Zoe and Zandkamp: Owen is not shown
    assert page.current_case_id() is None
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)  # everyone again: Owen selected again
    assert page.model.rowCount() == 4
    assert page.current_case_id() == people.owen


def test_the_model_passes_the_model_tester_while_typing(qtbot, qtmodeltester, make_page):
    page = make_page()
    qtmodeltester.check(page.model)
    for text in ("zo", "zoë", "ploegstra owen", "", "5-3-2012"):
        type_search(qtbot, page, text)
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    page.status.setCurrentIndex(0)
    assert page.model.rowCount() == 1
