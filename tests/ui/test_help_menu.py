"""The Help menu: "Handleiding" shows the Dutch user guide rendered from Markdown, "Over LVS
Desktop" the installed version and this vault's place. Driven on a real desk, offscreen."""

from __future__ import annotations

import importlib.metadata

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from lvs_desktop.resource_files import resource_path
from lvs_desktop.store import Vault
from lvs_desktop.ui import help_dialogs
from lvs_desktop.ui.help_dialogs import AboutDialog, GuideDialog


def _window(vault: Vault, passphrase: str, open_desk):  # type: ignore[no-untyped-def]
    path = vault.path
    vault.lock()
    return open_desk(path, passphrase).unlock()


def _help_menu_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text() == "&Help":
            return [a.text() for a in action.menu().actions()]
    raise AssertionError("no Help menu")


def test_guide_from_the_help_menu(vault: Vault, passphrase: str, open_desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(vault, passphrase, open_desk)
    assert _help_menu_texts(window) == ["&Handleiding", "&Over LVS Desktop"]
    assert window.act_guide.shortcut().toString() == "F1"
    window.act_guide.trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, GuideDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Handleiding"
    text = dialog.browser.toPlainText()
    source = resource_path("guide/handleiding.md").read_text(encoding="utf-8")
    assert text.startswith("Handleiding LVS Desktop")  # the heading, without its '#'
    assert "**" not in text and "## " not in text  # rendered, not shown as source
    assert dialog.browser.document().firstBlock().blockFormat().headingLevel() == 1
    for words in (
        "De week van een consulent",
        "De teamleider: samenvoegen",
        "transportwachtwoord",
        "vingerafdruk",
        "Waar staan de bestanden",
        "kluis-backups",
        "--accept-fingerprint",
    ):
        assert words in source and words in text, words
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60


def test_about_shows_the_version(vault: Vault, passphrase: str, open_desk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = _window(vault, passphrase, open_desk)
    about = window.findChild(QAction, "about")
    assert about is not None and about.text() == "&Over LVS Desktop"
    about.trigger()
    dialog = window.help_dialog
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Over LVS Desktop"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    version = importlib.metadata.version("lvs-desktop")
    assert f"Versie {version}" in texts and dialog.version == version
    assert f"Deze kluis: {window.context.vault.path}" in texts
    assert "versleutelde kluis" in texts


def test_a_missing_guide_is_said_in_dutch(monkeypatch: pytest.MonkeyPatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(help_dialogs, "GUIDE", "guide/bestaat-niet.md")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("De handleiding ontbreekt in deze installatie (")
    assert "Installeer het programma opnieuw." in text
