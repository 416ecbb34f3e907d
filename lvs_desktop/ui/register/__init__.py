"""The register page: the lists from the leerplichtadministratie, import, cases from a row."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.register.page import RegisterPage

__all__ = ["RegisterPage", "create_page"]


def create_page(context: DeskContext) -> QWidget:
    return RegisterPage(context)
