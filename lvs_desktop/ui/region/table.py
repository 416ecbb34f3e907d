"""The item models of the region registers: plain rows in, display strings out.

`RegisterModel` shows service rows (municipalities, schools, partners, consultants, the rows
of a DUO preview) through one function per column; archived rows are grey. `RegisterProxy`
filters on free text, a municipality, a school type and "show archived" without reloading.
Every model here passes `qtmodeltester`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ArchivedRole = Qt.ItemDataRole.UserRole + 3
MunicipalityRole = Qt.ItemDataRole.UserRole + 4
TypeRole = Qt.ItemDataRole.UserRole + 5
GREY = QColor("#777777")
RED = QColor("#b00020")


class Column(Generic[Row]):
    """A header and how a row shows in it (and, optionally, how it sorts)."""

    def __init__(
        self,
        header: str,
        text: Callable[[Row], str],
        sort: Callable[[Row], Any] | None = None,
    ) -> None:
        self.header = header
        self.text = text
        self.sort = sort


class RegisterModel(QAbstractTableModel, Generic[Row]):
    """Read-only rows. `id_of`, `archived`, `municipality_of` and `type_of` feed the roles
    the proxy filters on; `red` marks rows (refused preview lines)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        id_of: Callable[[Row], Any] | None = None,
        archived: Callable[[Row], bool] | None = None,
        municipality_of: Callable[[Row], str | None] | None = None,
        type_of: Callable[[Row], str | None] | None = None,
        red: Callable[[Row], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._id_of = id_of
        self._archived = archived
        self._municipality_of = municipality_of
        self._type_of = type_of
        self._red = red

    # -- rows -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of_id(self, row_id: Any) -> int:
        """The row number of the row with `row_id`, or -1."""
        if self._id_of is None:
            return -1
        for n, r in enumerate(self._rows):
            if self._id_of(r) == row_id:
                return n
        return -1

    # -- Qt ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SortRole:
            value = column.sort(row) if column.sort is not None else column.text(row)
            return value.casefold() if isinstance(value, str) else value
        if role == IdRole:
            return None if self._id_of is None else self._id_of(row)
        if role == ArchivedRole:
            return bool(self._archived and self._archived(row))
        if role == MunicipalityRole:
            return None if self._municipality_of is None else self._municipality_of(row)
        if role == TypeRole:
            return None if self._type_of is None else self._type_of(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._red is not None and self._red(row):
                return QBrush(RED)
            if self._archived is not None and self._archived(row):
                return QBrush(GREY)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None


class RegisterProxy(QSortFilterProxyModel):
    """Filters: text in any column, a municipality (its id), a school type, archived rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""
        self._municipality: str | None = None
        self._type: str | None = None
        self._show_archived = False

    def set_filter(
        self,
        text: str | None = None,
        municipality: str | bool | None = False,
        school_type: str | bool | None = False,
        show_archived: bool | None = None,
    ) -> None:
        """Change only what is passed (`False` leaves a municipality or type as it is)."""
        self.beginFilterChange()
        if text is not None:
            self._text = text.strip().casefold()
        if municipality is not False:
            self._municipality = municipality  # type: ignore[assignment]
        if school_type is not False:
            self._type = school_type  # type: ignore[assignment]
        if show_archived is not None:
            self._show_archived = show_archived
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        first = model.index(source_row, 0, source_parent)
        if not self._show_archived and first.data(ArchivedRole):
            return False
        if self._municipality is not None and first.data(MunicipalityRole) != self._municipality:
            return False
        if self._type is not None and first.data(TypeRole) != self._type:
            return False
        if not self._text:
            return True
        return any(
            self._text in str(model.index(source_row, col, source_parent).data() or "").casefold()
            for col in range(model.columnCount(source_parent))
        )
