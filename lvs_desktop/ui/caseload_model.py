"""The caseload as an item model: all rows loaded once, filtering and search in the proxy.

Fluid on 25,000 cases: the model precomputes per row the display strings, sort keys and a
lower-case search text. The proxy turns the filter bar into a per-row mask (the filter bar's
part is kept while only the search text changes, so a keystroke costs one pass of substring
tests), and `filterAcceptsRow` is a list lookup. Sorting reorders the model's own arrays with
Python's sort instead of letting the proxy call `lessThan` n·log n times.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from lvs_desktop.services.caseload import CaseRow
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import OVERDUE

Index = QModelIndex | QPersistentModelIndex
CaseIdRole = Qt.ItemDataRole.UserRole + 1

# (key, English header); the headers are translated when shown.
COLUMNS = (
    ("reference", "Case no."),
    ("name", "Name"),
    ("age", "Age"),
    ("school", "School"),
    ("municipality", "Municipality"),
    ("kind", "Kind"),
    ("status", "Status"),
    ("route", "MAS route"),
    ("next_due", "Deadline"),
    ("consultant", "Consultant"),
)
DUE_COLUMN = 8


@dataclass(frozen=True)
class Criteria:
    """What the filter bar asks for; None or empty means "any"."""

    text: str = ""
    status: str | None = None
    kind: str | None = None
    municipality: str | None = None
    school_type: str | None = None
    overdue_only: bool = False
    consultant_id: str | None = None

    def without_text(self) -> Criteria:
        return Criteria(
            "",
            self.status,
            self.kind,
            self.municipality,
            self.school_type,
            self.overdue_only,
            self.consultant_id,
        )


class CaseloadModel(QAbstractTableModel):
    """All loaded case rows; display strings and sort keys precomputed per row."""

    def __init__(self, labels: dict[str, dict[str, str]], today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._today = today
        self.rows: list[CaseRow] = []
        self._display: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self.overdue: list[bool] = []
        self.haystack: list[str] = []
        self._headers = [tr(h) for _, h in COLUMNS]

    # -- loading ------------------------------------------------------------------------

    def _prepare(self, rows: Sequence[CaseRow]) -> tuple[list, list, list, list]:
        kinds = self._labels.get("case_kind", {})
        statuses = self._labels.get("case_status", {})
        routes = self._labels.get("mas_route", {})
        today = self._today
        display, keys, overdue, hay = [], [], [], []
        for r in rows:
            age = r.age(today) if r.birth_date <= today else 0
            late = r.overdue(today)
            display.append(
                (
                    r.reference,
                    r.youth_name,
                    str(age),
                    r.school or "",
                    r.municipality or "",
                    kinds.get(r.kind, r.kind),
                    statuses.get(r.status, r.status),
                    routes.get(r.route, r.route) if r.route else "",
                    fmt_date(r.next_due),
                    r.consultant,
                )
            )
            keys.append(
                (
                    r.reference,
                    r.youth_name.lower(),
                    age,
                    (r.school or "").lower(),
                    r.municipality or "",
                    r.kind,
                    r.status,
                    r.route or "",
                    r.next_due or date.max,
                    r.consultant,
                )
            )
            overdue.append(late)
            hay.append(" ".join((r.youth_name, r.reference, r.bsn or "", r.school or "")).lower())
        return display, keys, overdue, hay

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        display, keys, overdue, hay = self._prepare(rows)
        self.beginResetModel()
        self.rows = list(rows)
        self._display, self._keys, self.overdue, self.haystack = display, keys, overdue, hay
        self.endResetModel()

    def append_rows(self, rows: Sequence[CaseRow]) -> None:
        if not rows:
            return
        display, keys, overdue, hay = self._prepare(rows)
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self._display.extend(display)
        self._keys.extend(keys)
        self.overdue.extend(overdue)
        self.haystack.extend(hay)
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    def upsert_rows(self, touched: set[str], rows: Sequence[CaseRow]) -> None:
        """Replace the rows of the `touched` cases by `rows` (new cases are appended; a touched
        case missing from `rows` was deleted and goes)."""
        fresh = {r.case_id: r for r in rows}
        for n in range(len(self.rows) - 1, -1, -1):
            case_id = self.rows[n].case_id
            if case_id not in touched:
                continue
            if case_id in fresh:
                row = fresh.pop(case_id)
                display, keys, overdue, hay = self._prepare([row])
                self.rows[n] = row
                self._display[n], self._keys[n] = display[0], keys[0]
                self.overdue[n], self.haystack[n] = overdue[0], hay[0]
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(COLUMNS) - 1))
            else:
                self.beginRemoveRows(QModelIndex(), n, n)
                for name in ("rows", "_display", "_keys", "overdue", "haystack"):
                    values = getattr(self, name)
                    setattr(self, name, values[:n] + values[n + 1 :])  # a new list: see proxy
                self.endRemoveRows()
        self.append_rows(list(fresh.values()))

    def sort_newest_first(self) -> None:
        """The default order: the most recently opened case on top."""
        self.layoutAboutToBeChanged.emit()
        self._reorder(
            sorted(
                range(len(self.rows)),
                key=lambda i: (self.rows[i].opened_on, self.rows[i].reference),
                reverse=True,
            )
        )
        self.layoutChanged.emit()

    def _reorder(self, order_ix: list[int]) -> None:
        old_persistent = self.persistentIndexList()
        old_ids = [self.rows[i.row()].case_id for i in old_persistent]
        for name in ("rows", "_display", "_keys", "overdue", "haystack"):
            values = getattr(self, name)
            setattr(self, name, [values[i] for i in order_ix])
        position = {r.case_id: n for n, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(position[cid], i.column())
                for cid, i in zip(old_ids, old_persistent, strict=True)
            ],
        )

    # -- the model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][col]
        if role == Qt.ItemDataRole.ToolTipRole and col != DUE_COLUMN:
            return self._display[row][col] or None
        if role == CaseIdRole:
            return self.rows[row].case_id
        if col == DUE_COLUMN:
            if role == Qt.ItemDataRole.ForegroundRole and self.overdue[row]:
                return QBrush(OVERDUE)
            if role == Qt.ItemDataRole.ToolTipRole and self.rows[row].next_due_label:
                label = self.rows[row].next_due_label or ""
                late = tr(" (overdue)") if self.overdue[row] else ""
                return label + late
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by one column (stable, so earlier sorts break ties)."""
        if not 0 <= column < len(COLUMNS) or not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        reverse = order == Qt.SortOrder.DescendingOrder
        self._reorder(
            sorted(range(len(self.rows)), key=lambda i: self._keys[i][column], reverse=reverse)
        )
        self.layoutChanged.emit()

    def row_of(self, case_id: str) -> int:
        for n, r in enumerate(self.rows):
            if r.case_id == case_id:
                return n
        return -1


class CaseloadProxy(QSortFilterProxyModel):
    """Filters by the filter bar and search text; sorting is delegated to the model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self._criteria = Criteria()
        self._accepted: set[str] | None = None  # the mask's case ids, made when needed
        self._base_cache: tuple[tuple[Criteria, int], list[bool]] | None = None
        self._mask: list[bool] | None = None  # per source row, from `_accepted` …
        self._mask_for: list[CaseRow] | None = None  # … of this very list of rows
        self._model: CaseloadModel | None = None

    def setSourceModel(self, model: Any) -> None:
        super().setSourceModel(model)
        self._model = model
        model.modelReset.connect(self.refilter)
        model.rowsInserted.connect(self.refilter)
        model.dataChanged.connect(self.refilter)

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    def set_criteria(self, criteria: Criteria) -> None:
        self._criteria = criteria
        self._apply()

    def refilter(self) -> None:
        """The model's rows changed: test them all again."""
        self._base_cache = None
        self._apply()

    def _base_mask(self, model: CaseloadModel, c: Criteria) -> list[bool]:
        """Which rows pass the filter bar (not the search text); kept while only the text
        changes, so a keystroke costs one pass of substring tests."""
        key = (c, len(model.rows))
        if self._base_cache is not None and self._base_cache[0] == key:
            return self._base_cache[1]
        tests = [
            (name, want)
            for name, want in (
                ("status", c.status),
                ("kind", c.kind),
                ("municipality", c.municipality),
                ("school_type", c.school_type),
                ("consultant_id", c.consultant_id),
            )
            if want
        ]
        base = [
            (late or not c.overdue_only) and all(getattr(r, n) == w for n, w in tests)
            for r, late in zip(model.rows, model.overdue, strict=True)
        ]
        self._base_cache = (key, base)
        return base

    def _apply(self) -> None:
        model = self._model
        c = self._criteria
        mask: list[bool] | None = None
        if model is not None and c != Criteria():
            base = self._base_mask(model, c.without_text())
            needle = c.text.strip().lower()
            if needle:
                mask = [ok and needle in h for ok, h in zip(base, model.haystack, strict=True)]
            else:
                mask = base
        self._mask = mask
        self._mask_for = model.rows if model is not None else None
        self._accepted = None
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        mask = self._mask
        if mask is None:
            return True
        rows = self._model.rows  # type: ignore[union-attr]
        if rows is self._mask_for and source_row < len(mask):
            return mask[source_row]
        # the rows moved since the mask was made (a sort, a chunk): decide by case id
        if self._accepted is None:
            self._accepted = {
                r.case_id for r, ok in zip(self._mask_for or [], mask, strict=False) if ok
            }
        return rows[source_row].case_id in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def case_id(self, proxy_row: int) -> str | None:
        index = self.index(proxy_row, 0)
        return index.data(CaseIdRole) if index.isValid() else None
