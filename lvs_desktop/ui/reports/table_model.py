"""An item model over one report table: a label column, one column per school year, then the
change against the year before ("Verandering", "%") when there are two years or more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from lvs_desktop.reports.model import CHANGE_HEADERS, DETAIL, ReportTable, change, change_cells
from lvs_desktop.reports.suppress import display

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw number (None when hidden or absent)

Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """Read-only rows of a `ReportTable`; totals in bold, suppressed values as "< 5"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: ReportTable | None = None
        self._years: tuple[str, ...] = ()
        self._threshold = 0

    def set_table(self, table: ReportTable | None, years: tuple[str, ...], threshold: int) -> None:
        self.beginResetModel()
        self._table, self._years, self._threshold = table, years, threshold
        self.endResetModel()

    @property
    def table(self) -> ReportTable | None:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return 1 + len(self._years) + self._changes()

    def _changes(self) -> int:
        return len(CHANGE_HEADERS) if len(self._years) > 1 else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._table is None:
            return None
        row = self._table.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if row.kind == DETAIL and len(row.labels) > 1:
                    return "    " + row.labels[-1]
                return row.labels[0] if len(row.labels) > 1 else row.label
            if column > len(self._years):
                return change_cells(row)[column - 1 - len(self._years)]
            return display(row, column - 1, self._threshold)
        if role == SORT_ROLE:
            if column > len(self._years):
                shown = change(row)
                return shown.absolute if column == len(self._years) + 1 else shown.percent
            return row.label if column == 0 else row.values[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and row.kind != DETAIL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.label
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return " / ".join(h for h in self._table.headers if h)
            if 0 < section <= len(self._years):
                return self._years[section - 1]
            if 0 < section - len(self._years) <= self._changes():
                return CHANGE_HEADERS[section - 1 - len(self._years)]
            return None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
