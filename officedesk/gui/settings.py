"""The client's own preferences (window geometry, last page, language), kept with QSettings.

Always an INI file, also on Windows: no administrator rights needed, and support can read it.
Data that belong to the inspections never live here; they are in the database.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from officedesk.i18n import language as core_language

ORGANISATION = "OfficeDesk"
APPLICATION = "OfficeDesk"

KEY_LANGUAGE = "ui/language"
KEY_GEOMETRY = "main_window/geometry"
KEY_STATE = "main_window/state"
KEY_PAGE = "main_window/page"

DEFAULT_LANGUAGE = "vi"
# Language code -> its name in that language, as a person looks for it in a list.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def saved_language() -> str:
    value = app_settings().value(KEY_LANGUAGE, DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    """The language to start in: OFFICEDESK_LANG if set (as for the command line), else the saved choice."""
    return core_language(saved_language())


def set_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    settings = app_settings()
    settings.setValue(KEY_LANGUAGE, code)
    settings.sync()
