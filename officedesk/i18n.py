"""Translation for the core and the command line, through Qt's catalogues (QtCore only, no GUI).

Source strings are English; Vietnamese is the default language. One set of .ts catalogues serves the command
line, the services' messages and the client. Documents (minutes, summaries) are always Vietnamese and do not
go through here.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QTranslator

from officedesk.resources import resource_path

ENV_LANG = "OFFICEDESK_LANG"
_installed: list[QTranslator] = []


def language(setting: str | None = None) -> str:
    lang = os.environ.get(ENV_LANG) or setting or "vi"
    return "en" if lang.lower().startswith("en") else "vi"


def install_translator(lang: str) -> bool:
    """Load officedesk_<lang>.qm into the running QCoreApplication (creating a core one if none exists)."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
        _installed.append(app)  # type: ignore[arg-type]  # keep it alive
    translator = QTranslator()
    qm = resource_path("translations", f"officedesk_{lang}.qm")
    if not qm.exists() or not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def tr(context: str, text: str) -> str:
    """For messages built at run time; lupdate finds literal QCoreApplication.translate calls instead."""
    return QCoreApplication.translate(context, text)
