"""Helpers for GUI tests: every text the live widgets hold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def visible_texts() -> list[str]:
    """Every text any live widget holds: labels, fields, buttons, titles, combo items, and the
    data of every item model behind a view (all roles that carry text)."""
    texts: list[str] = []
    for w in QApplication.allWidgets():
        texts.append(w.windowTitle())
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QLineEdit | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QPlainTextEdit | QTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += model_texts(w.model())
    return texts


def model_texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    root = QModelIndex()
    for row in range(model.rowCount(root)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        for col in range(columns):
            index = model.index(row, col)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if value is not None:
                    out.append(str(value))
    return out


def wait_loaded(qtbot, dialog):  # type: ignore[no-untyped-def]
    """A form that shows what the vault holds reads it on the worker: wait until its fields
    are made (`is_loaded`, set before `loaded` fires), then hand it back."""
    qtbot.waitUntil(lambda: dialog.is_loaded, timeout=10_000)
    return dialog
