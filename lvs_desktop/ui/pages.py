"""The pages other parts of the desk provide (letters to print, sync, reports).

Each is a factory `(DeskContext) -> QWidget`. Until a module is there (or while it fails to
import) its page says "coming soon". The modules are expected to expose
`create_page(context: DeskContext) -> QWidget`; the letters module also
`create_case_tab(context, case_id) -> QWidget` for the case view's Letters tab.

A page is built at unlock but should not read the vault until it is first shown: the main
window calls the page's `activate()` (if it has one) each time it is navigated to. Work
done in a page's constructor delays the caseload's first rows.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.i18n import tr

log = logging.getLogger(__name__)

PageFactory = Callable[[DeskContext], QWidget]


def placeholder(title: str) -> PageFactory:
    def make(context: DeskContext) -> QWidget:
        page = QWidget()
        label = QLabel("<h2>{}</h2><p>{}</p>".format(title, tr("Coming soon.")), page)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addWidget(label)
        return page

    return make


def optional_page(module: str, title: str, attribute: str = "create_page") -> PageFactory:
    """The page from `module.attribute(context)`, or a placeholder while it is not there."""

    def make(context: DeskContext) -> QWidget:
        try:
            factory = getattr(importlib.import_module(module), attribute)
        except (ImportError, AttributeError) as exc:
            log.info("page %s not available: %s", module, exc)
            return placeholder(title)(context)
        return factory(context)

    return make


def default_case_tab() -> Callable[[DeskContext, str], QWidget] | None:
    """The letters module's case tab, or None (the case view then lists the letters)."""
    try:
        return importlib.import_module("lvs_desktop.ui.letters").create_case_tab
    except (ImportError, AttributeError) as exc:
        log.info("letters tab not available: %s", exc)
        return None


def placeholders() -> dict[str, PageFactory]:
    """Every other module's page as "coming soon" (tests and benchmarks of the desk alone)."""
    return {
        "letters": placeholder(tr("Letters to print")),
        "sync": placeholder(tr("Synchronisation")),
        "reports": placeholder(tr("Reporting")),
    }


def default_pages() -> dict[str, PageFactory]:
    """Navigation key → page factory for the pages built elsewhere."""
    return {
        "letters": optional_page("lvs_desktop.ui.letters", tr("Letters to print")),
        "sync": optional_page("lvs_desktop.ui.sync", tr("Synchronisation")),
        "reports": optional_page("lvs_desktop.ui.reports", tr("Reporting")),
    }
