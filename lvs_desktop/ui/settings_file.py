"""The window's own settings file (language, column widths) made private before Qt writes it.

QSettings writes `~/.config/LVS/lvs-desktop.conf` through a QSaveFile, which keeps the mode of
the file it replaces; so a file created 0600 (in a 0700 folder) stays 0600 whatever the umask.
It holds no personal data (DESIGN §4), but it is the program's state, and state is private.
On Windows QSettings uses the registry under the user's own key.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION, APPLICATION = "LVS", "lvs-desktop"


def make_settings_private() -> Path | None:
    """Create (or tighten) the settings file and its folder; returns its path (None: registry)."""
    settings = QSettings(ORGANISATION, APPLICATION)
    if settings.format() != QSettings.Format.NativeFormat or not settings.fileName().startswith(
        "/"
    ):
        return None
    path = Path(settings.fileName())
    try:  # (the modes of store/private_files.py; the window may not import that module)
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)  # the organisation's folder is the program's own
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
    except OSError:
        return None  # a read-only home: Qt will not be able to write either
    return path
