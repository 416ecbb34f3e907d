"""The Region page: the registers of the region in tabs: municipalities, schools, partner
organisations and the team.

The team lead and the administration keep the registers; a consultant sees them read-only
and may add a school or partner the team's register lacks (and change what they added).
Nothing reads the vault until the page is first shown (`activate`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.services import ChangeSummary
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.region import access
from lvs_desktop.ui.region.dialogs import RegionNameDialog
from lvs_desktop.ui.region.registers import (
    MunicipalitiesTab,
    PartnersTab,
    SchoolsTab,
    TeamTab,
)
from lvs_desktop.ui.region.tab import RegisterTab
from lvs_desktop.ui.region.texts import tr
from lvs_desktop.ui.worker import run_job

TABS = (
    ("municipalities", "&Municipalities"),
    ("schools", "&Schools"),
    ("partners", "&Partner organisations"),
    ("team", "&Team"),
)


class RegionPage(QWidget):
    """`ready` once the role is known and the first tab's rows are in."""

    ready = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionPage")
        self.context = context
        self.rights = access.Rights.read_only()
        self.heading = QLabel(self)
        self.heading.setObjectName("regionHeading")
        self.heading.setWordWrap(True)
        self.rename_button = QPushButton(tr("Name of the &region…"), self)
        self.rename_button.clicked.connect(self.rename)
        self.rename_button.hide()
        self.dialog: RegionNameDialog | None = None
        self.tabs = QTabWidget(self)
        self.municipalities = MunicipalitiesTab(context, self)
        self.schools = SchoolsTab(context, self)
        self.partners = PartnersTab(context, self)
        self.team = TeamTab(context, self)
        self.by_key: dict[str, RegisterTab] = {
            "municipalities": self.municipalities,
            "schools": self.schools,
            "partners": self.partners,
            "team": self.team,
        }
        for key, title in TABS:
            self.tabs.addTab(self.by_key[key], tr(title))
        self.tabs.currentChanged.connect(self._tab_shown)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.schools.municipalities_source = self.municipalities
        self._role_known = False
        self._waiting: RegisterTab | None = None

        context.changed.connect(self._on_changed)

    def activate(self) -> None:
        """Called by the main window each time the page is shown."""
        if not self._role_known:
            self._load_rights()
        else:
            self._tab_shown(self.tabs.currentIndex())

    def _load_rights(self) -> None:
        vault = self.context.vault
        run_job(lambda: access.rights_for(vault), self._rights_known, None, owner=self)

    def _on_changed(self, summary: ChangeSummary) -> None:
        if self._role_known and summary.touches("region_setting", "consultant"):
            self._load_rights()

    def _rights_known(self, rights: access.Rights) -> None:
        first_time = not self._role_known
        self._role_known = True
        self.rights = rights
        for tab in self.by_key.values():
            tab.rights = rights  # type: ignore[attr-defined]
            tab.update_buttons()
        title = (
            tr("Registers of the region {name}").format(name=_esc(rights.region_name))
            if rights.region_name
            else tr("Region registers")
        )
        self.heading.setText(f"<b>{title}</b> — {rights.note()}")
        self.rename_button.setVisible(rights.registers)
        if not first_time:
            return
        self._waiting = self.by_key[TABS[self.tabs.currentIndex()][0]]
        self._waiting.loaded.connect(self._first_loaded)
        self._tab_shown(self.tabs.currentIndex())

    def _first_loaded(self) -> None:
        if self._waiting is not None:
            self._waiting.loaded.disconnect(self._first_loaded)
            self._waiting = None
        self.ready.emit()

    def _tab_shown(self, index: int) -> None:
        if not self._role_known:
            return
        tab = self.tabs.widget(index)
        if isinstance(tab, RegisterTab):
            tab.ensure_loaded()
            if tab is self.schools:
                self.municipalities.ensure_loaded()
            tab.setFocus()

    def rename(self) -> RegionNameDialog | None:
        if not self.rights.registers:
            return None
        self.dialog = RegionNameDialog(self.context, self.rights.region_name, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def show_tab(self, key: str) -> RegisterTab:
        tab = self.by_key[key]
        self.tabs.setCurrentWidget(tab)
        return tab

    def drop_data(self) -> None:
        for tab in self.by_key.values():
            tab.drop_data()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def create_page(context: DeskContext) -> Any:
    return RegionPage(context)
