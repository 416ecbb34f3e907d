"""Translations of the letter screens: English source strings, Dutch shipped as a `.qm`.

The desk's own translation file leaves `ui/letters` to this module; its strings live in
`resources/letters/translations/letters_nl.ts` (context "lvs_letters"), compiled to `.qm`.
The translator is installed the first time a letter screen is built in a Dutch desk.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from lvs_desktop.resource_files import resource_path

CONTEXT = "lvs_letters"
QM = resource_path("letters/translations/letters_nl.qm")

_state: dict[str, QTranslator | None] = {"translator": None}


def tr(text: str) -> str:
    """`text` (English) in the desk's language."""
    return QCoreApplication.translate(CONTEXT, text)


def ensure_translator() -> None:
    """Install the Dutch strings when the desk speaks Dutch (QLocale's default, set by the
    desk's language setting); remove them when it does not."""
    app = QCoreApplication.instance()
    if app is None:
        return
    dutch = QLocale().language() == QLocale.Language.Dutch
    current = _state["translator"]
    if dutch and current is None:
        translator = QTranslator(app)
        if translator.load(str(QM)):
            app.installTranslator(translator)
            _state["translator"] = translator
    elif not dutch and current is not None:
        app.removeTranslator(current)
        _state["translator"] = None
