"""What comes after a record in the case view: decide an exemption request, record an
enforcement step's outcome, add a task by hand. Each is a window action with a shortcut (in
the Case menu) that works on the selected row of its tab; Enter or a double-click on a row of
the exemptions or enforcement tab opens the same dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QTableView, QWidget

from lvs_desktop.ui.case_view import CaseView
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.enforcement_outcome import EnforcementOutcomeDialog
from lvs_desktop.ui.dialogs.exemption_decision import ExemptionDecisionDialog
from lvs_desktop.ui.dialogs.outcome_texts import tr
from lvs_desktop.ui.dialogs.task import NewTaskDialog
from lvs_desktop.ui.widgets import RowsModel

# (text, shortcut, object name): the window makes the actions, this module fills them
ACTIONS = {
    "decide_exemption": ("Decide exemption…", "Ctrl+Alt+V", "decideExemption"),
    "record_outcome": ("Record outcome…", "Ctrl+Alt+U", "recordOutcome"),
    "add_task": ("Add task…", "Ctrl+Shift+A", "addTask"),
}
TAB_OF = {"decide_exemption": "exemptions", "record_outcome": "enforcements"}
MISSING = {
    "exemptions": "Choose an exemption in the list first.",
    "enforcements": "Choose an enforcement step in the list first.",
}


def action_text(key: str) -> str:
    return tr(ACTIONS[key][0])


def _table(view: CaseView, tab: str) -> QTableView | None:
    return view.findChild(QTableView, f"tab_{tab}")


def selected_id(view: CaseView, tab: str) -> str | None:
    """The id of the selected row of a tab, or of its only row."""
    table = _table(view, tab)
    if table is None:
        return None
    model = table.model()
    index = table.currentIndex()
    if not index.isValid() and model.rowCount() == 1:
        index = model.index(0, 0)
    return index.data(RowsModel.IdRole) if index.isValid() else None


class CaseOutcomes(QObject):
    """Opens the outcome dialogs for the case view the window shows (`show` does it)."""

    def __init__(
        self,
        context: DeskContext,
        current_view: Callable[[], CaseView | None],
        show: Callable[[FormDialog], FormDialog],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.current_view = current_view
        self.show = show
        self.parent_widget = parent

    def attach(self, view: CaseView) -> None:
        """Enter or double-click on an exemption or enforcement row opens its dialog."""
        for key, tab in TAB_OF.items():
            table = _table(view, tab)
            if table is not None:
                table.activated.connect(lambda index, k=key: self._open_row(k, index))

    def _open_row(self, key: str, index: QModelIndex) -> None:
        record_id = index.data(RowsModel.IdRole)
        if record_id:
            self._dialog(key, record_id)

    def trigger(self, key: str) -> FormDialog | None:
        view = self.current_view()
        if view is None:
            return None
        if key == "add_task":
            if view.detail is None:
                return None
            reference = view.detail.header.reference
            dialog = NewTaskDialog(self.context, view.case_id, reference, self.parent_widget)
            return self.show(dialog)
        tab = TAB_OF[key]
        record_id = selected_id(view, tab)
        if record_id is None:
            table = _table(view, tab)
            if table is not None:
                for i in range(view.tabs.count()):
                    page = view.tabs.widget(i)
                    if page is table or page.isAncestorOf(table):
                        view.tabs.setCurrentIndex(i)
                table.setFocus()
            self.context.message.emit(tr(MISSING[tab]))
            return None
        return self._dialog(key, record_id)

    def _dialog(self, key: str, record_id: str) -> FormDialog:
        cls = ExemptionDecisionDialog if key == "decide_exemption" else EnforcementOutcomeDialog
        return self.show(cls(self.context, record_id, self.parent_widget))
