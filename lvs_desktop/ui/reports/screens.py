"""Screenshots of the Reports page's publication view and the VSV form (for
`ui.screenshots`): the published table with its "< 5" and "•" marks, the widest table with
its change column, and the form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication


def shoot_reports(window: Any, out: Path, grab: Callable[..., Path], wait_for: Any) -> list[Path]:
    """The Reports page for publication, and the VSV form over it."""
    page = window.pages["reports"]
    window.nav.setCurrentRow(4)
    page.publish.setChecked(True)  # laid out again at once from the counted figures
    QApplication.processEvents()
    shots = [grab(window, out, "19c2-rapportages-publicatie")]
    if page.report is not None:  # the widest table: long two-level labels beside the change
        keys = [t.key for t in page.report.tables]
        if "exemptions" in keys:
            page.figures.setCurrentRow(keys.index("exemptions"))
            QApplication.processEvents()
            shots.append(grab(window, out, "19c4-rapportages-breedste-tabel"))
            page.figures.setCurrentRow(0)
    dialog = page.open_vsv()
    QApplication.processEvents()
    shots.append(grab(dialog, out, "19c3-vsv-cijfers"))
    dialog.reject()
    page.publish.setChecked(False)
    return shots
