"""A preview of one or more letters (one per recipient), with print, save as, and — for letters
not yet stored — "save in the vault"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lvs_desktop.ui.letters.i18n import tr
from lvs_desktop.ui.letters.pdf import PdfPreview
from lvs_desktop.ui.widgets import ErrorLabel


@dataclass(frozen=True)
class PreviewItem:
    """One letter in the preview: a label for the chooser, its bytes, a file name."""

    label: str
    pdf: bytes
    file_name: str
    letter_id: str | None = None  # None: drawn, not stored yet


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where the user wants the file (None when cancelled)."""
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save letter as"), suggested, "PDF (*.pdf)")
    return Path(path) if path else None


class LetterPreviewDialog(QDialog):
    """Shows letters; emits `print_requested(indexes)`, `saved(index, path)` and, with a store
    button, `store_requested(print_after)`. The caller does the vault work."""

    print_requested = Signal(list)
    saved = Signal(int, object)
    store_requested = Signal(bool)

    def __init__(
        self,
        items: Sequence[PreviewItem],
        parent: QWidget | None = None,
        *,
        title: str = "",
        can_store: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letterPreview")
        self.setWindowTitle(title or tr("Letter"))
        self.items = list(items)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("letterChooser")
        for item in self.items:
            self.chooser.addItem(item.label)
        self.count = QLabel(self)
        self.errors = ErrorLabel(self)
        self.preview = PdfPreview(self)
        self.preview.shown.connect(self._show_count)
        self.print_button = QPushButton(tr("&Print…"), self)
        self.save_as_button = QPushButton(tr("Save &as…"), self)
        self.store_button = QPushButton(tr("&Save in the vault"), self)
        self.store_print_button = QPushButton(tr("Save and p&rint…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        if can_store:
            buttons.addButton(self.store_print_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(self.store_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_as_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        # A letter not yet stored is printed through "save and print", so it is never sent
        # without a copy in the vault.
        self.print_button.setVisible(not can_store)
        self.store_button.setVisible(can_store)
        self.store_print_button.setVisible(can_store)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self._all()))
        self.save_as_button.clicked.connect(self._save_as)
        self.store_button.clicked.connect(lambda: self.store_requested.emit(False))
        self.store_print_button.clicked.connect(lambda: self.store_requested.emit(True))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Recipient:"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.chooser.currentIndexChanged.connect(self._show)
        print_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_key.activated.connect(self.print_button.click)
        self.resize(760, 900)
        self._show(0)

    def _all(self) -> list[int]:
        return list(range(len(self.items)))

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.items):
            self.preview.set_pdf(self.items[index].pdf)

    def _show_count(self, pages: int) -> None:
        n = len(self.items)
        text = tr("{n} letters").format(n=n) if n != 1 else tr("1 letter")
        self.count.setText(f"{text}, {tr('{p} page(s)').format(p=pages)}")

    def current_index(self) -> int:
        return self.chooser.currentIndex()

    def _save_as(self) -> None:
        index = self.current_index()
        path = ask_save_path(self, self.items[index].file_name)
        if path is None:
            return
        try:
            path.write_bytes(self.items[index].pdf)
        except OSError as exc:
            self.errors.show_problems(
                [tr("Could not write {path}: {why}").format(path=path, why=exc.strerror or exc)]
            )
            return
        self.errors.clear_problems()
        self.saved.emit(index, path)

    def done(self, result: int) -> None:
        self.preview.clear()  # no letter stays in memory after the dialog
        super().done(result)

    def show_error(self, message: str) -> None:
        self.errors.show_problems([message])
