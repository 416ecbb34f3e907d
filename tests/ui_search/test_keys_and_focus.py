"""The caseload by keyboard: the search box has focus after unlock, Down-arrow goes into the
results on the first row (Up-arrow on the first row goes back), Enter opens the case, and
every dialog opens with the cursor in its first field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from lvs_desktop.ui.dialogs.base import FormDialog


def test_after_unlock_the_search_box_has_focus(qtbot, desk_window):
    search = desk_window.caseload.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    qtbot.keyClicks(search, "owen")  # typing goes straight into the search
    assert desk_window.caseload.model.rowCount() == 1


def test_down_arrow_moves_from_the_search_into_the_results(qtbot, desk_window, people):
    page = desk_window.caseload
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    qtbot.keyClicks(page.search, "z")  # Zoë, Zoe and Daan Zandkamp
    assert page.model.rowCount() == 3
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.table.currentIndex().row() == 0
    assert page.table.selectionModel().isRowSelected(0)
    assert page.current_case_id() == page.model.case_id(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # on through the results
    assert page.table.currentIndex().row() == 1
    second = page.current_case_id()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert desk_window.case_view is not None and desk_window.case_view.case_id == second
    desk_window.close_case_view()
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Up)  # above the first row: back to the search
    assert QApplication.focusWidget() is page.search


def test_down_arrow_with_nothing_found_stays_in_the_search(qtbot, desk_window):
    page = desk_window.caseload
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    qtbot.keyClicks(page.search, "niemand")
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.search


def _inputs_top_down(dialog: FormDialog) -> list[QWidget]:
    """The dialog's visible fields that take typing or a choice, top to bottom, left to right
    (the buttons under the form left out)."""
    fields = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and isinstance(w, QLineEdit | QComboBox | QPlainTextEdit | QTextEdit | QCheckBox)
        and not dialog.buttons.isAncestorOf(w)
        and w.window() is dialog
    ]
    return sorted(fields, key=lambda w: (w.mapTo(dialog, w.rect().topLeft()).y(), w.x()))


def test_each_dialog_opens_on_its_first_field(qtbot, desk_window, people):
    window = desk_window
    dialog = window.new_case()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.is_loaded)  # its choices are read on the worker
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.bsn)
    dialog.reject()
    window.show_case(people.owen)
    qtbot.waitUntil(lambda: window.act_contact.isEnabled())
    for action in window.case_actions:
        action.trigger()
        dialog = window.dialog
        assert dialog is not None, action.objectName()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda d=dialog: d.is_loaded)  # a form that reads does so on the worker
        first = _inputs_top_down(dialog)[0]
        qtbot.waitUntil(lambda d=dialog, f=first: QApplication.focusWidget() in (f, f.focusProxy()))
        dialog.reject()
