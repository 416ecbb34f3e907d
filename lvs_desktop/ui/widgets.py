"""Small building blocks: a dd-mm-jjjj date field, a code combo box, an error label and a
read-only table model over plain rows (the case view's tabs)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from lvs_desktop.services.queries import Choice
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.i18n import tr

OVERDUE = QColor("#b00020")
VOIDED = QColor("#6b6b6b")
_DATE_RE = re.compile(r"^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})\s*$")
Index = QModelIndex | QPersistentModelIndex


class DateField(QLineEdit):
    """A date typed as dd-mm-jjjj; `value()` is None when empty, `problem()` says what is wrong."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("dd-mm-yyyy"))
        self.setMaximumWidth(140)
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        self.setText(fmt_date(value))

    def value(self) -> date | None:
        match = _DATE_RE.match(self.text())
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None

    def problem(self, label: str, required: bool = False) -> str | None:
        """A Dutch (translated) sentence when the field is wrong, else None."""
        if not self.text().strip():
            return tr("{label} is required.").format(label=label) if required else None
        if self.value() is None:
            return tr("{label}: not a valid date; write it as dd-mm-yyyy.").format(label=label)
        return None


class ChoiceCombo(QComboBox):
    """A combo over `Choice`s; `code()` is the chosen code (None for the optional blank)."""

    def __init__(
        self,
        choices: Sequence[Choice],
        blank: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, None)
        for c in choices:
            self.addItem(c.label, c.code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class ErrorLabel(QLabel):
    """Shows what is wrong with a form, in red, one problem per line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_problems(self, problems: Sequence[str]) -> None:
        self.setText("\n".join(f"• {p}" for p in problems))
        self.setVisible(bool(problems))

    def clear_problems(self) -> None:
        self.clear()
        self.hide()


class RowsModel(QAbstractTableModel):
    """Read-only rows of display strings; an optional id per row, rows marked in red, and
    rows struck through (voided entries: kept, shown, no longer counting)."""

    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, headers: Sequence[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self._ids: list[str | None] = []
        self._red: list[bool] = []
        self._struck: list[bool] = []

    def set_rows(
        self,
        rows: Sequence[Sequence[str]],
        ids: Sequence[str | None] | None = None,
        red: Sequence[bool] | None = None,
        struck: Sequence[bool] | None = None,
    ) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._ids = list(ids) if ids is not None else [None] * len(self._rows)
        self._red = list(red) if red is not None else [False] * len(self._rows)
        self._struck = list(struck) if struck is not None else [False] * len(self._rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[row][col]
        if role == self.IdRole:
            return self._ids[row]
        if role == Qt.ItemDataRole.ForegroundRole and self._red[row]:
            return QBrush(OVERDUE)
        if self._struck[row]:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(VOIDED)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def fit_columns(view: QTableView, cap: int = 320) -> None:
    """Columns as wide as their contents (a small table), none wider than `cap`."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(header.count() - 1):
        header.resizeSection(col, min(max(header.sectionSize(col), 60), cap))


def make_table(model: QAbstractTableModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table with a stretching last column."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
