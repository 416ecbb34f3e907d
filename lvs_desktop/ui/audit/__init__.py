"""The audit log screen (Logboek): who saw or changed which dossier, and when (NEN 7513)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lvs_desktop.ui.context import DeskContext


def create_page(context: DeskContext) -> QWidget:
    from lvs_desktop.ui.audit.page import AuditPage

    return AuditPage(context)
