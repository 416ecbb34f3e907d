"""The Sync page of the desk (export, import wizard, conflicts, duplicates, reassign)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lvs_desktop.ui.context import DeskContext


def create_page(context: DeskContext) -> QWidget:
    from lvs_desktop.ui.sync.page import SyncPage

    return SyncPage(context)
