"""Item models of the Sync page: conflicts side by side, an import preview, cases to reassign.

Plain rows in, display strings out; every model passes `qtmodeltester`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from lvs_desktop.services.caseload import CaseRow
from lvs_desktop.services.sync import TABLE_LABELS, ConflictRow, RecordOutcome
from lvs_desktop.ui.sync.texts import field_label, tr

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def when(value: datetime | None) -> str:
    return value.astimezone().strftime("%d-%m-%Y %H:%M") if value else ""


class PlainRowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over plain rows: one function per column turns a row into text."""

    def __init__(self, columns: Sequence[tuple[str, Callable[[Row], str]]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == ROW_ROLE:
            return index.row()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section][0]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


def conflict_model() -> PlainRowsModel[ConflictRow]:
    def record(r: ConflictRow) -> str:
        return f"{r.entity_label}: {r.record_label}" if r.record_label else r.entity_label

    def what(r: ConflictRow) -> str:
        return tr("(deleted)") if r.kind == "delete" else field_label(r.field)

    return PlainRowsModel(
        [
            (tr("Record"), record),
            (tr("Field"), what),
            (tr("Live value"), lambda r: r.live_value),
            (tr("By"), lambda r: r.live_who),
            (tr("When"), lambda r: when(r.live_when)),
            (tr("Other value"), lambda r: r.other_value),
            (tr("By"), lambda r: r.other_who),
            (tr("When"), lambda r: when(r.other_when)),
        ]
    )


def preview_model() -> PlainRowsModel[RecordOutcome]:
    return PlainRowsModel(
        [
            (tr("Kind"), lambda r: TABLE_LABELS.get(r.table, r.table)),
            (tr("Record"), lambda r: r.label),
            (tr("What happens"), lambda r: tr(r.outcome)),
            (tr("Fields"), lambda r: ", ".join(field_label(f) for f in r.fields)),
        ]
    )


def case_model() -> PlainRowsModel[CaseRow]:
    return PlainRowsModel(
        [
            (tr("Reference"), lambda r: r.reference),
            (tr("Youth"), lambda r: r.youth_name),
            (tr("Consultant"), lambda r: r.consultant),
            (tr("Opened"), lambda r: r.opened_on.strftime("%d-%m-%Y")),
        ]
    )
