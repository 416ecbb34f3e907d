"""One register as a tab: a filter bar, the table, and buttons with keys.

Insert adds, Enter or F2 edits, Delete archives (or brings back an archived row); the search
field and "show archived" only change the proxy. Rows load on the worker when the tab is
first shown and again after a change that touches its table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.region.table import IdRole, RegisterModel, RegisterProxy
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.widgets import ErrorLabel, make_table
from lvs_desktop.ui.worker import error_text, run_job


class RegisterTab(QWidget):
    """`loaded` after every (re)load of the rows; `acted(ChangeSummary)` after an archive."""

    loaded = Signal()
    acted = Signal(object)
    tables: tuple[str, ...] = ()  # the ChangeSummary tables that make this tab reload

    def __init__(
        self, context: DeskContext, model: RegisterModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        model.setParent(self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(model)
        self.is_loaded = False
        self._loading = self._again = False
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda t: self.proxy.set_filter(text=t))
        self.show_archived = QCheckBox(tr("Show a&rchived"), self)
        self.show_archived.toggled.connect(lambda on: self.proxy.set_filter(show_archived=on))
        self.table = make_table(cast(QAbstractTableModel, self.proxy), self)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _: self.edit())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.count = QLabel(self)
        self.errors = ErrorLabel(self)
        self.filters = QHBoxLayout()
        search_label = QLabel(tr("Sea&rch:"), self)
        search_label.setBuddy(self.search)
        self.filters.addWidget(search_label)
        self.filters.addWidget(self.search, 1)
        self.buttons = QHBoxLayout()
        self.add_button = self.button(tr("&Add…"), "Ins", self.add)
        self.edit_button = self.button(tr("&Edit…"), "F2", self.edit)
        self.archive_button = self.button(tr("Arc&hive"), "Del", self.toggle_archived)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors)
        bottom = QHBoxLayout()
        bottom.addLayout(self.buttons)
        bottom.addStretch(1)
        bottom.addWidget(self.show_archived)
        bottom.addWidget(self.count)
        layout.addLayout(bottom)
        self.setFocusProxy(self.table)
        context.changed.connect(self._on_changed)
        self.model.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

    # -- building -----------------------------------------------------------------------

    def button(self, text: str, key: str | None, slot: Callable[[], object]) -> QPushButton:
        """A button in the bottom row; `key` also works anywhere in the tab."""
        button = QPushButton(text, self)
        button.clicked.connect(lambda: slot())
        if key:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda: slot() if button.isEnabled() else None)
            keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text().replace('&', '')} ({keys})")
        self.buttons.addWidget(button)
        return button

    # -- for subclasses -----------------------------------------------------------------

    def fetch(self, vault: Vault) -> Any:
        """The rows (runs on a worker: touch no widget)."""
        raise NotImplementedError

    def show_rows(self, result: Any) -> None:
        self.model.set_rows(result)

    def add(self) -> Any:
        """Open the add dialog (and return it), or None when the user may not add."""
        return None

    def edit(self) -> Any:
        """Open the edit dialog for the current row (and return it), or None."""
        return None

    def archive(self, vault: Vault, row: Any, archived: bool) -> ChangeSummary:
        raise NotImplementedError

    def may_change(self, row: Any) -> bool:
        return True

    def may_add(self) -> bool:
        return True

    # -- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        if self._loading:  # a change came in while reading: read once more afterwards
            self._again = True
            return
        self._loading, self._again = True, False
        vault = self.context.vault
        run_job(lambda: self.fetch(vault), self._loaded, self._load_failed, owner=self)

    def ensure_loaded(self) -> None:
        if not self.is_loaded:
            self.reload()

    def _loaded(self, result: Any) -> None:
        self._loading = False
        current = self.current_id()
        self.show_rows(result)
        self.is_loaded = True
        if current is None or not self.select_id(current):
            first = self.proxy.index(0, 0)
            if first.isValid():  # a row is current, so Enter, F2 and Delete work at once
                self.table.setCurrentIndex(first)
        self.update_buttons()
        self.loaded.emit()
        if self._again:
            self.reload()

    def _load_failed(self, exc: UserError | None) -> None:
        self._loading = self._again = False
        self.errors.show_problems([error_text(exc)])

    def _on_changed(self, summary: ChangeSummary) -> None:
        if self.is_loaded and summary.touches(*self.tables):
            self.reload()

    def drop_data(self) -> None:
        self.model.clear()
        self.is_loaded = False

    # -- selection ----------------------------------------------------------------------

    def current_row(self) -> Any | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def current_id(self) -> Any | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(IdRole) if index.isValid() else None

    def select_id(self, row_id: Any) -> bool:
        source = self.model.row_of_id(row_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def update_buttons(self) -> None:
        row = self.current_row()
        changeable = row is not None and self.may_change(row)
        self.add_button.setEnabled(self.may_add())
        self.edit_button.setEnabled(changeable)
        self.archive_button.setEnabled(changeable)
        archived = bool(row is not None and getattr(row, "archived", False))
        self.archive_button.setText(tr("&Restore") if archived else tr("Arc&hive"))

    def _update_count(self, *_: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(tr("{shown} of {total}").format(shown=shown, total=total))

    # -- archive ------------------------------------------------------------------------

    def toggle_archived(self) -> None:
        row = self.current_row()
        if row is None or not self.may_change(row):
            return
        archived = not getattr(row, "archived", False)
        vault = self.context.vault
        self.errors.clear_problems()
        run_job(
            lambda: self.archive(vault, row, archived),
            self._archived,
            lambda exc: self.errors.show_problems([error_text(exc)]),
            owner=self,
        )

    def _archived(self, summary: ChangeSummary) -> None:
        self.context.report_change(summary)
        self.acted.emit(summary)


def open_dialog(tab: RegisterTab, dialog: Any) -> Any:
    """Open a form modal to the tab's window (never `exec()`); it deletes itself on close."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tab.dialog = dialog  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _: tab.table.setFocus())
    dialog.open()
    return dialog
