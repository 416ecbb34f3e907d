"""Screenshots of the prevention register, the thuiszitter list and the jaarverslag text
dialog (called from `ui/screenshots.py`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any


def shoot_prevention(
    window: Any,
    out: Path,
    grab: Callable[[Any, Path, str], Path],
    wait_for: Callable[..., None],
) -> list[Path]:
    """The Preventie page with the demo's entries and a form being filled, the Thuiszitters
    page, and the Reports page's text dialog for the thuiszitter table."""
    shots = []
    page = window.pages["prevention"]
    window.nav.setCurrentRow(list(window.pages).index("prevention"))
    if page.view is None:
        wait_for(page.loaded, 20_000)
    page.topic.setText("Voorlichting over verzuim aan mentoren")
    page.kind.setCurrentIndex(page.kind.findData("presentation"))
    page.minutes.setValue(90)
    shots.append(grab(window, out, "19i-preventie"))
    page.topic.clear()
    listing = window.pages["thuiszitters"]
    window.nav.setCurrentRow(list(window.pages).index("thuiszitters"))
    if listing.listing is None:
        wait_for(listing.loaded, 20_000)
    shots.append(grab(window, out, "19j-thuiszitters"))
    if listing.rows.rowCount():
        listing.table.selectRow(0)
        dialog = listing.open_offer()
        if dialog is not None:
            dialog.what.setText("Plaats in een onderwijs-zorgarrangement")
            dialog.adjustSize()
            shots.append(grab(dialog, out, "19k-thuiszitter-aanbod"))
            dialog.reject()
    reports = window.pages["reports"]
    window.nav.setCurrentRow(list(window.pages).index("reports"))
    if getattr(reports, "report", None) is None:
        wait_for(reports.report_ready, 60_000)
    titles = [reports.figures.item(i).text() for i in range(reports.figures.count())]
    if "Thuiszitters (op de feiten)" in titles:
        reports.figures.setCurrentRow(titles.index("Thuiszitters (op de feiten)"))
    shots.append(grab(window, out, "19l-rapportages-jaarverslag"))
    text = reports.document.open_text()
    if text is not None:
        wait_for(text.loaded, 20_000)
        shots.append(grab(text, out, "19m-jaarverslag-tekst"))
        text.reject()
    return shots
