"""One icon set for the desk: Material Design Icons 6 through qtawesome.

qtawesome draws the icons from the icon fonts it ships, so nothing is fetched at run time.
Icons are named here once, by navigation key and by action object name, so a screen asks
for "the icon of the lock action" and the set stays consistent. An unknown name gives an
empty icon, never an error: an icon is decoration, the text always says what it does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache

from PySide6.QtGui import QAction, QIcon

os.environ.setdefault("QT_API", "pyside6")  # qtawesome goes through QtPy: use our binding

COLOR = "#37474f"
COLOR_SELECTED = "#ffffff"

NAV_ICONS = {
    "caseload": "mdi6.folder-account-outline",
    "agenda": "mdi6.calendar-check-outline",
    "letters": "mdi6.printer-outline",
    "sync": "mdi6.sync",
    "reports": "mdi6.chart-bar",
    "thuiszitters": "mdi6.home-alert-outline",
    "prevention": "mdi6.lightbulb-on-outline",
    "settings": "mdi6.cog-outline",
    "region": "mdi6.map-marker-radius-outline",
    "intake": "mdi6.inbox-arrow-down-outline",
    "register": "mdi6.account-search-outline",
    "audit": "mdi6.clipboard-text-clock-outline",
}

ACTION_ICONS = {
    # the desk
    "newCase": "mdi6.folder-plus-outline",
    "lock": "mdi6.lock-outline",
    "quit": "mdi6.exit-to-app",
    "openCase": "mdi6.folder-open-outline",
    "back": "mdi6.arrow-left",
    "search": "mdi6.magnify",
    "refresh": "mdi6.refresh",
    "about": "mdi6.information-outline",
    # the case actions
    "newReport": "mdi6.file-alert-outline",
    "logContact": "mdi6.account-voice",
    "decideRoute": "mdi6.sign-direction",
    "exemption": "mdi6.file-certificate-outline",
    "enforcement": "mdi6.gavel",
    "closeCase": "mdi6.folder-lock-outline",
    "editSelected": "mdi6.pencil-outline",
    "editYouth": "mdi6.account-edit-outline",
    "editCase": "mdi6.folder-edit-outline",
    "addGuardian": "mdi6.account-multiple-plus-outline",
    "removeGuardian": "mdi6.account-remove-outline",
    "addEnrolment": "mdi6.school-outline",
    "voidEntry": "mdi6.cancel",
    "addTask": "mdi6.calendar-plus",
    "decideExemption": "mdi6.scale-balance",
    "recordOutcome": "mdi6.flag-checkered",
}


@cache
def icon(name: str) -> QIcon:
    """The icon `name` ("mdi6.magnify") in the desk's colours; empty if qtawesome lacks it."""
    import qtawesome

    try:
        return qtawesome.icon(name, color=COLOR, color_selected=COLOR_SELECTED)
    except Exception:  # an unknown name: no icon, the text still says it
        return QIcon()


EDIT_MENU = "mdi6.pencil-outline"


def nav_icon(key: str) -> QIcon:
    name = NAV_ICONS.get(key)
    return icon(name) if name else QIcon()


def decorate(actions: Iterable[QAction]) -> None:
    """Give each action the icon named for its object name (others are left alone)."""
    for action in actions:
        name = ACTION_ICONS.get(action.objectName())
        if name and action.icon().isNull():
            action.setIcon(icon(name))
