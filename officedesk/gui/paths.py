"""Where the client finds its bundled files and writes its log."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_log_dir

from officedesk.resources import resource_path

APP_NAME = "OfficeDesk"


def resources_dir() -> Path:
    return resource_path()


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def help_dir() -> Path:
    return resources_dir() / "help"


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))
