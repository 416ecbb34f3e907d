"""Screenshots of the audit log page (called from `ui/screenshots.py`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lvs_desktop.services.case_detail import case_detail


def shoot_audit(
    window: Any,
    case_id: str,
    out: Path,
    grab: Callable[[Any, Path, str], Path],
    wait_for: Callable[..., None],
) -> list[Path]:
    """The whole log, then one dossier's entries and the chains checked."""
    page = window.pages["audit"]
    window.nav.setCurrentRow(list(window.pages).index("audit"))
    wait_for(page.loaded, 10_000)
    shots = [grab(window, out, "19e-logboek")]
    page.case.setText(case_detail(window.context.vault, case_id).header.reference)
    page.reload()
    wait_for(page.loaded, 10_000)
    page.verify()
    wait_for(page.verified, 10_000)
    shots.append(grab(window, out, "19f-logboek-dossier"))
    return shots
