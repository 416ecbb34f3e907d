"""The letter screens offscreen: preview, new letter, print (to a PDF printer), batch, PV."""

from __future__ import annotations

import io
from dataclasses import fields
from datetime import date, datetime
from pathlib import Path

import pdfplumber
import pytest
from letter_vault import TODAY, LetterVault
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from lvs_desktop.models import Guardian
from lvs_desktop.services import letters, people, print_queue
from lvs_desktop.services.letters import Appointment, LetterRequest
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.letters import (
    CaseLettersTab,
    LetterPreviewDialog,
    LettersToPrintPage,
    PreviewItem,
    case_tab,
    create_case_tab,
    create_page,
    preview_dialog,
)
from lvs_desktop.ui.letters.pdf import print_pdfs

Desk = tuple[DeskContext, LetterVault]
A4_POINTS = (595, 842)


def invitations(context: DeskContext, case_id: str) -> list[str]:
    appointment = Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="Leerplicht")
    request = LetterRequest(kind="invitation-1", letter_date=TODAY, appointment=appointment)
    return letters.create_letters(context.vault, case_id, request).ids("letter")


def render_page(pdf: bytes, page: int, width: int = 300) -> QImage:
    """A page as a white-backed greyscale image (for comparing a print with the letter)."""
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    image = doc.render(page, QSize(width, round(width * 297 / 210)))
    white = QImage(image.size(), QImage.Format.Format_RGB32)
    white.fill(0xFFFFFFFF)
    painter = QPainter(white)
    painter.drawImage(0, 0, image)
    painter.end()
    doc.close()
    return white.convertToFormat(QImage.Format.Format_Grayscale8)


def ink(image: QImage, left: float, top: float, right: float, bottom: float) -> float:
    """The share of dark pixels in a box given in mm."""
    scale = image.width() / 210
    dark = total = 0
    for y in range(round(top * scale), round(bottom * scale)):
        for x in range(round(left * scale), round(right * scale)):
            total += 1
            dark += image.pixelColor(x, y).lightness() < 160
    return dark / max(total, 1)


def test_the_page_and_tab_factories(qtbot: QtBot, desk: Desk) -> None:
    context, cases = desk
    page = create_page(context)
    tab = create_case_tab(context, cases.two_addresses.case_id)
    qtbot.addWidget(page)
    qtbot.addWidget(tab)
    assert isinstance(page, LettersToPrintPage) and isinstance(tab, CaseLettersTab)
    qtbot.waitUntil(lambda: page.is_loaded and tab.is_loaded)  # both read on the worker
    assert page.model.rowCount() == 0 and tab.model.rowCount() == 0


def test_preview_loads_from_memory_and_saves_as(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, cases = desk
    (first, second) = letters.draft_letters(
        context.vault, cases.two_addresses.case_id, LetterRequest(kind="notice", letter_date=TODAY)
    )
    items = [PreviewItem("Moeder", first.pdf, "a.pdf"), PreviewItem("Vader", second.pdf, "b.pdf")]
    dialog = LetterPreviewDialog(items)
    qtbot.addWidget(dialog)
    dialog.show()
    document = dialog.preview.document
    assert document is not None and document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == 1
    with qtbot.waitSignal(dialog.preview.shown):
        dialog.chooser.setCurrentIndex(1)
    target = tmp_path / "bewaard.pdf"
    monkeypatch.setattr(preview_dialog, "ask_save_path", lambda parent, suggested: target)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_as_button.click()
    assert saved.args == [1, target]
    assert target.read_bytes() == second.pdf
    dialog.reject()
    assert dialog.preview.document is None  # the letter leaves memory with the dialog


def test_print_lands_on_a4_with_the_address_in_the_window(
    qtbot: QtBot, desk: Desk, pdf_printer: Path
) -> None:
    context, cases = desk
    appointment = Appointment(starts_at=datetime(2026, 12, 7, 10, 30), location="Leerplicht")
    request = LetterRequest(
        kind="summons",
        letter_date=TODAY,
        appointment=appointment,
        suspect_guardian_id=cases.two_addresses.mother_id,
    )
    (draft,) = letters.draft_letters(context.vault, cases.two_addresses.case_id, request)
    printer = case_tab.choose_printer(None)
    assert printer is not None
    assert print_pdfs(printer, [draft.pdf]) == 1
    with pdfplumber.open(io.BytesIO(pdf_printer.read_bytes())) as printed:
        assert len(printed.pages) == 2  # the summons has two pages
        assert all(tuple(round(v) for v in (p.width, p.height)) == A4_POINTS for p in printed.pages)
    original = render_page(draft.pdf, 0)
    on_paper = render_page(pdf_printer.read_bytes(), 0)
    window = (20, 52, 105, 90)
    assert ink(on_paper, *window) > 0.02
    assert abs(ink(on_paper, *window) - ink(original, *window)) < 0.01
    assert ink(on_paper, 20, 92, 105, 96) < 0.005  # nothing below the address block


def test_print_stops_when_asked(desk: Desk, pdf_printer: Path) -> None:
    context, cases = desk
    drafts = letters.draft_letters(
        context.vault, cases.two_addresses.case_id, LetterRequest(kind="notice", letter_date=TODAY)
    )
    printer = case_tab.choose_printer(None)
    assert printer is not None
    seen: list[tuple[int, int]] = []
    printed = print_pdfs(
        printer, [d.pdf for d in drafts], lambda d, t: seen.append((d, t)) or False
    )
    assert printed == 1 and seen == [(1, 2)]


def test_batch_print_from_letters_to_print(qtbot: QtBot, desk: Desk, pdf_printer: Path) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    ids += invitations(context, cases.one_address.case_id)
    page = LettersToPrintPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)  # the queue is read on the worker
    assert page.model.rowCount() == 3
    assert "3" in page.summary.text()
    page.select_all_button.click()
    assert len(page.selected()) == 3
    with qtbot.waitSignal(page.batch_done, timeout=20000) as done:
        page.print_button.click()
    assert sorted(done.args[0].ids("letter")) == sorted(ids)
    # Printed letters wait to be marked as posted (issue 17): they stay, as printed.
    qtbot.waitUntil(lambda: len(page.rows) == 3 and all(x.printed for x in page.rows))
    with pdfplumber.open(io.BytesIO(pdf_printer.read_bytes())) as printed:
        assert len(printed.pages) == 3
    assert print_queue.unprinted(context.vault) == []


def test_new_letter_preview_and_save(qtbot: QtBot, desk: Desk) -> None:
    context, cases = desk
    tab = CaseLettersTab(context, cases.two_addresses.case_id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.is_loaded)  # the letters (and the reference) from the worker
    dialog = tab.new_letter()
    assert dialog.windowTitle().endswith(cases.two_addresses.reference)
    qtbot.waitUntil(lambda: dialog.is_loaded)  # the kinds and suspects from the worker
    dialog.set_kind("invitation-1")
    assert dialog.appointment.isVisible() and dialog.include_pupil.isVisible()
    assert not dialog.suspect.isVisible()
    dialog.preview_button.click()  # no appointment yet
    qtbot.waitUntil(lambda: dialog.errors.isVisible())
    assert "datum, tijd en plaats van het gesprek" in dialog.errors.text()
    dialog.appointment_date.setText("07-12-2026")
    dialog.include_pupil.setChecked(True)
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.preview_button.click()
    preview = dialog.preview
    assert preview is not None and preview.chooser.count() == 3
    assert preview.chooser.itemText(2) == "Daan Pieter van den Berg"
    with qtbot.waitSignal(tab.refreshed, timeout=10000):
        preview.store_button.click()
    assert tab.model.rowCount() == 3
    assert {tab.model.index(r, 1).data() for r in range(3)} == {"Uitnodiging voor een gesprek"}


def record_birth(context: DeskContext, guardian_id: str, born: date, place: str) -> None:
    """The parent's form: the same parent with a birth date and place (through the service)."""
    with context.vault.session() as s:
        g = s.get_one(Guardian, guardian_id)
        data = people.GuardianInput(
            **{f.name: getattr(g, f.name) for f in fields(people.GuardianInput)}
        )
    data.birth_date, data.birth_place = born, place
    people.update_guardian(context.vault, guardian_id, data)


def test_finalise_a_pv_from_the_case_tab(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, cases = desk
    case_id = cases.two_addresses.case_id
    # what finalising needs (issue 11): the vault's profile holds the akte, eed and art. 16
    # appointment, the mother's own verhoor is recorded; the consultant records her birth
    # date and place in the parent's form, then draws the PV against her
    record_birth(context, cases.two_addresses.mother_id, date(1985, 4, 2), "Rotterdam")
    letters.create_letters(
        context.vault,
        case_id,
        LetterRequest(
            kind="proces-verbaal",
            letter_date=date(2026, 11, 27),
            suspect_guardian_id=cases.two_addresses.mother_id,
        ),
    )
    tab = CaseLettersTab(context, case_id)
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: tab.is_loaded)  # read on the worker
    assert tab.model.index(0, 4).data() == "Draft (CONCEPT)"
    tab.select_row(0)
    assert tab.finalise_button.isEnabled()
    monkeypatch.setattr(case_tab, "confirm", lambda *args: True)
    with qtbot.waitSignal(tab.refreshed, timeout=10000):
        tab.finalise_button.click()
    tab.select_row(0)
    assert not tab.finalise_button.isEnabled()
    assert "CONCEPT" not in tab.model.index(0, 4).data()
    assert tab.rows[0].finalised


def test_finalise_refused_shows_the_reason(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    context, cases = desk
    case_id = cases.two_addresses.case_id
    letters.create_letters(
        context.vault,
        case_id,
        LetterRequest(
            kind="proces-verbaal",
            letter_date=TODAY,
            suspect_guardian_id=cases.two_addresses.mother_id,
        ),
    )
    tab = CaseLettersTab(context, case_id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.is_loaded)  # read on the worker
    tab.select_row(0)
    monkeypatch.setattr(case_tab, "confirm", lambda *args: True)
    tab.finalise_button.click()
    qtbot.waitUntil(lambda: tab.errors.isVisible(), timeout=10000)
    assert "de geboortedatum van de verdachte" in tab.errors.text()
    assert tab.rows[0].draft


def test_dutch_strings_are_shipped_for_every_english_one(qapp: object) -> None:
    import importlib.util

    from PySide6.QtCore import QLocale

    from lvs_desktop.ui.letters.i18n import QM, ensure_translator, tr

    spec = importlib.util.spec_from_file_location("letters_ts", QM.with_name("update_ts.py"))
    assert spec is not None and spec.loader is not None
    update_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_ts)
    known = update_ts.read_ts()
    assert [s for s in update_ts.collect() if not known.get(s)] == []
    assert QM.stat().st_mtime >= QM.with_name("letters_nl.ts").stat().st_mtime - 1
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch))
        ensure_translator()
        assert tr("Letters to print") == "Brieven om af te drukken"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        ensure_translator()
        assert tr("Letters to print") == "Letters to print"
    finally:
        QLocale.setDefault(before)
        ensure_translator()


def test_a_draft_is_printed_only_through_save_and_print(qtbot: QtBot, desk: Desk) -> None:
    context, cases = desk
    (draft, _) = letters.draft_letters(
        context.vault, cases.two_addresses.case_id, LetterRequest(kind="notice", letter_date=TODAY)
    )
    dialog = LetterPreviewDialog([PreviewItem("Moeder", draft.pdf, "a.pdf")], can_store=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.store_button.isVisible() and dialog.store_print_button.isVisible()
    assert not dialog.print_button.isVisible()
    with qtbot.waitSignal(dialog.store_requested) as asked:
        dialog.store_print_button.click()
    assert asked.args == [True]
