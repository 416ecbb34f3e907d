"""A form dialog: fields, a red list of problems, and a save that runs on the worker.

Subclasses build their fields, turn them into a service input in `collect()` (appending to
`problems` what the form itself can see: required fields, dates), and name the service call
in `save()`. The service validates again (BSN 11-test, codes, date order); its `InvalidInput`
problems show in the same list. On success the dialog reports the `ChangeSummary` to the
desk and closes. Dialogs are opened with `open()`, never `exec()`, so a lock can close them.
Every form opens with the cursor in its first field (`focus_first_field`), not on the buttons
that are made before the fields.

A form that shows what the vault holds (a record to correct, the schools to choose from)
names that read in `loader()`: it runs on the worker while the dialog says "Laden…" with
Save disabled; `use_loaded(data)` takes the result, then `build()` makes the fields and
`loaded` fires. No form reads the vault on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayoutItem,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.models import UserError
from lvs_desktop.services import ChangeSummary
from lvs_desktop.services.validation import InvalidInput
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.i18n import tr
from lvs_desktop.ui.widgets import DateField, ErrorLabel
from lvs_desktop.ui.worker import error_text, run_job


class FormDialog(QDialog):
    """Base of every form. `saved` carries the ChangeSummary; `problems_shown` the problems."""

    saved = Signal(object)
    problems_shown = Signal(list)
    loaded = Signal()  # fields made after `loader()`'s read (without one: `is_loaded` at once)
    title = "Form"

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(tr(self.title))
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.errors)
        self.layout_.addWidget(self.buttons)
        self._focused_once = False
        loader = self.loader()
        self.is_loaded = loader is None
        if loader is None:
            self.build()
            return
        self.loading = QLabel(tr("Loading…"), self)
        self.layout_.insertWidget(1, self.loading)
        self._save_button().setEnabled(False)
        vault = context.vault
        run_job(lambda: loader(vault), self._loaded, self._load_failed, owner=self)

    def _save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        return button if button is not None else self.buttons

    def _loaded(self, data: Any) -> None:
        self.loading.hide()
        self._save_button().setEnabled(True)  # (a form that saves nothing turns it off again)
        self.use_loaded(data)
        self.build()
        # Fields added to a shown dialog show themselves by a queued call: focus after it.
        QTimer.singleShot(0, self, self._ready)

    def _ready(self) -> None:
        self.is_loaded = True
        if self.isVisible():
            self.focus_first_field()
        self.loaded.emit()

    def _load_failed(self, exc: UserError | None) -> None:
        self.loading.hide()
        self.show_problems([error_text(exc)])

    # -- for subclasses -----------------------------------------------------------------

    def loader(self) -> Callable[[Vault], Any] | None:
        """What the form must read before its fields can be made, as a function of the vault
        that runs on the worker (capture plain values, never `self`); None: nothing to read."""
        return None

    def use_loaded(self, data: Any) -> None:
        """Keep the loader's result (on the GUI thread, before `build()`)."""

    def build(self) -> None:
        """Add the fields to `self.form`."""

    def collect(self, problems: list[str]) -> Any:
        """The service input from the fields; append what is wrong to `problems`."""
        raise NotImplementedError

    def save(self, vault: Vault, data: Any) -> ChangeSummary:
        """The service call (runs on a worker thread: touch no widget here)."""
        raise NotImplementedError

    # -- helpers ------------------------------------------------------------------------

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def date_value(self, field: DateField, label: str, problems: list[str], required: bool = False):
        problem = field.problem(label, required)
        if problem:
            problems.append(problem)
        return field.value()

    @staticmethod
    def required_text(text: str, label: str, problems: list[str]) -> str:
        if not text.strip():
            problems.append(tr("{label} is required.").format(label=label))
        return text.strip()

    # -- focus --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.focus_first_field()

    def focus_first_field(self) -> None:
        """The cursor in the first field that takes input, unless the form chose one."""
        chosen = self.focusWidget()
        if chosen is not None and not self.buttons.isAncestorOf(chosen) and chosen is not self:
            return
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                field = _first_input(self.form.itemAt(row, role))
                if field is not None:
                    field.setFocus(Qt.FocusReason.OtherFocusReason)
                    return

    # -- the flow -----------------------------------------------------------------------

    def submit(self) -> None:
        if not self.is_loaded:
            return
        problems: list[str] = []
        data = self.collect(problems)
        if problems:
            self.show_problems(problems)
            return
        self.errors.clear_problems()
        self._set_saving(True)
        vault = self.context.vault
        run_job(lambda: self.save_in_worker(vault, data), self._done, self._failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        """The whole form waits while its save runs on the worker (nothing typed is lost);
        after a refusal the cursor is back where it was."""
        if saving:
            self._focus_before_save = self.focusWidget()
            self.setEnabled(False)
            return
        self.setEnabled(True)
        before = getattr(self, "_focus_before_save", None)
        if before is not None and shiboken6.isValid(before) and before.isEnabled():
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_in_worker(self, vault: Vault, data: Any) -> ChangeSummary:
        return self.save(vault, data)

    def show_problems(self, problems: list[str]) -> None:
        self.errors.show_problems(problems)
        self.problems_shown.emit(problems)

    def _done(self, summary: ChangeSummary) -> None:
        self._set_saving(False)
        self.saved.emit(summary)
        self.context.report_change(summary)
        self.accept()

    def _failed(self, exc: UserError | None) -> None:
        self._set_saving(False)
        if isinstance(exc, InvalidInput):
            self.show_problems(exc.problems)
        else:
            self.show_problems([error_text(exc)])


def _takes_input(widget: QWidget) -> bool:
    if widget.isHidden() or not widget.isEnabled():
        return False
    if isinstance(widget, QLineEdit) and widget.isReadOnly():
        return False
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _first_input(item: QLayoutItem | None) -> QWidget | None:
    """The first widget in a form cell (a widget, a row of widgets, a composite) that takes
    keyboard input."""
    if item is None:
        return None
    widget = item.widget()
    if widget is not None:
        if _takes_input(widget):
            return widget
        children = widget.findChildren(QWidget)
        return next((c for c in children if _takes_input(c)), None)
    layout = item.layout()
    if layout is not None:
        for n in range(layout.count()):
            found = _first_input(layout.itemAt(n))
            if found is not None:
                return found
    return None
