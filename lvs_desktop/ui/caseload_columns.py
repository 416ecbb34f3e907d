"""Which caseload columns show, and how wide: fit 1366 px without losing a column for good.

A column that holds one value on every row the filter bar lets through (the consultant in a
consultant's own cases, the status when one status is chosen) hides by itself. The user
chooses columns in a menu (the header's context menu and the "Columns" button); a choice
wins over the automatic hiding. Choices and widths are remembered in QSettings: column keys
and pixel widths only, never a value from the vault.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu

from lvs_desktop.ui.i18n import tr

SETTINGS_ORG, SETTINGS_APP = "LVS", "lvs-desktop"


def _keys(value: object) -> set[str]:
    return {k for k in str(value or "").split(",") if k}


class ColumnChooser(QObject):
    """Shows and hides the header's sections by column key; remembers choices and widths."""

    def __init__(
        self,
        header: QHeaderView,
        columns: Sequence[tuple[str, str]],
        widths: Sequence[int],
        group: str,
        always_shown: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(header)
        self.header = header
        self.keys = [k for k, _ in columns]
        self._defaults = dict(zip(self.keys, widths, strict=False))
        self._group = group
        self._always = always_shown
        self._repeated: set[str] = set()
        self._quiet = False  # our own resizes are not the user's choice
        settings = self._settings()
        self._hidden = _keys(settings.value("hidden_columns"))
        self._shown = _keys(settings.value("shown_columns"))
        self.menu = QMenu(header)
        self.menu.setObjectName(f"{group}Columns")
        self.actions: dict[str, QAction] = {}
        for key, title in columns:
            action = QAction(tr(title), self.menu)
            action.setObjectName(f"column_{key}")
            action.setCheckable(True)
            action.setEnabled(key not in always_shown)
            action.toggled.connect(lambda on, k=key: self.set_shown(k, on))
            self.menu.addAction(action)
            self.actions[key] = action
        self.menu.addSeparator()
        reset = self.menu.addAction(tr("Default columns and widths"))
        reset.setObjectName("columnsReset")
        reset.triggered.connect(self.reset)
        self._restore_widths(settings)
        header.sectionResized.connect(self._resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._popup)
        self.apply()

    def _settings(self) -> QSettings:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        settings.beginGroup(self._group)
        return settings

    # -- showing ------------------------------------------------------------------------

    def is_shown(self, key: str) -> bool:
        if key in self._always:
            return True
        if key in self._hidden:
            return False
        return key in self._shown or key not in self._repeated

    def set_repeated(self, keys: set[str]) -> None:
        """The columns that now repeat one value (they hide unless the user chose them)."""
        if keys != self._repeated:
            self._repeated = set(keys)
            self.apply()

    def set_shown(self, key: str, on: bool) -> None:
        """The user's choice for one column, remembered."""
        if on == self.is_shown(key) or key in self._always:
            return
        (self._shown if on else self._hidden).add(key)
        (self._hidden if on else self._shown).discard(key)
        settings = self._settings()
        settings.setValue("hidden_columns", ",".join(sorted(self._hidden)))
        settings.setValue("shown_columns", ",".join(sorted(self._shown)))
        self.apply()

    def apply(self) -> None:
        self._quiet = True
        for col, key in enumerate(self.keys):
            shown = self.is_shown(key)
            self.header.setSectionHidden(col, not shown)
            action = self.actions[key]
            action.blockSignals(True)
            action.setChecked(shown)
            action.blockSignals(False)
        self._quiet = False

    def reset(self) -> None:
        """Forget the user's choices and widths."""
        self._settings().remove("")
        self._hidden.clear()
        self._shown.clear()
        self._restore_widths(self._settings())
        self.apply()

    def _popup(self, pos: QPoint) -> None:
        self.menu.popup(self.header.mapToGlobal(pos))

    # -- widths -------------------------------------------------------------------------

    def _restore_widths(self, settings: QSettings) -> None:
        self._quiet = True
        for col, key in enumerate(self.keys):
            width = settings.value(f"width_{key}", self._defaults.get(key))
            if width is not None:
                self.header.resizeSection(col, int(width))  # type: ignore[call-overload]
        self._quiet = False

    def _last_shown(self) -> int:
        for visual in range(self.header.count() - 1, -1, -1):
            col = self.header.logicalIndex(visual)
            if not self.header.isSectionHidden(col):
                return col
        return -1

    def _resized(self, col: int, _old: int, new: int) -> None:
        # hiding a section resizes it to 0; the last one stretches with the window
        if self._quiet or new <= 0 or col == self._last_shown():
            return
        self._settings().setValue(f"width_{self.keys[col]}", new)
