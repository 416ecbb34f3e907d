"""One case: a header (who, duty, school, consultant, deadlines) and a tab per kind of record.

The case is read in one go (`queries.case_detail`, on the worker: the view shows empty tabs
until it arrives) and re-read when a saved change touches it. Opening a case writes a
"viewed" audit event.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.case_detail import (
    PARTS,
    CaseDetail,
    CaseHeader,
    case_detail,
    parts_to_reload,
    refresh_detail,
)
from lvs_desktop.services.cases import record_view
from lvs_desktop.ui.case_edit import CaseEditor
from lvs_desktop.ui.case_tables import fill_tabs
from lvs_desktop.ui.casework_texts import tr as casework_tr
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.empty_hint import EmptyHint, action_hint
from lvs_desktop.ui.formatting import fmt_date
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.icons import EDIT_MENU, decorate, icon
from lvs_desktop.ui.outreach.case_tab import CaseOutreachTab
from lvs_desktop.ui.outreach.texts import tr as outreach_tr
from lvs_desktop.ui.widgets import RowsModel, fit_columns, make_table
from lvs_desktop.ui.worker import error_text, run_job

LettersTabFactory = Callable[[DeskContext, str], QWidget]
# What an empty tab says: what belongs there, then how to add it (with the action that
# does, named as in its menu and with its shortcut; left out when the view has no such action).
EMPTY_TABS = {
    "timeline": (
        "Nothing recorded in this case yet.",
        "Reports, contacts, letters and decisions appear here as they are recorded.",
        "",
    ),
    "reports": ("No reports yet.", "Record a report of absence with {action}.", "newReport"),
    "contacts": (
        "No contacts yet.",
        "Record a conversation or an attempt with {action}.",
        "logContact",
    ),
    "routes": ("No MAS route decided yet.", "Decide one with {action}.", "decideRoute"),
    "letters": ("No letters yet.", "The letters made for this case are kept here.", ""),
    "exemptions": (
        "No exemptions.",
        "Record a request for an exemption with {action}.",
        "exemption",
    ),
    "enforcements": (
        "No enforcement steps.",
        "Record a Halt referral, a PV or another step with {action}.",
        "enforcement",
    ),
    "people": ("No people recorded yet.", "Add a parent or carer with {action}.", "addGuardian"),
}


class CaseHeaderWidget(QFrame):
    """Name, age, leerplicht status with its end date, school, consultant, next deadlines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("caseTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.facts = QLabel(self)
        self.facts.setObjectName("caseFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)  # names may come from a bundle
        self.deadlines = QLabel(self)
        self.deadlines.setObjectName("caseDeadlines")
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.facts, 1, 0)
        grid.addWidget(self.deadlines, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def show_header(self, h: CaseHeader) -> None:
        self.title.setText(
            f"<span style='font-size:15pt;font-weight:600'>{escape(h.youth_name)}</span>"
            f"&nbsp;&nbsp;<span style='color:#555'>{escape(h.reference)}</span>"
        )
        duty = h.duty_label + (
            " " + tr("until {date}").format(date=fmt_date(h.duty_until)) if h.duty_until else ""
        )
        lines = [
            tr("{age} years (born {born})").format(age=h.age, born=fmt_date(h.birth_date))
            + (f" · BSN {h.bsn}" if h.bsn else ""),
            tr("Duty: {duty}").format(duty=duty),
            tr("School: {school}").format(school=h.school or tr("unknown"))
            + (f" · {h.municipality}" if h.municipality else ""),
            tr("{kind} · {status} · opened {opened}").format(
                kind=h.kind_label, status=h.status_label, opened=fmt_date(h.opened_on)
            )
            + (
                " · " + tr("closed {date}").format(date=fmt_date(h.closed_on))
                if h.closed_on
                else ""
            ),
            tr("Consultant: {name}").format(name=h.consultant)
            + (
                " · " + tr("MAS route: {route}").format(route=h.route_label)
                if h.route_label
                else ""
            ),
        ]
        if h.problems:
            lines.append(casework_tr("Underlying problems: {problems}").format(problems=h.problems))
        self.facts.setText("\n".join(lines))
        parts = [f"<b>{escape(tr('Next deadlines'))}</b>"]
        for d in h.deadlines[:4]:
            text = f"{fmt_date(d.due)} — {escape(d.label)}"
            parts.append(f"<span style='color:#b00020'>{text}</span>" if d.overdue else text)
        if not h.deadlines:
            parts.append(escape(tr("none")))
        if h.unanswered_invitations:
            note = tr("{n} unanswered invitation(s)").format(n=h.unanswered_invitations)
            if h.escalate:
                note += " — " + tr("escalation is due")
            parts.append(f"<i>{escape(note)}</i>")
        self.deadlines.setText("<br>".join(parts))

    def clear_header(self) -> None:
        for label in (self.title, self.facts, self.deadlines):
            label.clear()


class CaseView(QWidget):
    """The case with its tabs; `detail` holds the last read, `loaded` fires after each read."""

    loaded = Signal()
    reloaded = Signal(object)  # the parts last read again, once no change is left unread
    back = Signal()

    def __init__(
        self,
        context: DeskContext,
        case_id: str,
        actions: Sequence[QAction] = (),
        letters_tab: LettersTabFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.context = context
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self._pending: list[ChangeSummary] = []  # changes not yet read again
        self._reading = False
        self._stale = False  # a full read was asked for while another read was under way
        self._dropped = False
        self._read_once = False
        self._actions = {a.objectName(): a for a in actions}
        self.editor = CaseEditor(self)  # edit/void actions: F2, Ctrl+Shift+Y/G/U/X
        decorate(self.editor.actions.values())
        self._actions.update(self.editor.actions)
        self.header = CaseHeaderWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.models: dict[str, RowsModel] = {}
        self._add_tab(
            "timeline", tr("Timeline"), [tr("Date"), tr("What"), tr("Subject"), tr("Details")]
        )
        self._add_tab(
            "reports",
            tr("Reports"),
            [
                tr("Received"),
                tr("Type"),
                tr("Period"),
                tr("Hours absent"),
                tr("Late"),
                tr("School"),
            ],
        )
        self._add_tab(
            "contacts",
            tr("Contacts"),
            [
                tr("When"),
                tr("Kind"),
                tr("Mode"),
                tr("Answered"),
                tr("Participants"),
                tr("Agreements"),
                tr("Summary"),
            ],
        )
        self._add_tab(
            "routes",
            tr("MAS route"),
            [
                tr("Decided"),
                tr("Route"),
                tr("Open by rules"),
                tr("Rationale"),
                tr("Override reason"),
            ],
        )
        if letters_tab is not None:
            self.tabs.addTab(letters_tab(context, case_id), tr("Letters"))
        else:
            self._add_tab(
                "letters", tr("Letters"), [tr("Date"), tr("Letter"), tr("Recipient"), tr("Printed")]
            )
        self._add_tab(
            "exemptions",
            tr("Exemptions"),
            [tr("Article"), tr("Received"), tr("From"), tr("Until"), tr("Outcome"), tr("Decided")],
        )
        self._add_tab(
            "enforcements",
            tr("Enforcement"),
            [tr("Date"), tr("Step"), tr("Against"), tr("Outcome"), tr("Notes")],
        )
        self.outreach = CaseOutreachTab(context, case_id, self)
        self.tabs.addTab(self.outreach, outreach_tr("RMC and referrals"))
        self._add_tab(
            "people",
            tr("People"),
            [
                tr("Role"),
                tr("Name"),
                tr("Parental authority"),
                tr("Address"),
                tr("Phone"),
                tr("E-mail"),
            ],
        )
        self._add_tab(
            "enrolments",
            casework_tr("Schools"),
            [casework_tr(h) for h in ("From", "Until", "School", "Grade")],
        )
        buttons = QHBoxLayout()
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        edit = self.editor.menu_button()
        edit.setIcon(icon(EDIT_MENU))
        edit.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        context.changed.connect(self._on_changed)
        self.refresh()
        vault = context.vault
        run_job(lambda: record_view(vault, case_id), owner=self)

    def _add_tab(self, key: str, title: str, headers: list[str]) -> None:
        model = RowsModel(headers, self)
        self.models[key] = model
        view = make_table(model, self)
        view.setObjectName(f"tab_{key}")
        model.modelReset.connect(lambda v=view: fit_columns(v))
        EmptyHint(view, self._empty_text(key))
        self.editor.attach(view)
        self.tabs.addTab(view, title)

    def _empty_text(self, key: str) -> str:
        what, how, action_name = EMPTY_TABS.get(key, ("", "", ""))
        hint = action_hint(self._actions.get(action_name)) if action_name else ""
        if action_name and not hint:
            return tr(what)
        return f"{tr(what)} {tr(how).format(action=hint)}"

    def _on_changed(self, summary: ChangeSummary) -> None:
        """Re-read, off the GUI thread, only the parts of this case the change can alter.

        One read at a time: changes that arrive meanwhile are read together next, so a late
        read can never overwrite a newer one.
        """
        if self.detail is None:
            self.refresh()  # (while the first read is under way: once more after it)
            return
        self._pending.append(summary)
        if not self._reading:
            self._read_pending()

    def _read_pending(self) -> None:
        old, vault, today = self.detail, self.context.vault, self.context.today()
        assert old is not None
        pending, self._pending = self._pending, []
        summary = ChangeSummary(
            created=[row for x in pending for row in x.created],
            updated=[row for x in pending for row in x.updated],
            everything=any(x.everything for x in pending),
        )

        def read() -> tuple[frozenset[str], CaseDetail | None]:
            parts = parts_to_reload(vault, old, summary)
            return parts, refresh_detail(vault, old, parts, today) if parts else None

        self._reading = True
        run_job(read, self._reloaded, self._reload_failed, owner=self)

    def _reloaded(self, result: tuple[frozenset[str], CaseDetail | None]) -> None:
        self._reading = False
        parts, detail = result
        if detail is not None and self.detail is not None:
            self.detail = detail
            if "header" in parts:
                self.header.show_header(detail.header)
            self._fill(detail, parts)
            self.loaded.emit()  # after every read that changed what is shown
        if self._read_next():
            return
        self.reloaded.emit(parts)  # only when every change so far has been read

    def _reload_failed(self, error: UserError | None) -> None:
        self._reading = False
        self.context.message.emit(error_text(error))
        self._read_next()

    def _read_next(self) -> bool:
        """Start the read that waited for the last one, if any (a full one first)."""
        if self._stale:
            self._stale = False
            self._pending.clear()
            self.refresh()
            return True
        if self._pending and self.detail is not None:
            self._read_pending()
            return True
        return False

    def refresh(self) -> None:
        """Read the whole case on the worker; `loaded` follows when it is shown."""
        if self._dropped:
            return
        if self._reading:
            self._stale = True
            return
        vault, case_id, today = self.context.vault, self.case_id, self.context.today()
        self._reading = True
        run_job(
            lambda: case_detail(vault, case_id, today),
            self._got_detail,
            self._detail_failed,
            owner=self,
        )

    def _got_detail(self, detail: CaseDetail) -> None:
        self._reading = False
        if self._dropped:
            return
        first = self.detail is None and not self._read_once
        self.detail, self._read_once = detail, True
        self.header.show_header(detail.header)
        self._fill(detail)
        self.loaded.emit()
        if not self._read_next() and not first:
            self.reloaded.emit(frozenset(PARTS))  # a full read again: every part

    def _detail_failed(self, error: UserError | None) -> None:
        self._reading = False
        self.context.message.emit(error_text(error))
        self._read_next()

    def _fill(self, d: CaseDetail, parts: Collection[str] = PARTS) -> None:
        fill_tabs(self.models, d, parts)

    def drop_data(self) -> None:
        """Forget everything shown (on lock), before the widget is destroyed."""
        self._dropped = True
        self.detail = None
        self.header.clear_header()
        self.outreach.drop_data()
        for model in self.models.values():
            model.clear()
