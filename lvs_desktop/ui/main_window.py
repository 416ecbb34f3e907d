"""The main window: navigation, the pages, the case view, menus with a shortcut for every
action, and a status bar (vault, consultant, lock state).

It only arranges: the pages and dialogs do their own work through the services.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from lvs_desktop.ui.agenda import AgendaPage
from lvs_desktop.ui.case_outcomes import ACTIONS, CaseOutcomes, action_text
from lvs_desktop.ui.case_view import CaseView, LettersTabFactory
from lvs_desktop.ui.caseload_page import CaseloadPage
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.close_case import CloseCaseDialog
from lvs_desktop.ui.dialogs.contact import ContactDialog
from lvs_desktop.ui.dialogs.decisions import EnforcementDialog, ExemptionDialog
from lvs_desktop.ui.dialogs.new_case import NewCaseDialog
from lvs_desktop.ui.dialogs.report import ReportDialog
from lvs_desktop.ui.dialogs.route import RouteDialog
from lvs_desktop.ui.help_dialogs import AboutDialog, GuideDialog
from lvs_desktop.ui.help_dialogs import tr as help_tr
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.icons import decorate, nav_icon
from lvs_desktop.ui.pages import PageFactory, default_pages, optional_page
from lvs_desktop.ui.settings_page import SettingsPage

NAVIGATION = (
    ("caseload", "Caseload"),
    ("agenda", "Agenda"),
    ("letters", "Letters to print"),
    ("sync", "Synchronisation"),
    ("reports", "Reporting"),
    ("settings", "Settings"),
    ("region", "Region"),
    ("intake", "Intake"),
    ("audit", "Audit log"),
    ("register", "Register"),
    ("thuiszitters", "Thuiszitters"),  # after the others: their places (Ctrl+N) stay
    ("prevention", "Prevention"),
)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        context: DeskContext,
        pages: dict[str, PageFactory] | None = None,
        letters_tab: LettersTabFactory | None = None,
        auto_lock_minutes: int = 10,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        context.setParent(self)
        self.letters_tab = letters_tab
        self.case_view: CaseView | None = None
        self.dialog: QDialog | None = None
        self.help_dialog: QDialog | None = None  # "Over LVS Desktop" or the user guide
        self.setWindowTitle(tr("LVS Desktop — {vault}").format(vault=context.vault.path.name))
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget(self)
        self.caseload = CaseloadPage(context, self)
        self.agenda = AgendaPage(context, self)
        self.settings = SettingsPage(context, self)
        factories = {
            **default_pages(),
            "region": optional_page("lvs_desktop.ui.region", tr("Region")),
            "prevention": optional_page("lvs_desktop.ui.prevention", tr("Prevention")),
            "thuiszitters": optional_page(
                "lvs_desktop.ui.prevention", tr("Thuiszitters"), "create_thuiszitter_page"
            ),
            "intake": optional_page("lvs_desktop.ui.intake", tr("Intake")),
            "register": optional_page("lvs_desktop.ui.register", tr("Register")),
            "audit": optional_page("lvs_desktop.ui.audit", tr("Audit log")),
            **(pages or {}),
        }
        self.pages: dict[str, QWidget] = {}
        for key, title in NAVIGATION:
            page = {
                "caseload": self.caseload,
                "agenda": self.agenda,
                "settings": self.settings,
            }.get(key)
            if page is None:
                page = factories[key](context)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(nav_icon(key), tr(title))
            self.nav.addItem(item)
            available = getattr(page, "available", None)
            if available is not None:  # a page for some roles only (intake): shown when it says
                item.setHidden(True)
                available.connect(lambda shown, item=item: item.setHidden(not shown))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 6
        self.nav.setFixedWidth(max(170, fit))  # every title whole, with its icon
        self.nav.currentRowChanged.connect(self._navigate)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_actions()
        decorate(self.actions())
        self._build_status(auto_lock_minutes)
        context.open_case.connect(self.show_case)
        context.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.nav.setCurrentRow(0)
        self._update_case_actions()
        self.caseload.focus_search()  # after unlock: type to find a case

    # -- actions and menus --------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        name: str,
    ) -> QAction:
        action = QAction(tr(text), self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tr(text)} ({keys})")
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.act_new_case = a("&New case…", "Ctrl+N", self.new_case, "newCase")
        self.act_lock = a("&Lock", "Ctrl+L", self.lock_requested.emit, "lock")
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_quit = a("&Quit", "Ctrl+Q", self.quit_requested.emit, "quit")
        self.act_report = a(
            "New &report…", "Ctrl+Shift+M", lambda: self.case_dialog(ReportDialog), "newReport"
        )
        self.act_contact = a(
            "Log &contact…", "Ctrl+Shift+K", lambda: self.case_dialog(ContactDialog), "logContact"
        )
        self.act_route = a(
            "Decide MAS &route…",
            "Ctrl+Shift+R",
            lambda: self.case_dialog(RouteDialog),
            "decideRoute",
        )
        self.act_exemption = a(
            "&Exemption…", "Ctrl+Shift+E", lambda: self.case_dialog(ExemptionDialog), "exemption"
        )
        self.act_enforcement = a(
            "En&forcement step…",
            "Ctrl+Shift+H",
            lambda: self.case_dialog(EnforcementDialog),
            "enforcement",
        )
        self.act_close_case = a(
            "C&lose case…", "Ctrl+Shift+W", lambda: self.case_dialog(CloseCaseDialog), "closeCase"
        )
        self.outcomes = CaseOutcomes(self.context, lambda: self.case_view, self._show_dialog, self)
        self.outcome_actions = [  # the selected exemption / enforcement row, or a new task
            a(action_text(key), keys, lambda k=key: self.outcomes.trigger(k), name)
            for key, (_text, keys, name) in ACTIONS.items()
        ]
        self.act_back = a("&Back to the caseload", "Alt+Left", self.close_case_view, "back")
        self.act_open = a("&Open selected case", "Ctrl+O", self._open_selected, "openCase")
        self.act_search = a("&Search the caseload", "Ctrl+F", self._search, "search")
        self.act_refresh = a("Re&fresh", "F5", self.refresh, "refresh")
        self.case_actions = [
            self.act_report,
            self.act_contact,
            self.act_route,
            self.act_exemption,
            self.act_enforcement,
            self.act_close_case,
        ]
        bar = self.menuBar()
        menu = bar.addMenu(tr("&File"))
        for act in (self.act_new_case, None, self.act_lock, self.act_quit):
            menu.addSeparator() if act is None else menu.addAction(act)
        menu = bar.addMenu(tr("&Case"))
        for act in (
            self.act_open,
            None,
            *self.case_actions,
            None,
            *self.outcome_actions,
            None,
            self.act_back,
        ):
            menu.addSeparator() if act is None else menu.addAction(act)
        menu = bar.addMenu(tr("&Go"))
        for n, (key, title) in enumerate(NAVIGATION, start=1):
            keys = f"Ctrl+{n}" if n <= 9 else f"Ctrl+Shift+{n - 9}"  # "Ctrl+10" is no shortcut
            menu.addAction(
                a(title, keys, lambda r=n - 1: self.nav.setCurrentRow(r), f"go_{key}")
            )
        menu.addSeparator()
        menu.addAction(self.act_search)
        menu.addAction(self.act_refresh)
        menu = bar.addMenu(tr("&Help"))
        self.act_guide = a(help_tr("&User guide"), "F1", self.show_guide, "guide")
        menu.addAction(self.act_guide)
        self.act_about = a("&About LVS Desktop", None, self._about, "about")
        menu.addAction(self.act_about)

    def _build_status(self, minutes: int) -> None:
        bar = self.statusBar()
        self.vault_label = QLabel(tr("Vault: {name}").format(name=self.context.vault.path.name))
        self.user_label = QLabel(tr("Consultant: {name}").format(name=self.context.owner_name))
        self.lock_label = QLabel()
        self.lock_label.setObjectName("lockState")
        for w in (self.vault_label, self.user_label, self.lock_label):
            bar.addPermanentWidget(w)
        self.set_auto_lock_minutes(minutes)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.lock_label.setText(
            tr("Unlocked · locks after {n} min idle (Ctrl+L locks now)").format(n=minutes)
        )

    # -- navigation ---------------------------------------------------------------------

    def _navigate(self, row: int) -> None:
        key = NAVIGATION[row][0]
        if key == "caseload" and self.case_view is not None:
            self.stack.setCurrentWidget(self.case_view)
        else:
            self.stack.setCurrentWidget(self.pages[key])
        activate = getattr(self.pages[key], "activate", None)
        if callable(activate):
            activate()
        self._update_case_actions()

    def show_case(self, case_id: str) -> None:
        if self.case_view is None or self.case_view.case_id != case_id:
            self._destroy_case_view()
            self.case_view = CaseView(
                self.context, case_id, self.case_actions, self.letters_tab, self
            )
            self.outcomes.attach(self.case_view)
            self.case_view.loaded.connect(self._update_case_actions)  # e.g. a case closed
            self.stack.addWidget(self.case_view)
        if self.nav.currentRow() != 0:
            self.nav.setCurrentRow(0)
        self.stack.setCurrentWidget(self.case_view)
        self._update_case_actions()

    def close_case_view(self) -> None:
        self._destroy_case_view()
        self.nav.setCurrentRow(0)
        self.stack.setCurrentWidget(self.caseload)
        self._update_case_actions()
        self.caseload.table.setFocus()

    def _destroy_case_view(self) -> None:
        if self.case_view is not None:
            view, self.case_view = self.case_view, None
            view.drop_data()
            self.stack.removeWidget(view)
            view.setParent(None)
            view.deleteLater()

    def _update_case_actions(self) -> None:
        showing = self.case_view is not None and self.stack.currentWidget() is self.case_view
        detail = self.case_view.detail if self.case_view is not None else None
        is_open = bool(detail and detail.header.is_open)
        for act in self.case_actions:
            act.setEnabled(showing and is_open)
        for act in self.outcome_actions:  # an outcome may come after the case is closed
            act.setEnabled(showing)
        self.act_back.setEnabled(showing)
        self.act_open.setEnabled(not showing)

    def _open_selected(self) -> None:
        case_id = self.caseload.current_case_id()
        if case_id:
            self.show_case(case_id)

    def _search(self) -> None:
        if self.case_view is not None:
            self.close_case_view()
        self.nav.setCurrentRow(0)
        self.caseload.focus_search()

    def refresh(self) -> None:
        self.caseload.reload()
        self.agenda.reload()
        if self.case_view is not None:
            self.case_view.refresh()

    # -- dialogs ------------------------------------------------------------------------

    def _show_dialog(self, dialog: FormDialog) -> FormDialog:
        self._close_dialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._update_case_actions)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        self.dialog = None

    def new_case(self) -> FormDialog:
        dialog = NewCaseDialog(self.context, self)
        dialog.saved.connect(lambda s: self.show_case(s.first("case_file")))
        return self._show_dialog(dialog)

    def case_dialog(self, cls: type[FormDialog]) -> FormDialog | None:
        if self.case_view is None:
            return None
        return self._show_dialog(cls(self.context, self.case_view.case_id, self))  # type: ignore[call-arg]

    def _about(self) -> None:
        self.help_dialog = AboutDialog(self.context.vault.path, self)
        self.help_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog.open()

    def show_guide(self) -> None:
        """The user guide, beside the window (not modal: one reads it while working)."""
        self.help_dialog = GuideDialog(self)
        self.help_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.help_dialog.show()

    # -- locking ------------------------------------------------------------------------

    def drop_personal_data(self) -> None:
        """Close dialogs and forget every row and case shown (before the window goes)."""
        self._close_dialog()
        for child in self.findChildren(QDialog):
            child.reject()
            child.setParent(None)
            child.deleteLater()
        self._destroy_case_view()
        self.caseload.drop_data()
        self.agenda.drop_data()
        self.statusBar().clearMessage()

    def closeEvent(self, event) -> None:
        if not getattr(self, "_closing_for_lock", False):
            event.ignore()
            self.quit_requested.emit()
            return
        super().closeEvent(event)
