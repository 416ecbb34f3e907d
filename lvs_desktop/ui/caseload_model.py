"""The caseload as one item model: every loaded row kept, the rows that pass shown, no proxy.

Fluid on 25,000 cases. Per row the model precomputes the display strings, the sort keys and
a folded search key (`services.caseload.search_key`: accents folded, name in both orders,
birth date as dd-mm-jjjj). The view sees `_visible`, the indices of the rows the criteria let
through, in model order. A keystroke is one pass of substring tests over the rows that pass
the filter bar (kept while only the text changes), or over the rows still shown when the new
text only narrows the old; a chunk loaded in the background is tested on its own rows only.
Sorting reorders the model's own arrays with Python's sort (sort keys per column, as before).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from lvs_desktop.models.rules.search import narrows, query_terms
from lvs_desktop.services.caseload import CaseRow, search_key
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
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ANSWERED = frozenset({DISPLAY, TOOLTIP, FOREGROUND, CaseIdRole})
_STORE = ("rows", "_display", "_keys", "overdue", "search_keys")
_BAR_FIELDS = ("status", "kind", "municipality", "school_type", "consultant_id")


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
        return replace(self, text="")


class CaseloadModel(QAbstractTableModel):
    """All loaded case rows (`rows`, in model order); the view sees those the criteria pass."""

    def __init__(self, labels: dict[str, dict[str, str]], today: date, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._today = today
        self.rows: list[CaseRow] = []
        self._display: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self.overdue: list[bool] = []
        self.search_keys: list[str] = []
        self._position: dict[str, int] = {}  # case id -> index in `rows`
        self._visible: list[int] = []  # indices in `rows`, ascending
        self._criteria = Criteria()
        self._terms: tuple[str, ...] = ()
        self._base: list[int] | None = None  # rows passing the filter bar, when known
        self._headers = [tr(h) for _, h in COLUMNS]

    # -- loading ------------------------------------------------------------------------

    def _prepare(self, rows: Sequence[CaseRow]) -> tuple[list, list, list, list]:
        kinds = self._labels.get("case_kind", {})
        statuses = self._labels.get("case_status", {})
        routes = self._labels.get("mas_route", {})
        today = self._today
        display, keys, overdue, search = [], [], [], []
        for r in rows:
            age = r.age(today) if r.birth_date <= today else 0
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
            overdue.append(r.overdue(today))
            search.append(search_key(r))
        return display, keys, overdue, search

    def set_rows(self, rows: Sequence[CaseRow]) -> None:
        display, keys, overdue, search = self._prepare(rows)
        self.beginResetModel()
        self.rows = list(rows)
        self._display, self._keys, self.overdue, self.search_keys = display, keys, overdue, search
        self._reindex()
        self._visible = self._filter(range(len(self.rows)))
        self.endResetModel()

    def append_rows(self, rows: Sequence[CaseRow]) -> None:
        """Add rows at the end; only these rows are tested against the criteria."""
        if not rows:
            return
        display, keys, overdue, search = self._prepare(rows)
        first = len(self.rows)
        self.rows.extend(rows)
        self._display.extend(display)
        self._keys.extend(keys)
        self.overdue.extend(overdue)
        self.search_keys.extend(search)
        for n, r in enumerate(rows, start=first):
            self._position[r.case_id] = n
        bar = self._pass_bar(range(first, len(self.rows)), self._criteria)
        if self._base is not None:
            self._base.extend(bar)
        shown = self._match_text(bar)
        if shown:
            at = len(self._visible)
            self.beginInsertRows(QModelIndex(), at, at + len(shown) - 1)
            self._visible.extend(shown)
            self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    def upsert_rows(self, touched: set[str], rows: Sequence[CaseRow]) -> None:
        """Replace the rows of the `touched` cases by `rows` (new cases are appended; a touched
        case missing from `rows` was deleted and goes)."""
        fresh = {r.case_id: r for r in rows}
        gone = {cid for cid in touched if cid not in fresh and cid in self._position}
        changed: list[int] = []
        for case_id, row in list(fresh.items()):
            n = self._position.get(case_id)
            if n is None:
                continue
            del fresh[case_id]
            display, keys, overdue, search = self._prepare([row])
            self.rows[n], self._display[n], self._keys[n] = row, display[0], keys[0]
            self.overdue[n], self.search_keys[n] = overdue[0], search[0]
            changed.append(n)
        if gone:
            keep = [n for n, r in enumerate(self.rows) if r.case_id not in gone]
            self.beginResetModel()
            self._take(keep)
            self._base = None
            self._visible = self._filter(range(len(self.rows)))
            self.endResetModel()
        elif changed:
            self._base = None
            visible = self._filter(range(len(self.rows)))
            if visible == self._visible:
                for n in changed:
                    row = self._row_shown(n)
                    if row >= 0:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            else:
                self.beginResetModel()
                self._visible = visible
                self.endResetModel()
        self.append_rows(list(fresh.values()))

    def sort_newest_first(self) -> None:
        """The default order: the most recently opened case on top."""
        self._sort_by(lambda i: (self.rows[i].opened_on, self.rows[i].reference), reverse=True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by one column (stable, so earlier sorts break ties)."""
        if not 0 <= column < len(COLUMNS) or not self.rows:
            return
        reverse = order == Qt.SortOrder.DescendingOrder
        self._sort_by(lambda i: self._keys[i][column], reverse=reverse)

    def _sort_by(self, key: Any, reverse: bool) -> None:
        """Reorder every row; the same rows stay shown, so this is a layout change."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self.rows[self._visible[i.row()]].case_id for i in old_persistent]
        shown_ids = [self.rows[i].case_id for i in self._visible]
        self._take(sorted(range(len(self.rows)), key=key, reverse=reverse))
        self._visible = sorted(self._position[cid] for cid in shown_ids)
        self._base = None
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(self.row_of(cid), i.column())
                for cid, i in zip(old_ids, old_persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _take(self, order: list[int]) -> None:
        """Keep the rows at `order`, in that order (a sort or a removal)."""
        for name in _STORE:
            values = getattr(self, name)
            setattr(self, name, [values[i] for i in order])
        self._reindex()

    def _reindex(self) -> None:
        self._position = {r.case_id: n for n, r in enumerate(self.rows)}

    # -- filtering ----------------------------------------------------------------------

    @property
    def criteria(self) -> Criteria:
        return self._criteria

    def set_criteria(self, criteria: Criteria) -> None:
        """Show the rows `criteria` lets through: one pass over the candidates."""
        old, old_terms = self._criteria, self._terms
        self._criteria, self._terms = criteria, query_terms(criteria.text)
        if old.without_text() != criteria.without_text():
            self._base = None
            candidates: Iterable[int] = self._bar_rows()
        elif narrows(old_terms, self._terms):
            candidates = self._visible
        else:
            candidates = self._bar_rows()
        visible = self._match_text(candidates)
        if visible != self._visible:
            self.beginResetModel()
            self._visible = visible
            self.endResetModel()

    def _bar_rows(self) -> list[int]:
        if self._base is None:
            self._base = self._pass_bar(range(len(self.rows)), self._criteria)
        return self._base

    def _filter(self, indices: Iterable[int]) -> list[int]:
        """Of `indices`, those the criteria let through (the only per-row test)."""
        return self._match_text(self._pass_bar(indices, self._criteria))

    def _pass_bar(self, indices: Iterable[int], c: Criteria) -> list[int]:
        tests = [(n, getattr(c, n)) for n in _BAR_FIELDS if getattr(c, n)]
        if not tests and not c.overdue_only:
            return list(indices)
        rows, late = self.rows, self.overdue
        return [
            i
            for i in indices
            if (late[i] or not c.overdue_only) and all(getattr(rows[i], n) == w for n, w in tests)
        ]

    def _match_text(self, indices: Iterable[int]) -> list[int]:
        terms, keys = self._terms, self.search_keys
        if not terms:
            return list(indices)
        if len(terms) == 1:
            term = terms[0]
            return [i for i in indices if term in keys[i]]
        return [i for i in indices if all(t in keys[i] for t in terms)]

    # -- rows as the view sees them -----------------------------------------------------

    def total(self) -> int:
        """Every loaded row, shown or not."""
        return len(self.rows)

    def shown(self) -> list[CaseRow]:
        return [self.rows[i] for i in self._visible]

    def case_id(self, row: int) -> str | None:
        return self.rows[self._visible[row]].case_id if 0 <= row < len(self._visible) else None

    def row_of(self, case_id: str | None) -> int:
        """The shown row of this case, or -1."""
        n = self._position.get(case_id or "")
        return -1 if n is None else self._row_shown(n)

    def _row_shown(self, n: int) -> int:
        at = bisect_left(self._visible, n)
        return at if at < len(self._visible) and self._visible[at] == n else -1

    def repeated_columns(self) -> set[str]:
        """Keys of the columns that hold one value on every loaded row the filter bar lets
        through (the search text aside, so columns do not come and go while typing)."""
        rows = [self._display[i] for i in self._bar_rows()]
        if len(rows) < 2:
            return set()
        first = rows[0]
        return {
            key for col, (key, _) in enumerate(COLUMNS) if all(d[col] == first[col] for d in rows)
        }

    # -- the model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # called for every role of every painted cell: the common answers come first
        if role not in _ANSWERED or not index.isValid():
            return None
        row, col = self._visible[index.row()], index.column()
        if role == DISPLAY:
            return self._display[row][col]
        if role == CaseIdRole:
            return self.rows[row].case_id
        if col != DUE_COLUMN:
            return self._display[row][col] or None if role == TOOLTIP else None
        if role == FOREGROUND:
            return QBrush(OVERDUE) if self.overdue[row] else None
        label = self.rows[row].next_due_label  # the deadline's tooltip
        if not label:
            return None
        return label + (tr(" (overdue)") if self.overdue[row] else "")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
