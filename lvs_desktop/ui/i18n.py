"""Translations: English source strings in `tr()`, Dutch shipped as a compiled `.qm`.

One translation context ("lvs") for the whole desk, so that `tr` is a plain function that
any module can import; `resources/translations/update_ts.py` collects the strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lvs_desktop.resource_files import resource_path

CONTEXT = "lvs"
TRANSLATIONS = resource_path("translations")
LANGUAGES = ("nl", "en")
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []


def is_dutch() -> bool:
    """Whether the desk speaks Dutch now."""
    return QLocale().language() == QLocale.Language.Dutch


def with_dutch(dutch: Mapping[str, str], context: str = CONTEXT) -> Callable[[str], str]:
    """A `tr` for a screen that ships its Dutch in a dict (as sync, region and casework do):
    the `.qm` translation when there is one, else the dict's, else the English."""

    def tr(text: str) -> str:
        translated = QCoreApplication.translate(context, text)
        if translated == text and is_dutch():
            return dutch.get(text, text)
        return translated

    return tr


def tr(text: str) -> str:
    """`text` (English) in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def install(language: str) -> None:
    """Load the translators for `language` ("nl" or "en") into the running application."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "nl":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / "lvs_nl.qm")):
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    for t in _installed:
        app.installTranslator(t)
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
    )


def remembered_language() -> str:
    """The language to show before a vault is open (not personal, so QSettings may hold it)."""
    value = QSettings("LVS", "lvs-desktop").value(SETTINGS_KEY, "nl")
    return value if value in LANGUAGES else "nl"


def remember_language(language: str) -> None:
    QSettings("LVS", "lvs-desktop").setValue(SETTINGS_KEY, language)
