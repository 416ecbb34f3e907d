"""The Reports page's jaarverslag actions: "Tekst bewerken" saves a team lead's text for the
chosen table, "Jaarverslag (PDF)" writes the document with it (read back)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from pytestqt.qtbot import QtBot

from lvs_desktop.services.report_document import saved_texts
from lvs_desktop.store import Vault
from lvs_desktop.ui.reports import ReportsPage
from tests.reports.region import AS_OF

TIMEOUT = 20000


def test_edit_a_text_and_write_the_annual_report(
    qtbot: QtBot, region_copy: Vault, tmp_path: Path
) -> None:
    page = ReportsPage(region_copy, today=lambda: AS_OF)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
        page.activate()
    with qtbot.waitSignal(page.report_ready, timeout=TIMEOUT):
        page.year.setCurrentText("2021-2022")
    actions = page.document
    assert (actions.edit_text.text(), actions.document.text()) == (
        "Tekst bewerken…",
        "Jaarverslag (PDF)…",
    )
    titles = [page.figures.item(i).text() for i in range(page.figures.count())]
    page.figures.setCurrentRow(titles.index("Thuiszitters (op de feiten)"))
    dialog = actions.open_text()
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        pass
    assert dialog.editor.toPlainText().startswith("Het aantal thuiszitters (4 weken of langer)")
    dialog.editor.setPlainText("Vier jongeren zaten in 2021-2022 vier weken of langer thuis.")
    with qtbot.waitSignal(actions.text_saved, timeout=TIMEOUT):
        dialog.submit()
    assert saved_texts(region_copy, "2021-2022", "Regio") == {
        "thuiszitters": "Vier jongeren zaten in 2021-2022 vier weken of langer thuis."
    }

    out = tmp_path / "jaarverslag.pdf"
    with qtbot.waitSignal(actions.written, timeout=TIMEOUT):
        actions.write_document(out)
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    assert "Vier jongeren zaten in 2021-2022 vier weken of langer thuis." in text
    assert "1 Leerplicht" in text and "2 RMC" in text
