"""Fixtures of the letter screens: the letter vault (see tests/letters), a desk context, and a
PDF printer under tmp_path instead of the print dialog."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "letters"))

from letter_vault import PASSPHRASE, TODAY, LetterVault, build_letter_vault
from PySide6.QtPrintSupport import QPrinter

from lvs_desktop.services.queries import all_labels, owner_name
from lvs_desktop.store import Vault
from lvs_desktop.ui.context import DeskContext
from lvs_desktop.ui.letters import printing


@pytest.fixture(scope="session")
def ui_vault_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, LetterVault]:
    path = tmp_path_factory.mktemp("ui_letters") / "brieven.lvsvault"
    return path, build_letter_vault(path)


@pytest.fixture
def desk(
    ui_vault_file: tuple[Path, LetterVault], tmp_path: Path, qapp: object
) -> Iterator[tuple[DeskContext, LetterVault]]:
    """A desk context over a private copy of the letter vault."""
    source, cases = ui_vault_file
    copy = tmp_path / "brieven.lvsvault"
    shutil.copyfile(source, copy)
    vault = Vault.open(copy, PASSPHRASE)
    context = DeskContext(vault, all_labels(vault), owner_name(vault), lambda: TODAY)
    yield context, cases
    from lvs_desktop.ui.worker import wait_for_jobs

    wait_for_jobs()
    vault.lock()


@pytest.fixture
def pdf_printer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The print dialog is replaced by a printer that writes a PDF (at 150 dpi, to keep it
    quick); returns the path it prints to."""
    out = tmp_path / "afgedrukt.pdf"

    def choose(parent: object) -> QPrinter:
        printer = printing.new_printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(150)
        return printer

    monkeypatch.setattr(printing, "choose_printer", choose)
    for module in ("case_tab", "print_page", "new_letter"):
        monkeypatch.setattr(f"lvs_desktop.ui.letters.{module}.choose_printer", choose)
    return out
