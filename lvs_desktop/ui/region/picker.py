"""Pick municipalities from the national list: search by name or CBS code, tick, or take a
region's preset in one click. Used by the first-run wizard and the "add municipality" dialog.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.ui.region.table import SortRole
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.widgets import make_table

Index = QModelIndex | QPersistentModelIndex
PRESET_LABEL = "Zuid-Holland Zuid (the &10 municipalities)"


@dataclass(frozen=True)
class Place:
    """A municipality of the national list: its CBS code ("0505") and name. Other lists
    put an id in `code` and what the second column shows in `detail`."""

    code: str
    name: str
    detail: str | None = None

    @property
    def second(self) -> str:
        return self.code if self.detail is None else self.detail


class PlacesModel(QAbstractTableModel):
    """The national list with a check box per municipality (column 0). Codes in `locked` are
    already in the vault: shown ticked and greyed, not offered again."""

    HEADERS = ("Municipality", "CBS code")
    checked_changed = Signal()

    def __init__(
        self,
        places: Sequence[Place] = (),
        parent: Any = None,
        headers: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers or self.HEADERS
        self._places: list[Place] = []
        self._checked: set[str] = set()
        self._locked: set[str] = set()
        self.set_places(places)

    def set_places(self, places: Iterable[Place], locked: Iterable[str] = ()) -> None:
        self.beginResetModel()
        self._places = sorted(places, key=lambda p: p.name.casefold())
        self._locked = set(locked)
        self._checked &= {p.code for p in self._places}
        self.endResetModel()
        self.checked_changed.emit()

    def place_at(self, row: int) -> Place:
        return self._places[row]

    def checked(self) -> list[Place]:
        return [p for p in self._places if p.code in self._checked]

    def set_checked(self, codes: Iterable[str]) -> None:
        self._checked = {c for c in codes if c not in self._locked}
        self._checked &= {p.code for p in self._places}
        if self._places:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._places) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checked_changed.emit()

    def known_codes(self) -> set[str]:
        return {p.code for p in self._places}

    # -- Qt ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._places)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        place = self._places[index.row()]
        if place.code in self._locked:
            return Qt.ItemFlag.ItemIsSelectable
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._places):
            return None
        place = self._places[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return place.name if index.column() == 0 else place.second
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            on = place.code in self._checked or place.code in self._locked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and place.code in self._locked:
            return tr("Already in this vault")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or index.column() != 0
            or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        code = self._places[index.row()].code
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if on:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return tr(self._headers[section])
        return None


class PlacesProxy(QSortFilterProxyModel):
    """Matches the search text in the name, or the start of the CBS code."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSortRole(SortRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.only_checked = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_checked(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_checked = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.only_checked:
            state = model.index(source_row, 0, source_parent).data(Qt.ItemDataRole.CheckStateRole)
            if state != Qt.CheckState.Checked:
                return False
        if not self._text:
            return True
        name = str(model.index(source_row, 0, source_parent).data() or "").casefold()
        code = str(model.index(source_row, 1, source_parent).data() or "")
        if self._text.isdigit():  # a CBS code: "505" finds 0505, "05" finds 0505 and 0590
            digits = self._text.lstrip("0")
            return code.startswith(self._text) or code.lstrip("0") == digits
        return self._text in name or self._text in code.casefold()


class MunicipalityPicker(QWidget):
    """Search field, the national list with check boxes, a preset button, and a count.
    (With other `headers` it picks any (id, name) list, e.g. the schools a consultant covers.)"""

    changed = Signal()

    def __init__(
        self,
        places: Sequence[Place] = (),
        preset: tuple[str, Sequence[str]] | None = None,
        parent: QWidget | None = None,
        headers: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = PlacesModel(places, self, headers)
        self.proxy = PlacesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("municipalitySearch")
        self.search.setPlaceholderText(tr("Search by name or CBS code…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.installEventFilter(self)  # Enter ticks; it must not press the dialog's OK
        self.table = make_table(cast(QAbstractTableModel, self.proxy), self)
        self.table.setObjectName("municipalityList")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(0, 260)
        self.table.doubleClicked.connect(self._toggle)
        self.table.installEventFilter(self)  # Enter ticks the row, not the dialog's OK
        self.preset_codes: tuple[str, ...] = ()
        self.preset_button = QPushButton(self)
        self.preset_button.setObjectName("presetButton")
        self.preset_button.clicked.connect(self.apply_preset)
        self.preset_button.hide()
        if preset is not None:
            self.set_preset(*preset)
        self.only_checked = QCheckBox(tr("Only the &chosen"), self)
        self.only_checked.setObjectName("onlyChosen")
        self.only_checked.toggled.connect(self.proxy.set_only_checked)
        self.clear_button = QPushButton(tr("Clear choice"), self)
        self.clear_button.clicked.connect(lambda: self.model.set_checked(()))
        self.count = QLabel(self)
        self.count.setObjectName("pickedCount")
        self.model.checked_changed.connect(self._update_count)
        self.model.checked_changed.connect(
            lambda: self.proxy.set_only_checked(True) if self.proxy.only_checked else None
        )
        self.model.checked_changed.connect(self.changed)
        search_label = QLabel(tr("&Search:"), self)
        search_label.setBuddy(self.search)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preset_button)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        bottom.addWidget(self.only_checked)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setFocusProxy(self.search)
        self._update_count()

    def set_places(self, places: Sequence[Place], locked: Iterable[str] = ()) -> None:
        self.model.set_places(places, locked)

    def set_preset(self, label: str, codes: Sequence[str]) -> None:
        self.preset_codes = tuple(codes)
        self.preset_button.setText(label)
        self.preset_button.setVisible(bool(codes))

    def apply_preset(self) -> None:
        """Tick the preset's municipalities (those already chosen stay ticked)."""
        picked = {p.code for p in self.model.checked()}
        self.model.set_checked(picked | set(self.preset_codes))

    def checked(self) -> list[Place]:
        return self.model.checked()

    def _toggle(self, index: QModelIndex) -> None:
        """Enter or double-click on a row ticks or unticks it (Space does too)."""
        source = self.model.index(self.proxy.mapToSource(index).row(), 0)
        state = source.data(Qt.ItemDataRole.CheckStateRole)
        new = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
        self.model.setData(source, new, Qt.ItemDataRole.CheckStateRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            if watched is self.search:
                self._tick_single_match()
                return True
            if watched is self.table and self.table.currentIndex().isValid():
                self._toggle(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    def _tick_single_match(self) -> None:
        if self.proxy.rowCount() == 1:
            self._toggle(self.proxy.index(0, 0))
        elif self.proxy.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def _update_count(self) -> None:
        n = len(self.model.checked())
        self.count.setText(tr("{n} chosen").format(n=n))
