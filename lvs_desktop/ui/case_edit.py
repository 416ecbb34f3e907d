"""Editing and correcting from the case view: every record opens in its own dialog.

F2 (or a double-click) edits the selected row of the current tab; the timeline leads to the
record behind each line. Separate actions edit the youth and the case, add or remove a
guardian, and void a wrong report, contact, route decision or letter. The actions are the
case view's (shortcuts active while it shows); the view offers them in an "Edit" menu button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QTableView, QToolButton, QWidget

from lvs_desktop.services.case_detail import CaseDetail
from lvs_desktop.ui.casework_texts import tr
from lvs_desktop.ui.dialogs.base import FormDialog
from lvs_desktop.ui.dialogs.edit_case import EditCaseDialog
from lvs_desktop.ui.dialogs.edit_contact import EditContactDialog
from lvs_desktop.ui.dialogs.edit_report import EditReportDialog
from lvs_desktop.ui.dialogs.edit_youth import EditYouthDialog
from lvs_desktop.ui.dialogs.enrolment import EnrolmentDialog
from lvs_desktop.ui.dialogs.guardian import GuardianDialog, RemoveGuardianDialog
from lvs_desktop.ui.dialogs.void import VoidDialog
from lvs_desktop.ui.empty_hint import action_hint
from lvs_desktop.ui.formatting import fmt_date, fmt_datetime
from lvs_desktop.ui.i18n import tr as desk_tr
from lvs_desktop.ui.widgets import RowsModel

# tab key / timeline kind -> the entity a void names
VOIDABLE = {
    "reports": "report",
    "report": "report",
    "contacts": "contact",
    "contact": "contact",
    "routes": "route_decision",
    "route": "route_decision",
    "letter": "letter",
}
ACTIONS = (
    # object name, text, shortcut
    ("editSelected", "&Edit selected…", "F2"),
    ("editYouth", "Edit &youth…", "Ctrl+Shift+Y"),
    ("addGuardian", "Add &parent or carer…", "Ctrl+Shift+G"),
    ("removeGuardian", "Remove parent or carer…", "Ctrl+Shift+Del"),
    ("editCase", "Edit &case…", "Ctrl+Shift+U"),
    ("voidEntry", "&Void entry…", "Ctrl+Shift+X"),
    ("addEnrolment", "Add &enrolment…", "Ctrl+Shift+J"),
)


def timeline_rows(d: CaseDetail, kinds: dict[str, str]) -> dict[str, Any]:
    """`RowsModel.set_rows` keywords for the timeline, newest first: the rows, "kind:record id"
    per row, and which are voided (struck through, the reason in the details)."""
    entries = list(reversed(d.timeline))
    rows = [
        (
            fmt_datetime(e.at).removesuffix(" 00:00"),
            desk_tr(kinds.get(e.kind, e.kind)),
            e.title,
            e.detail
            if e.void_reason is None
            else tr("VOIDED: {reason}").format(reason=e.void_reason)
            + (f" — {e.detail}" if e.detail else ""),
        )
        for e in entries
    ]
    ids = [f"{e.kind}:{e.record_id}" if e.record_id else None for e in entries]
    return {"rows": rows, "ids": ids, "struck": [e.void_reason is not None for e in entries]}


def enrolment_table(d: CaseDetail) -> dict[str, Any]:
    """`RowsModel.set_rows` keywords for the Schools tab: from, until, school, grade."""
    rows = [
        (fmt_date(e.starts_on), fmt_date(e.ends_on) or tr("now"), e.school, e.grade or "")
        for e in d.enrolments
    ]
    return {"rows": rows, "ids": [e.id or "current" for e in d.enrolments]}


class CaseEditor:
    """The edit actions of one case view. `view` has `tabs`, `models`, `detail`, `context`."""

    def __init__(self, view: QWidget) -> None:
        self.view = view
        self.dialog: FormDialog | None = None
        self.actions: dict[str, QAction] = {}
        slots: dict[str, Callable[[], object]] = {
            "editSelected": self.edit_selected,
            "editYouth": self.edit_youth,
            "addGuardian": self.add_guardian,
            "removeGuardian": self.remove_guardian,
            "editCase": self.edit_case,
            "voidEntry": self.void_selected,
            "addEnrolment": self.add_enrolment,
        }
        for name, text, keys in ACTIONS:
            action = QAction(tr(text), view)
            action.setObjectName(name)
            action.setShortcut(QKeySequence(keys))
            # the window's: live wherever the focus is while the case view shows (a hidden
            # view's actions do not fire)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tr(text).replace('&', '')} ({shown})")
            action.triggered.connect(lambda _=False, slot=slots[name]: slot())
            view.addAction(action)
            self.actions[name] = action

    def menu_button(self) -> QToolButton:
        """One "Edit" button with every edit action (the row of case buttons stays short)."""
        button = QToolButton(self.view)
        button.setObjectName("editMenu")
        button.setText(tr("Edit"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for action in self.actions.values():
            menu.addAction(action)
        button.setMenu(menu)
        return button

    def attach(self, table: QTableView) -> None:
        """Double-click on a row edits it; the empty Schools tab says how to fill it."""
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        hint = table.findChild(QLabel, "emptyHint")
        if table.objectName() == "tab_enrolments" and hint is not None:
            hint.setText(
                tr("No school known. Record one with {add}, or choose the school with {youth}.")
                .replace("{add}", action_hint(self.actions["addEnrolment"]))
                .replace("{youth}", action_hint(self.actions["editYouth"]))
            )

    # -- what is selected ---------------------------------------------------------------------

    @property
    def detail(self) -> CaseDetail | None:
        return self.view.detail  # type: ignore[attr-defined]

    def current(self) -> tuple[str, str | None]:
        """(tab key, id of the selected row); for the timeline the id is "kind:record id"."""
        table = self.view.tabs.currentWidget()  # type: ignore[attr-defined]
        key = table.objectName().removeprefix("tab_") if table is not None else ""
        if not isinstance(table, QTableView) or not table.selectionModel():
            return key, None
        rows = table.selectionModel().selectedRows()
        index: QModelIndex = rows[0] if rows else table.currentIndex()
        if not index.isValid():
            return key, None
        return key, index.data(RowsModel.IdRole)

    def _target(self) -> tuple[str, str] | None:
        key, row_id = self.current()
        if not row_id:
            return None
        if key == "timeline":
            kind, _, record_id = row_id.partition(":")
            return (kind, record_id) if record_id else None
        return key, row_id

    # -- dialogs ------------------------------------------------------------------------------

    def show(self, dialog: FormDialog) -> FormDialog:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reject()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _say(self, text: str) -> None:
        self.view.context.message.emit(text)  # type: ignore[attr-defined]

    def edit_selected(self) -> FormDialog | None:
        target = self._target()
        d = self.detail
        if target is None or d is None:
            self._say(tr("Select a row first, then press F2 to edit it."))
            return None
        kind, record_id = target
        ctx, view = self.view.context, self.view  # type: ignore[attr-defined]
        if kind in ("reports", "report"):
            return self.show(EditReportDialog(ctx, record_id, view))
        if kind in ("contacts", "contact"):
            return self.show(EditContactDialog(ctx, record_id, view))
        if kind == "people":
            if record_id == d.header.youth_id:
                return self.edit_youth()
            return self.show(GuardianDialog(ctx, d.header.youth_id, record_id, view))
        if kind in ("opened", "closed"):
            return self.edit_case()
        if kind == "enrolments":
            row = next((e for e in d.enrolments if e.id == record_id), None)
            if row is None or not row.id:
                return self.edit_youth()
            return self.show(EnrolmentDialog(ctx, d.header.youth_id, row, view))
        if kind in ("routes", "route", "letter"):
            self._say(tr("A decision or letter is not changed afterwards: void it (Ctrl+Shift+X)."))
            return None
        self._say(tr("Edit this entry from its own tab."))
        return None

    def edit_youth(self) -> FormDialog | None:
        d = self.detail
        if d is None:
            return None
        ctx = self.view.context  # type: ignore[attr-defined]
        return self.show(EditYouthDialog(ctx, d.header.youth_id, self.view))

    def add_guardian(self) -> FormDialog | None:
        d = self.detail
        if d is None:
            return None
        ctx = self.view.context  # type: ignore[attr-defined]
        return self.show(GuardianDialog(ctx, d.header.youth_id, None, self.view))

    def add_enrolment(self) -> FormDialog | None:
        d = self.detail
        if d is None:
            return None
        ctx = self.view.context  # type: ignore[attr-defined]
        return self.show(EnrolmentDialog(ctx, d.header.youth_id, None, self.view))

    def remove_guardian(self) -> FormDialog | None:
        key, row_id = self.current()
        d = self.detail
        person = next((p for p in d.people if p.id == row_id), None) if d else None
        if key != "people" or person is None or person.role == "youth":
            self._say(tr("Select a parent or carer on the People tab first."))
            return None
        ctx = self.view.context  # type: ignore[attr-defined]
        return self.show(RemoveGuardianDialog(ctx, person.id, person.name, self.view))

    def edit_case(self) -> FormDialog | None:
        d = self.detail
        if d is None:
            return None
        ctx = self.view.context  # type: ignore[attr-defined]
        return self.show(EditCaseDialog(ctx, d.header.case_id, self.view))

    def void_selected(self) -> FormDialog | None:
        target = self._target()
        entity = VOIDABLE.get(target[0]) if target else None
        if target is None or entity is None:
            self._say(
                tr("Select a report, contact, route decision or letter (on the timeline) first.")
            )
            return None
        description = self._describe(target[1])
        if description is None:
            self._say(tr("This entry has been voided already."))
            return None
        ctx = self.view.context  # type: ignore[attr-defined]
        return self.show(VoidDialog(ctx, entity, target[1], description, self.view))

    def _describe(self, record_id: str) -> str | None:
        """The entry as the timeline says it; None when it is voided already."""
        d = self.detail
        entry = next((e for e in d.timeline if e.record_id == record_id), None) if d else None
        if entry is None:
            return ""
        if entry.void_reason is not None:
            return None
        return f"{entry.at:%d-%m-%Y} {entry.title}"
