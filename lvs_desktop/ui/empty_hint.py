"""A sentence on an empty table: what belongs there and how to add it.

`EmptyHint` lays a word-wrapped label over a table's viewport (under the header, so the
columns still show what a row will hold) while the model has no rows, and hides it as soon
as a row arrives. `action_hint` names an action the way its menu does, with its shortcut,
so the sentence never names a key that does not work.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel


def action_hint(action: QAction | None) -> str:
    """ "Contact vastleggen (Ctrl+Shift+K)" for an action; "" without one."""
    if action is None:
        return ""
    text = action.text().replace("&", "").rstrip("…").rstrip(".").strip()
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


class EmptyHint(QObject):
    """Shows `text` over `view` while its model is empty."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #5f6b73; padding: 16px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_shown)
        view.viewport().installEventFilter(self)
        self.update_shown()

    def update_shown(self) -> None:
        self.label.setVisible(self.view.model().rowCount() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False
