"""The client's own preferences (window geometry, last page, language, idle lock), kept with QSettings.

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
KEY_IDLE_LOCK = "security/idle_lock_minutes"

DEFAULT_LANGUAGE = "vi"
# Language code -> its name in that language, as a person looks for it in a list.
LANGUAGES: dict[str, str] = {"vi": "Tiếng Việt", "en": "English"}

# Shared laptops: the screen locks after this many minutes without keyboard or mouse input.
DEFAULT_IDLE_LOCK_MINUTES = 10
IDLE_LOCK_RANGE = (1, 240)


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


def idle_lock_minutes() -> int:
    value = app_settings().value(KEY_IDLE_LOCK, DEFAULT_IDLE_LOCK_MINUTES)
    try:
        minutes = int(str(value))  # INI values come back as text
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
    low, high = IDLE_LOCK_RANGE
    return minutes if low <= minutes <= high else DEFAULT_IDLE_LOCK_MINUTES


def set_idle_lock_minutes(minutes: int) -> None:
    low, high = IDLE_LOCK_RANGE
    if not low <= minutes <= high:
        raise ValueError(f"idle lock minutes out of range: {minutes}")
    store = app_settings()
    store.setValue(KEY_IDLE_LOCK, minutes)
    store.sync()
