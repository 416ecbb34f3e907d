"""The letter screens: the letters tab of a case and the "Letters to print" page.

The desk plugs them in with `create_page(context)` (navigation "Letters to print") and
`create_case_tab(context, case_id)` (the case view's Letters tab).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.letters.case_tab import CaseLettersTab
from lvs_desktop.ui.letters.new_letter import NewLetterDialog
from lvs_desktop.ui.letters.preview_dialog import LetterPreviewDialog, PreviewItem
from lvs_desktop.ui.letters.print_page import LettersToPrintPage

__all__ = [
    "CaseLettersTab",
    "LetterPreviewDialog",
    "LettersToPrintPage",
    "NewLetterDialog",
    "PreviewItem",
    "create_case_tab",
    "create_page",
]


def create_page(context: DeskContext) -> QWidget:
    """The "Letters to print" page of the navigation."""
    return LettersToPrintPage(context)


def create_case_tab(context: DeskContext, case_id: str) -> QWidget:
    """The Letters tab of a case."""
    return CaseLettersTab(context, case_id)
