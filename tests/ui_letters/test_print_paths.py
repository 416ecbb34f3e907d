"""Printing at the printer's speed: the vector path (the stored PDF to a CUPS queue), the lean
raster path, the print queue's households, cancelling, and printed/posted recorded.

The vector path runs against a private CUPS scheduler with a queue that writes each job to a
file (`benchmarks/cups_sandbox.py`); it needs Debian's `cups` and root, which `.ci/run`
provides.
"""

from __future__ import annotations

import io
import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pdfplumber
import pytest
from letter_vault import TODAY
from PySide6.QtCore import QItemSelectionModel, QLocale
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from test_letters_screens import A4_POINTS, Desk, ink, invitations, render_page

from benchmarks import cups_sandbox
from lvs_desktop.letters.kind_words import kind_word
from lvs_desktop.models import AuditEvent, Letter, UserError
from lvs_desktop.services import letters, print_queue
from lvs_desktop.services.letters import LetterRequest
from lvs_desktop.ui.letters import LettersToPrintPage
from lvs_desktop.ui.letters.i18n import ensure_translator
from lvs_desktop.ui.letters.printing import PrintJob, new_printer

needs_cups = pytest.mark.skipif(
    not cups_sandbox.available(), reason="needs Debian's cups and root (.ci/run installs it)"
)


@pytest.fixture
def cups(print_system: cups_sandbox.PrivateCups | None) -> cups_sandbox.PrivateCups:
    """The session's private CUPS (tests/conftest.py), with its output folder emptied."""
    assert print_system is not None
    for done in print_system.out.iterdir():
        done.unlink()
    return print_system


@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of our own, to see that printing leaves nothing in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


@pytest.fixture
def dutch() -> object:
    """The letter screens in Dutch, as a consultant sees them."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    ensure_translator()
    yield
    QLocale.setDefault(before)
    ensure_translator()


def notices(desk: Desk, case_id: str) -> list[str]:
    context, _ = desk
    request = LetterRequest(kind="notice", letter_date=TODAY)
    return letters.create_letters(context.vault, case_id, request).ids("letter")


def stored_pdf(desk: Desk, letter_id: str) -> bytes:
    with desk[0].vault.session() as s:
        return s.get(Letter, letter_id).pdf


def run_job(qtbot: QtBot, job: PrintJob) -> object:
    with qtbot.waitSignal(job.finished, timeout=30_000) as done:
        job.start()
    return done.args[0]


@needs_cups
def test_the_vector_path_sends_the_stored_bytes_with_the_dialogs_options(
    qtbot: QtBot, desk: Desk, cups: cups_sandbox.PrivateCups, own_tmp: Path
) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)  # mother and father: two letters
    printer = new_printer()
    printer.setPrinterName(cups.queue)
    printer.setCopyCount(2)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    job = PrintJob(context.vault, printer, ids)
    assert job.path == "vector"
    summary = run_job(qtbot, job)
    assert sorted(summary.ids("letter")) == sorted(ids)
    jobs = cups.wait_for_jobs(2)
    assert [p.read_bytes() for p in jobs] == [stored_pdf(desk, i) for i in ids]  # exact bytes
    options = jobs[0].with_suffix(".args").read_text()
    assert "copies=2" in options
    # The sandbox's raw queue cannot print on two sides, so Qt keeps the printer one-sided.
    sides = "one-sided" if printer.duplex() == QPrinter.DuplexMode.DuplexNone else "two-sided"
    assert f"sides={sides}" in options and "print-scaling=none" in options
    assert print_queue.unprinted(context.vault) == []
    assert list(own_tmp.iterdir()) == []  # no temporary file with the letter


def test_lp_gets_the_dialogs_copies_sides_and_tray() -> None:
    options = print_queue.SpoolOptions(
        "kantoor", copies=3, sides="two-sided-long-edge", tray="Lower"
    )
    args = options.lp_arguments()
    assert args[:6] == ["-d", "kantoor", "-t", "LVS-brief", "-n", "3"]
    assert "sides=two-sided-long-edge" in args and "InputSlot=Lower" in args
    assert "print-scaling=none" in args


def test_the_raster_path_is_lean_and_keeps_the_address_in_the_window(
    qtbot: QtBot, desk: Desk, tmp_path: Path, own_tmp: Path
) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    out = tmp_path / "afgedrukt.pdf"
    printer = new_printer()  # HighResolution: Qt's PDF printer reports 1200 dpi
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    job = PrintJob(context.vault, printer, ids)
    assert job.path == "raster"
    run_job(qtbot, job)
    printed = out.read_bytes()
    with pdfplumber.open(io.BytesIO(printed)) as pdf:
        assert len(pdf.pages) == len(ids)  # one-page letters
        assert all(tuple(round(v) for v in (p.width, p.height)) == A4_POINTS for p in pdf.pages)
    assert len(printed) / len(ids) < 1_000_000  # well under 1 MB of spool a page
    original, on_paper = render_page(stored_pdf(desk, ids[0]), 0), render_page(printed, 0)
    window = (20, 52, 105, 90)
    assert ink(on_paper, *window) > 0.02
    assert abs(ink(on_paper, *window) - ink(original, *window)) < 0.01
    assert list(own_tmp.iterdir()) == []


@needs_cups
def test_a_queue_that_refuses_the_pdf_falls_back_to_the_raster_path(
    qtbot: QtBot, desk: Desk, cups: cups_sandbox.PrivateCups, tmp_path: Path
) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    out = tmp_path / "afgedrukt.pdf"
    printer = new_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    job = PrintJob(context.vault, printer, ids)
    job.spool_options = print_queue.SpoolOptions(destination="bestaat-niet")
    run_job(qtbot, job)
    assert job.path == "raster"
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        assert len(pdf.pages) == len(ids)
    assert cups.jobs() == []


def test_letters_to_one_household_share_an_envelope_and_print_together(desk: Desk) -> None:
    context, cases = desk
    first = invitations(context, cases.two_addresses.case_id)  # to the mother, to the father
    second = notices(desk, cases.two_addresses.case_id)  # again to each of them
    queue = print_queue.print_queue(context.vault)
    households = {e.id: e.household for e in queue}
    assert households[first[0]] == households[second[0]]
    assert households[first[1]] == households[second[1]]
    assert households[first[0]] != households[first[1]]
    order = print_queue.in_print_order(queue, first + second)
    assert order == [first[0], second[0], first[1], second[1]]


@needs_cups
def test_stopping_after_the_first_letter_leaves_the_rest_waiting(
    desk: Desk, cups: cups_sandbox.PrivateCups
) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    options = print_queue.SpoolOptions(destination=cups.queue)
    printed, summary = print_queue.spool_letters(
        context.vault, ids, options, progress=lambda done, total: False
    )
    assert printed == 1 and summary.ids("letter") == [ids[0]]
    assert [x.id for x in print_queue.unprinted(context.vault)] == [ids[1]]
    assert len(cups.wait_for_jobs(1)) == 1


def test_printed_and_posted_are_recorded_and_audited(desk: Desk) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    vault = context.vault
    with pytest.raises(UserError, match="nog niet is afgedrukt"):
        print_queue.mark_posted(vault, ids, TODAY, TODAY)
    letters.mark_printed(vault, ids, datetime(2026, 11, 28, 9, 0))
    with pytest.raises(UserError, match="toekomst"):
        print_queue.mark_posted(vault, ids, TODAY + timedelta(days=1), TODAY)
    with pytest.raises(UserError, match="vóór de datum van de brief"):
        print_queue.mark_posted(vault, ids, TODAY - timedelta(days=1), TODAY)
    with vault.session() as s:
        assert s.scalars(select(Letter.posted_on).where(Letter.id.in_(ids))).all() == [None, None]
    print_queue.mark_posted(vault, ids, TODAY, TODAY)
    with vault.session() as s:
        assert set(s.scalars(select(Letter.posted_on).where(Letter.id.in_(ids)))) == {TODAY}
        details = s.scalars(select(AuditEvent.detail).where(AuditEvent.record_id.in_(ids))).all()
    assert details.count("print_letter: printed_at") == 2
    assert details.count("post_letter: posted_on") == 2
    assert print_queue.print_queue(vault) == []  # printed and posted: out of the queue


def test_the_page_prints_reprints_and_marks_posted(
    qtbot: QtBot, desk: Desk, pdf_printer: Path, dutch: object
) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    page = LettersToPrintPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)  # the queue is read on the worker
    assert page.model.rowCount() == 2 and not page.posted_button.isEnabled()
    page.select_all_button.click()
    with qtbot.waitSignal(page.batch_done, timeout=20_000):
        page.print_button.click()
    qtbot.waitUntil(lambda: all(x.printed for x in page.rows))
    statuses = {page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())}
    assert statuses == {"Afgedrukt, nog versturen"}
    first_print = pdf_printer.stat().st_mtime_ns
    page.select_all_button.click()
    with qtbot.waitSignal(page.batch_done, timeout=20_000):  # a reprint stores nothing new
        page.print_button.click()
    assert pdf_printer.stat().st_mtime_ns >= first_print
    with context.vault.session() as s:
        assert s.query(Letter).count() == len(ids) + _other_letters(s, ids)
    page.select_all_button.click()
    assert page.posted_button.isEnabled()
    dialog = page.ask_posted()
    assert dialog is not None and dialog.posted_on() == TODAY
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        dialog.accept()
    assert page.model.rowCount() == 0


def test_the_page_shows_a_chosen_letter_before_printing(qtbot: QtBot, desk: Desk) -> None:
    """'Bekijken' on the queue opens the stored letter (it failed on every click once)."""
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    page = LettersToPrintPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.is_loaded)  # the queue is read on the worker
    assert page.model.rowCount() == len(ids) == 2
    flag = QItemSelectionModel.SelectionFlag
    flags = flag.ClearAndSelect | flag.Rows
    page.table.selectionModel().select(page.model.index(0, 0), flags)  # not selectRow: it
    chosen = page.selected()[0]  # follows whatever key modifiers an earlier test left behind
    assert chosen.id in ids and not page.errors.isVisible()
    page.show_button.click()
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=20_000)
    assert page.dialog is not None and page.dialog.windowTitle() == chosen.title
    assert [item.letter_id for item in page.dialog.items] == [chosen.id]
    assert page.dialog.items[0].file_name == f"{chosen.reference}_{kind_word(chosen.kind)}_1.pdf"
    assert page.dialog.items[0].pdf.startswith(b"%PDF")
    page.dialog.close()


def _other_letters(session: object, ids: list[str]) -> int:
    return session.query(Letter).filter(~Letter.id.in_(ids)).count()  # type: ignore[attr-defined]


@needs_cups
def test_the_command_line_lists_prints_and_marks_posted(
    desk: Desk, cups: cups_sandbox.PrivateCups, capsys: pytest.CaptureFixture[str]
) -> None:
    context, cases = desk
    ids = invitations(context, cases.two_addresses.case_id)
    reference = cases.two_addresses.reference
    path = Path(context.vault.path)
    context.vault.lock()
    from letter_vault import PASSPHRASE

    from lvs_desktop.cli import main

    os.environ["LVS_PASSPHRASE"] = PASSPHRASE
    try:
        assert main(["print", "queue", "--vault", str(path)]) == 0
        listed = capsys.readouterr().out.splitlines()
        assert listed[0].split() == ["Envelop", "Datum", "Dossier", "Brief", "Aan", "Status", "Id"]
        assert sum(reference in line and "af te drukken" in line for line in listed) == 2
        assert main(["print", "posted", "--vault", str(path), "--case", reference]) == 1
        assert capsys.readouterr().err == (
            "lvs-desktop: Er zijn geen brieven afgedrukt en nog te versturen.\n"
        )
        assert main(["print", "run", "--vault", str(path), "--printer", cups.queue]) == 0
        assert capsys.readouterr().out == f"2 brieven naar printer {cups.queue} gestuurd.\n"
        assert len(cups.wait_for_jobs(2)) == 2
        assert main(["print", "posted", "--vault", str(path), "--on", "31-02-2026"]) == 1
        assert "Ongeldige datum" in capsys.readouterr().err
        assert main(["print", "posted", "--vault", str(path), "--case", reference]) == 0
    finally:
        os.environ.pop("LVS_PASSPHRASE", None)
    from lvs_desktop.store import Vault

    vault = Vault.open(path, PASSPHRASE)
    try:
        assert print_queue.print_queue(vault) == []
        with vault.session() as s:
            posted = set(s.scalars(select(Letter.posted_on).where(Letter.id.in_(ids))))
        assert posted == {date.today()}
    finally:
        vault.lock()
    context.vault = Vault.open(path, PASSPHRASE)  # the fixture locks it at the end
