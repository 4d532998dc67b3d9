"""Translators for the client: OfficeDesk's own catalogue and Qt's (qtbase_<lang>) when Qt ships one.

Source strings are English; Vietnamese is the default. Qt ships no qtbase_vi, so the few Qt strings a
person sees (dialog buttons, text-field menus) are translated in OfficeDesk's own catalogue
(see qt_strings.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from officedesk.gui.paths import translations_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []

_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


# The default locale before the first install_translators, given back by remove_translators.
_locale_before: list[QLocale] = []


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translators(language: str, app: QCoreApplication | None = None) -> list[str]:
    """Install the translators for `language`; returns the catalogues loaded (for the log and the tests)."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    remove_translators(app)
    lang, country = _LOCALES.get(language, _LOCALES["vi"])
    _locale_before.append(QLocale())
    QLocale.setDefault(QLocale(lang, country))

    loaded = []
    candidates = [
        (f"qtbase_{language}", qt_translations_dir()),
        (f"officedesk_{language}", translations_dir()),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        else:
            log.info("no translation catalogue %s in %s", name, folder)
    return loaded


def remove_translators(app: QCoreApplication | None = None) -> None:
    """Take the translators out and give back the default locale they replaced (numbers and dates follow it)."""
    app = app or QCoreApplication.instance()
    if _locale_before:
        QLocale.setDefault(_locale_before[0])
        _locale_before.clear()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
