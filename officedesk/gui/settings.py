"""The client's own preferences, kept with QSettings: window geometry, last page, language, idle lock, the database
to open at the next start, the inspector using this laptop, the font documents are set in, and per account the
campaign and the inspection last open.

Always an INI file, also on Windows: no administrator rights needed, and support can read it.
Data that belong to the inspections never live here; they are in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from officedesk.i18n import language as core_language

ORGANISATION = "OfficeDesk"
APPLICATION = "OfficeDesk"

KEY_LANGUAGE = "ui/language"
KEY_GEOMETRY = "main_window/geometry"
KEY_STATE = "main_window/state"
KEY_PAGE = "main_window/page"
KEY_IDLE_LOCK = "security/idle_lock_minutes"
KEY_DATABASE = "data/database_path"
KEY_PROFILE_NAME = "inspector/full_name"
KEY_PROFILE_TITLE = "inspector/title"
KEY_PROFILE_UNIT = "inspector/unit"
KEY_FONT = "documents/font"
KEY_FONT_FOLDER = "documents/times_new_roman_folder"

# The serif family documents are set in: the bundled Liberation Serif, or an installed Times New Roman.
FONT_BUNDLED = "bundled"
FONT_TIMES = "times"

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


# -- where each person left off (per account: a shared laptop serves the team and the unit heads) -----------
def _recent_key(username: str, what: str) -> str:
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in username.lower())
    return f"recent/{safe or '_'}/{what}"


def last_campaign(username: str) -> str:
    """The campaign this account last looked at ("" if none): the dashboard and the reports open on it."""
    return _text(_recent_key(username, "campaign"))


def set_last_campaign(username: str, campaign_id: str | None) -> None:
    _store(_recent_key(username, "campaign"), campaign_id)


def last_inspection(username: str) -> str:
    """The inspection this account last had open in the entry screen ("" if none): reopened after a restart."""
    return _text(_recent_key(username, "inspection"))


def set_last_inspection(username: str, inspection_id: str | None) -> None:
    _store(_recent_key(username, "inspection"), inspection_id)


def _text(key: str) -> str:
    value = app_settings().value(key, "")
    return value.strip() if isinstance(value, str) else ""


def _store(key: str, value: str | None) -> None:
    store = app_settings()
    if value:
        store.setValue(key, value)
    else:
        store.remove(key)
    store.sync()


# -- the database: `--db`, then OFFICEDESK_DB, then this setting, then the per-user default ------------------
def database_path() -> str | None:
    """The database chosen in the settings (a file path or a URL), or None for the per-user default."""
    return _text(KEY_DATABASE) or None


def set_database_path(value: str | Path | None) -> None:
    """Used from the next start; None (or empty) goes back to the per-user default."""
    _store(KEY_DATABASE, str(value).strip() if value is not None else None)


# -- the person using this laptop --------------------------------------------------------------------------
@dataclass(frozen=True)
class InspectorProfile:
    full_name: str = ""
    title: str = ""
    unit: str = ""


def inspector_profile() -> InspectorProfile:
    return InspectorProfile(_text(KEY_PROFILE_NAME), _text(KEY_PROFILE_TITLE), _text(KEY_PROFILE_UNIT))


def set_inspector_profile(profile: InspectorProfile) -> None:
    for key, value in ((KEY_PROFILE_NAME, profile.full_name), (KEY_PROFILE_TITLE, profile.title),
                       (KEY_PROFILE_UNIT, profile.unit)):
        _store(key, value.strip())


# -- the documents' font -----------------------------------------------------------------------------------
def document_font() -> str:
    value = _text(KEY_FONT)
    return value if value in (FONT_BUNDLED, FONT_TIMES) else FONT_BUNDLED


def times_new_roman_folder() -> Path | None:
    """The folder last chosen for Times New Roman, kept when the bundled font is chosen again."""
    text = _text(KEY_FONT_FOLDER)
    return Path(text) if text else None


def document_font_folder() -> Path | None:
    """The folder to pass to officedesk.reports.fonts.use_font_folder: None for the bundled family."""
    return times_new_roman_folder() if document_font() == FONT_TIMES else None


def set_document_font(folder: Path | None) -> None:
    """None: the bundled Liberation Serif; a folder: Times New Roman from it (checked by the caller)."""
    if folder is None:
        _store(KEY_FONT, FONT_BUNDLED)
        return
    _store(KEY_FONT_FOLDER, str(folder))
    _store(KEY_FONT, FONT_TIMES)
